package io.github.conflictdata.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;

/**
 * The one look every conflictdata chart shares: the Okabe-Ito colour-blind-safe palette, plain
 * white plot, light grid, sans-serif fonts, and numbers with thousands separators ({@code 7,646}).
 */
public final class HouseStyle {
  private HouseStyle() {}

  /**
   * Okabe &amp; Ito's palette (Color Universal Design, 2008), ordered so that the first colours
   * contrast best on white; the yellow comes last.
   */
  public static final List<Color> PALETTE =
      List.of(
          new Color(0x0072B2), // blue
          new Color(0xD55E00), // vermillion
          new Color(0x009E73), // bluish green
          new Color(0xE69F00), // orange
          new Color(0xCC79A7), // reddish purple
          new Color(0x56B4E9), // sky blue
          new Color(0x000000), // black
          new Color(0xF0E442)); // yellow

  /** Decimal pattern of value axes: thousands separators, no decimals. */
  public static final String NUMBER_PATTERN = "#,##0";

  /** Default size of exported charts, in points (pixels at 72 DPI). */
  public static final int WIDTH = 800;

  /** Default height, in points. */
  public static final int HEIGHT = 500;

  /** Resolution of exported PNGs. */
  public static final int DPI = 144;

  static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 16);
  static final Font SUBTITLE_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
  static final Font FOOTNOTE_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 9);
  static final Font AXIS_TITLE_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
  static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
  static final Font LEGEND_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
  static final Color TEXT = new Color(0x222222);
  static final Color MUTED = new Color(0x555555);
  static final Color GRID = new Color(0xDDDDDD);

  /**
   * The palette's {@code i}-th colour, cycling.
   *
   * @param i the series index, 0 or more
   * @return the colour for series {@code i}
   */
  public static Color color(int i) {
    return PALETTE.get(Math.floorMod(i, PALETTE.size()));
  }

  /**
   * {@code c} with alpha {@code alpha} (0-255), for bands behind lines.
   *
   * @param c the colour
   * @param alpha the opacity, 0 (clear) to 255 (opaque)
   * @return {@code c} with that opacity
   */
  public static Color translucent(Color c, int alpha) {
    return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
  }

  /**
   * Formats a count with thousands separators, as the charts and notebooks print it.
   *
   * @param n the count
   * @return the count with thousands separators, e.g. {@code "12,345"}
   */
  public static String format(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** Applies the house style to an axes chart's styler. */
  static void apply(AxesChartStyler s) {
    s.setChartTitleVisible(false); // drawn by CaptionPainter with the subtitle
    s.setChartBackgroundColor(Color.WHITE);
    s.setPlotBackgroundColor(Color.WHITE);
    s.setPlotBorderVisible(false);
    s.setPlotGridLinesColor(GRID);
    s.setPlotGridLinesStroke(new BasicStroke(0.8f));
    s.setPlotGridVerticalLinesVisible(false);
    s.setChartFontColor(TEXT);
    s.setAxisTitleFont(AXIS_TITLE_FONT);
    s.setAxisTickLabelsFont(TICK_FONT);
    s.setAxisTickLabelsColor(TEXT);
    s.setLegendFont(LEGEND_FONT);
    s.setLegendBorderColor(Color.WHITE);
    s.setLegendPosition(Styler.LegendPosition.OutsideS);
    s.setLegendLayout(Styler.LegendLayout.Horizontal);
    s.setSeriesColors(PALETTE.toArray(new Color[0]));
    s.setLocale(Locale.ROOT);
    s.setTimezone(TimeZone.getTimeZone("UTC"));
    s.setYAxisDecimalPattern(NUMBER_PATTERN);
    s.setChartPadding(12);
    s.setAntiAlias(true);
  }
}
