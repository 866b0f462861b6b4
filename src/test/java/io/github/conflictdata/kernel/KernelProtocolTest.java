package io.github.conflictdata.kernel;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End-to-end over the real ZeroMQ protocol with jupyter_client: state surviving an exception,
 * queued cells aborted after a failing one, output streaming while a cell runs,
 * interrupt_request and SIGINT stopping a cell (and a cell that swallows the interrupt ending its
 * agent), forged messages ignored, System.exit and
 * OutOfMemoryError restarting the agent, the start-up script and agent JVM options, a JRE
 * without jdk.jshell getting a clear message (see test_kernel_e2e.py for the assertions).
 */
class KernelProtocolTest {
  @TempDir Path tmp;

  @Test
  void endToEndScenariosPass() throws Exception {
    PythonKernelHarness.assumePythonWith("jupyter_client");
    PythonKernelHarness.runUnittest("test_kernel_e2e", tmp, 10, 240);
  }
}
