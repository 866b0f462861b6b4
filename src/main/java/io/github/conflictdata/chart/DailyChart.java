package io.github.conflictdata.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYSeries;

/**
 * A chart of values per day ({@link Charts#daily(tech.tablesaw.api.Table)}): XChart draws the
 * lines and the value axis; this class draws the date axis ({@link DateTicks}: regular ticks whose
 * labels never touch) and the annotations (a dashed line at a date with a label), each label put
 * at the first of its candidate places (right or left of its line, from the top down) whose box
 * meets no other label, no line segment, no marker and no other annotation's line. The boxes are
 * computed with the same {@link FontMetrics} that draws them; {@link #annotationBoxes()} and
 * {@link #ticks()} give the layout of the last paint (painting once if never painted).
 */
public final class DailyChart extends StyledXYChart {
  /** The font of annotation labels (sans-serif, like every house text). */
  static final Font ANNOTATION_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
  private static final Color ANNOTATION = new Color(0x444444);

  /**
   * An annotation: a dated line with a label.
   *
   * @param date the day the line marks
   * @param text the label
   */
  public record Annotation(LocalDate date, String text) {}

  private final LocalDate from;
  private final LocalDate to;
  private final List<Annotation> annotations;
  private List<Rectangle2D> boxes = List.of();
  private List<DateTicks.Tick> ticks = List.of();
  private boolean painted;

  DailyChart(int width, int height, LocalDate from, LocalDate to, List<Annotation> annotations) {
    super(width, height);
    this.from = from;
    this.to = to;
    this.annotations = List.copyOf(annotations);
    getStyler().setXAxisMin((double) from.toEpochDay());
    getStyler().setXAxisMax((double) to.toEpochDay());
    // XChart keeps the room for its tick labels; they print blank and ours are drawn instead
    getStyler().setxAxisTickLabelsFormattingFunction(x -> " ");
    getStyler().setAxisTicksMarksVisible(false);
    getStyler().setPlotContentSize(1.0); // the axes run from the first to the last day, 0 on the x axis
  }

  /** @return the annotations, in date order */
  public List<Annotation> annotations() {
    return annotations;
  }

  /** @return the annotation label boxes of the last paint, in {@link #annotations()} order */
  public List<Rectangle2D> annotationBoxes() {
    layout();
    return boxes;
  }

  /** @return the date ticks of the last paint */
  public List<DateTicks.Tick> ticks() {
    layout();
    return ticks;
  }

  /** @return the line segments and marker points of the last paint, in points (for checks) */
  List<Line2D> segments() {
    layout();
    return segments;
  }

  private List<Line2D> segments = List.of();

  private void layout() {
    if (!painted) {
      BufferedImage img = new BufferedImage(getWidth(), getHeight(), BufferedImage.TYPE_INT_RGB);
      Graphics2D g = img.createGraphics();
      try {
        paint(g, getWidth(), getHeight());
      } finally {
        g.dispose();
      }
    }
  }

  @Override
  void paintOver(Graphics2D g, int width, int height) {
    double left = getScreenXFromChart(from.toEpochDay());
    double right = getScreenXFromChart(to.toEpochDay());
    double top = getScreenYFromChart(getStyler().getYAxisMax());
    double bottom = getScreenYFromChart(getStyler().getYAxisMin());
    Rectangle2D plot = new Rectangle2D.Double(left, top, right - left, bottom - top);

    g.setFont(HouseStyle.TICK_FONT);
    FontMetrics tf = g.getFontMetrics();
    List<DateTicks.Tick> t = DateTicks.choose(from, to, left, right - left, tf);
    g.setColor(HouseStyle.TEXT);
    g.setStroke(new BasicStroke(1f));
    int labelTop = (int) Math.round(bottom) + getStyler().getAxisTickPadding() + 2;
    List<DateTicks.Tick> placed = new ArrayList<>();
    for (DateTicks.Tick k : t) {
      g.drawLine((int) Math.round(k.x()), (int) Math.round(bottom), (int) Math.round(k.x()),
          (int) Math.round(bottom) + 4);
      g.drawString(k.label(), (float) k.bounds().getX(), labelTop + tf.getAscent());
      Rectangle2D b = k.bounds();
      placed.add(new DateTicks.Tick(k.date(), k.label(), k.x(),
          new Rectangle2D.Double(b.getX(), labelTop, b.getWidth(), b.getHeight())));
    }
    ticks = List.copyOf(placed);

    List<Line2D> obstacles = new ArrayList<>();
    for (XYSeries s : getSeriesMap().values()) {
      double[] xs = s.getXData();
      double[] ys = s.getYData();
      for (int i = 0; i < xs.length; i++) {
        if (Double.isNaN(ys[i])) {
          continue;
        }
        double x = getScreenXFromChart(xs[i]);
        double y = getScreenYFromChart(ys[i]);
        obstacles.add(new Line2D.Double(x, y, x, y)); // the marker's point
        if (i + 1 < xs.length && !Double.isNaN(ys[i + 1])) {
          obstacles.add(new Line2D.Double(x, y, getScreenXFromChart(xs[i + 1]),
              getScreenYFromChart(ys[i + 1])));
        }
      }
    }
    segments = List.copyOf(obstacles);
    List<Line2D> lines = new ArrayList<>();
    for (Annotation a : annotations) {
      double x = getScreenXFromChart(a.date().toEpochDay());
      lines.add(new Line2D.Double(x, top, x, bottom));
    }

    g.setFont(ANNOTATION_FONT);
    FontMetrics af = g.getFontMetrics();
    List<Rectangle2D> out = new ArrayList<>();
    for (int i = 0; i < annotations.size(); i++) {
      Line2D line = lines.get(i);
      Rectangle2D box = place(annotations.get(i).text(), line.getX1(), plot, af, out, obstacles,
          lines, i);
      out.add(box);
      g.setColor(ANNOTATION);
      g.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
          new float[] {4f, 3f}, 0f));
      g.draw(line);
      g.setColor(new Color(255, 255, 255, 220));
      g.fill(box);
      g.setColor(ANNOTATION);
      g.drawString(annotations.get(i).text(), (float) (box.getX() + 2),
          (float) (box.getY() + 1 + af.getAscent()));
    }
    boxes = List.copyOf(out);
    painted = true;
  }

  /**
   * Greedy placement: candidates right then left of the line, from the top of the plot down in
   * steps of a line height; the first that stays in the plot and meets nothing wins; else the
   * first that meets no label (lines may pass under its white box); else below every label.
   */
  static Rectangle2D place(String text, double x, Rectangle2D plot, FontMetrics fm,
      List<Rectangle2D> labels, List<Line2D> obstacles, List<Line2D> lines, int own) {
    double w = fm.stringWidth(text) + 4;
    double h = fm.getHeight() + 2;
    List<Rectangle2D> candidates = new ArrayList<>();
    for (double y = plot.getY() + 2; y + h <= plot.getMaxY(); y += h / 2) {
      candidates.add(new Rectangle2D.Double(x + 3, y, w, h));
      candidates.add(new Rectangle2D.Double(x - 3 - w, y, w, h));
    }
    Rectangle2D free = null;
    for (Rectangle2D c : candidates) {
      if (!plot.contains(c) || hitsLabel(c, labels)) {
        continue;
      }
      if (free == null) {
        free = c;
      }
      boolean clear = true;
      for (Line2D l : obstacles) {
        if (l.intersects(c) || c.contains(l.getP1())) {
          clear = false;
          break;
        }
      }
      for (int k = 0; clear && k < lines.size(); k++) {
        clear = k == own || !lines.get(k).intersects(c);
      }
      if (clear) {
        return c;
      }
    }
    if (free != null) {
      return free;
    }
    double y = plot.getY();
    for (Rectangle2D l : labels) {
      y = Math.max(y, l.getMaxY() + 1);
    }
    return new Rectangle2D.Double(x + 3, y, w, h);
  }

  private static boolean hitsLabel(Rectangle2D c, List<Rectangle2D> labels) {
    for (Rectangle2D l : labels) {
      if (l.intersects(c)) {
        return true;
      }
    }
    return false;
  }
}
