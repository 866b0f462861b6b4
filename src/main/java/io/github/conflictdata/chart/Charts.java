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

  /**
   * Yearly lines per source with low-high bands.
   *
   * @param table a long table: one row per series and year
   * @return a builder for the chart
   */
  public static YearlyChartBuilder yearly(Table table) {
    return new YearlyChartBuilder(table);
  }

  /**
   * Grouped (or stacked) bars from a long table.
   *
   * @param table a long table: one row per category and series
   * @return a builder for the chart
   */
  public static BarChartBuilder bars(Table table) {
    return new BarChartBuilder(table);
  }

  /**
   * Values per day on a date axis with regular ticks, and dated annotations that never overlap.
   *
   * @param table one row per series and day
   * @return the builder
   */
  public static DailyChartBuilder daily(Table table) {
    return new DailyChartBuilder(table);
  }

  /**
   * Claims beside the datasets' figures as grouped bars, from {@code WarProfile.claims()}, {@code
   * ClaimsBesideEvents} or {@code Compare.claimsBeside} as they come.
   *
   * @param claimsBeside a claims-beside table
   * @return the builder (give it a title)
   */
  public static ClaimsChartBuilder claims(Table claimsBeside) {
    return new ClaimsChartBuilder(claimsBeside);
  }

  /**
   * An event map of GED or ACLED events on Natural Earth country outlines, offline.
   *
   * @param events one row per event with {@code latitude} and {@code longitude}
   * @return the builder
   */
  public static MapChartBuilder map(Table events) {
    return new MapChartBuilder(events, false);
  }

  /**
   * An event map of a dataset's events, citing the dataset.
   *
   * @param events a GED or ACLED dataset
   * @return the builder
   */
  public static MapChartBuilder map(io.github.conflictdata.Dataset events) {
    return new MapChartBuilder(events.table(), false).cite(events);
  }

  /**
   * A country choropleth: countries filled by a value summed by country (e.g. battle deaths by
   * {@code location_inc}); name the columns with {@code country(...)} and {@code value(...)}.
   *
   * @param countryTable one or more rows per country
   * @return the builder
   */
  public static MapChartBuilder choropleth(Table countryTable) {
    return new MapChartBuilder(countryTable, true);
  }

  /**
   * A timeline of episodes between start and end dates.
   *
   * @param table one row per episode, with start and end dates
   * @return a builder for the chart
   */
  public static TimelineChartBuilder timeline(Table table) {
    return new TimelineChartBuilder(table);
  }
}
