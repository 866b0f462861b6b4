package io.github.conflictdata.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.CategorySeries.CategorySeriesRenderStyle;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.api.NumericColumn;

/**
 * Bars from a long table: one bar group per category, one bar (or stack segment) per series.
 * Grouped by default, for sources and claims side by side for one war; {@link #stacked()} for
 * totals by conflict type or region.
 *
 * <pre>{@code
 * CategoryChart c = Charts.bars(figures)
 *     .category("figure").series("estimate").value("value")
 *     .title("Karabakh 2020: claims vs datasets").yAxis("Military dead", "people").build();
 * }</pre>
 *
 * <p>Categories and series keep the order they first appear in the table. A missing value draws
 * no bar (it is not drawn as zero); two rows for one category and series are an error.
 */
public final class BarChartBuilder extends HouseChartBuilder<BarChartBuilder, StyledCategoryChart> {
  private String categoryColumn;
  private String seriesColumn;
  private String valueColumn;
  private boolean stacked;
  private boolean labels;

  BarChartBuilder(Table table) {
    super(table);
  }

  /**
   * The column whose values label the bar groups (x axis).
   *
   * @param column the category column
   * @return this builder
   */
  public BarChartBuilder category(String column) {
    this.categoryColumn = column;
    if (xAxisTitle == null) {
      xAxisTitle = column;
    }
    return this;
  }

  /**
   * The column whose values name the bars within a group (legend); without it, one series.
   *
   * @param column the series column
   * @return this builder
   */
  public BarChartBuilder series(String column) {
    this.seriesColumn = column;
    return this;
  }

  /**
   * The column of bar heights.
   *
   * @param column the numeric value column
   * @return this builder
   */
  public BarChartBuilder value(String column) {
    this.valueColumn = column;
    return this;
  }

  /**
   * Stack the series instead of grouping them.
   *
   * @return this builder
   */
  public BarChartBuilder stacked() {
    this.stacked = true;
    return this;
  }

  /**
   * Print each bar's value on it, with thousands separators.
   *
   * @return this builder
   */
  public BarChartBuilder labels() {
    this.labels = true;
    return this;
  }

  @Override
  public StyledCategoryChart build() {
    requireTitle();
    Column<?> cats = Columns.any(table, categoryColumn);
    Column<?> names = seriesColumn == null ? null : Columns.any(table, seriesColumn);
    NumericColumn<?> values = Columns.number(table, valueColumn);

    Set<String> categories = new LinkedHashSet<>();
    Map<String, Map<String, Double>> bySeries = new LinkedHashMap<>();
    for (int r = 0; r < table.rowCount(); r++) {
      String cat = Columns.label(cats, r);
      String name = names == null ? valueColumn : Columns.label(names, r);
      categories.add(cat);
      Double old = bySeries.computeIfAbsent(name, k -> new LinkedHashMap<>())
          .put(cat, Columns.value(values, r));
      if (old != null) {
        throw new IllegalArgumentException(
            "table '" + table.name() + "' has two rows for category '" + cat + "' and series '"
                + name + "' (row " + (r + 1) + "); sum or filter them first");
      }
    }
    if (categories.isEmpty()) {
      throw new IllegalArgumentException("table '" + table.name() + "' has no rows to chart");
    }

    List<Double> all = new ArrayList<>();
    Map<Double, String> where = new java.util.HashMap<>();
    for (Map.Entry<String, Map<String, Double>> e : bySeries.entrySet()) {
      for (Map.Entry<String, Double> v : e.getValue().entrySet()) {
        all.add(v.getValue());
        where.putIfAbsent(v.getValue(), v.getKey() + ", " + e.getKey());
      }
    }
    String reason = stacked ? null : logReason(all, max -> ": " + where.get(max));
    StyledCategoryChart chart = caption(new StyledCategoryChart(width, height))
        .subtitle(subtitleWith(reason));
    chart.getStyler().setYAxisLogarithmic(reason != null);
    chart.getStyler().setLegendVisible(bySeries.size() > 1);
    if (labels) {
      // room above the tallest bar for its label (XChart clips labels at the plot's top)
      double top = 0;
      for (String c : categories) {
        double sum = 0;
        for (Map<String, Double> m : bySeries.values()) {
          Double v = m.get(c);
          if (v != null && !v.isNaN()) {
            top = Math.max(top, v);
            sum += Math.max(0, v);
          }
        }
        top = Math.max(top, stacked ? sum : 0);
      }
      if (top > 0) {
        chart.getStyler().setYAxisMax(reason != null ? top * 3 : top * 1.15);
      }
      chart.getStyler().setLabelsFont(HouseStyle.TICK_FONT);
    }
    chart.getStyler().setStacked(stacked);
    chart.getStyler().setDefaultSeriesRenderStyle(CategorySeriesRenderStyle.Bar);
    chart.getStyler().setLabelsVisible(labels);
    chart.getStyler().setPlotGridVerticalLinesVisible(false);
    chart.getStyler().setAvailableSpaceFill(0.8);
    int labelWidth = categories.stream().mapToInt(c -> c.length() * 7 + 10).sum();
    if (categories.size() > 8 || labelWidth > width * 0.8) {
      chart.getStyler().setXAxisLabelRotation(labelWidth > width * 1.6 ? 90 : 45);
    }
    fitLegend(chart.getStyler(), bySeries.keySet());
    List<String> catList = new ArrayList<>(categories);
    Map<String, java.awt.Color> colors = Palette.colors(bySeries.keySet());
    boolean gaps = false;
    for (Map<String, Double> m : bySeries.values()) {
      for (String c : categories) {
        Double v = m.get(c);
        gaps |= v == null || v.isNaN();
      }
    }
    boolean centred = !stacked && gaps && bySeries.size() > 1;
    if (centred) {
      // XChart keeps a missing bar's slot, so the group would sit off its label: draw them here
      chart.centredBars(catList, bySeries, colors, labels);
      chart.getStyler().setLabelsVisible(false);
      double top = 0;
      double least = Double.MAX_VALUE;
      for (Map<String, Double> m : bySeries.values()) {
        for (Double v : m.values()) {
          if (v != null && !v.isNaN()) {
            top = Math.max(top, v);
            least = v > 0 ? Math.min(least, v) : least;
          }
        }
      }
      if (chart.getStyler().getYAxisMax() == null) {
        chart.getStyler().setYAxisMax(top * (labels ? (reason != null ? 3 : 1.15) : 1.05));
      }
      // the axis cannot be fitted to series XChart does not hold: give it its range
      chart.getStyler().setYAxisMin(reason != null
          ? Math.pow(10, Math.floor(Math.log10(least == Double.MAX_VALUE ? 1 : least))) : 0.0);
    }
    for (Map.Entry<String, Map<String, Double>> e : bySeries.entrySet()) {
      List<Double> y = new ArrayList<>();
      for (String c : catList) {
        Double v = e.getValue().get(c);
        y.add(v == null || v.isNaN() ? null : v);
      }
      CategorySeries s = chart.addSeries(e.getKey(), catList, y);
      s.setFillColor(colors.get(e.getKey()));
    }
    return chart;
  }
}
