package io.github.conflictdata.kernel;

import java.lang.reflect.Proxy;

/**
 * SIGINT handling for the kernel and agent processes (Jupyter interrupts a kernel by signalling
 * it, and may signal the whole process group). The JDK has no public API for it: this calls the
 * JDK's {@code sun.misc.Signal} (module jdk.unsupported) by reflection, so that the build does
 * not print javac's "internal proprietary API" warning for each use.
 */
final class Sigint {
  private Sigint() {}

  /**
   * Runs {@code onInterrupt} on each SIGINT instead of the JVM's default (exit).
   *
   * @return false if this runtime or platform cannot handle SIGINT (interrupt_request still works)
   */
  static boolean handle(Runnable onInterrupt) {
    try {
      Class<?> signal = Class.forName("sun.misc.Signal");
      Class<?> handlerType = Class.forName("sun.misc.SignalHandler");
      Object handler = Proxy.newProxyInstance(handlerType.getClassLoader(), new Class<?>[] {handlerType},
          (proxy, method, args) -> switch (method.getName()) {
            case "handle" -> {
              onInterrupt.run();
              yield null;
            }
            case "hashCode" -> System.identityHashCode(proxy);
            case "equals" -> proxy == args[0];
            default -> "SIGINT handler";
          });
      Object sigint = signal.getConstructor(String.class).newInstance("INT");
      signal.getMethod("handle", signal, handlerType).invoke(null, sigint, handler);
      return true;
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      return false;
    }
  }
}
