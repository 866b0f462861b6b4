package io.github.conflictdata.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a Python unittest module from this package's test resources with Debian's /usr/bin/python3
 * against a kernelspec installed (into a temporary JUPYTER_PATH) from the test class path.
 */
final class PythonKernelHarness {
  static final Path PYTHON = Path.of("/usr/bin/python3");
  /** The modules of a typical JRE: everything the kernel process needs, but no jdk.jshell. */
  static final String JRE_MODULES =
      "java.base,java.desktop,java.logging,java.sql,jdk.unsupported,java.management,java.naming";

  private static final Pattern RAN = Pattern.compile("^Ran (\\d+) tests? in", Pattern.MULTILINE);

  private PythonKernelHarness() {}

  /** Skips the calling test unless /usr/bin/python3 can import every module named. */
  static void assumePythonWith(String... modules) throws Exception {
    assumeTrue(Files.isExecutable(PYTHON), "skipped: " + PYTHON + " is not installed");
    Process p = new ProcessBuilder(PYTHON.toString(), "-c", "import " + String.join(", ", modules))
        .redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assumeTrue(p.waitFor() == 0, "skipped: " + PYTHON + " lacks " + String.join(", ", modules)
        + " (apt-get install python3-jupyter-kernel-test jupyter-client): " + out.trim());
  }

  /** Installs the kernelspec under {@code tmp}; returns the JUPYTER_PATH to use. */
  static Path installKernel(Path tmp) throws IOException {
    Path jupyterPath = tmp.resolve("share").resolve("jupyter");
    List<String> cp = new ArrayList<>(ClassPaths.expand(System.getProperty("java.class.path")));
    try {
      String classes = Path.of(Kernel.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
      if (!cp.contains(classes)) {
        cp.add(0, classes);
      }
    } catch (URISyntaxException e) {
      throw new IOException(e);
    }
    Path spec = jupyterPath.resolve("kernels").resolve(KernelSpec.DEFAULT_NAME);
    KernelSpec.install(spec, cp);
    // the same kernel on a runtime without jdk.jshell, as a JRE is (--limit-modules hides it)
    Path jre = Files.createDirectories(jupyterPath.resolve("kernels").resolve(KernelSpec.DEFAULT_NAME + "-jre"));
    com.google.gson.JsonObject json = com.google.gson.JsonParser.parseString(
        Files.readString(spec.resolve("kernel.json"))).getAsJsonObject();
    com.google.gson.JsonArray argv = json.getAsJsonArray("argv");
    com.google.gson.JsonArray limited = new com.google.gson.JsonArray();
    limited.add(argv.get(0));
    limited.add("--limit-modules");
    limited.add(JRE_MODULES);
    for (int i = 1; i < argv.size(); i++) {
      limited.add(argv.get(i));
    }
    json.add("argv", limited);
    Files.writeString(jre.resolve("kernel.json"), json.toString());
    return jupyterPath;
  }

  /**
   * Runs {@code python3 -m unittest -v MODULE} and asserts it passed with at least {@code
   * minTests} tests; returns the output.
   */
  static String runUnittest(String module, Path tmp, int minTests, long timeoutSeconds) throws Exception {
    URL res = PythonKernelHarness.class.getResource(module + ".py");
    assertTrue(res != null, module + ".py is missing from the test resources");
    Path dir = Path.of(res.toURI()).getParent();
    Path jupyterPath = installKernel(tmp);
    Path runtime = Files.createDirectories(tmp.resolve("runtime"));
    Path log = tmp.resolve(module + ".log");
    ProcessBuilder pb = new ProcessBuilder(PYTHON.toString(), "-m", "unittest", "-v", module)
        .directory(dir.toFile())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile());
    pb.environment().put("JUPYTER_PATH", jupyterPath.toString());
    pb.environment().put("JUPYTER_RUNTIME_DIR", runtime.toString());
    pb.environment().put("CONFLICTDATA_KERNEL_NAME", KernelSpec.DEFAULT_NAME);
    pb.environment().remove("CONFLICTDATA_JSHELL_OPTS");
    pb.environment().remove("CONFLICTDATA_STARTUP");
    Process p = pb.start();
    boolean finished = p.waitFor(timeoutSeconds, TimeUnit.SECONDS);
    if (!finished) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
    }
    String out = Files.readString(log, StandardCharsets.UTF_8);
    assertTrue(finished, module + " did not finish within " + timeoutSeconds + " s:\n" + out);
    assertEquals(0, p.exitValue(), module + " failed:\n" + out);
    Matcher m = RAN.matcher(out);
    assertTrue(m.find(), "no unittest summary in:\n" + out);
    int ran = Integer.parseInt(m.group(1));
    assertTrue(ran >= minTests, "expected at least " + minTests + " tests, ran " + ran + ":\n" + out);
    assertTrue(out.contains("\nOK"), module + " did not report OK:\n" + out);
    return out;
  }
}
