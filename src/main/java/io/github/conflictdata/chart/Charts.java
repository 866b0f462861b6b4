package io.github.conflictdata.chart;

import tech.tablesaw.api.Table;

/**
 * House-style XChart charts from Tablesaw tables: name the columns, give a title, a value axis
 * with its unit and the datasets to cite, and {@code build()}.
 *
 * <pre>{@code
 * XYChart years = Charts.yearly(table).series("source").value("best").band("low", "high")
 *     .title("Battle deaths per year").yAxis("Battle deaths", "people").cite(brd).build();
 * ChartExport.png(years, Path.of("target/years.png"));
 * }</pre>
 */
public final class Charts {
  private Charts() {}

  /** Yearly lines per source with low-high bands. */
  public static YearlyChartBuilder yearly(Table table) {
    return new YearlyChartBuilder(table);
  }

  /** Grouped (or stacked) bars from a long table. */
  public static BarChartBuilder bars(Table table) {
    return new BarChartBuilder(table);
  }

  /** A timeline of episodes between start and end dates. */
  public static TimelineChartBuilder timeline(Table table) {
    return new TimelineChartBuilder(table);
  }
}
