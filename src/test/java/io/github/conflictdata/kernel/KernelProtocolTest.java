package io.github.conflictdata.kernel;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End-to-end over the real ZeroMQ protocol with jupyter_client: state surviving an exception,
 * interrupt_request and SIGINT stopping a cell, forged messages ignored, System.exit and
 * OutOfMemoryError restarting the agent, a JRE without jdk.jshell getting a clear message (see
 * test_kernel_e2e.py for the assertions).
 */
class KernelProtocolTest {
  @TempDir Path tmp;

  @Test
  void endToEndScenariosPass() throws Exception {
    PythonKernelHarness.assumePythonWith("jupyter_client");
    PythonKernelHarness.runUnittest("test_kernel_e2e", tmp, 7, 240);
  }
}
