package io.github.conflictdata.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The public IJava (and JBang-IJava, rapaio, BeakerX) notebooks of ../shared/notebooks-third-party,
 * run headless on this kernel with nbclient, cell by cell, against the committed table of expected
 * outcomes (third-party-notebooks.tsv: ok, the error the author also got, needs the network, another
 * kernel's magic, a file the notebook's repository does not ship, ...; each with its reason).
 *
 * <p>Nothing reaches the internet: Maven resolution is offline against an empty local repository
 * (so %maven and %%loadFromPOM fail at once, naming the artifact), the agent JVM's HTTP and HTTPS
 * proxies are a closed port on 127.0.0.1, and the one cell that downloads from a URL is not run.
 */
class ThirdPartyNotebooksTest {
  @TempDir Path tmp;

  private record Expected(String notebook, int cell, String outcome, String action, String error, String reason) {}

  @Test
  void everyCellEndsAsTheTableSays() throws Exception {
    String shared = System.getProperty("conflictdata.shared");
    assumeTrue(shared != null, "skipped: system property conflictdata.shared is not set (run through Maven)");
    Path source = Path.of(shared).getParent().resolve("notebooks-third-party");
    assumeTrue(Files.isDirectory(source), "skipped: " + source + " (the third-party notebooks) is absent");
    PythonKernelHarness.assumePythonWith("nbclient", "nbformat", "jupyter_client");

    URL tsv = getClass().getResource("third-party-notebooks.tsv");
    URL script = getClass().getResource("run_third_party_notebooks.py");
    assertTrue(tsv != null && script != null, "test resources are missing");
    List<Expected> expected = readTable(Path.of(tsv.toURI()));

    Path notebooks = copy(source, tmp.resolve("notebooks"));
    Path jupyterPath = PythonKernelHarness.installKernel(tmp);
    Path emptyRepository = Files.createDirectories(tmp.resolve("empty-m2"));
    Path results = tmp.resolve("results.json");
    Path log = tmp.resolve("run.log");
    ProcessBuilder pb = new ProcessBuilder(PythonKernelHarness.PYTHON.toString(), Path.of(script.toURI()).toString(),
        notebooks.toString(), Path.of(tsv.toURI()).toString(), results.toString())
        .redirectErrorStream(true).redirectOutput(log.toFile());
    Map<String, String> env = pb.environment();
    env.put("JUPYTER_PATH", jupyterPath.toString());
    env.put("JUPYTER_RUNTIME_DIR", Files.createDirectories(tmp.resolve("runtime")).toString());
    env.put("CONFLICTDATA_KERNEL_NAME", KernelSpec.DEFAULT_NAME);
    env.put("CONFLICTDATA_MAVEN_OFFLINE", "true");
    env.put(Kernel.OPTS_ENV, "-Dmaven.repo.local=" + emptyRepository
        + " -Dhttp.proxyHost=127.0.0.1 -Dhttp.proxyPort=9 -Dhttps.proxyHost=127.0.0.1 -Dhttps.proxyPort=9"
        + " -Dhttp.nonProxyHosts= -Djava.net.useSystemProxies=false");
    env.remove(Kernel.STARTUP_ENV);
    env.remove("D2L_PLOT_IMAGE");
    Process p = pb.start();
    boolean finished = p.waitFor(900, TimeUnit.SECONDS);
    if (!finished) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
    }
    String out = Files.readString(log, StandardCharsets.UTF_8);
    assertTrue(finished, "the notebooks did not finish within 900 s:\n" + out);
    assertEquals(0, p.exitValue(), "the notebook runner failed:\n" + out);

    JsonObject got = JsonParser.parseString(Files.readString(results, StandardCharsets.UTF_8)).getAsJsonObject();
    for (Map.Entry<String, JsonElement> nb : got.entrySet()) {
      System.out.println(nb.getKey() + ": " + nb.getValue());
    }
    List<String> mismatches = new ArrayList<>();
    Map<String, Integer> rowsPerNotebook = new LinkedHashMap<>();
    for (Expected e : expected) {
      rowsPerNotebook.merge(e.notebook(), 1, Integer::sum);
    }
    // every code cell of every notebook has a row: none is silently left out
    for (Map.Entry<String, Integer> nb : rowsPerNotebook.entrySet()) {
      JsonObject r = got.getAsJsonObject(nb.getKey());
      assertTrue(r != null && !r.has("missing"), nb.getKey() + " is not in " + source);
      assertEquals(r.getAsJsonArray("cells").size(), (int) nb.getValue(),
          nb.getKey() + ": the table must list every code cell");
    }
    try (Stream<Path> s = Files.list(source)) {
      for (Path nb : (Iterable<Path>) s.filter(x -> x.toString().endsWith(".ipynb"))::iterator) {
        assertTrue(rowsPerNotebook.containsKey(nb.getFileName().toString()), nb + " has no rows in the table");
      }
    }
    int ok = 0;
    for (Expected e : expected) {
      JsonArray cells = got.getAsJsonObject(e.notebook()).getAsJsonArray("cells");
      JsonObject cell = cells.get(e.cell() - 1).getAsJsonObject();
      String status = cell.get("status").getAsString();
      String where = e.notebook() + " cell " + e.cell() + " (" + e.outcome() + ": " + e.reason() + ")";
      String actual = status + (cell.has("ename") ? " " + cell.get("ename").getAsString() + ": " + str(cell, "evalue") : "");
      switch (e.outcome()) {
        case "ok" -> {
          if (!status.equals("ok")) {
            mismatches.add(where + ": expected ok, got " + actual);
          } else if (!e.error().equals("-") && !cell.getAsJsonArray("mimetypes").toString().contains("\"" + e.error() + "\"")) {
            mismatches.add(where + ": expected an output of type " + e.error() + ", got " + cell.get("mimetypes"));
          } else {
            ok++;
          }
        }
        case "empty" -> {
          if (!status.equals("empty")) {
            mismatches.add(where + ": expected an empty cell, got " + actual);
          }
        }
        default -> {
          if (e.action().equals("skip")) {
            if (!status.equals("skipped")) {
              mismatches.add(where + ": expected not to be run, got " + actual);
            }
          } else if (!status.equals("error") || !matches(e.error(), cell)) {
            mismatches.add(where + ": expected the error " + e.error() + ", got " + actual);
          }
        }
      }
    }
    assertTrue(mismatches.isEmpty(), mismatches.size() + " cells differ from the table:\n"
        + String.join("\n", mismatches) + "\nrunner output:\n" + out);
    // the run's own numbers, for the README's compatibility claim
    System.out.println("third-party notebooks: " + expected.size() + " code cells, " + ok + " ok; per outcome: "
        + countOutcomes(expected));
    // the README's claim: 39 of the 122 code cells run as their authors meant, offline
    assertEquals(39, ok, "the README's compatibility claim counts 39 cells that run");
  }

  private static Map<String, Integer> countOutcomes(List<Expected> expected) {
    Map<String, Integer> m = new LinkedHashMap<>();
    for (Expected e : expected) {
      m.merge(e.outcome(), 1, Integer::sum);
    }
    return m;
  }

  private static String str(JsonObject o, String key) {
    JsonElement e = o.get(key);
    return e == null || e.isJsonNull() ? "" : e.getAsString();
  }

  /** {@code ENAME} or {@code ENAME|text}: the error's name, and text its message contains. */
  private static boolean matches(String expected, JsonObject cell) {
    int bar = expected.indexOf('|');
    String ename = bar < 0 ? expected : expected.substring(0, bar);
    String text = bar < 0 ? "" : expected.substring(bar + 1);
    return str(cell, "ename").equals(ename) && str(cell, "evalue").contains(text);
  }

  private static List<Expected> readTable(Path tsv) throws IOException {
    List<Expected> out = new ArrayList<>();
    int lineNo = 0;
    for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      assertEquals(6, f.length, tsv + " line " + lineNo + ": expected 6 tab-separated fields");
      assertTrue(List.of("ok", "author-error", "network", "other-kernel", "missing-file", "no-stdin", "interrupted",
          "empty").contains(f[2]), tsv + " line " + lineNo + ": unknown outcome " + f[2]);
      assertTrue(f[3].equals("run") || f[3].equals("skip"), tsv + " line " + lineNo + ": action is run or skip");
      assertTrue(!f[5].isBlank(), tsv + " line " + lineNo + ": every row needs a reason");
      assertTrue(f[2].equals("ok") || f[2].equals("empty") || f[3].equals("skip") || !f[4].equals("-"),
          tsv + " line " + lineNo + ": an expected error needs its name");
      out.add(new Expected(f[0], Integer.parseInt(f[1]), f[2], f[3], f[4], f[5]));
    }
    return out;
  }

  private static Path copy(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    return to;
  }
}
