package io.github.conflictdata;

import java.util.Optional;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Prints one line to the build log for every test or class that did not run, with the reason:
 * {@code SKIPPED Class.method: reason}. Surefire's console says only "Skipped: 1" and keeps the
 * reason in its XML report; this puts it where a reader of {@code mvn verify} looks. Covers
 * {@code @Disabled} (the reason JUnit gives) and failed assumptions (the assumption's message,
 * for example a missing {@code ../shared/data} file). Registered for every test JVM through
 * {@code META-INF/services/org.junit.platform.launcher.TestExecutionListener}.
 */
public final class SkippedTestsReport implements TestExecutionListener {

  @Override
  public void executionSkipped(TestIdentifier test, String reason) {
    print(test, reason);
  }

  @Override
  public void executionFinished(TestIdentifier test, TestExecutionResult result) {
    if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
      print(test, result.getThrowable().map(Throwable::getMessage).orElse(null));
    }
  }

  private static void print(TestIdentifier test, String reason) {
    System.out.println("SKIPPED " + name(test) + ": "
        + (reason == null || reason.isBlank() ? "(no reason given)" : reason));
  }

  /** Class.method for a method, the simple class name for a class, else the display name. */
  static String name(TestIdentifier test) {
    Optional<String> n = test.getSource().map(s -> {
      if (s instanceof MethodSource m) {
        return simple(m.getClassName()) + "." + m.getMethodName();
      }
      if (s instanceof ClassSource c) {
        return simple(c.getClassName());
      }
      return null;
    });
    return n.orElse(test.getDisplayName());
  }

  private static String simple(String className) {
    return className.substring(className.lastIndexOf('.') + 1);
  }
}
