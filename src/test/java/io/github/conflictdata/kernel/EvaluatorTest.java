package io.github.conflictdata.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** JShell evaluation in one session: results, state, errors, display, interrupt, editor help. */
class EvaluatorTest {
  static RecordingSink sink;
  static Evaluator ev;

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

  @Test
  void lastExpressionIsTheResult() {
    Outcome o = ok("int a = 20;\nint b = 2;\na + b * 11");
    assertEquals("42", o.result().plainText());
  }

  @Test
  void declarationsAndStatementsShowNothing() {
    assertNull(ok("int quiet = 1;").result());
    assertNull(ok("quiet = quiet + 1;").result());
    assertNull(ok("void noop() { }\nnoop();").result());
    assertNull(ok("display(\"x\");").result(), "display's id is not shown as the result");
  }

  @Test
  void aTrailingSemicolonKeepsTheValueAsIJavaDoes() {
    // IJava notebooks end cells in "Hello Out!"; or BitmapEncoder.getBufferedImage(chart); and
    // their authors' stored outputs show the value
    assertEquals("Hello Out!", ok("System.out.println(\"x\");\n\"Hello Out!\";").result().plainText());
    assertEquals("5", ok("Integer.valueOf(5);").result().plainText());
  }

  @Test
  void stateSurvivesAcrossCellsAndErrors() {
    ok("var names = new ArrayList<String>();\nnames.add(\"UCDP\");");
    assertFalse(ev.execute("names.add(\"COW\");\nthrow new RuntimeException(\"x\");").ok());
    assertEquals("[UCDP, COW]", ok("names").result().plainText());
  }

  @Test
  void compileErrorNamesLineAndColumn() {
    Outcome o = ev.execute("int fine = 1;\nString s = 3;");
    assertFalse(o.ok());
    assertEquals("CompilationError", o.ename());
    // '3' is the 12th character of the cell's second line
    assertTrue(o.evalue().startsWith("line 2, column 12: incompatible types"), o.evalue());
    assertTrue(String.join("\n", o.traceback()).contains("    String s = 3;\n               ^"), o.traceback().toString());
  }

  @Test
  void runtimeErrorIsTrimmedToUserCode() {
    ok("void check(int v) {\n  if (v < 0) {\n    throw new IllegalStateException(\"negative: \" + v);\n  }\n}");
    Outcome o = ev.execute("int z = 0;\ncheck(-1);", "[9]");
    assertFalse(o.ok());
    assertEquals("java.lang.IllegalStateException", o.ename());
    assertEquals("negative: -1", o.evalue());
    String tb = String.join("\n", o.traceback());
    assertTrue(tb.contains("at check (cell [t], line 3)"), tb);
    assertTrue(tb.contains("at cell [9], line 2"), tb);
    assertFalse(tb.contains("jdk.jshell"), tb);
    assertFalse(tb.contains("reflect"), tb);
    assertEquals(3, o.traceback().size(), tb);
  }

  @Test
  void unresolvedReferenceIsExplained() {
    ok("int later() { return notYetDeclared + 1; }");
    assertEquals(List.of("stderr:note: later was declared, but cannot be used until variable notYetDeclared is declared\n"),
        sink.stdout);
    Outcome o = ev.execute("later()");
    assertFalse(o.ok());
    assertTrue(o.evalue().contains("notYetDeclared"), o.evalue());
  }

  @Test
  void aTableResultRendersAsHtml() {
    Outcome o = ok("Table.create(\"t\", IntColumn.create(\"n\", 1, 2, 3))");
    assertTrue(o.result().data().get("text/html").toString().contains("3 rows &times; 1 columns"));
  }

  @Test
  void aChartResultRendersAsPng() {
    Outcome o = ok("var ch = new XYChartBuilder().width(120).height(90).build();\n"
        + "ch.addSeries(\"s\", new double[] {1, 2}, new double[] {3, 4});\nch");
    assertNotNull(o.result().data().get("image/png"));
  }

  @Test
  void aDatasetResultRendersItsSummary() {
    // PRIO: COW files are no longer bundled (COW's terms)
    Outcome o = ok("ConflictData.bundled(DatasetKind.PRIO_BATTLE_DEATHS)");
    assertTrue(o.result().data().get("text/html").toString().contains("PRIO Battle Deaths Dataset"));
  }

  @Test
  void displayShowsNowAndUpdateReplacesIt() {
    Outcome o = ok("String id = display(\"first\");\nupdateDisplay(id, \"second\");\nid");
    assertEquals(2, sink.displays.size());
    assertEquals("first", sink.displays.get(0).bundle().plainText());
    assertFalse(sink.displays.get(0).update());
    assertEquals("second", sink.displays.get(1).bundle().plainText());
    assertTrue(sink.displays.get(1).update());
    assertEquals(sink.displays.get(0).displayId(), sink.displays.get(1).displayId());
    assertEquals(sink.displays.get(0).displayId(), o.result().plainText());
  }

  @Test
  void aCellEndingInDisplayShowsNoDisplayId() {
    assertNull(ok("display(Table.create(\"t\", IntColumn.create(\"n\", 1)))").result());
    assertEquals(1, sink.displays.size());
    assertNotNull(sink.displays.get(0).bundle().data().get("text/html"));
  }

  @Test
  void renderReturnsTheBundleAsResult() {
    Outcome o = ok("render(Table.create(\"t\", IntColumn.create(\"n\", 1)))");
    assertNotNull(o.result().data().get("text/html"));
    assertTrue(sink.displays.isEmpty());
  }

  @Test
  void clearOutputReachesTheSink() {
    ok("clearOutput();");
    assertEquals(1, sink.clears);
  }

  @Test
  void stopInterruptsAnEndlessLoopAndKeepsState() {
    ok("int survivor = 5;");
    ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    try {
      timer.schedule(ev::stop, 700, TimeUnit.MILLISECONDS);
      long t0 = System.nanoTime();
      Outcome o = ev.execute("long n = 0;\nwhile (true) { n++; }");
      assertFalse(o.ok());
      assertEquals("Interrupted", o.ename());
      assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(20));
    } finally {
      timer.shutdownNow();
    }
    assertEquals("5", ok("survivor").result().plainText());
  }

  @Test
  void reExecutedCellsSeeTheCurrentState() {
    ok("int counter = 1;");
    assertEquals("10", ok("counter * 10").result().plainText());
    ok("counter++;");
    ok("counter++;");
    assertEquals("30", ok("counter * 10").result().plainText());
    ok("counter = 7;");
    assertEquals("70", ok("counter * 10").result().plainText());
    ok("String counter = \"now a string\";");
    assertEquals("now a string!", ok("counter + \"!\"").result().plainText());
  }

  @Test
  void reExecutedCellsReportTheirExceptions() {
    ok("int level = 1;\nint guard(int v) {\n  if (v > 1) throw new IllegalArgumentException(\"too high: \" + v);\n  return v;\n}");
    assertEquals("1", ok("guard(level)").result().plainText());
    ok("level = 2;");
    for (int i = 0; i < 2; i++) {
      Outcome o = ev.execute("guard(level)", "[r]");
      assertFalse(o.ok());
      assertEquals("java.lang.IllegalArgumentException", o.ename());
      assertEquals("too high: 2", o.evalue());
      String tb = String.join("\n", o.traceback());
      assertTrue(tb.contains("guard"), tb);
      assertFalse(tb.contains("jdk.jshell"), tb);
    }
  }

  @Test
  void isCompleteTellsOpenBlocksFromFinishedCode() {
    assertEquals("complete", ev.isComplete("1 + 1"));
    assertEquals("complete", ev.isComplete("int x = 1;\nx + 1"));
    assertEquals("incomplete", ev.isComplete("for (int i = 0; i < 3; i++) {"));
    assertEquals("incomplete", ev.isComplete("class Open {"));
    assertEquals("invalid", ev.isComplete(")"));
    assertEquals("complete", ev.isComplete("%time 1 + 1"));
    assertEquals("complete", ev.isComplete("List<String> jars = %jars lib/*.jar"));
    assertEquals("complete", ev.isComplete("// a comment\n%%loadFromPOM\n<dependency>"));
  }

  @Test
  void completionUsesJShellAndKnowsMagics() {
    Evaluator.Completion c = ev.complete("Syste", 5);
    assertTrue(c.matches().contains("System"), c.toString());
    assertEquals(0, c.start());
    Evaluator.Completion m = ev.complete("%mav", 4);
    assertEquals(java.util.List.of("maven", "mavenRepo"), m.matches());
    assertEquals(1, m.start());
    ok("int conflictYears = 3;");
    assertTrue(ev.complete("conflictY", 9).matches().contains("conflictYears"));
  }

  @Test
  void inspectionGivesSignatures() {
    String doc = ev.inspect("Math.max", 8);
    assertNotNull(doc);
    assertTrue(doc.contains("int Math.max(int a, int b)"), doc);
    assertNull(ev.inspect("", 0));
  }

  @Test
  void defaultImportsAreInPlace() {
    for (String cls : new String[] {"ConflictData", "Table", "XYChartBuilder", "LocalDate", "ArrayList"}) {
      assertTrue(ok(cls + ".class.getName()").result().plainText().endsWith("." + cls), cls);
    }
  }
}
