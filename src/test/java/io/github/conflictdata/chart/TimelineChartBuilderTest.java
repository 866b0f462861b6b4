package io.github.conflictdata.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYSeries;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Episode timelines. */
class TimelineChartBuilderTest {

  /** Fractional year, computed here by hand from day-of-year and year length. */
  private static double year(int y, int dayOfYear, int daysInYear) {
    return y + (dayOfYear - 1) / (double) daysInYear;
  }

  /** UCDP/PRIO ACD conflict 388: first start 1991-12-29, second episode from 2020-07-16. */
  private static Table episodes() {
    return Table.create("acd388",
        StringColumn.create("episode", "388 (1)", "388 (2)"),
        DateColumn.create("start", List.of(LocalDate.of(1991, 12, 29), LocalDate.of(2020, 7, 16))),
        StringColumn.create("end", new String[] {"1994-05-12", null}));
  }

  @Test
  void oneBarPerEpisodeFromStartToTheDayAfterTheEnd() {
    StyledXYChart c = Charts.timeline(episodes()).label("episode").start("start").end("end")
        .ongoingAs(LocalDate.of(2023, 12, 31)).title("Karabakh episodes").build();
    assertEquals(List.of("388 (1)", "388 (2)"), List.copyOf(c.getSeriesMap().keySet()));
    XYSeries first = c.getSeriesMap().get("388 (1)");
    // 1991-12-29 is day 363 of 365; 1994-05-13 (the day after the end) is day 133 of 365
    assertArrayEquals(new double[] {year(1991, 363, 365), year(1994, 133, 365)},
        first.getXData(), 1e-12);
    assertArrayEquals(new double[] {1, 1}, first.getYData(), "first row on top");
    XYSeries second = c.getSeriesMap().get("388 (2)");
    assertEquals(year(2020, 198, 366), second.getXData()[0], 1e-12, "2020-07-16, a leap year");
    assertEquals(2024.0, second.getXData()[1], 1e-12);
    assertEquals("Date", c.getXAxisTitle());
  }

  @Test
  void anOpenEpisodeNeedsAnOngoingDate() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Charts.timeline(episodes()).label("episode").start("start").end("end")
            .title("t").build());
    assertTrue(e.getMessage().contains("row 2"), e.getMessage());
    assertTrue(e.getMessage().contains("ongoingAs"), e.getMessage());
  }

  @Test
  void aBadDateIsNamedWithRowAndColumn() {
    Table t = episodes();
    t.stringColumn("end").set(0, "12/05/1994");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Charts.timeline(t).label("episode").start("start").end("end")
            .ongoingAs(LocalDate.of(2023, 12, 31)).title("t").build());
    assertTrue(e.getMessage().contains("row 1, column 'end': found '12/05/1994'"),
        e.getMessage());
  }
}
