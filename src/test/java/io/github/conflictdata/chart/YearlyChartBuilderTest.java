package io.github.conflictdata.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conflictdata.Dataset;
import io.github.conflictdata.DatasetKind;
import io.github.conflictdata.Source;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYSeries;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Yearly lines with low-high bands: the chart model built from a table. */
class YearlyChartBuilderTest {

  /** UCDP BRD 24.1, conflict 388, 2020-2023 (SOURCES.md, read off the file). */
  private static Table karabakhBrd() {
    return Table.create("brd388",
        StringColumn.create("source", "UCDP BRD 24.1", "UCDP BRD 24.1", "UCDP BRD 24.1",
            "UCDP BRD 24.1"),
        IntColumn.create("year", 2020, 2021, 2022, 2023),
        IntColumn.create("bd_best", 7646, 40, 308, 462),
        IntColumn.create("bd_low", 7548, 40, 308, 462),
        IntColumn.create("bd_high", 9077, 43, 310, 462));
  }

  private static YearlyChartBuilder base(Table t) {
    return Charts.yearly(t).series("source").value("bd_best").band("bd_low", "bd_high")
        .title("Nagorno-Karabakh battle deaths").subtitle("UCDP conflict 388, 2020-2023")
        .yAxis("Battle deaths", "people");
  }

  @Test
  void lineHoldsTheBestEstimatesByYear() {
    StyledXYChart c = base(karabakhBrd()).build();
    XYSeries line = c.getSeriesMap().get("UCDP BRD 24.1");
    assertArrayEquals(new double[] {2020, 2021, 2022, 2023}, line.getXData());
    assertArrayEquals(new double[] {7646, 40, 308, 462}, line.getYData());
  }

  @Test
  void bandGoesAlongTheHighsAndBackAlongTheLows() {
    StyledXYChart c = base(karabakhBrd()).build();
    XYSeries band = c.getSeriesMap().get("UCDP BRD 24.1" + YearlyChartBuilder.BAND_SUFFIX);
    assertEquals(XYSeries.XYSeriesRenderStyle.PolygonArea, band.getXYSeriesRenderStyle());
    assertArrayEquals(
        new double[] {2020, 2021, 2022, 2023, 2023, 2022, 2021, 2020}, band.getXData());
    assertArrayEquals(new double[] {9077, 43, 310, 462, 462, 308, 40, 7548}, band.getYData());
  }

  @Test
  void oneSeriesPerSourceInTableOrder() {
    // PRIO BD 3.1 id 193: best unknown (-999) in 1993 and 1994, only bounds (SOURCES.md)
    Table t = Table.create("two",
        StringColumn.create("source", "UCDP", "PRIO", "PRIO", "PRIO"),
        IntColumn.create("year", 2020, 1992, 1993, 1994),
        DoubleColumn.create("best", 7646, 1000, Double.NaN, Double.NaN),
        DoubleColumn.create("low", 7548, 500, 2500, 1500),
        DoubleColumn.create("high", 9077, 1500, 8000, 4000));
    StyledXYChart c = Charts.yearly(t).series("source").value("best").band("low", "high")
        .title("t").yAxis("Battle deaths", "people").build();
    assertEquals(
        List.of("UCDP low-high", "UCDP", "PRIO low-high", "PRIO"),
        List.copyOf(c.getSeriesMap().keySet()));
    XYSeries prio = c.getSeriesMap().get("PRIO");
    assertEquals(1000, prio.getYData()[0]);
    assertTrue(Double.isNaN(prio.getYData()[1]), "unknown best leaves a gap, not a zero");
    assertTrue(Double.isNaN(prio.getYData()[2]));
  }

  @Test
  void aLoneYearGetsANarrowBoxAndASecondRunIsNotInTheLegend() {
    Table t = Table.create("gap",
        IntColumn.create("year", 1992, 1993, 2005),
        IntColumn.create("low", 500, 2500, 10),
        IntColumn.create("high", 1500, 8000, 20));
    StyledXYChart c = Charts.yearly(t).band("low", "high").title("t").yAxis("d", "people")
        .build();
    Map<String, XYSeries> m = c.getSeriesMap();
    assertEquals(2, m.size());
    XYSeries lone = m.get("value low-high (2)");
    assertArrayEquals(new double[] {20, 20, 10, 10}, lone.getYData());
    assertEquals(2004.7, lone.getXData()[0], 1e-9);
    assertEquals(2005.3, lone.getXData()[1], 1e-9);
    assertTrue(m.get("value low-high").isShowInLegend());
    assertFalse(lone.isShowInLegend());
  }

  @Test
  void captionsAndAxisTitles() {
    Source s = new Source("BattleDeaths_v24_1_conf.csv", "e0697abc",
        "Davies, S. et al. (2024). Organized violence 1989-2023. JPR 61(4).", "CC BY 4.0");
    Dataset d = new Dataset(DatasetKind.UCDP_BRD_CONFLICT, "24.1", karabakhBrd(), s, List.of(),
        Map.of());
    StyledXYChart c = base(karabakhBrd()).cite(d).linear().build(); // 9,077 is 24 times the median: log by default
    assertEquals("Nagorno-Karabakh battle deaths", c.getTitle());
    assertEquals("UCDP conflict 388, 2020-2023", c.subtitle());
    assertEquals("Battle deaths (people)", c.getYAxisTitle());
    assertEquals("Year", c.getXAxisTitle());
    assertEquals("Source: UCDP Battle-Related Deaths (conflict level) 24.1: Davies, S. et al. "
        + "(2024). Organized violence 1989-2023. JPR 61(4).", c.footnote());
    assertEquals("#,##0", c.getStyler().getYAxisDecimalPattern());
  }

  @Test
  void twoRowsForOneSeriesAndYearAreRefused() {
    Table t = karabakhBrd().append(karabakhBrd().first(1));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> base(t).build());
    assertTrue(e.getMessage().contains("'UCDP BRD 24.1' in 2020"), e.getMessage());
    assertTrue(e.getMessage().contains("row 5"), e.getMessage());
  }

  @Test
  void unknownOrTextColumnsAreNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> base(karabakhBrd()).value("bd_bset").build());
    assertTrue(e.getMessage().contains("no column 'bd_bset'"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> base(karabakhBrd()).value("source").build());
    assertTrue(e.getMessage().contains("expected a number column"), e.getMessage());
  }

  @Test
  void aTitleAndAUnitAreRequired() {
    assertThrows(IllegalStateException.class,
        () -> Charts.yearly(karabakhBrd()).value("bd_best").yAxis("d", "people").build());
    assertThrows(IllegalStateException.class,
        () -> Charts.yearly(karabakhBrd()).value("bd_best").title("t").build());
  }

  @Test
  void yearsWithoutARowBreakTheLine() {
    // UCDP BRD 24.1, conflict 388: rows for 1994 and 1997, none for 1995-1996 (SOURCES.md extract)
    Table t = Table.create("gap",
        IntColumn.create("year", 1994, 1997),
        IntColumn.create("bd_best", 1507, 29));
    XYSeries line = Charts.yearly(t).value("bd_best").title("t").yAxis("d", "people").build()
        .getSeriesMap().get("bd_best");
    assertArrayEquals(new double[] {1994, 1995, 1997}, line.getXData());
    assertEquals(1507, line.getYData()[0]);
    assertTrue(Double.isNaN(line.getYData()[1]), "a break, not a bridge or a zero");
    assertEquals(29, line.getYData()[2]);
  }
}
