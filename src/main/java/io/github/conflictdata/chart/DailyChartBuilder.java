package io.github.conflictdata.chart;

import java.awt.Color;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.markers.SeriesMarkers;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Values per day, one line per series, on a date axis with regular ticks ({@link DateTicks}),
 * with dated annotations placed so that they overlap neither each other nor the lines.
 *
 * <pre>{@code
 * DailyChart c = Charts.daily(days).date("period_start").series("category").value("best")
 *     .annotate(LocalDate.of(2017, 8, 25), "MSF period starts")
 *     .title("Myanmar 2017: deaths per day").yAxis("Deaths per day", "people").build();
 * }</pre>
 *
 * <p>A day with no row leaves a gap in its line (it is not drawn as zero); fill the table's
 * missing days with 0 first where no row means no deaths. Two rows for one series and day are an
 * error.
 */
public final class DailyChartBuilder extends HouseChartBuilder<DailyChartBuilder, DailyChart> {
  private String dateColumn = "date";
  private String seriesColumn;
  private String valueColumn;
  private final List<DailyChart.Annotation> annotations = new ArrayList<>();

  DailyChartBuilder(Table table) {
    super(table);
    xAxisTitle = "Date";
  }

  /**
   * Names the date column.
   *
   * @param column the date column (DATE or ISO text; default {@code date})
   * @return this builder
   */
  public DailyChartBuilder date(String column) {
    this.dateColumn = column;
    return this;
  }

  /**
   * Names the column whose values name the series (the legend).
   *
   * @param column the column naming the series (legend); without it, one series
   * @return this builder
   */
  public DailyChartBuilder series(String column) {
    this.seriesColumn = column;
    return this;
  }

  /**
   * Names the value column.
   *
   * @param column the value column
   * @return this builder
   */
  public DailyChartBuilder value(String column) {
    this.valueColumn = column;
    return this;
  }

  /**
   * A dashed line at {@code date} with a label, placed clear of the other labels and the lines.
   *
   * @param date the day marked
   * @param text the label, e.g. "MSF period starts"
   * @return this builder
   */
  public DailyChartBuilder annotate(LocalDate date, String text) {
    annotations.add(new DailyChart.Annotation(date, text));
    return this;
  }

  @Override
  public DailyChart build() {
    requireTitle();
    if (valueColumn == null) {
      throw new IllegalStateException("call value(column) before build()");
    }
    NumericColumn<?> values = Columns.number(table, valueColumn);
    Column<?> names = seriesColumn == null ? null : Columns.any(table, seriesColumn);
    Map<String, TreeMap<LocalDate, Double>> bySeries = new LinkedHashMap<>();
    for (int r = 0; r < table.rowCount(); r++) {
      LocalDate d = Columns.date(table, dateColumn, r);
      if (d == null) {
        throw new IllegalArgumentException("table '" + table.name() + "', row " + (r + 1)
            + ": the date column '" + dateColumn + "' is missing");
      }
      String name = names == null ? valueColumn : Columns.label(names, r);
      Double old = bySeries.computeIfAbsent(name, k -> new TreeMap<>()).put(d, Columns.value(values, r));
      if (old != null) {
        throw new IllegalArgumentException("table '" + table.name() + "' has two rows for series '"
            + name + "' on " + d + " (row " + (r + 1) + "); sum or filter them first");
      }
    }
    LocalDate from = null;
    LocalDate to = null;
    double peak = 0;
    for (TreeMap<LocalDate, Double> m : bySeries.values()) {
      from = from == null || m.firstKey().isBefore(from) ? m.firstKey() : from;
      to = to == null || m.lastKey().isAfter(to) ? m.lastKey() : to;
      for (double v : m.values()) {
        peak = Double.isNaN(v) ? peak : Math.max(peak, v);
      }
    }
    if (from == null) {
      throw new IllegalArgumentException("table '" + table.name() + "' has no rows to chart");
    }
    for (DailyChart.Annotation a : annotations) {
      from = a.date().isBefore(from) ? a.date() : from;
      to = a.date().isAfter(to) ? a.date() : to;
    }
    if (!to.isAfter(from)) {
      to = from.plusDays(1);
    }
    List<DailyChart.Annotation> sorted = new ArrayList<>(annotations);
    sorted.sort(Comparator.comparing(DailyChart.Annotation::date));
    DailyChart chart = new DailyChart(width, height, from, to, sorted);
    chart.subtitle(subtitle).footnote(footnote());
    chart.setTitle(title);
    chart.setXAxisTitle(xAxisTitle);
    chart.setYAxisTitle(yAxisTitle);
    chart.getStyler().setYAxisMin(0.0);
    // room above the peak for the annotations' labels
    chart.getStyler().setYAxisMax(Math.max(1, peak) * (1.08 + 0.1 * Math.min(4, sorted.size())));
    chart.getStyler().setLegendVisible(bySeries.size() > 1);
    fitLegend(chart.getStyler(), bySeries.keySet());
    Map<String, Color> colors = Palette.colors(bySeries.keySet());
    for (Map.Entry<String, TreeMap<LocalDate, Double>> e : bySeries.entrySet()) {
      List<Double> x = new ArrayList<>();
      List<Double> y = new ArrayList<>();
      LocalDate prev = null;
      for (Map.Entry<LocalDate, Double> p : e.getValue().entrySet()) {
        if (prev != null && p.getKey().isAfter(prev.plusDays(1))) {
          x.add(prev.toEpochDay() + 1.0); // no row for the days between: a gap, not a zero
          y.add(Double.NaN);
        }
        prev = p.getKey();
        x.add((double) p.getKey().toEpochDay());
        y.add(p.getValue());
      }
      XYSeries s = chart.addSeries(e.getKey(), x, y);
      s.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
      s.setMarker(x.size() > 60 ? SeriesMarkers.NONE : SeriesMarkers.CIRCLE);
      s.setLineColor(colors.get(e.getKey()));
      s.setMarkerColor(colors.get(e.getKey()));
    }
    return chart;
  }
}
