package io.github.conflictdata.chart;

import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.util.ArrayList;
import java.util.List;

/** Paints the title, subtitle and footnote around the area XChart paints the plot into. */
final class CaptionPainter {
  private static final int MARGIN = 12;
  private static final int GAP = 4;

  private CaptionPainter() {}

  /** What the chart body must leave free at the top and the bottom. */
  record Insets(int top, int bottom) {}

  /** Paints the captions onto {@code g} and returns the space they take. */
  static Insets paint(Graphics2D g, Captioned c, int width, int height) {
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
    int textWidth = Math.max(50, width - 2 * MARGIN);

    int y = MARGIN;
    y = paintLines(g, HouseStyle.TITLE_FONT, HouseStyle.TEXT, c.getTitle(), textWidth, y);
    y = paintLines(g, HouseStyle.SUBTITLE_FONT, HouseStyle.MUTED, c.subtitle(), textWidth, y);
    int top = y + GAP;

    String foot = c.footnote() == null ? "" : c.footnote();
    int bottom = 0;
    if (!foot.isBlank()) {
      g.setFont(HouseStyle.FOOTNOTE_FONT);
      FontMetrics fm = g.getFontMetrics();
      List<String> lines = wrap(foot, fm, textWidth);
      bottom = lines.size() * fm.getHeight() + MARGIN / 2 + GAP;
      paintLines(g, HouseStyle.FOOTNOTE_FONT, HouseStyle.MUTED, foot, textWidth, height - bottom);
    }
    return new Insets(top, bottom);
  }

  private static int paintLines(
      Graphics2D g, java.awt.Font font, Color color, String text, int width, int y) {
    if (text == null || text.isBlank()) {
      return y;
    }
    g.setFont(font);
    g.setColor(color);
    FontMetrics fm = g.getFontMetrics();
    for (String line : wrap(text, fm, width)) {
      g.drawString(line, MARGIN, y + fm.getAscent());
      y += fm.getHeight();
    }
    return y;
  }

  /** Greedy word wrap; explicit newlines start new lines. */
  static List<String> wrap(String text, FontMetrics fm, int width) {
    List<String> out = new ArrayList<>();
    for (String para : text.split("\n", -1)) {
      StringBuilder line = new StringBuilder();
      for (String word : para.split(" ")) {
        if (line.length() > 0 && fm.stringWidth(line + " " + word) > width) {
          out.add(line.toString());
          line.setLength(0);
        }
        if (line.length() > 0) {
          line.append(' ');
        }
        line.append(word);
      }
      out.add(line.toString());
    }
    return out;
  }
}
