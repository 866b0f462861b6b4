package io.github.conflictdata.chart;

import io.github.conflictdata.Dataset;
import io.github.conflictdata.Source;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.knowm.xchart.internal.chartpart.Chart;
import tech.tablesaw.api.Table;

/**
 * What every house chart needs: a title, a subtitle, axis titles with units, a size and the
 * sources to cite in the footnote. Setters return the concrete builder, as XChart's builders do.
 *
 * @param <B> the concrete builder
 * @param <C> the chart it builds
 */
public abstract class HouseChartBuilder<B extends HouseChartBuilder<B, C>, C> {
  final Table table;
  String title;
  String subtitle = "";
  String note = "";
  String xAxisTitle;
  String yAxisTitle;
  int width = HouseStyle.WIDTH;
  int height = HouseStyle.HEIGHT;
  final Set<String> citations = new LinkedHashSet<>();
  /** null: chosen from the data ({@link #LOG_RATIO}); true or false: as asked. */
  Boolean logScale;

  /**
   * A value axis turns logarithmic by itself when the largest value is at least this many times
   * the median of the positive values (one year of a war dwarfing the others), so the other years
   * stay readable; {@link #linear()} turns it off.
   */
  public static final double LOG_RATIO = 10;

  HouseChartBuilder(Table table) {
    this.table = Objects.requireNonNull(table, "table");
  }

  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }

  /**
   * The title (required): the chart's question or claim in a few words.
   *
   * @param title the title text
   * @return this builder
   */
  public B title(String title) {
    this.title = title;
    return self();
  }

  /**
   * The line under the title: what is measured, where, when.
   *
   * @param subtitle the subtitle text
   * @return this builder
   */
  public B subtitle(String subtitle) {
    this.subtitle = subtitle == null ? "" : subtitle;
    return self();
  }

  /**
   * The x-axis title, e.g. {@code "Year"}.
   *
   * @param title the axis title
   * @return this builder
   */
  public B xAxis(String title) {
    this.xAxisTitle = title;
    return self();
  }

  /**
   * The value axis title and its unit, shown as {@code "Battle deaths (people)"}.
   *
   * @param title the axis title, e.g. {@code "Battle deaths"}
   * @param unit the unit, e.g. {@code "people"}
   * @return this builder
   */
  public B yAxis(String title, String unit) {
    this.yAxisTitle = unit == null || unit.isBlank() ? title : title + " (" + unit + ")";
    return self();
  }

  /**
   * Size in points; PNGs are exported at {@link HouseStyle#DPI}, so twice as many pixels.
   *
   * @param width width in points
   * @param height height in points
   * @return this builder
   */
  public B size(int width, int height) {
    if (width < 100 || height < 100) {
      throw new IllegalArgumentException("chart size " + width + "x" + height + " is below 100x100");
    }
    this.width = width;
    this.height = height;
    return self();
  }

  /**
   * Cites these datasets in the footnote: title, release and the publisher's citation.
   *
   * @param datasets the datasets the chart draws on
   * @return this builder
   */
  public B cite(Dataset... datasets) {
    for (Dataset d : datasets) {
      citations.add(Citations.of(d));
    }
    return self();
  }

  /**
   * Cites these sources in the footnote (their citation, or name if there is none).
   *
   * @param sources the files the chart draws on
   * @return this builder
   */
  public B cite(Source... sources) {
    for (Source s : sources) {
      citations.add(Citations.of(s));
    }
    return self();
  }

  /**
   * Cites a source given as text, e.g. a news article for a claimed figure.
   *
   * @param citation the citation as it should be printed
   * @return this builder
   */
  public B cite(String citation) {
    if (citation != null && !citation.isBlank()) {
      citations.add(citation.strip());
    }
    return self();
  }

  /**
   * A note printed in the footnote before the sources (e.g. what the band shows).
   *
   * @param note the note text
   * @return this builder
   */
  public B note(String note) {
    this.note = note == null ? "" : note;
    return self();
  }

  /**
   * Keeps the value axis linear even where one value dwarfs the rest.
   *
   * @return this builder
   */
  public B linear() {
    this.logScale = false;
    return self();
  }

  /**
   * A logarithmic value axis (all values must be above zero).
   *
   * @return this builder
   */
  public B logarithmic() {
    this.logScale = true;
    return self();
  }

  /**
   * Whether to draw the values on a log axis, and why: null for a linear axis, else the sentence
   * the subtitle gets. Automatic unless {@link #linear()} or {@link #logarithmic()} was called;
   * never automatic when a value is zero or below (a log axis cannot show it).
   */
  String logReason(java.util.Collection<Double> values, java.util.function.DoubleFunction<String> where) {
    List<Double> v = new ArrayList<>();
    boolean nonPositive = false;
    for (Double d : values) {
      if (d != null && !d.isNaN()) {
        v.add(d);
        nonPositive |= d <= 0;
      }
    }
    if (Boolean.FALSE.equals(logScale) || v.isEmpty()) {
      return null;
    }
    if (Boolean.TRUE.equals(logScale)) {
      if (nonPositive) {
        throw new IllegalArgumentException("a logarithmic axis cannot show values of zero or"
            + " below; call linear() or filter those rows");
      }
      return "Logarithmic value axis.";
    }
    if (nonPositive || v.size() < 3) {
      return null;
    }
    java.util.Collections.sort(v);
    double median = v.size() % 2 == 1 ? v.get(v.size() / 2)
        : (v.get(v.size() / 2 - 1) + v.get(v.size() / 2)) / 2;
    double max = v.get(v.size() - 1);
    if (max < LOG_RATIO * median) {
      return null;
    }
    return "Logarithmic value axis: the largest value (" + HouseStyle.format(Math.round(max))
        + where.apply(max) + ") is " + HouseStyle.format(Math.round(max / median))
        + " times the median; linear() draws it linearly.";
  }

  /** The subtitle with the log-axis sentence after it (when there is one). */
  String subtitleWith(String reason) {
    if (reason == null) {
      return subtitle;
    }
    return subtitle.isBlank() ? reason : subtitle.strip().replaceAll("\\.$", "") + ". " + reason;
  }

  /**
   * Builds the chart from the table.
   *
   * @return the chart, styled and captioned
   */
  public abstract C build();

  void requireTitle() {
    if (title == null || title.isBlank()) {
      throw new IllegalStateException("a house chart needs a title: call title(...) before build()");
    }
    if (yAxisTitle == null || yAxisTitle.isBlank()) {
      throw new IllegalStateException(
          "a house chart needs a value axis title with its unit: call yAxis(title, unit)");
    }
  }

  String footnote() {
    List<String> parts = new ArrayList<>();
    if (!note.isBlank()) {
      parts.add(note.strip());
    }
    if (!citations.isEmpty()) {
      List<String> items = new ArrayList<>();
      for (String c : citations) {
        items.add(c.endsWith(".") ? c.substring(0, c.length() - 1) : c);
      }
      parts.add((citations.size() == 1 ? "Source: " : "Sources: ") + String.join("; ", items) + ".");
    }
    return String.join("\n", parts);
  }

  /**
   * Keeps the legend readable: below the plot in one row when the entries fit the width, else on
   * the right, one entry per line.
   */
  void fitLegend(org.knowm.xchart.style.Styler styler, java.util.Collection<String> names) {
    int estimated = 0;
    for (String n : names) {
      estimated += n.length() * 7 + 45; // ~7 pt per character at 11 pt, plus the swatch and gap
    }
    if (estimated > width - 40) {
      styler.setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideE);
      styler.setLegendLayout(org.knowm.xchart.style.Styler.LegendLayout.Vertical);
    }
  }

  <T extends StyledXYChart> T caption(T chart) {
    chart.subtitle(subtitle).footnote(footnote());
    return titles(chart);
  }

  <T extends StyledCategoryChart> T caption(T chart) {
    chart.subtitle(subtitle).footnote(footnote());
    return titles(chart);
  }

  /** Sets the title and axis titles, which XChart's charts of every kind have. */
  private <T extends Chart<?, ?>> T titles(T chart) {
    chart.setTitle(title);
    chart.setXAxisTitle(xAxisTitle);
    chart.setYAxisTitle(yAxisTitle);
    return chart;
  }
}
