package io.github.conflictdata.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** PNG and SVG files: written, of the fixed size, with the captions; no pixel comparisons. */
class ChartExportTest {
  @TempDir Path dir;

  private static StyledCategoryChart chart() {
    Table t = Table.create("claims",
        StringColumn.create("claimant", "Azerbaijan MoD", "Armenia MoH"),
        IntColumn.create("value", 2783, 2718));
    return Charts.bars(t).category("claimant").value("value").size(600, 400)
        .title("Claimed military dead").subtitle("Karabakh war 2020")
        .yAxis("Killed", "people").cite("Seed article").build();
  }

  @Test
  void pngHasTheChartSizeTimesDpiOver72() throws Exception {
    StyledCategoryChart c = chart();
    Path f = ChartExport.png(c, dir.resolve("sub/claims.png"));
    BufferedImage img = ImageIO.read(f.toFile());
    assertEquals(600 * HouseStyle.DPI / 72, img.getWidth());
    assertEquals(400 * HouseStyle.DPI / 72, img.getHeight());
    assertEquals(600, c.getWidth(), "painting leaves the chart's own size alone");
    assertEquals(400, c.getHeight());
  }

  @Test
  void pngBytesDecodeToTheSameSize() throws Exception {
    BufferedImage img = ImageIO.read(new ByteArrayInputStream(ChartExport.pngBytes(chart())));
    assertEquals(1200, img.getWidth());
    assertEquals(800, img.getHeight());
  }

  @Test
  void svgIsAnSvgDocumentOfTheChartSize() throws Exception {
    Path f = ChartExport.svg(chart(), dir.resolve("claims.svg"));
    String svg = Files.readString(f, StandardCharsets.UTF_8);
    assertTrue(svg.contains("<svg"), "an SVG root element");
    assertTrue(svg.contains("width=\"600"), svg.substring(0, Math.min(400, svg.length())));
    assertTrue(svg.contains("height=\"400"));
  }

  @Test
  void svgCarriesTheCaptionsAsText() throws Exception {
    // (XChart draws axis titles and tick labels as outlines, so only our captions are <text>)
    String svg = Files.readString(ChartExport.svg(chart(), dir.resolve("c.svg")), StandardCharsets.UTF_8);
    assertTrue(svg.contains(">Claimed military dead"), "title painted as text");
    assertTrue(svg.contains(">Karabakh war 2020"), "subtitle painted as text");
    assertTrue(svg.contains(">Source: Seed article."), "footnote painted as text");
  }

  @Test
  void aPngNameMustEndInPng() {
    assertThrows(IllegalArgumentException.class, () -> ChartExport.png(chart(), dir.resolve("x")));
  }
}
