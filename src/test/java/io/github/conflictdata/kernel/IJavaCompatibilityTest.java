package io.github.conflictdata.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What IJava notebooks rely on: JShell's default imports, {@code eval}, {@code display} with MIME
 * types, line magics as values, {@code %%loadFromPOM}, {@code %load} of notebooks, BeakerX's and
 * rapaio's cheap magics, and messages without JShell's internals.
 */
class IJavaCompatibilityTest {
  static RecordingSink sink;
  static Evaluator ev;
  @TempDir static Path tmp;

  @BeforeAll
  static void start() {
    sink = new RecordingSink();
    ev = new Evaluator(sink);
  }

  @AfterAll
  static void stop() {
    ev.close();
  }

  @BeforeEach
  void clear() {
    sink.reset();
  }

  private static Outcome ok(String cell) {
    Outcome o = ev.execute(cell, "[t]");
    assertTrue(o.ok(), () -> cell + " failed: " + o.traceback());
    return o;
  }

  private static String text(Outcome o) {
    assertNotNull(o.result(), "no result");
    return o.result().plainText();
  }

  @Test
  void jshellDefaultImportsAreKeptAndOursAdded() {
    // the names the issue lists, one from each of JShell's default packages, and ours
    String[][] names = {
        {"File", "java.io.File"}, {"PrintWriter", "java.io.PrintWriter"}, {"FileWriter", "java.io.FileWriter"},
        {"BigDecimal", "java.math.BigDecimal"}, {"URL", "java.net.URL"}, {"Paths", "java.nio.file.Paths"},
        {"Pattern", "java.util.regex.Pattern"}, {"Function", "java.util.function.Function"},
        {"ExecutorService", "java.util.concurrent.ExecutorService"}, {"Preferences", "java.util.prefs.Preferences"},
        {"Collectors", "java.util.stream.Collectors"}, {"ArrayList", "java.util.ArrayList"},
        {"LocalDate", "java.time.LocalDate"}, {"ConflictData", "io.github.conflictdata.ConflictData"},
        {"Charts", "io.github.conflictdata.chart.Charts"}, {"Compare", "io.github.conflictdata.compare.Compare"},
        {"Table", "tech.tablesaw.api.Table"}, {"XYChartBuilder", "org.knowm.xchart.XYChartBuilder"}};
    for (String[] n : names) {
      assertEquals(n[1], text(ok(n[0] + ".class.getName()")), n[0]);
    }
    assertEquals(Evaluator.JSHELL_IMPORTS, Evaluator.DEFAULT_IMPORTS.subList(0, Evaluator.JSHELL_IMPORTS.size()));
  }

  @Test
  void evalReturnsTheValueOfItsLastExpression() {
    // MyFirstJavaNotebook: (int)eval("1+1") + 2
    assertEquals("4", text(ok("(int)eval(\"1+1\") + 2")));
    ok("Object declared = eval(\"int fromEval = 40; fromEval + 2\");");
    assertEquals("42", text(ok("declared")));
    assertEquals("40", text(ok("fromEval")), "declarations made by eval stay in the session");
    assertEquals("null", text(ok("String.valueOf(eval(\"int nothingShown = 1;\"))")));
  }

  @Test
  void evalRethrowsTheCodesExceptionAndReportsCompileErrors() {
    Outcome thrown = ev.execute("eval(\"throw new java.io.UncheckedIOException(new java.io.IOException(\\\"disk\\\"))\")");
    assertFalse(thrown.ok());
    assertEquals("java.io.UncheckedIOException", thrown.ename());
    assertEquals("4", text(ok("try { eval(\"Integer.parseInt(\\\"x\\\")\"); } catch (NumberFormatException e) { }\n2 + 2")));
    Outcome bad = ev.execute("eval(\"int broken = ;\")");
    assertFalse(bad.ok());
    assertEquals(Notebook.EvalException.class.getName(), bad.ename());
    assertTrue(bad.evalue().contains("CompilationError"), bad.evalue());
  }

  @Test
  void displayWithMimeTypesRendersStringsAsThatMarkup() {
    ok("display(\"*emphasis*\", \"text/markdown\");");
    ok("String shown = display(\"<b>bold</b>\", \"text/html\");");
    ok("updateDisplay(shown, \"<i>italic</i>\", \"text/html\");");
    assertEquals(3, sink.displays.size());
    assertEquals("*emphasis*", sink.displays.get(0).bundle().data().get("text/markdown"));
    assertEquals("<b>bold</b>", sink.displays.get(1).bundle().data().get("text/html"));
    assertEquals("<i>italic</i>", sink.displays.get(2).bundle().data().get("text/html"));
    assertTrue(sink.displays.get(2).update());
    assertEquals(sink.displays.get(1).displayId(), sink.displays.get(2).displayId());
    // text/plain stays as a fallback; no other type is added
    assertEquals(List.of("text/html", "text/plain"), List.copyOf(sink.displays.get(1).bundle().data().keySet()));
  }

  @Test
  void displayAcceptsRapaiosMimeTypeFirstOrder() {
    ok("String rid = display(\"text/markdown\", \"Markdown *test*\");");
    ok("updateDisplay(rid, \"text/html\", \"Html <i>test</i>\");");
    assertEquals("Markdown *test*", sink.displays.get(0).bundle().data().get("text/markdown"));
    assertEquals("Html <i>test</i>", sink.displays.get(1).bundle().data().get("text/html"));
  }

  @Test
  void displayOfATableAsHtmlKeepsTheTableRendering() {
    ok("display(Table.create(\"t\", IntColumn.create(\"n\", 7)), \"text/html\");");
    String html = (String) sink.displays.get(0).bundle().data().get("text/html");
    assertTrue(html.contains("<table class=\"dataframe\""), html);
    assertEquals("7", text(ok("(int) render(7, \"text/plain\").plainText().length() + 6")));
  }

  @Test
  void lineMagicAsAValueReturnsTheAddedJars() throws Exception {
    Path libs = Files.createDirectories(tmp.resolve("inline-libs"));
    buildJar(libs.resolve("inline-1.0.jar"), "demo.inline.Inline",
        "package demo.inline; public class Inline { public static String hi() { return \"inline\"; } }");
    // 3rdPartyDependency.ipynb and MyFirstJavaNotebook.ipynb write it without a semicolon
    Outcome o = ok("List<String> added = %jars " + libs + "/*.jar\nadded");
    assertEquals("[" + libs.resolve("inline-1.0.jar") + "]", text(o));
    assertEquals("inline", text(ok("demo.inline.Inline.hi()")));
    assertEquals("[]", text(ok("List<String> none = %jars " + libs + "/nothing-*.jar;\nnone")));
    // an = inside a string is not an assignment: the text stays as it is
    assertEquals("x = %jars y", text(ok("String s = \"x = %jars y\";\ns")));
    Outcome missing = ev.execute("List<String> gone = %jars " + libs + "/gone.jar");
    assertFalse(missing.ok());
    assertTrue(missing.evalue().contains("%jars: no such file"), missing.evalue());
  }

  @Test
  void unknownMagicsListTheKnownOnes() {
    Outcome o = ev.execute("%dependency /add com.github.javafaker:javafaker:1.0.2");
    assertFalse(o.ok());
    for (String m : new String[] {"%dependency", "%jars", "%maven", "%mavenRepo", "%load", "%jshell", "%%loadFromPOM", "%%time"}) {
      assertTrue(o.evalue().contains(m), m + " in " + o.evalue());
    }
    Outcome cell = ev.execute("%%bash\nls");
    assertFalse(cell.ok());
    assertTrue(cell.evalue().contains("unknown magic %%bash"), cell.evalue());
  }

  @Test
  void loadFromPomResolvesDependencyFragmentsAndWholePoms() throws IOException {
    Path repo = MagicsTestRepository.create(tmp.resolve("pom-m2"));
    String before = System.getProperty("maven.repo.local");
    System.setProperty("maven.repo.local", repo.toString());
    System.setProperty("conflictdata.maven.offline", "true");
    try {
      Outcome o = ev.execute("%%loadFromPOM\n<dependency>\n  <groupId>demo</groupId>\n  <artifactId>app</artifactId>\n"
          + "  <version>1.0</version>\n</dependency>\n");
      assertTrue(o.ok(), o.traceback().toString());
      assertTrue(String.join("", sink.stdout).contains("demo:app:jar:1.0: 2 jars resolved, 2 added"), sink.stdout.toString());
      assertEquals("42", text(ok("demo.app.App.run()")));
      Outcome whole = ev.execute("%%loadFromPOM\n<project><modelVersion>4.0.0</modelVersion>"
          + "<properties><demo.version>1.0</demo.version></properties>"
          + "<repositories><repository><id>mirror</id><url>file:///nonexistent</url></repository></repositories>"
          + "<dependencies><dependency><groupId>demo</groupId><artifactId>lib</artifactId>"
          + "<version>${demo.version}</version></dependency>"
          + "<dependency><groupId>junit</groupId><artifactId>junit</artifactId><version>4.13</version>"
          + "<scope>test</scope></dependency></dependencies></project>");
      assertTrue(whole.ok(), whole.traceback().toString());
      assertTrue(String.join("", sink.stdout).contains("junit:junit:4.13: scope test, not loaded"), sink.stdout.toString());
      Outcome bad = ev.execute("%%loadFromPOM\n<dependency><groupId>demo</groupId>");
      assertFalse(bad.ok());
      assertTrue(bad.evalue().contains("not well-formed XML at line"), bad.evalue());
      Outcome missing = ev.execute("%%loadFromPOM\n<dependency><groupId>demo</groupId><artifactId>none</artifactId>"
          + "<version>9</version></dependency>");
      assertFalse(missing.ok());
      assertTrue(missing.evalue().contains("cannot resolve demo:none:jar:9 (offline"), missing.evalue());
    } finally {
      restore("maven.repo.local", before);
      System.clearProperty("conflictdata.maven.offline");
    }
  }

  @Test
  void loadFromPomFindsAnArtifactInTheUsersLocalRepository() {
    // commons-cli is not on the test class path; skip when ~/.m2 does not hold it (CI caches vary)
    Path home = Path.of(System.getProperty("user.home"), ".m2", "repository", "commons-cli", "commons-cli", "1.9.0");
    assumeTrue(Files.isRegularFile(home.resolve("commons-cli-1.9.0.jar")),
        "skipped: commons-cli 1.9.0 is not in the local Maven repository " + home);
    System.setProperty("conflictdata.maven.offline", "true");
    try {
      Outcome o = ev.execute("%%loadFromPOM\n<dependency>\n<groupId>commons-cli</groupId>\n"
          + "<artifactId>commons-cli</artifactId>\n<version>1.9.0</version>\n</dependency>");
      assumeTrue(o.ok() || !o.evalue().contains("offline"),
          "skipped: the parent POMs of commons-cli 1.9.0 are not all in ~/.m2: " + o.evalue());
      assertTrue(o.ok(), o.traceback().toString());
      assertEquals("true", text(ok("new org.apache.commons.cli.Options().addOption(\"v\", \"verbose\").hasOption(\"v\")")));
    } finally {
      System.clearProperty("conflictdata.maven.offline");
    }
  }

  @Test
  void mavenRepoNeedsAnIdAndAUrl() {
    assertTrue(ok("%mavenRepo jitpack https://jitpack.io").result() == null);
    Outcome bad = ev.execute("%mavenRepo only-an-id");
    assertFalse(bad.ok());
    assertTrue(bad.evalue().contains("expected %mavenRepo ID URL"), bad.evalue());
  }

  @Test
  void loadRunsANotebooksCodeCellsAndTriesExtensions() throws IOException {
    Path nb = tmp.resolve("helpers.ipynb");
    Files.writeString(nb, "{\"nbformat\": 4, \"nbformat_minor\": 5, \"metadata\": {}, \"cells\": ["
        + "{\"cell_type\": \"markdown\", \"metadata\": {}, \"source\": [\"int notCode = 1;\"]},"
        + "{\"cell_type\": \"code\", \"metadata\": {}, \"outputs\": [], \"execution_count\": null,"
        + " \"source\": [\"int fromNotebook = 20;\\n\", \"int twiceNb() { return 2 * fromNotebook; }\"]},"
        + "{\"cell_type\": \"code\", \"metadata\": {}, \"outputs\": [], \"execution_count\": null, \"source\": \"twiceNb()\"}]}");
    ok("%load " + tmp.resolve("helpers"));
    assertEquals("40", text(ok("twiceNb()")));
    assertEquals("cannot find symbol", firstLine(ev.execute("notCode").evalue()), "markdown cells are not run");
    Files.writeString(tmp.resolve("setup.jshell"), "String fromJshell = \"jshell\";");
    ok("%load " + tmp.resolve("setup"));
    assertEquals("jshell", text(ok("fromJshell")));
    Outcome missing = ev.execute("%load " + tmp.resolve("nothing"));
    assertFalse(missing.ok());
    assertTrue(missing.evalue().contains("also tried .jsh, .jshell, .java, .ipynb"), missing.evalue());
    Path broken = tmp.resolve("broken.ipynb");
    Files.writeString(broken, "{\"cells\": [{\"cell_type\": \"code\", \"source\": \"int ok1 = 1;\"},"
        + " {\"cell_type\": \"code\", \"source\": \"undefinedName + 1\"}]}");
    Outcome failing = ev.execute("%load " + broken);
    assertFalse(failing.ok());
    assertTrue(failing.evalue().contains("(in broken.ipynb cell 2)"), failing.evalue());
  }

  private static String firstLine(String s) {
    int i = s.indexOf('\n');
    String line = i < 0 ? s : s.substring(0, i);
    return line.replaceFirst("^line \\d+, column \\d+: ", "");
  }

  @Test
  void beakerxClasspathAddJarAndRapaioJshellVars() throws Exception {
    Path jar = tmp.resolve("beaker-1.0.jar");
    buildJar(jar, "demo.beaker.Beaker", "package demo.beaker; public class Beaker { public static int n() { return 9; } }");
    ok("%classpath add jar " + jar);
    assertEquals("9", text(ok("demo.beaker.Beaker.n()")));
    ok("int listedVar = 12;");
    String vars = text(ok("%jshell /vars"));
    assertTrue(vars.contains("int listedVar = 12"), vars);
    ok("record Pair(int a, int b) { }");
    assertTrue(text(ok("%jshell /types")).contains("record Pair"), "types listed");
    Outcome bad = ev.execute("%jshell /edit");
    assertFalse(bad.ok());
    assertTrue(bad.evalue().contains("/vars, /types, /methods and /imports"), bad.evalue());
  }

  @Test
  void compileErrorsHaveNoEmptyLocationLine() {
    Outcome o = ev.execute("int y = undefinedVariable + 1;");
    assertFalse(o.ok());
    String all = o.evalue() + "\n" + String.join("\n", o.traceback());
    assertTrue(all.contains("cannot find symbol"), all);
    assertTrue(all.contains("symbol:   variable undefinedVariable"), all);
    assertFalse(all.contains("location: class"), all);
    assertFalse(all.contains("$JShell"), all);
  }

  @Test
  void runtimeErrorsNameTheUsersVariablesNotJShellsWrappers() {
    ok("String nothing = null;");
    Outcome o = ev.execute("nothing.length()", "[5]");
    assertFalse(o.ok());
    assertEquals("java.lang.NullPointerException", o.ename());
    assertTrue(o.evalue().contains("because \"nothing\" is null"), o.evalue());
    ok("class Holder { String name; int len() { return name.length(); } }");
    Outcome inMethod = ev.execute("new Holder().len()", "[6]");
    String tb = String.join("\n", inMethod.traceback());
    assertTrue(inMethod.evalue().contains("because \"this.name\" is null"), inMethod.evalue());
    assertTrue(tb.contains("at Holder.len (cell [t], line 1)"), tb);
    assertFalse(tb.contains("$JShell") || tb.contains("do_it$") || tb.contains("REPL."), tb);
  }

  @Test
  void cellTimeReportsCompileAndRunSeparately() {
    Outcome o = ev.execute("%%time\nlong spin = 0;\nfor (int i = 0; i < 3_000_000; i++) { spin += i; }\nThread.sleep(300);\nspin");
    assertTrue(o.ok(), o.traceback().toString());
    String out = String.join("", sink.stdout);
    java.util.regex.Matcher m = java.util.regex.Pattern
        .compile("Wall time: ([0-9.]+) (µs|ms|s) \\(compile ([0-9.]+) (µs|ms|s), run ([0-9.]+) (µs|ms|s)\\)").matcher(out);
    assertTrue(m.find(), out);
    // the cell sleeps 300 ms: run time is at least that, and compile plus run make the wall time
    double wall = millis(m.group(1), m.group(2));
    double compile = millis(m.group(3), m.group(4));
    double run = millis(m.group(5), m.group(6));
    assertTrue(run >= 300, out);
    assertTrue(compile > 0, out);
    // (seconds are printed with 2 decimals, milliseconds with 1: up to 5 ms of rounding)
    assertTrue(Math.abs(wall - compile - run) <= 6, out);
  }

  private static double millis(String v, String unit) {
    double d = Double.parseDouble(v);
    return unit.equals("s") ? d * 1000 : unit.equals("ms") ? d : d / 1000;
  }

  @Test
  void tableDisplaySettingsChangeInACell() {
    try {
      ok("tableDisplay().maxRows(4).minRows(2);");
      String html = (String) ev.execute("Table.create(\"t\", IntColumn.create(\"n\", 10, 11, 12, 13, 14))").result()
          .data().get("text/html");
      assertTrue(html.contains(">10<") && html.contains(">14<") && !html.contains(">12<"), html);
      assertEquals("TableDisplay[maxRows=60, minRows=10, maxColumns=20, maxCellWidth=50]",
          text(ok("tableDisplay().reset();")));
    } finally {
      TableDisplay.settings().reset();
    }
  }

  private static void restore(String key, String value) {
    if (value == null) {
      System.clearProperty(key);
    } else {
      System.setProperty(key, value);
    }
  }

  static void buildJar(Path jar, String className, String source) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    Path src = Files.createTempDirectory(jar.getParent(), "src");
    Path out = Files.createTempDirectory(jar.getParent(), "classes");
    Path file = src.resolve(className.substring(className.lastIndexOf('.') + 1) + ".java");
    Files.writeString(file, source);
    assertEquals(0, javac.run(null, null, null, "-d", out.toString(), file.toString()));
    String entry = className.replace('.', '/') + ".class";
    try (JarOutputStream jos = new JarOutputStream(Files.newOutputStream(jar))) {
      jos.putNextEntry(new JarEntry(entry));
      try (var in = Files.newInputStream(out.resolve(entry))) {
        in.transferTo(jos);
      }
      jos.closeEntry();
    }
  }
}
