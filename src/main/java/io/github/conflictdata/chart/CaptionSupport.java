package io.github.conflictdata.chart;

import java.awt.Graphics2D;
import org.knowm.xchart.style.AxesChartStyler;

/**
 * What {@link StyledXYChart} and {@link StyledCategoryChart} share: the subtitle and footnote text,
 * the house styling they start with, and painting the captions around the plot. The two charts
 * extend different XChart classes, so they delegate here instead of sharing a superclass.
 */
final class CaptionSupport {
  /** Paints the plot itself (XChart's own {@code paint}) into the area the captions leave free. */
  interface Body {
    void paint(Graphics2D g, int width, int height);
  }

  private String subtitle = "";
  private String footnote = "";

  /** Applies the house style to a new chart's styler; years on the x axis print without grouping. */
  static void style(AxesChartStyler styler) {
    HouseStyle.apply(styler);
    styler.setXAxisDecimalPattern("0");
  }

  String subtitle() {
    return subtitle;
  }

  void subtitle(String subtitle) {
    this.subtitle = subtitle == null ? "" : subtitle;
  }

  String footnote() {
    return footnote;
  }

  void footnote(String footnote) {
    this.footnote = footnote == null ? "" : footnote;
  }

  /**
   * Paints {@code chart}'s captions, then its body below the title and above the footnote.
   * {@code keepSize} runs last: XChart's paint records the size it was given, and the chart must
   * keep its own.
   */
  static void paint(
      Graphics2D g, Captioned chart, int width, int height, Body body, Runnable keepSize) {
    CaptionPainter.Insets in = CaptionPainter.paint(g, chart, width, height);
    Graphics2D inner = (Graphics2D) g.create();
    try {
      inner.translate(0, in.top());
      body.paint(inner, width, Math.max(1, height - in.top() - in.bottom()));
    } finally {
      inner.dispose();
      keepSize.run();
    }
  }
}
