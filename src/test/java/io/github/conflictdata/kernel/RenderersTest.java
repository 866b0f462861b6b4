package io.github.conflictdata.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conflictdata.ConflictData;
import io.github.conflictdata.Dataset;
import io.github.conflictdata.DatasetKind;
import io.github.conflictdata.Source;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** What tables, charts and datasets look like in a notebook. */
class RenderersTest {
  private static Table numbered(int rows) {
    int[] year = new int[rows];
    String[] label = new String[rows];
    for (int i = 0; i < rows; i++) {
      year[i] = 1000 + i;
      label[i] = "row-" + i;
    }
    return Table.create("numbered", IntColumn.create("year", year), StringColumn.create("label", label));
  }

  @Test
  void shortTableShowsEveryRowAndItsSize() {
    MimeBundle b = Renderers.render(numbered(3));
    String html = (String) b.data().get("text/html");
    for (String v : new String[] {"row-0", "row-1", "row-2", "<th>year</th>", "<th style=\"text-align:left\">label</th>"}) {
      assertTrue(html.contains(v), v);
    }
    assertTrue(html.contains("3 rows &times; 2 columns"), html);
    assertTrue(b.plainText().endsWith("3 rows x 2 columns"), b.plainText());
    assertTrue(b.plainText().contains("row-2"));
  }

  @Test
  void longTableShowsHeadAndTailLikePandas() {
    MimeBundle b = Renderers.render(numbered(1000));
    String html = (String) b.data().get("text/html");
    for (int i : new int[] {0, 4, 995, 999}) {
      assertTrue(html.contains(">row-" + i + "<"), "row " + i);
    }
    for (int i : new int[] {5, 500, 994}) {
      assertFalse(html.contains(">row-" + i + "<"), "row " + i + " should be elided");
    }
    assertTrue(html.contains("&hellip;"));
    assertTrue(html.contains("1,000 rows &times; 2 columns"), html);
    String plain = b.plainText();
    assertTrue(plain.contains("row-999") && !plain.contains("row-500") && plain.contains("..."), plain);
    assertTrue(plain.endsWith("1,000 rows x 2 columns"));
  }

  @Test
  void cellTextIsHtmlEscaped() {
    Table t = Table.create("t", StringColumn.create("name", "<script>alert(1)</script> & co"));
    String html = (String) Renderers.render(t).data().get("text/html");
    assertFalse(html.contains("<script>"));
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co"));
  }

  @Test
  void chartsBecomePngOfTheirSizeAndSvg() throws Exception {
    XYChart chart = new XYChartBuilder().width(400).height(300).title("deaths").build();
    chart.addSeries("brd", new double[] {1989, 1990, 1991}, new double[] {120, 80, 200});
    MimeBundle b = Renderers.render(chart);
    byte[] png = Base64.getDecoder().decode((String) b.data().get("image/png"));
    BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
    assertEquals(400, img.getWidth());
    assertEquals(300, img.getHeight());
    assertEquals(Map.of("width", 400, "height", 300), b.metadata().get("image/png"));
    String svg = (String) b.data().get("image/svg+xml");
    assertNotNull(svg, "VectorGraphics2D is on the class path (an xchart dependency)");
    assertTrue(svg.startsWith("<svg"), svg.substring(0, Math.min(200, svg.length())));
    assertTrue(svg.strip().endsWith("</svg>"));
    assertTrue(b.plainText().contains("deaths"));
  }

  @Test
  void categoryChartsRenderToo() {
    CategoryChart chart = new CategoryChartBuilder().width(200).height(100).build();
    chart.addSeries("s", List.of("a", "b"), List.of(1, 2));
    assertNotNull(Renderers.render(chart).data().get("image/png"));
  }

  @Test
  void datasetShowsKindReleaseRowsCitationAndTable() {
    String citation = "Davies, Shawn, Therese Pettersson & Magnus Öberg (2024). Organized violence 1989-2023";
    Dataset d = new Dataset(DatasetKind.UCDP_PRIO_ACD, "24.1", numbered(30),
        new Source("UcdpPrioConflict_v24_1.csv", "ab12", citation, "CC BY 4.0"), List.of(), Map.of());
    MimeBundle b = Renderers.render(d);
    String html = (String) b.data().get("text/html");
    assertTrue(html.contains("UCDP/PRIO Armed Conflict Dataset"), html);
    assertTrue(html.contains("UCDP_PRIO_ACD"));
    assertTrue(html.contains("release 24.1"));
    assertTrue(html.contains("30 rows &times; 2 columns"));
    assertTrue(html.contains("Citation: Davies, Shawn, Therese Pettersson &amp; Magnus Öberg (2024)"), html);
    assertTrue(html.contains("<table class=\"dataframe\""));
    assertTrue(html.contains(">row-29<"));
    assertTrue(b.plainText().startsWith("UCDP/PRIO Armed Conflict Dataset (UCDP_PRIO_ACD), release 24.1 - 30 rows x 2 columns"));
  }

  @Test
  void bundledDatasetSummary() {
    // SOURCES.md: Inter-StateWarData_v4.0.csv has 337 rows; COW asks to cite Sarkees & Wayman (2010)
    // COW files are not bundled (COW's terms): the shared copy, skipped when absent
    Dataset d = ConflictData.read(io.github.conflictdata.testing.TestFiles.sharedFile(
        "cow-wars/Inter-StateWarData_v4.0.csv"));
    String html = (String) Renderers.render(d).data().get("text/html");
    assertTrue(html.contains("COW Inter-State War Data"), html.substring(0, 400));
    assertTrue(html.contains("release 4.0"));
    assertTrue(html.contains("337 rows &times; "), html.substring(0, 400));
    assertTrue(html.contains("Sarkees"));
    assertTrue(html.contains("Resort to War"));
  }

  @Test
  void otherValuesAreText() {
    assertEquals("null", Renderers.render(null).plainText());
    assertEquals("[1, 2, 3]", Renderers.render(new int[] {1, 2, 3}).plainText());
    assertEquals("[[a], [b, c]]", Renderers.render(new String[][] {{"a"}, {"b", "c"}}).plainText());
    MimeBundle own = MimeBundle.text("as is");
    assertSame(own, Renderers.render(own));
  }

  @Test
  void registeredRenderersComeFirst() {
    record Casualties(int n) {}
    Renderers.register(Casualties.class, c -> MimeBundle.builder()
        .put("text/html", "<b>" + c.n() + "</b>").put("text/plain", "n=" + c.n()).build());
    assertEquals("<b>12</b>", Renderers.render(new Casualties(12)).data().get("text/html"));
  }

  @Test
  void aChartXChartCannotPaintFallsBackToTextWithAPlainWarning() {
    // XChart 3.8.8 throws NoSuchElementException painting a CategoryChart without series
    CategoryChart empty = new CategoryChartBuilder().width(300).height(200).title("nothing yet").build();
    java.io.PrintStream before = System.err;
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
    MimeBundle b;
    try {
      b = Renderers.render(empty);
    } finally {
      System.setErr(before);
    }
    assertEquals(List.of("text/plain"), List.copyOf(b.data().keySet()));
    assertEquals("CategoryChart \"nothing yet\" (300x200)", b.plainText());
    String warning = err.toString(java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(warning.startsWith("warning: could not render the CategoryChart (java.util.NoSuchElementException"), warning);
    assertFalse(warning.contains("\u001b["), "a warning is plain text, not red");
  }

  @Test
  void tableLimitsAreSettingsWithPandasDefaults() {
    TableDisplay s = TableDisplay.settings();
    try {
      assertEquals(60, s.maxRows());
      assertEquals(20, s.maxColumns());
      assertEquals(50, s.maxCellWidth());
      String sixty = (String) Renderers.render(numbered(60)).data().get("text/html");
      assertTrue(sixty.contains(">row-30<") && !sixty.contains("&hellip;"), "60 rows are shown in full");
      String more = (String) Renderers.render(numbered(61)).data().get("text/html");
      assertTrue(more.contains(">row-4<") && !more.contains(">row-5<") && more.contains(">row-56<"), more);
      s.maxRows(100);
      assertTrue(((String) Renderers.render(numbered(61)).data().get("text/html")).contains(">row-30<"));
      // columns: the first and last halves; cell text cut with "..."
      s.maxColumns(4).maxCellWidth(8);
      List<IntColumn> cols = new java.util.ArrayList<>();
      for (int c = 0; c < 10; c++) {
        cols.add(IntColumn.create("c" + c, 1));
      }
      Table wide = Table.create("wide", cols.toArray(new IntColumn[0]));
      wide.addColumns(StringColumn.create("long", "abcdefghijklmnop"));
      String html = (String) Renderers.render(wide).data().get("text/html");
      assertTrue(html.contains("<th>c0</th><th>c1</th><th>&hellip;</th><th>c9</th><th style=\"text-align:left\">long</th>"), html);
      assertTrue(html.contains(">abcde...<"), html);
      assertTrue(html.contains("1 rows &times; 11 columns"), html);
      assertThrowsIae(() -> s.maxRows(-1));
    } finally {
      s.reset();
    }
  }

  private static void assertThrowsIae(Runnable r) {
    try {
      r.run();
    } catch (IllegalArgumentException e) {
      return;
    }
    throw new AssertionError("expected IllegalArgumentException");
  }

  @Test
  void captionsShowTheDatasetsTitleAndReleaseNotItsPath() {
    Table t = numbered(3);
    t.setName("io/github/conflictdata/data/ucdp/UcdpPrioConflict_v24_1.csv");
    Dataset d = new Dataset(DatasetKind.UCDP_PRIO_ACD, "24.1", t,
        new Source("io/github/conflictdata/data/ucdp/UcdpPrioConflict_v24_1.csv", "ab12", "c", "CC BY 4.0"),
        List.of(), Map.of());
    String before = (String) Renderers.render(t).data().get("text/html");
    assertFalse(before.contains("io/github"), "a path-like name is cut to its file name: " + before);
    String ds = (String) Renderers.render(d).data().get("text/html");
    assertFalse(ds.contains("io/github/conflictdata/data"), ds);
    Renderers.noteValue(d);
    String html = (String) Renderers.render(t).data().get("text/html");
    assertTrue(html.contains("<strong>UCDP/PRIO Armed Conflict Dataset, release 24.1</strong>"), html);
    // a table derived from it keeps the name, and so the caption
    Table derived = t.where(t.intColumn("year").isGreaterThan(1000));
    assertTrue(Renderers.render(derived).plainText().startsWith("UCDP/PRIO Armed Conflict Dataset, release 24.1\n"));
  }
}
