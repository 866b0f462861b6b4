package io.github.conflictdata.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.XYStyler;

/**
 * A map: Natural Earth country outlines in an equirectangular view (longitude scaled by the cosine
 * of the middle latitude, so shapes keep their proportions), events as circles sized by deaths and
 * coloured by type, or countries filled by a value (choropleth); a legend on the right, a scale bar
 * and the captions of every house chart. It is an XChart {@link Chart}, so {@link ChartExport} and
 * the kernel draw it like any chart; the model ({@link #view()}, {@link #points()}, {@link
 * #footnote()}) can be checked without pixels. Built by {@link Charts#map(tech.tablesaw.api.Table)}
 * and {@link Charts#choropleth(tech.tablesaw.api.Table)}.
 */
public final class MapChart extends Chart<XYStyler, XYSeries> implements Captioned {
  static final Color LAND = new Color(0xF2F2EF);
  static final Color BORDER = new Color(0x9A9A9A);
  static final Color SEA = new Color(0xE8F1F8);
  private static final int LEGEND_WIDTH = 170;
  private static final int PAD = 12;

  /**
   * One event on the map.
   *
   * @param lon longitude in degrees
   * @param lat latitude in degrees
   * @param deaths deaths (0 when missing), which sizes the circle
   * @param category the colour's meaning, e.g. "One-sided violence"
   * @param precise false when only the region or country is known: drawn hollow
   */
  public record Point(double lon, double lat, double deaths, String category, boolean precise) {}

  /**
   * A legend entry of a choropleth: countries with {@code from <= value < to}.
   *
   * @param label e.g. "1,000 - 9,999"
   * @param color the fill
   */
  public record Bin(String label, Color color) {}

  private final Outlines.Bounds view;
  private final List<Outlines.Country> shown = new ArrayList<>();
  private final List<Point> points;
  private final Map<String, Color> categories;
  private final Map<String, Color> fills;
  private final List<Bin> bins;
  private final String sizeLabel;
  private final String hollowLabel;
  private String subtitle = "";
  private String footnote = "";

  MapChart(int width, int height, Outlines.Bounds view, List<Point> points,
      Map<String, Color> categories, Map<String, Color> fills, List<Bin> bins, String sizeLabel,
      String hollowLabel) {
    super(width, height, new XYStyler());
    this.view = view;
    this.points = List.copyOf(points);
    this.categories = new LinkedHashMap<>(categories);
    this.fills = new LinkedHashMap<>(fills);
    this.bins = List.copyOf(bins);
    this.sizeLabel = sizeLabel;
    this.hollowLabel = hollowLabel;
    for (Outlines.Country c : Outlines.naturalEarth().countries()) {
      if (c.bounds().intersects(view)) {
        shown.add(c);
      }
    }
  }

  /** @return the longitude/latitude box drawn */
  public Outlines.Bounds view() {
    return view;
  }

  /** @return the events drawn, in the table's order */
  public List<Point> points() {
    return points;
  }

  /** @return the legend's categories and their colours (events) */
  public Map<String, Color> categories() {
    return java.util.Collections.unmodifiableMap(categories);
  }

  /** @return ISO3 code to fill colour of a choropleth (empty for an event map) */
  public Map<String, Color> fills() {
    return java.util.Collections.unmodifiableMap(fills);
  }

  /** @return the countries whose outlines fall in the view */
  public List<Outlines.Country> countries() {
    return List.copyOf(shown);
  }

  @Override
  public String subtitle() {
    return subtitle;
  }

  MapChart subtitle(String s) {
    this.subtitle = s == null ? "" : s;
    return this;
  }

  @Override
  public String footnote() {
    return footnote;
  }

  MapChart footnote(String s) {
    this.footnote = s == null ? "" : s;
    return this;
  }

  /** Kilometres per degree of latitude (mean Earth radius 6,371 km). */
  static final double KM_PER_DEGREE = 6371.0 * Math.PI / 180;

  /** Cosine of the view's middle latitude: the width of a degree of longitude in latitude degrees. */
  double aspect() {
    return Math.cos(Math.toRadians((view.south() + view.north()) / 2));
  }

  /** The map's rectangle within a body of {@code w} x {@code h} points (legend on the right). */
  Rectangle2D mapArea(int w, int h) {
    double aw = Math.max(50, w - LEGEND_WIDTH - 2 * PAD);
    double ah = Math.max(50, h - 2 * PAD);
    double k = Math.min(aw / (view.width() * aspect()), ah / view.height());
    double mw = view.width() * aspect() * k;
    double mh = view.height() * k;
    return new Rectangle2D.Double(PAD + (aw - mw) / 2, PAD + (ah - mh) / 2, mw, mh);
  }

  @Override
  public void paint(Graphics2D g, int width, int height) {
    setWidth(width);
    setHeight(height);
    CaptionSupport.paint(g, this, width, height, this::paintBody, () -> { });
  }

  private void paintBody(Graphics2D g, int w, int h) {
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    Rectangle2D area = mapArea(w, h);
    double sx = area.getWidth() / view.width();
    double sy = area.getHeight() / view.height();
    Graphics2D m = (Graphics2D) g.create();
    try {
      m.clip(area);
      m.setColor(SEA);
      m.fill(area);
      for (Outlines.Country c : shown) {
        Path2D.Double p = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        for (double[] r : c.rings()) {
          double shift = 0; // a ring cut at the antimeridian is unwrapped, so no edge crosses the map
          for (int i = 0; i < r.length; i += 2) {
            if (i > 0 && r[i] - r[i - 2] > 180) {
              shift -= 360;
            } else if (i > 0 && r[i] - r[i - 2] < -180) {
              shift += 360;
            }
            double x = area.getX() + (r[i] + shift - view.west()) * sx;
            double y = area.getY() + (view.north() - r[i + 1]) * sy;
            if (i == 0) {
              p.moveTo(x, y);
            } else {
              p.lineTo(x, y);
            }
          }
          p.closePath();
        }
        m.setColor(fills.getOrDefault(c.iso3(), LAND));
        m.fill(p);
        m.setColor(BORDER);
        m.setStroke(new BasicStroke(0.6f));
        m.draw(p);
      }
      double max = points.stream().mapToDouble(Point::deaths).max().orElse(0);
      List<Point> bySize = new ArrayList<>(points);
      bySize.sort(Comparator.comparingDouble(Point::deaths).reversed()); // small ones on top
      for (Point pt : bySize) {
        double x = area.getX() + (pt.lon() - view.west()) * sx;
        double y = area.getY() + (view.north() - pt.lat()) * sy;
        double r = radius(pt.deaths(), max);
        Shape s = new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
        Color c = categories.getOrDefault(pt.category(), Palette.color(pt.category()));
        if (pt.precise()) {
          m.setColor(HouseStyle.translucent(c, 150));
          m.fill(s);
          m.setColor(c.darker());
          m.setStroke(new BasicStroke(0.5f));
          m.draw(s);
        } else {
          m.setColor(c);
          m.setStroke(new BasicStroke(1.2f));
          m.draw(s);
        }
      }
    } finally {
      m.dispose();
    }
    g.setColor(BORDER);
    g.setStroke(new BasicStroke(0.8f));
    g.draw(area);
    paintScale(g, area);
    paintLegend(g, (int) Math.round(area.getMaxX()) + PAD, PAD,
        points.stream().mapToDouble(Point::deaths).max().orElse(0));
  }

  /** Circle radius in points: area proportional to deaths, 2 pt for none, 14 pt for the most. */
  static double radius(double deaths, double max) {
    if (max <= 0 || deaths <= 0) {
      return 2;
    }
    return 2 + 12 * Math.sqrt(deaths / max);
  }

  /** A bar of a round number of km, about a fifth of the map wide, true at the middle latitude. */
  private void paintScale(Graphics2D g, Rectangle2D area) {
    double kmPerPoint = view.width() * aspect() * KM_PER_DEGREE / area.getWidth();
    double km = nice(area.getWidth() / 5 * kmPerPoint);
    double len = km / kmPerPoint;
    int x = (int) area.getX() + 8;
    int y = (int) area.getMaxY() - 10;
    g.setColor(new Color(255, 255, 255, 200));
    g.setFont(HouseStyle.FOOTNOTE_FONT);
    FontMetrics fm = g.getFontMetrics();
    String label = HouseStyle.format(Math.round(km)) + " km";
    g.fillRect(x - 4, y - fm.getHeight() - 6, Math.max((int) len, fm.stringWidth(label)) + 8, fm.getHeight() + 12);
    g.setColor(HouseStyle.TEXT);
    g.setStroke(new BasicStroke(1.5f));
    g.drawLine(x, y, x + (int) len, y);
    g.drawLine(x, y - 3, x, y + 2);
    g.drawLine(x + (int) len, y - 3, x + (int) len, y + 2);
    g.drawString(label, x, y - 4);
  }

  /** 1, 2 or 5 times a power of ten, at most {@code v}. */
  static double nice(double v) {
    double p = Math.pow(10, Math.floor(Math.log10(v)));
    double f = v / p;
    return (f >= 5 ? 5 : f >= 2 ? 2 : 1) * p;
  }

  private void paintLegend(Graphics2D g, int x, int y, double max) {
    g.setFont(HouseStyle.LEGEND_FONT);
    FontMetrics fm = g.getFontMetrics();
    int line = fm.getHeight() + 3;
    int textX = x + 18;
    for (Map.Entry<String, Color> e : categories.entrySet()) {
      g.setColor(HouseStyle.translucent(e.getValue(), 170));
      g.fill(new Ellipse2D.Double(x + 2, y + 2, 9, 9));
      g.setColor(HouseStyle.TEXT);
      y = drawWrapped(g, e.getKey(), textX, y, fm);
    }
    if (hollowLabel != null && points.stream().anyMatch(p -> !p.precise())) {
      y += 4;
      g.setColor(HouseStyle.MUTED);
      g.setStroke(new BasicStroke(1.2f));
      g.draw(new Ellipse2D.Double(x + 2, y + 2, 9, 9));
      y = drawWrapped(g, hollowLabel, textX, y, fm);
    }
    for (Bin b : bins) {
      g.setColor(b.color());
      g.fillRect(x, y + 1, 12, 10);
      g.setColor(BORDER);
      g.drawRect(x, y + 1, 12, 10);
      g.setColor(HouseStyle.TEXT);
      y = drawWrapped(g, b.label(), textX, y, fm);
    }
    if (sizeLabel != null && max > 0) {
      y += 6;
      g.setColor(HouseStyle.TEXT);
      y = drawWrapped(g, sizeLabel, x, y, fm);
      for (double v : sizeSteps(max)) {
        double r = radius(v, max);
        g.setColor(HouseStyle.MUTED);
        g.setStroke(new BasicStroke(0.8f));
        g.draw(new Ellipse2D.Double(x + 14 - r, y + r, 2 * r, 2 * r));
        g.setColor(HouseStyle.TEXT);
        g.drawString(HouseStyle.format(Math.round(v)), x + 34, (int) (y + r + fm.getAscent() / 2.0));
        y += (int) Math.max(2 * r, fm.getHeight()) + 4;
      }
    }
  }

  /** Up to three round values for the size legend: the largest, and tenths below it. */
  static List<Double> sizeSteps(double max) {
    List<Double> out = new ArrayList<>();
    double top = nice(max);
    for (double v = top; v >= 1 && out.size() < 3; v /= 10) {
      out.add(v);
    }
    return out;
  }

  private static int drawWrapped(Graphics2D g, String text, int x, int y, FontMetrics fm) {
    for (String l : CaptionPainter.wrap(text, fm, LEGEND_WIDTH - 22)) {
      g.drawString(l, x, y + fm.getAscent());
      y += fm.getHeight();
    }
    return y + 3;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "MapChart[\"%s\", %d events, %d filled countries, view %s]",
        getTitle(), points.size(), fills.size(), view);
  }
}
