package io.github.conflictdata.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * Runs {@code ./report} on every notebook (after {@code package} built the kernel jar, so under
 * maven-failsafe) and checks the HTML it writes: one page per notebook, no error or stderr output,
 * at least one embedded PNG chart and one HTML table in each, and the Karabakh 2020 figures in
 * notebook 02's computed output.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportIT {
  private static final Pattern OUTPUT =
      Pattern.compile("<div class=\"[^\"]*jp-OutputArea-output[^\"]*\"[^>]*data-mime-type=\"([^\"]+)\"");

  private Path root;
  private List<Path> notebooks;
  private int exitCode;
  private String log;
  private List<Path> cacheAfterRun;

  @BeforeAll
  void runReport() throws Exception {
    root = Path.of(System.getProperty("conflictdata.basedir", System.getProperty("user.dir")))
        .toAbsolutePath();
    boolean haveJupyter = Files.isExecutable(Path.of("/usr/bin/jupyter-nbconvert"));
    assumeTrue(haveJupyter || isRoot(),
        "skipped: /usr/bin/jupyter-nbconvert is missing and we are not root, so ./report cannot "
            + "install it; install with: sudo apt-get install -y jupyter-nbconvert "
            + "python3-nbclient jupyter-client");
    try (Stream<Path> s = Files.list(root.resolve("notebooks"))) {
      notebooks = s.filter(p -> p.toString().endsWith(".ipynb")).sorted().toList();
    }
    ProcessBuilder pb = new ProcessBuilder(root.resolve("report").toString())
        .directory(root.toFile())
        .redirectErrorStream(true);
    // under `mvn verify` the jar was just built by `package`: never start Maven again from here
    pb.environment().put("CONFLICTDATA_REPORT_NO_BUILD", "1");
    // as a user opening the notebooks: an empty download cache, no network, and the third-party
    // files only in the shared data folder (which the notebooks find themselves)
    Path emptyCache = Files.createTempDirectory("conflictdata-empty-cache");
    pb.environment().put("CONFLICTDATA_CACHE", emptyCache.toString());
    pb.environment().put("CONFLICTDATA_OFFLINE", "true");
    Path shared = shared();
    if (Files.isDirectory(shared)) {
      pb.environment().put("CONFLICTDATA_SHARED", shared.toString());
    }
    Path logFile = Files.createTempFile("report", ".log");
    pb.redirectOutput(logFile.toFile());
    Process p = pb.start();
    if (!p.waitFor(40, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("./report did not finish in 40 minutes");
    }
    exitCode = p.exitValue();
    log = Files.readString(logFile, StandardCharsets.UTF_8);
    Files.deleteIfExists(logFile);
    try (Stream<Path> left = Files.walk(emptyCache)) {
      cacheAfterRun = left.filter(Files::isRegularFile).map(emptyCache::relativize).toList();
    }
  }

  private static boolean isRoot() throws IOException, InterruptedException {
    Process id = new ProcessBuilder("id", "-u").redirectErrorStream(true).start();
    String out = new String(id.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    return id.waitFor() == 0 && out.equals("0");
  }

  @Test
  void reportSucceedsWithAProgressLinePerNotebookAndAnIndex() throws IOException {
    assertEquals(0, exitCode, "./report failed:\n" + log);
    List<String> names = notebooks.stream().map(ReportIT::name).toList();
    assertTrue(names.containsAll(List.of("01-quickstart", "02-karabakh-2020-claims-vs-data",
        "03-karabakh-wars-1991-2023", "04-battle-deaths-by-source", "05-release-drift",
        "06-rakhine-2017-claims-vs-events", "07-conflict-panel")), "notebooks/ holds the notebooks of issues 6, 13 and 14: " + names);
    for (Path nb : notebooks) {
      String name = name(nb);
      assertTrue(log.contains("] " + name + " ... ok"), "no progress line for " + name + ":\n" + log);
    }
    String index = Files.readString(root.resolve("target/reports/index.html"));
    for (Path nb : notebooks) {
      assertTrue(index.contains("href=\"" + name(nb) + ".html\""), "index links " + name(nb));
    }
  }

  /** The notebooks find the third-party files where they are: nothing lands in the cache. */
  @Test
  void theReportAddsNothingToTheCache() {
    assertEquals(0, exitCode, "./report failed:\n" + log);
    assertEquals(List.of(), cacheAfterRun, "./report put files into the empty download cache");
  }

  /** The shared data folder: Maven's {@code conflictdata.shared}, else the project's ../shared/data. */
  private Path shared() {
    return Path.of(System.getProperty("conflictdata.shared", root.resolve("../shared/data").toString()))
        .toAbsolutePath().normalize();
  }

  /** With the shared folder present, no notebook skips a section for want of a file. */
  @Test
  void noSectionIsSkippedWithTheSharedFolderAndAnEmptyCache() throws IOException {
    assertEquals(0, exitCode, "./report failed:\n" + log);
    assumeTrue(Files.isDirectory(shared()),
        "skipped: the shared data folder is absent, so the notebooks skip their COW sections");
    Pattern skip = Pattern.compile("(?i)section skipped|: skipped|skipped:|not joined|left out of the comparison");
    for (Path nb : notebooks) {
      for (String out : plainOutputs(html(nb))) {
        assertFalse(skip.matcher(out).find(),
            name(nb) + " skipped a section though the shared data folder is present: " + out);
      }
    }
  }

  /** The text of every text/plain output of a page. */
  private static List<String> plainOutputs(String html) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("data-mime-type=\"text/plain\"[^>]*>(.*?)</div>", Pattern.DOTALL).matcher(html);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  @TestFactory
  List<DynamicTest> everyNotebookHasChartsTablesAndNoErrors() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path nb : notebooks) {
      tests.add(DynamicTest.dynamicTest(name(nb), () -> {
        assertEquals(0, exitCode, "./report failed:\n" + log);
        String html = html(nb);
        List<String> mimes = outputMimes(html);
        assertFalse(mimes.contains("application/vnd.jupyter.stderr"),
            name(nb) + " has an error or stderr output");
        assertTrue(html.contains("<img src=\"data:image/png;base64,"),
            name(nb) + " has no embedded PNG chart");
        assertTrue(htmlOutputs(html).stream().anyMatch(o -> o.contains("<table")),
            name(nb) + " has no HTML table among its outputs");
      }));
    }
    return tests;
  }

  @Test
  void karabakh2020ReportStatesTheClaimsAndUcdpBestInComputedOutput() throws IOException {
    assertEquals(0, exitCode, "./report failed:\n" + log);
    Path nb = root.resolve("notebooks/02-karabakh-2020-claims-vs-data.ipynb");
    String outputs = String.join("\n", allOutputs(html(nb)));
    // the seed article's figures and UCDP BRD 24.1's best estimate for conflict 388 in 2020
    for (String figure : List.of("2,783", "2,718", "7,646")) {
      assertTrue(outputs.contains(figure), "02's computed output does not state " + figure);
    }
    // ACLED's country-year fatalities (SOURCES.md: Azerbaijan 2020 = 7057), when the shared workbook is there
    Path acled = root.resolve(System.getProperty("conflictdata.shared", "../shared/data"))
        .resolve("acled/number_of_reported_fatalities_by_country-year_as-of-06Mar2026.xlsx");
    if (Files.isRegularFile(acled)) {
      assertTrue(outputs.contains("ACLED Azerbaijan 2020: 7,057 reported fatalities"),
          "02 does not state ACLED's 7,057 for Azerbaijan 2020");
      assertTrue(outputs.contains("whole calendar year, all event types"), "02 does not say what ACLED covers");
    }
  }

  /**
   * Notebook 06 states MSF's 6,700, the government's 400 and GED 19.1's best sum for Myanmar events
   * starting 25 August - 24 September 2017, which the test computes from the raw shared file with
   * a plain CSV splitter (not the library's reader).
   */
  @Test
  void rakhine2017ReportStatesTheClaimsAndGedsSum() throws IOException {
    assertEquals(0, exitCode, "./report failed:\n" + log);
    Path nb = root.resolve("notebooks/06-rakhine-2017-claims-vs-events.ipynb");
    String html = html(nb);
    String outputs = String.join("\n", allOutputs(html));
    List<List<String>> recs = io.github.conflictdata.testing.TestFiles.csvRecords(Files.readString(
        io.github.conflictdata.testing.TestFiles.sharedFile("ucdp-ged/ged191.csv"), StandardCharsets.UTF_8));
    List<String> h = recs.get(0);
    int country = h.indexOf("country");
    int start = h.indexOf("date_start");
    int best = h.indexOf("best");
    long sum = 0;
    for (List<String> r : recs.subList(1, recs.size())) {
      if (r.size() == h.size() && r.get(country).equals("Myanmar (Burma)")
          && r.get(start).compareTo("2017-08-25") >= 0 && r.get(start).substring(0, 10).compareTo("2017-09-24") <= 0) {
        sum += Long.parseLong(r.get(best));
      }
    }
    assertTrue(sum > 0, "no GED events in the period");
    String gedSum = String.format(java.util.Locale.ROOT, "%,d", sum);
    for (String figure : List.of("6,700", "400", gedSum)) {
      assertTrue(outputs.contains(figure), "06's computed output does not state " + figure);
    }
    assertTrue(html.contains("<img src=\"data:image/png;base64,"), "06 has no chart");
    assertTrue(htmlOutputs(html).stream().anyMatch(o -> o.contains("<table")), "06 has no table");
  }

  @Test
  void conflictPanelReportHasTheShareChartAndTheSideBTable() throws IOException {
    assertEquals(0, exitCode, "./report failed:\n" + log);
    Path nb = root.resolve("notebooks/07-conflict-panel.ipynb");
    String html = html(nb);
    assertTrue(html.contains("<img src=\"data:image/png;base64,"), "07 has no embedded PNG chart");
    List<String> tables = htmlOutputs(html).stream().filter(o -> o.contains("<table")).toList();
    assertTrue(tables.stream().anyMatch(o -> o.contains("years_only_side_b")
        && o.contains("years_only_secondary")), "07 has no table of side-B-only and secondary-only"
        + " states among its outputs");
    assertTrue(tables.stream().anyMatch(o -> o.contains("acd_side_b") && o.contains("Armenia")),
        "07 has no panel rows for Armenia with acd_side_b");
    String outputs = String.join("\n", allOutputs(html));
    for (String computed : List.of("Only as side B:", "Only as a secondary party:",
        "of states")) {
      assertTrue(outputs.contains(computed), "07's computed output does not say " + computed);
    }
  }

  private static String name(Path nb) {
    String f = nb.getFileName().toString();
    return f.substring(0, f.length() - ".ipynb".length());
  }

  private String html(Path nb) throws IOException {
    Path f = root.resolve("target/reports/" + name(nb) + ".html");
    assertTrue(Files.exists(f), "no report " + f);
    return Files.readString(f, StandardCharsets.UTF_8);
  }

  private static List<String> outputMimes(String html) {
    List<String> out = new ArrayList<>();
    Matcher m = OUTPUT.matcher(html);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  /** The text of every output area, up to the next output area. */
  private static List<String> allOutputs(String html) {
    List<String> out = new ArrayList<>();
    Matcher m = OUTPUT.matcher(html);
    List<int[]> spans = new ArrayList<>();
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
    }
    for (int i = 0; i < spans.size(); i++) {
      int end = i + 1 < spans.size() ? spans.get(i + 1)[0] : html.length();
      int cellEnd = html.indexOf("jp-Cell ", spans.get(i)[1]);
      if (cellEnd > 0 && cellEnd < end) {
        end = cellEnd;
      }
      out.add(html.substring(spans.get(i)[0], end));
    }
    return out;
  }

  private static List<String> htmlOutputs(String html) {
    return allOutputs(html).stream().filter(o -> o.contains("data-mime-type=\"text/html\"")).toList();
  }
}
