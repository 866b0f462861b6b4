package io.github.conflictdata.kernel;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile local clients against the real kernel with jupyter_client (issue 27, items 1 and 2):
 * the agent JVM's command line holds neither its port nor its token, a stranger connecting to
 * the agent's port is closed, and clients without the key announcing 2 GB frames are
 * disconnected while kernel_info still answers (see test_kernel_security.py).
 */
class KernelSecurityTest {
  @TempDir Path tmp;

  @Test
  @Timeout(value = 300, unit = TimeUnit.SECONDS)
  void hostileLocalClientsAreRefused() throws Exception {
    PythonKernelHarness.assumePythonWith("jupyter_client");
    PythonKernelHarness.runUnittest("test_kernel_security", tmp, 4, 280);
  }
}
