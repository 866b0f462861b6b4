package io.github.conflictdata.chart;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Country outlines of Natural Earth 1:50m (public domain), bundled as {@code
 * data/natural-earth/countries-50m.txt.gz} (made by {@code tools/NaturalEarthOutlines.java}, see
 * that folder's README): each country's ISO 3166-1 alpha-3 code, name and rings of longitude and
 * latitude. Read once, offline; used by {@link Charts#map(tech.tablesaw.api.Table)}.
 */
public final class Outlines {
  /** The resource, on the classpath. */
  public static final String RESOURCE = "io/github/conflictdata/data/natural-earth/countries-50m.txt.gz";

  private static volatile Outlines naturalEarth;

  private final List<Country> countries;
  private final Map<String, Country> byIso3 = new LinkedHashMap<>();

  private Outlines(List<Country> countries) {
    this.countries = List.copyOf(countries);
    for (Country c : countries) {
      if (!c.iso3().equals("---")) {
        byIso3.putIfAbsent(c.iso3(), c);
      }
    }
  }

  /**
   * One country (or territory) of the outline set.
   *
   * @param iso3 ISO 3166-1 alpha-3 code, {@code ---} for features without one (Kosovo, ...)
   * @param name Natural Earth's short name, e.g. "Myanmar"
   * @param rings rings of {@code lon0, lat0, lon1, lat1, ...} in degrees; holes are rings too
   *     (the even-odd rule tells inside from outside)
   * @param bounds the smallest box holding every ring
   */
  public record Country(String iso3, String name, List<double[]> rings, Bounds bounds) {
    /**
     * Keeps an unmodifiable copy of the rings list.
     *
     * @param iso3 ISO3 code
     * @param name name
     * @param rings rings of lon, lat pairs
     * @param bounds their box
     */
    public Country {
      rings = Collections.unmodifiableList(new ArrayList<>(rings));
    }

    /**
     * Whether the point is inside the country (even-odd rule over all its rings).
     *
     * @param lon longitude in degrees
     * @param lat latitude in degrees
     * @return true inside, false outside (a point exactly on an edge may go either way)
     */
    public boolean contains(double lon, double lat) {
      if (!bounds.contains(lon, lat)) {
        return false;
      }
      boolean in = false;
      for (double[] r : rings) {
        int n = r.length / 2;
        for (int i = 0, j = n - 1; i < n; j = i++) {
          double xi = r[2 * i];
          double yi = r[2 * i + 1];
          double xj = r[2 * j];
          double yj = r[2 * j + 1];
          if ((yi > lat) != (yj > lat) && lon < (xj - xi) * (lat - yi) / (yj - yi) + xi) {
            in = !in;
          }
        }
      }
      return in;
    }

    /**
     * The distance in degrees (on the lon/lat plane) from the point to the country's nearest
     * edge; 0 inside.
     *
     * @param lon longitude in degrees
     * @param lat latitude in degrees
     * @return the distance in degrees
     */
    public double distance(double lon, double lat) {
      if (contains(lon, lat)) {
        return 0;
      }
      double best = Double.MAX_VALUE;
      for (double[] r : rings) {
        int n = r.length / 2;
        for (int i = 0, j = n - 1; i < n; j = i++) {
          best = Math.min(best, segment(lon, lat, r[2 * j], r[2 * j + 1], r[2 * i], r[2 * i + 1]));
        }
      }
      return best;
    }

    @Override
    public String toString() {
      return "Country[" + iso3 + " " + name + ", " + rings.size() + " rings, " + bounds + "]";
    }
  }

  /**
   * A longitude/latitude box.
   *
   * @param west smallest longitude
   * @param south smallest latitude
   * @param east largest longitude
   * @param north largest latitude
   */
  public record Bounds(double west, double south, double east, double north) {
    /**
     * Checks the box is not inverted.
     *
     * @param west smallest longitude
     * @param south smallest latitude
     * @param east largest longitude
     * @param north largest latitude
     * @throws IllegalArgumentException when west &gt; east or south &gt; north
     */
    public Bounds {
      if (!(west <= east) || !(south <= north)) {
        throw new IllegalArgumentException(
            "bounds west " + west + " > east " + east + " or south " + south + " > north " + north);
      }
    }

    /**
     * Whether the point lies in the box, edges included.
     *
     * @param lon longitude in degrees
     * @param lat latitude in degrees
     * @return true if inside
     */
    public boolean contains(double lon, double lat) {
      return lon >= west && lon <= east && lat >= south && lat <= north;
    }

    /**
     * Whether {@code other} lies entirely in this box.
     *
     * @param other another box
     * @return true if this box holds it
     */
    public boolean contains(Bounds other) {
      return other.west >= west && other.east <= east && other.south >= south
          && other.north <= north;
    }

    /**
     * The smallest box holding both.
     *
     * @param other another box, or null
     * @return the union
     */
    public Bounds union(Bounds other) {
      if (other == null) {
        return this;
      }
      return new Bounds(Math.min(west, other.west), Math.min(south, other.south),
          Math.max(east, other.east), Math.max(north, other.north));
    }

    /**
     * This box grown by {@code fraction} of its size on every side (at least {@code minDegrees}),
     * clipped to the globe.
     *
     * @param fraction share of the width and height added on each side, e.g. 0.08
     * @param minDegrees least margin in degrees, so that one event still gets a view around it
     * @return the larger box
     */
    public Bounds grow(double fraction, double minDegrees) {
      double dx = Math.max((east - west) * fraction, minDegrees);
      double dy = Math.max((north - south) * fraction, minDegrees);
      return new Bounds(Math.max(-180, west - dx), Math.max(-90, south - dy),
          Math.min(180, east + dx), Math.min(90, north + dy));
    }

    /** @return east minus west, in degrees */
    public double width() {
      return east - west;
    }

    /** @return north minus south, in degrees */
    public double height() {
      return north - south;
    }

    /** @return whether the box overlaps {@code other} */
    boolean intersects(Bounds other) {
      return other.west <= east && other.east >= west && other.south <= north
          && other.north >= south;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "[%.3f..%.3f E, %.3f..%.3f N]", west, east, south, north);
    }
  }

  /**
   * The bundled Natural Earth 1:50m outlines (241 countries and territories), read on first use.
   *
   * @return the outlines
   * @throws IllegalStateException when the resource is missing from the classpath
   */
  public static Outlines naturalEarth() {
    Outlines o = naturalEarth;
    if (o == null) {
      synchronized (Outlines.class) {
        o = naturalEarth;
        if (o == null) {
          InputStream in = Outlines.class.getClassLoader().getResourceAsStream(RESOURCE);
          if (in == null) {
            throw new IllegalStateException("missing resource " + RESOURCE
                + ": the conflictdata jar (or target/classes) is incomplete; rebuild it");
          }
          naturalEarth = o = read(in, RESOURCE);
        }
      }
    }
    return o;
  }

  /**
   * Reads outlines in the format {@code tools/NaturalEarthOutlines.java} writes, gzipped.
   *
   * @param gz the gzipped text
   * @param name the name used in error messages
   * @return the outlines
   * @throws IllegalStateException naming the line and column when a line is not in that format
   */
  public static Outlines read(InputStream gz, String name) {
    List<Country> out = new ArrayList<>();
    int lineNo = 0;
    try (BufferedReader r = new BufferedReader(
        new InputStreamReader(new GZIPInputStream(gz), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        lineNo++;
        if (line.startsWith("#") || line.isEmpty()) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length != 4) {
          throw bad(name, lineNo, 1, "a country line ISO3<TAB>id<TAB>name<TAB>rings");
        }
        int n;
        try {
          n = Integer.parseInt(f[3]);
        } catch (NumberFormatException e) {
          throw bad(name, lineNo, line.lastIndexOf('\t') + 2, "a ring count");
        }
        List<double[]> rings = new ArrayList<>(n);
        double w = 180;
        double s = 90;
        double e = -180;
        double no = -90;
        for (int k = 0; k < n; k++) {
          String ring = r.readLine();
          lineNo++;
          if (ring == null) {
            throw bad(name, lineNo, 1, "ring " + (k + 1) + " of " + n + " of " + f[0]);
          }
          String[] pts = ring.split(" ");
          double[] xy = new double[pts.length * 2];
          long x = 0;
          long y = 0;
          int col = 1;
          for (int i = 0; i < pts.length; i++) {
            int comma = pts[i].indexOf(',');
            try {
              x += Long.parseLong(pts[i].substring(0, comma));
              y += Long.parseLong(pts[i].substring(comma + 1));
            } catch (RuntimeException ex) {
              throw bad(name, lineNo, col, "a point dx,dy in 1e-4 degrees");
            }
            col += pts[i].length() + 1;
            xy[2 * i] = x / 1e4;
            xy[2 * i + 1] = y / 1e4;
            w = Math.min(w, xy[2 * i]);
            e = Math.max(e, xy[2 * i]);
            s = Math.min(s, xy[2 * i + 1]);
            no = Math.max(no, xy[2 * i + 1]);
          }
          rings.add(xy);
        }
        out.add(new Country(f[0], f[2], rings, new Bounds(w, s, e, no)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read outlines " + name + ": " + e.getMessage(), e);
    }
    if (out.isEmpty()) {
      throw bad(name, lineNo, 1, "at least one country");
    }
    return new Outlines(out);
  }

  private static IllegalStateException bad(String name, int line, int col, String expected) {
    return new IllegalStateException(
        name + ", line " + line + ", column " + col + ": expected " + expected);
  }

  /** @return every country, in the resource's order */
  public List<Country> countries() {
    return countries;
  }

  /**
   * The country with this ISO 3166-1 alpha-3 code.
   *
   * @param iso3 e.g. "MMR" (any case)
   * @return the country, or empty when the outlines have none with that code
   */
  public Optional<Country> country(String iso3) {
    return Optional.ofNullable(iso3 == null ? null : byIso3.get(iso3.strip().toUpperCase(Locale.ROOT)));
  }

  /**
   * The country with this ISO3 code, failing with the fix named.
   *
   * @param iso3 e.g. "MMR"
   * @return the country
   * @throws IllegalArgumentException when there is none
   */
  public Country require(String iso3) {
    return country(iso3).orElseThrow(() -> new IllegalArgumentException(
        "no Natural Earth outline has ISO3 code '" + iso3 + "'; use an ISO 3166-1 alpha-3 code"
            + " such as MMR, BGD, AZE, ARM"));
  }

  /**
   * The first country containing the point.
   *
   * @param lon longitude in degrees
   * @param lat latitude in degrees
   * @return that country, or empty (sea, or a gap between outlines)
   */
  public Optional<Country> at(double lon, double lat) {
    for (Country c : countries) {
      if (c.contains(lon, lat)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  private static double segment(double px, double py, double ax, double ay, double bx, double by) {
    double dx = bx - ax;
    double dy = by - ay;
    double len = dx * dx + dy * dy;
    double t = len == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len));
    double cx = ax + t * dx - px;
    double cy = ay + t * dy - py;
    return Math.sqrt(cx * cx + cy * cy);
  }

  @Override
  public String toString() {
    return "Outlines[" + countries.size() + " countries, Natural Earth 1:50m]";
  }
}
