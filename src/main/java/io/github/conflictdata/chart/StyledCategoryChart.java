package io.github.conflictdata.chart;

import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.internal.Utils;

/**
 * An XChart {@link CategoryChart} in the house style, with a subtitle and a source footnote painted
 * around the plot. Everything XChart offers (series, styler, encoders) works unchanged.
 */
public class StyledCategoryChart extends CategoryChart implements Captioned {
  private final CaptionSupport captions = new CaptionSupport();

  /**
   * An empty chart of the given size in points, house style applied.
   *
   * @param width width in points
   * @param height height in points
   */
  public StyledCategoryChart(int width, int height) {
    super(width, height);
    CaptionSupport.style(getStyler());
  }

  @Override
  public String subtitle() {
    return captions.subtitle();
  }

  /**
   * Sets the subtitle.
   *
   * @param subtitle the line under the title; may be empty
   * @return this chart
   */
  public StyledCategoryChart subtitle(String subtitle) {
    captions.subtitle(subtitle);
    return this;
  }

  @Override
  public String footnote() {
    return captions.footnote();
  }

  /**
   * Sets the footnote.
   *
   * @param footnote the sources line at the bottom; may be empty
   * @return this chart
   */
  public StyledCategoryChart footnote(String footnote) {
    captions.footnote(footnote);
    return this;
  }

  /**
   * Grouped bars drawn here instead of by XChart, so that a category whose group lacks some
   * series still has its bars centred on it (XChart keeps the empty slots). Null: XChart draws.
   */
  private List<String> categories;
  private Map<String, Map<String, Double>> values;
  private Map<String, Color> colors;
  private boolean barLabels;
  private final Map<String, List<Rectangle2D>> bars = new LinkedHashMap<>();
  private boolean painted;

  /** Hands the bars to this chart to draw centred; XChart then draws only axes and legend. */
  void centredBars(List<String> categories, Map<String, Map<String, Double>> values,
      Map<String, Color> colors, boolean labels) {
    this.categories = List.copyOf(categories);
    this.values = values;
    this.colors = colors;
    this.barLabels = labels;
  }

  /**
   * The bars of a grouped chart whose groups have empty slots, by category, as laid out by the
   * last paint (painting once if never painted); empty when XChart draws the bars itself.
   *
   * @return category to the boxes of its bars, left to right
   */
  public Map<String, List<Rectangle2D>> barBoxes() {
    if (categories != null && !painted) {
      Graphics2D g = new BufferedImage(getWidth(), getHeight(), BufferedImage.TYPE_INT_RGB)
          .createGraphics();
      try {
        paint(g, getWidth(), getHeight());
      } finally {
        g.dispose();
      }
    }
    return java.util.Collections.unmodifiableMap(bars);
  }

  private void paintBars(Graphics2D g) {
    bars.clear();
    Rectangle2D b = plot.getBounds();
    double space = getStyler().getPlotContentSize() * b.getWidth();
    double left = b.getX() + Utils.getTickStartOffset(b.getWidth(), space);
    double step = space / categories.size();
    double barWidth = step * getStyler().getAvailableSpaceFill() / values.size();
    double base = getScreenYFromChart(getStyler().getYAxisMin());
    g.setFont(HouseStyle.TICK_FONT);
    FontMetrics fm = g.getFontMetrics();
    for (int i = 0; i < categories.size(); i++) {
      String c = categories.get(i);
      List<Map.Entry<String, Double>> present = new ArrayList<>();
      for (Map.Entry<String, Map<String, Double>> e : values.entrySet()) {
        Double v = e.getValue().get(c);
        if (v != null && !v.isNaN()) {
          present.add(Map.entry(e.getKey(), v));
        }
      }
      double x = left + step * (i + 0.5) - present.size() * barWidth / 2;
      List<Rectangle2D> boxes = new ArrayList<>();
      for (Map.Entry<String, Double> p : present) {
        double top = getScreenYFromChart(p.getValue());
        Rectangle2D r = new Rectangle2D.Double(x, Math.min(top, base), barWidth, Math.abs(base - top));
        g.setColor(colors.get(p.getKey()));
        g.fill(r);
        boxes.add(r);
        if (barLabels) {
          String t = HouseStyle.format(Math.round(p.getValue()));
          g.setColor(HouseStyle.TEXT);
          g.drawString(t, (float) (r.getCenterX() - fm.stringWidth(t) / 2.0),
              (float) (r.getY() - 3));
        }
        x += barWidth;
      }
      bars.put(c, boxes);
    }
    painted = true;
  }

  @Override
  public void paint(Graphics2D g, int width, int height) {
    CaptionSupport.paint(
        g,
        this,
        width,
        height,
        (body, w, h) -> {
          if (categories == null) {
            super.paint(body, w, h);
            return;
          }
          // XChart draws the axes, grid and legend of series emptied for the paint; the bars
          // are drawn centred by paintBars, and the series get their values back
          Map<String, List<Double>> kept = new LinkedHashMap<>();
          for (var e : getSeriesMap().entrySet()) {
            List<Double> y = new ArrayList<>();
            for (Number n : e.getValue().getYData()) {
              y.add(n == null ? null : n.doubleValue());
            }
            kept.put(e.getKey(), y);
          }
          try {
            for (var e : kept.entrySet()) {
              List<Double> none = new ArrayList<>(java.util.Collections.nCopies(e.getValue().size(), (Double) null));
              updateCategorySeries(e.getKey(), categories, none, null);
            }
            super.paint(body, w, h);
          } finally {
            for (var e : kept.entrySet()) {
              updateCategorySeries(e.getKey(), categories, e.getValue(), null);
            }
          }
          paintBars(body);
        },
        () -> {
          setWidth(width);
          setHeight(height);
        });
  }
}
