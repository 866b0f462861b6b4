/**
 * The conflictdata Jupyter kernel for Java: {@link io.github.conflictdata.kernel.Kernel} (entry
 * point, install/uninstall), a protocol process that speaks Jupyter's messaging protocol over
 * ZeroMQ, and an agent JVM ({@link io.github.conflictdata.kernel.AgentMain}) that holds the JShell
 * session, so that {@code System.exit}, an OutOfMemoryError or a killed agent cost the session,
 * never the kernel.
 *
 * <p>Libraries: jeromq (ZeroMQ) and gson (the wire's JSON). The connection file and HMAC signing
 * are {@code ConnectionFile}'s; the kernel no longer depends on {@code org.dflib.jjava:jjava-jupyter}
 * (an alpha it used for those two classes only; its channel loop was never used: it polls every
 * 50 ms, turns a bad signature into an exception in the loop rather than a logged drop, and its
 * kernel_info_reply lacks {@code "status": "ok"}, which Jupyter's conformance suite requires).
 *
 * <p>IJava compatibility: {@link io.github.conflictdata.kernel.Magics} (IJava's magics, BeakerX's
 * {@code %classpath add jar}, rapaio's {@code %jshell}), {@code InlineMagics} (a line magic used as a
 * value becomes a call of {@link io.github.conflictdata.kernel.Notebook#lineMagic}), {@link
 * io.github.conflictdata.kernel.Notebook} (IJava's {@code display}, {@code render}, {@code
 * updateDisplay}, {@code eval}), {@code KernelStdin} (System.in over Jupyter's stdin channel) and
 * {@code JavadocLookup} (Shift-Tab javadoc from shipped sources and -sources/-javadoc jars).
 * ThirdPartyNotebooksTest measures it on public IJava notebooks.
 *
 * <p>Everything here is optional at run time for the library: the kernel's dependencies are
 * {@code <optional>} in the pom, and no other package imports this one.
 */
package io.github.conflictdata.kernel;
