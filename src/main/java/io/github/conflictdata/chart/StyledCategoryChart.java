package io.github.conflictdata.chart;

import java.awt.Graphics2D;
import org.knowm.xchart.CategoryChart;

/**
 * An XChart {@link CategoryChart} in the house style, with a subtitle and a source footnote painted
 * around the plot. Everything XChart offers (series, styler, encoders) works unchanged.
 */
public class StyledCategoryChart extends CategoryChart implements Captioned {
  private String subtitle = "";
  private String footnote = "";

  /** An empty chart of the given size in points, house style applied. */
  public StyledCategoryChart(int width, int height) {
    super(width, height);
    HouseStyle.apply(getStyler());
    getStyler().setXAxisDecimalPattern("0");
  }

  @Override
  public String subtitle() {
    return subtitle;
  }

  /** Sets the subtitle. */
  public StyledCategoryChart subtitle(String subtitle) {
    this.subtitle = subtitle == null ? "" : subtitle;
    return this;
  }

  @Override
  public String footnote() {
    return footnote;
  }

  /** Sets the footnote. */
  public StyledCategoryChart footnote(String footnote) {
    this.footnote = footnote == null ? "" : footnote;
    return this;
  }

  @Override
  public void paint(Graphics2D g, int width, int height) {
    CaptionPainter.Insets in = CaptionPainter.paint(g, this, width, height);
    Graphics2D body = (Graphics2D) g.create();
    try {
      body.translate(0, in.top());
      super.paint(body, width, Math.max(1, height - in.top() - in.bottom()));
    } finally {
      body.dispose();
      setWidth(width); // XChart's paint records the size it was given; keep the chart's own
      setHeight(height);
    }
  }
}
