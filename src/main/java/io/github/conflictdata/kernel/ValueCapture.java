package io.github.conflictdata.kernel;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import jdk.jshell.execution.LocalExecutionControl;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * JShell's in-process execution engine, extended to keep the object a snippet evaluated to (JShell
 * itself only returns its string form), so that a cell ending in a Table or a chart renders it.
 * User code runs in JShell's own execution thread, which {@code JShell.stop()} stops.
 */
final class ValueCapture extends LocalExecutionControl {
  private static final Method TRAMPOLINE;

  static {
    try {
      TRAMPOLINE = ValueCapture.class.getDeclaredMethod("trampoline");
      TRAMPOLINE.setAccessible(true);
    } catch (NoSuchMethodException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  // Set by invoke on the evaluator's thread, read by the trampoline on JShell's execution thread.
  private static volatile Method target;
  private static volatile Object value;
  private static volatile boolean hasValue;
  private static volatile String lastClass;
  private static volatile ValueCapture instance;

  ValueCapture() {
    instance = this;
  }

  private static volatile Throwable thrown;
  private static final java.util.concurrent.atomic.AtomicLong RUN_NANOS = new java.util.concurrent.atomic.AtomicLong();
  private static final java.util.concurrent.atomic.AtomicInteger DEPTH = new java.util.concurrent.atomic.AtomicInteger();

  @Override
  protected String invoke(Method doitMethod) throws Exception {
    target = doitMethod;
    value = null;
    hasValue = false;
    thrown = null;
    boolean outer = DEPTH.getAndIncrement() == 0;
    long t0 = System.nanoTime();
    try {
      return super.invoke(TRAMPOLINE);
    } finally {
      DEPTH.decrementAndGet();
      if (outer) {
        RUN_NANOS.addAndGet(System.nanoTime() - t0);
      }
      // set after the call: an eval(...) nested inside this snippet invokes other wrappers meanwhile
      lastClass = doitMethod.getDeclaringClass().getName();
    }
  }

  /** Nanoseconds spent running snippets (not compiling them) since the JVM started. */
  static long runNanos() {
    return RUN_NANOS.get();
  }

  /** The exception the last snippet threw, once (for {@code eval}, which rethrows it as it is). */
  static Throwable takeThrown() {
    Throwable t = thrown;
    thrown = null;
    return t;
  }

  /** Runs the snippet's method and keeps its result; its exceptions pass through unwrapped. */
  @SuppressWarnings("unused") // invoked reflectively by invoke(Method)
  private static Object trampoline() throws Throwable {
    try {
      Object v = target.invoke(null);
      value = v;
      hasValue = true;
      return v;
    } catch (InvocationTargetException e) {
      thrown = e.getCause();
      throw e.getCause();
    }
  }

  /** Forgets the last value (before each snippet). */
  static void reset() {
    value = null;
    hasValue = false;
  }

  /** The class of the last snippet method JShell invoked (its wrapper class). */
  static String lastClass() {
    return lastClass;
  }

  /** The engine JShell is using, to run an already compiled snippet again. */
  static ValueCapture instance() {
    return instance;
  }

  /** Whether the last invoked snippet returned normally. */
  static boolean hasValue() {
    return hasValue;
  }

  /** The object the last invoked snippet returned. */
  static Object value() {
    return value;
  }

  /** Plugs {@link ValueCapture} into {@code JShell.builder().executionEngine(...)}. */
  static final class Provider implements ExecutionControlProvider {
    @Override
    public String name() {
      return "conflictdata-local";
    }

    @Override
    public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
      return new ValueCapture();
    }
  }
}
