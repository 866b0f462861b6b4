package io.github.conflictdata.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.style.Styler;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Grouped and stacked bars from a long table. */
class BarChartBuilderTest {

  /** The seed article's claims and UCDP BRD 24.1 for 388/2020 (issue 5, SOURCES.md). */
  private static Table claimsVsData() {
    return Table.create("karabakh2020",
        StringColumn.create("figure", "Azerbaijan MoD", "Armenia MoH", "UCDP BRD 24.1",
            "UCDP BRD 24.1", "UCDP BRD 24.1"),
        StringColumn.create("estimate", "claimed", "claimed", "low", "best", "high"),
        IntColumn.create("value", 2783, 2718, 7548, 7646, 9077));
  }

  private static BarChartBuilder base(Table t) {
    return Charts.bars(t).category("figure").series("estimate").value("value")
        .title("Karabakh 2020: claims vs datasets").yAxis("Military dead", "people");
  }

  private static List<Number> y(CategorySeries s) {
    return new ArrayList<>(s.getYData());
  }

  @Test
  void groupedBarsHaveOneSeriesPerEstimateOverEveryFigure() {
    StyledCategoryChart c = base(claimsVsData()).build();
    assertEquals(List.of("claimed", "low", "best", "high"),
        List.copyOf(c.getSeriesMap().keySet()));
    CategorySeries claimed = c.getSeriesMap().get("claimed");
    assertEquals(List.of("Azerbaijan MoD", "Armenia MoH", "UCDP BRD 24.1"),
        new ArrayList<>(claimed.getXData()));
    assertEquals(2783.0, y(claimed).get(0).doubleValue());
    assertEquals(2718.0, y(claimed).get(1).doubleValue());
    assertNull(y(claimed).get(2), "UCDP makes no claim: no bar, not a zero bar");
    assertEquals(7646.0, y(c.getSeriesMap().get("best")).get(2).doubleValue());
    assertFalse(c.getStyler().isStacked());
    assertEquals("figure", c.getXAxisTitle());
    assertEquals("Military dead (people)", c.getYAxisTitle());
  }

  @Test
  void stackedBarsByConflictType() {
    // battle deaths of two conflict types in two years (made-up figures for the layout)
    Table t = Table.create("byType",
        IntColumn.create("year", 2020, 2020, 2021),
        StringColumn.create("type", "interstate", "internationalized intrastate", "interstate"),
        DoubleColumn.create("deaths", 100, 7646, 50));
    StyledCategoryChart c = Charts.bars(t).category("year").series("type").value("deaths")
        .stacked().xAxis("Year").title("By type").yAxis("Battle deaths", "people").build();
    assertTrue(c.getStyler().isStacked());
    CategorySeries intra = c.getSeriesMap().get("internationalized intrastate");
    assertEquals(List.of("2020", "2021"), new ArrayList<>(intra.getXData()));
    assertEquals(7646.0, y(intra).get(0).doubleValue());
    assertNull(y(intra).get(1));
    assertEquals("Year", c.getXAxisTitle());
  }

  @Test
  void duplicateCategoryAndSeriesIsRefused() {
    Table t = claimsVsData().append(claimsVsData().first(1));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> base(t).build());
    assertTrue(e.getMessage().contains("'Azerbaijan MoD' and series 'claimed'"), e.getMessage());
  }

  @Test
  void anEmptyTableIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> base(claimsVsData().emptyCopy()).build());
  }

  @Test
  void twoSourcesAreJoinedIntoOneSentence() {
    StyledCategoryChart c = base(claimsVsData())
        .cite("Seed article (3 December 2020).").cite("UCDP BRD 24.1").build();
    assertEquals("Sources: Seed article (3 December 2020); UCDP BRD 24.1.", c.footnote());
  }

  @Test
  void aLegendTooWideForOneRowMovesToTheRight() {
    StyledCategoryChart narrow = base(claimsVsData()).build();
    assertEquals(Styler.LegendPosition.OutsideS, narrow.getStyler().getLegendPosition());
    Table t = Table.create("long",
        StringColumn.create("figure", "a", "a", "a", "a"),
        StringColumn.create("estimate", "COW Inter-State War Data 4.0", "COW Extra-State War Data 4.0",
            "COW Intra-State War Data 5.1", "COW Non-State War Data 4.0"),
        IntColumn.create("value", 1, 2, 3, 4));
    StyledCategoryChart wide = base(t).build();
    assertEquals(Styler.LegendPosition.OutsideE, wide.getStyler().getLegendPosition());
  }

  @Test
  void groupsWithEmptySlotsAreCentredOnTheirCategories() {
    // notebook 06's figures: a claim, GED's three estimates, a claim
    Table t = Table.create("rakhine",
        StringColumn.create("figure", "Military", "GED", "GED", "GED", "MSF"),
        StringColumn.create("estimate", "claimed", "GED low", "GED best", "GED high", "claimed"),
        DoubleColumn.create("value", 400, 3000, 3500, 4200, 6700));
    StyledCategoryChart c = Charts.bars(t).category("figure").series("estimate").value("value")
        .labels().title("Rakhine 2017").yAxis("Killed", "people").build();
    var boxes = c.barBoxes();
    assertEquals(List.of(1, 3, 1), boxes.values().stream().map(List::size).toList());
    double[] centre = boxes.values().stream()
        .mapToDouble(l -> (l.get(0).getMinX() + l.get(l.size() - 1).getMaxX()) / 2).toArray();
    assertEquals(centre[1] - centre[0], centre[2] - centre[1], 0.5, "groups equally spaced: " + boxes);
    assertEquals(boxes.get("GED").get(1).getCenterX(), centre[1], 0.5, "GED best in the middle");
    assertTrue(c.getStyler().getYAxisMax() >= 6700 * 1.15, "headroom for the labels");
  }
}
