package io.github.conflictdata.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.markers.SeriesMarkers;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.api.NumericColumn;

/**
 * Yearly series, one line per source (or any grouping column), each with an optional low-high
 * band drawn as a translucent area behind its line.
 *
 * <pre>{@code
 * XYChart c = Charts.yearly(totals)
 *     .year("year").series("source").value("best").band("low", "high")
 *     .title("Battle deaths per year, by source").yAxis("Battle deaths", "people")
 *     .cite(brd, prio).build();
 * }</pre>
 *
 * <p>A year without a best value leaves a gap in the line (PRIO codes unknown best estimates as
 * -999), and so do years with no row at all (a conflict inactive in between): the line never
 * bridges them. The band still shows where the bounds are known. Two rows for the same series and year
 * are an error: aggregate first.
 */
public final class YearlyChartBuilder extends HouseChartBuilder<YearlyChartBuilder, StyledXYChart> {
  /** Suffix of band series names: {@code "UCDP BRD 24.1 low-high"}. */
  public static final String BAND_SUFFIX = " low-high";

  private String yearColumn = "year";
  private String seriesColumn;
  private String valueColumn;
  private String lowColumn;
  private String highColumn;

  YearlyChartBuilder(Table table) {
    super(table);
    xAxisTitle = "Year";
  }

  /**
   * The year column (default {@code "year"}).
   *
   * @param column the year column
   * @return this builder
   */
  public YearlyChartBuilder year(String column) {
    this.yearColumn = column;
    return this;
  }

  /**
   * The column whose values name the series (e.g. {@code "source"}); without it, one series.
   *
   * @param column the series column
   * @return this builder
   */
  public YearlyChartBuilder series(String column) {
    this.seriesColumn = column;
    return this;
  }

  /**
   * The column of the line's values (the best estimate).
   *
   * @param column the numeric value column
   * @return this builder
   */
  public YearlyChartBuilder value(String column) {
    this.valueColumn = column;
    return this;
  }

  /**
   * The columns of the band's lower and upper bounds.
   *
   * @param lowColumn the column of the lower bound
   * @param highColumn the column of the upper bound
   * @return this builder
   */
  public YearlyChartBuilder band(String lowColumn, String highColumn) {
    this.lowColumn = lowColumn;
    this.highColumn = highColumn;
    return this;
  }

  private record Point(double best, double low, double high) {}

  @Override
  public StyledXYChart build() {
    requireTitle();
    if (valueColumn == null && lowColumn == null) {
      throw new IllegalStateException("call value(column) and/or band(low, high) before build()");
    }
    NumericColumn<?> years = Columns.number(table, yearColumn);
    Column<?> names = seriesColumn == null ? null : Columns.any(table, seriesColumn);
    NumericColumn<?> best = valueColumn == null ? null : Columns.number(table, valueColumn);
    NumericColumn<?> low = lowColumn == null ? null : Columns.number(table, lowColumn);
    NumericColumn<?> high = highColumn == null ? null : Columns.number(table, highColumn);

    Map<String, TreeMap<Integer, Point>> bySeries = new LinkedHashMap<>();
    for (int r = 0; r < table.rowCount(); r++) {
      if (years.isMissing(r)) {
        throw new IllegalArgumentException(
            "table '" + table.name() + "', row " + (r + 1) + ": the year column '" + yearColumn
                + "' is missing");
      }
      int year = (int) years.getDouble(r);
      String name = names == null ? (valueColumn == null ? "value" : valueColumn)
          : Columns.label(names, r);
      Point p = new Point(
          best == null ? Double.NaN : Columns.value(best, r),
          low == null ? Double.NaN : Columns.value(low, r),
          high == null ? Double.NaN : Columns.value(high, r));
      Point old = bySeries.computeIfAbsent(name, k -> new TreeMap<>()).put(year, p);
      if (old != null) {
        throw new IllegalArgumentException(
            "table '" + table.name() + "' has two rows for series '" + name + "' in " + year
                + " (row " + (r + 1) + "); sum or filter them first");
      }
    }

    List<Double> shown = new ArrayList<>();
    Map<Double, Integer> yearOf = new java.util.HashMap<>();
    for (TreeMap<Integer, Point> pts : bySeries.values()) {
      for (Map.Entry<Integer, Point> p : pts.entrySet()) {
        Point v = p.getValue();
        for (double d : new double[] {best == null ? Double.NaN : v.best(),
            low == null || high == null ? Double.NaN : v.low(),
            low == null || high == null ? Double.NaN : v.high()}) {
          shown.add(d);
          yearOf.putIfAbsent(d, p.getKey());
        }
      }
    }
    String reason = logReason(shown, max -> " in " + yearOf.get(max));
    StyledXYChart chart = caption(new StyledXYChart(width, height)).subtitle(subtitleWith(reason));
    chart.getStyler().setYAxisLogarithmic(reason != null);
    chart.getStyler().setLegendVisible(bySeries.size() > 1);
    chart.getStyler().setXAxisDecimalPattern("0");
    List<String> legend = new ArrayList<>();
    for (String name : bySeries.keySet()) {
      legend.add(name);
      if (low != null && high != null) {
        legend.add(name + BAND_SUFFIX);
      }
    }
    fitLegend(chart.getStyler(), legend);
    Map<String, Color> colors = Palette.colors(bySeries.keySet());
    int k = 0;
    int n = bySeries.size();
    for (Map.Entry<String, TreeMap<Integer, Point>> e : bySeries.entrySet()) {
      Color color = colors.get(e.getKey());
      if (low != null && high != null) {
        addBands(chart, e.getKey(), e.getValue(), color);
      }
      if (best != null) {
        // earlier lines are wider, so a later line on the same values leaves them visible
        float w = n == 1 ? 2f : Math.max(1.2f, 1.2f + 2.4f * (n - 1 - k) / (n - 1));
        addLine(chart, e.getKey(), e.getValue(), color, w);
      }
      k++;
    }
    return chart;
  }

  private static void addLine(StyledXYChart chart, String name, TreeMap<Integer, Point> pts,
      Color color, float width) {
    List<Double> x = new ArrayList<>();
    List<Double> y = new ArrayList<>();
    boolean any = false;
    Integer prev = null;
    for (Map.Entry<Integer, Point> p : pts.entrySet()) {
      if (prev != null && p.getKey() > prev + 1) {
        x.add(prev + 1.0); // no row for the years between: break the line, do not bridge them
        y.add(Double.NaN);
      }
      prev = p.getKey();
      x.add((double) p.getKey());
      y.add(p.getValue().best());
      any |= !Double.isNaN(p.getValue().best());
    }
    if (!any) {
      return; // only bounds for this series: the band says it all
    }
    XYSeries s = chart.addSeries(name, x, y);
    s.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
    s.setLineColor(color);
    s.setMarkerColor(color);
    s.setMarker(pts.size() > 40 ? SeriesMarkers.NONE : SeriesMarkers.CIRCLE);
    s.setLineStyle(new java.awt.BasicStroke(width, java.awt.BasicStroke.CAP_ROUND,
        java.awt.BasicStroke.JOIN_ROUND));
  }

  /** One polygon per run of consecutive years with both bounds; a lone year gets a narrow box. */
  private static void addBands(StyledXYChart chart, String name, TreeMap<Integer, Point> pts,
      Color color) {
    List<List<Map.Entry<Integer, Point>>> runs = new ArrayList<>();
    List<Map.Entry<Integer, Point>> run = new ArrayList<>();
    Integer prev = null;
    for (Map.Entry<Integer, Point> p : pts.entrySet()) {
      boolean ok = !Double.isNaN(p.getValue().low()) && !Double.isNaN(p.getValue().high());
      if (!ok || (prev != null && p.getKey() != prev + 1)) {
        if (!run.isEmpty()) {
          runs.add(run);
        }
        run = new ArrayList<>();
      }
      if (ok) {
        run.add(p);
      }
      prev = p.getKey();
    }
    if (!run.isEmpty()) {
      runs.add(run);
    }
    int n = 0;
    for (List<Map.Entry<Integer, Point>> r : runs) {
      List<Double> x = new ArrayList<>();
      List<Double> y = new ArrayList<>();
      if (r.size() == 1) {
        double yr = r.get(0).getKey();
        Point p = r.get(0).getValue();
        addAll(x, yr - 0.3, yr + 0.3, yr + 0.3, yr - 0.3);
        addAll(y, p.high(), p.high(), p.low(), p.low());
      } else {
        for (Map.Entry<Integer, Point> p : r) {
          x.add((double) p.getKey());
          y.add(p.getValue().high());
        }
        for (int k = r.size() - 1; k >= 0; k--) {
          x.add((double) r.get(k).getKey());
          y.add(r.get(k).getValue().low());
        }
      }
      String seriesName = name + BAND_SUFFIX + (n == 0 ? "" : " (" + (n + 1) + ")");
      XYSeries s = chart.addSeries(seriesName, x, y);
      s.setXYSeriesRenderStyle(XYSeriesRenderStyle.PolygonArea);
      s.setFillColor(HouseStyle.translucent(color, 70));
      s.setLineColor(HouseStyle.translucent(color, 140));
      s.setLineStyle(new java.awt.BasicStroke(1f));
      s.setMarker(SeriesMarkers.NONE);
      s.setShowInLegend(n == 0);
      n++;
    }
  }

  private static void addAll(List<Double> l, double... v) {
    for (double d : v) {
      l.add(d);
    }
  }
}
