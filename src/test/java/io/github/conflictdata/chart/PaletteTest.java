package io.github.conflictdata.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Colours by meaning, the log axis where one value dwarfs the rest, and the one-series legend. */
class PaletteTest {
  private static Table sources(String... order) {
    Table t = Table.create("t", StringColumn.create("source"), IntColumn.create("year"),
        DoubleColumn.create("best"));
    for (String s : order) {
      for (int y = 2018; y <= 2020; y++) {
        t.stringColumn("source").append(s);
        t.intColumn("year").append(y);
        t.doubleColumn("best").append(100 + y - 2018);
      }
    }
    return t;
  }

  private static StyledXYChart yearly(Table t) {
    return Charts.yearly(t).series("source").value("best").title("t").yAxis("Deaths", "people").build();
  }

  @Test
  void ucdpHasTheSameColourInChartsWithOtherSeriesOrders() {
    StyledXYChart a = yearly(sources("UCDP BRD 24.1", "PRIO 3.1", "COW intra-state"));
    StyledXYChart b = yearly(sources("COW intra-state", "claims", "Kokang", "UCDP BRD 24.1"));
    Color ua = a.getSeriesMap().get("UCDP BRD 24.1").getLineColor();
    assertEquals(ua, b.getSeriesMap().get("UCDP BRD 24.1").getLineColor());
    assertEquals(a.getSeriesMap().get("COW intra-state").getLineColor(),
        b.getSeriesMap().get("COW intra-state").getLineColor());
    assertNotEquals(ua, a.getSeriesMap().get("PRIO 3.1").getLineColor());
    StyledCategoryChart bars = Charts.bars(sources("PRIO 3.1", "UCDP BRD 24.1")).category("year")
        .series("source").value("best").title("t").yAxis("Deaths", "people").build();
    assertEquals(ua, bars.getSeriesMap().get("UCDP BRD 24.1").getFillColor());
  }

  @Test
  void estimatesAndTypesOfViolenceHaveFixedColours() {
    assertEquals(Palette.LOW, Palette.color("low"));
    assertEquals(Palette.BEST, Palette.color("GED best")); // not a source name: the estimate
    assertEquals(Palette.HIGH, Palette.color("bd_high"));
    assertEquals(Palette.color("3"), Palette.color("One-sided violence"));
    assertEquals(Palette.UCDP, Palette.color("UCDP/PRIO ACD 24.1"));
  }

  @Test
  void unknownNamesGetStableColoursApartFromTheReservedOnes() {
    assertEquals(Palette.color("Kokang"), Palette.color("Kokang"));
    for (String n : List.of("Kokang", "Rakhine", "Kachin", "Shan", "Karen", "Chin")) {
      assertFalse(Palette.RESERVED.contains(Palette.color(n)), n);
    }
    List<String> names = List.of("Kokang", "Rakhine", "Kachin", "Shan", "Karen", "Chin");
    Map<String, Color> one = Palette.colors(names);
    List<String> reversed = new ArrayList<>(names);
    java.util.Collections.reverse(reversed);
    assertEquals(one, Map.copyOf(Palette.colors(reversed)), "the set decides, not the order");
    assertEquals(names.size(), new java.util.HashSet<>(one.values()).size(), "no two alike in one chart");
  }

  private static double distance(Color a, Color b) {
    return Math.sqrt(Math.pow(a.getRed() - b.getRed(), 2) + Math.pow(a.getGreen() - b.getGreen(), 2)
        + Math.pow(a.getBlue() - b.getBlue(), 2));
  }

  @Test
  void hashedColoursStayClearOfTheReservedOnesAndOfEachOther() {
    for (Color e : Palette.EXTRA) {
      for (Color r : Palette.RESERVED) {
        assertTrue(distance(e, r) >= 60, e + " is close to the reserved " + r);
      }
      for (Color o : Palette.EXTRA) {
        assertTrue(o == e || distance(e, o) >= 60, e + " is close to " + o);
      }
    }
  }

  /** Nagorno-Karabakh-like: 30 years of tens, and one year (2020) of 7,646 (UCDP BRD 24.1, conflict 388). */
  private static Table karabakhLike() {
    Table t = Table.create("k", IntColumn.create("year"), DoubleColumn.create("bd_best"));
    for (int y = 1994; y <= 2023; y++) {
      t.intColumn("year").append(y);
      t.doubleColumn("bd_best").append(y == 2020 ? 7646 : 25 + (y % 7) * 5);
    }
    return t;
  }

  @Test
  void oneYearDwarfingTheOthersGetsALogAxisThatTheSubtitleNames() {
    StyledXYChart c = Charts.yearly(karabakhLike()).value("bd_best").title("Karabakh")
        .subtitle("UCDP conflict 388").yAxis("Battle deaths", "people").build();
    assertTrue(c.getStyler().isYAxisLogarithmic());
    assertTrue(c.subtitle().startsWith("UCDP conflict 388. Logarithmic value axis: the largest value (7,646 in 2020)"),
        c.subtitle());
    StyledXYChart lin = Charts.yearly(karabakhLike()).value("bd_best").title("Karabakh")
        .yAxis("Battle deaths", "people").linear().build();
    assertFalse(lin.getStyler().isYAxisLogarithmic());
    assertFalse(lin.subtitle().contains("Logarithmic"));
    StyledXYChart even = yearly(sources("UCDP BRD 24.1"));
    assertFalse(even.getStyler().isYAxisLogarithmic(), "100-102: no value dwarfs the rest");
  }

  @Test
  void oneSeriesHasNoLegendAndTwoHaveOne() {
    assertFalse(yearly(sources("UCDP BRD 24.1")).getStyler().isLegendVisible());
    assertTrue(yearly(sources("UCDP BRD 24.1", "PRIO 3.1")).getStyler().isLegendVisible());
    StyledCategoryChart one = Charts.bars(sources("UCDP BRD 24.1")).category("year").value("best")
        .labels().title("t").yAxis("Deaths", "people").build();
    assertFalse(one.getStyler().isLegendVisible());
    assertTrue(one.getStyler().getYAxisMax() >= 102 * 1.1, "headroom above the tallest bar for its label");
  }
}
