package io.github.conflictdata.chart;

import java.awt.Graphics2D;
import org.knowm.xchart.XYChart;

/**
 * An XChart {@link XYChart} in the house style, with a subtitle and a source footnote painted
 * around the plot. Everything XChart offers (series, styler, encoders) works unchanged.
 */
public class StyledXYChart extends XYChart implements Captioned {
  private final CaptionSupport captions = new CaptionSupport();

  /**
   * An empty chart of the given size in points, house style applied.
   *
   * @param width width in points
   * @param height height in points
   */
  public StyledXYChart(int width, int height) {
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
  public StyledXYChart subtitle(String subtitle) {
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
  public StyledXYChart footnote(String footnote) {
    captions.footnote(footnote);
    return this;
  }

  /** Paints over the plot once XChart has laid it out (its screen mapping is then valid). */
  void paintOver(Graphics2D body, int width, int height) {}

  @Override
  public void paint(Graphics2D g, int width, int height) {
    CaptionSupport.paint(
        g,
        this,
        width,
        height,
        (body, w, h) -> {
          super.paint(body, w, h);
          paintOver(body, w, h);
        },
        () -> {
          setWidth(width);
          setHeight(height);
        });
  }
}
