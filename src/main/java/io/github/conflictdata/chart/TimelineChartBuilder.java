package io.github.conflictdata.chart;

import java.awt.BasicStroke;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A timeline of episodes: one horizontal bar per row from its start date to its end date, the
 * first row at the top, on an axis of years (a bar covers its end date in full), e.g. UCDP/PRIO ACD episodes ({@code start_date2} to {@code ep_end_date}).
 *
 * <pre>{@code
 * XYChart c = Charts.timeline(episodes).label("episode").start("start").end("end")
 *     .ongoingAs(LocalDate.of(2023, 12, 31)).title("Karabakh episodes").build();
 * }</pre>
 *
 * <p>Dates come from DATE columns or ISO text columns. A missing end date is an error unless
 * {@link #ongoingAs(LocalDate)} says where open episodes stop being drawn.
 */
public final class TimelineChartBuilder
    extends HouseChartBuilder<TimelineChartBuilder, StyledXYChart> {
  private String labelColumn;
  private String startColumn;
  private String endColumn;
  private LocalDate ongoingAs;

  TimelineChartBuilder(Table table) {
    super(table);
    xAxisTitle = "Date";
    yAxisTitle = "Episode";
  }

  /**
   * The column naming each episode; names must be unique (they are the legend).
   *
   * @param column the label column
   * @return this builder
   */
  public TimelineChartBuilder label(String column) {
    this.labelColumn = column;
    return this;
  }

  /**
   * The start date column.
   *
   * @param column a date column
   * @return this builder
   */
  public TimelineChartBuilder start(String column) {
    this.startColumn = column;
    return this;
  }

  /**
   * The end date column.
   *
   * @param column a date column; missing cells mean still active
   * @return this builder
   */
  public TimelineChartBuilder end(String column) {
    this.endColumn = column;
    return this;
  }

  /**
   * Draw episodes without an end date (still active) up to this date.
   *
   * @param date the day open episodes are drawn to
   * @return this builder
   */
  public TimelineChartBuilder ongoingAs(LocalDate date) {
    this.ongoingAs = date;
    return this;
  }

  @Override
  public StyledXYChart build() {
    requireTitle();
    Column<?> labels = Columns.any(table, labelColumn);
    Columns.any(table, startColumn);
    Columns.any(table, endColumn);
    int n = table.rowCount();
    if (n == 0) {
      throw new IllegalArgumentException("table '" + table.name() + "' has no episodes to chart");
    }
    StyledXYChart chart = caption(new StyledXYChart(width, height));
    var st = chart.getStyler();
    float thickness = Math.max(4f, Math.min(14f, 200f / n));
    st.setXAxisDecimalPattern("0");
    st.setYAxisMin(-0.6);
    st.setYAxisMax(n - 0.4);
    st.setYAxisTicksVisible(false);
    st.setPlotGridHorizontalLinesVisible(false);
    st.setPlotGridVerticalLinesVisible(true);
    st.setLegendPosition(Styler.LegendPosition.OutsideE); // labels can be long: one per line
    st.setLegendLayout(Styler.LegendLayout.Vertical);
    st.setMarkerSize(Math.round(thickness * 0.8f));
    List<String> all = new ArrayList<>();
    for (int r = 0; r < n; r++) {
      all.add(Columns.label(labels, r));
    }
    java.util.Map<String, java.awt.Color> colors = Palette.colors(all);
    Set<String> seen = new HashSet<>();
    for (int r = 0; r < n; r++) {
      String label = Columns.label(labels, r);
      if (!seen.add(label)) {
        throw new IllegalArgumentException(
            "table '" + table.name() + "', row " + (r + 1) + ": episode label '" + label
                + "' is used twice; labels name the bars and must be unique");
      }
      LocalDate start = Columns.date(table, startColumn, r);
      LocalDate end = Columns.date(table, endColumn, r);
      if (start == null) {
        throw new IllegalArgumentException(
            "table '" + table.name() + "', row " + (r + 1) + ": start date '" + startColumn
                + "' is missing");
      }
      if (end == null) {
        if (ongoingAs == null) {
          throw new IllegalArgumentException(
              "table '" + table.name() + "', row " + (r + 1) + ": end date '" + endColumn
                  + "' is missing (an ongoing episode?); call ongoingAs(date) to draw it");
        }
        end = ongoingAs;
      }
      if (end.isBefore(start)) {
        throw new IllegalArgumentException(
            "table '" + table.name() + "', row " + (r + 1) + ": ends " + end + " before it starts "
                + start);
      }
      double y = n - 1 - r;
      List<Double> x = List.of(decimalYear(start), decimalYear(end.plusDays(1)));
      List<Double> ys = new ArrayList<>(List.of(y, y));
      XYSeries s = chart.addSeries(label, x, ys);
      s.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
      // a diamond at each end keeps an episode of a few days visible on an axis of decades
      s.setMarker(SeriesMarkers.DIAMOND);
      s.setMarkerColor(colors.get(label));
      s.setLineColor(colors.get(label));
      s.setLineStyle(new BasicStroke(thickness, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
    }
    return chart;
  }

  /**
   * The date as a fractional year: 1.0 per calendar year, so 2020-07-16 is 2020 + 197/366 and
   * the axis ticks fall on 1 January.
   *
   * @param d the date
   * @return the year plus the fraction of it elapsed before {@code d}
   */
  public static double decimalYear(LocalDate d) {
    return d.getYear() + (d.getDayOfYear() - 1) / (double) d.lengthOfYear();
  }
}
