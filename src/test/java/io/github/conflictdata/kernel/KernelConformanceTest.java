package io.github.conflictdata.kernel;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Jupyter's own conformance suite (Debian's python3-jupyter-kernel-test) against our kernel. */
class KernelConformanceTest {
  @TempDir Path tmp;

  @Test
  void jupyterKernelTestSuitePasses() throws Exception {
    PythonKernelHarness.assumePythonWith("jupyter_kernel_test", "jupyter_client");
    String out = PythonKernelHarness.runUnittest("test_kernel_conformance", tmp, 12, 240);
    // every feature the suite can check is configured: only history and pager may be skipped
    assertFalse(out.contains("test_kernel_info (test_kernel_conformance.ConflictdataKernelTests.test_kernel_info) ... skipped"), out);
    assertFalse(out.contains("test_display_data (test_kernel_conformance.ConflictdataKernelTests.test_display_data) ... skipped"), out);
  }
}
