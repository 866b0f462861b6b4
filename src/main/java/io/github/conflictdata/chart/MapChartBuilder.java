package io.github.conflictdata.chart;

import io.github.conflictdata.ucdp.TypeOfViolence;
import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Builds a {@link MapChart}: an event map ({@link Charts#map(Table)}) of GED or ACLED events, or a
 * country choropleth ({@link Charts#choropleth(Table)}) of a value by country.
 *
 * <pre>{@code
 * MapChart m = Charts.map(ged).title("GED events, Myanmar and Bangladesh").cite(gedDataset).build();
 * MapChart war = Charts.map(ged).countries("AZE", "ARM").title("Karabakh 2020").build();
 * }</pre>
 *
 * <p>Event maps read, by default, GED's or ACLED's own columns: {@code latitude} and {@code
 * longitude}; deaths from {@code best} (GED) or {@code fatalities} (ACLED), which size the
 * circles; colour by {@code type_of_violence} (GED, with the codebook's labels) or {@code
 * event_type} (ACLED), through {@link Palette}. Precision is shown, not hidden: GED events with
 * {@code where_prec} 4 to 7 (codebook 23.1, p. 10: only the province, a linear or fuzzy feature,
 * the country, or international waters is known; the point is a representative one, such as a
 * centroid) and ACLED events with {@code geo_precision} 3 (the larger region only) are drawn
 * hollow, or left out with {@link #omitImprecise()}; the footnote counts them either way. GED
 * {@code where_prec} 1-3 (the exact place, within ~25 km of a known point, or the district)
 * are drawn as filled circles.
 *
 * <p>The view is the events' box plus a margin (8% of its size, at least 0.5 degrees), or the
 * box of the {@link #countries(String...)} given, or {@link #bounds(double, double, double,
 * double)}; events outside it are counted in the footnote. Every map credits Natural Earth.
 */
public final class MapChartBuilder extends HouseChartBuilder<MapChartBuilder, MapChart> {
  /** The credit line every map carries (Natural Earth asks for it; the data is public domain). */
  public static final String CREDIT = "Country outlines: Made with Natural Earth (public domain), 1:50m.";

  private final boolean choropleth;
  private String latColumn;
  private String lonColumn;
  private String deathsColumn;
  private String colorColumn;
  private String precisionColumn;
  private boolean omitImprecise;
  private Outlines.Bounds bounds;
  private final List<String> countries = new ArrayList<>();
  private double margin = 0.08;
  private String countryColumn;
  private String valueColumn;
  private String unit = "event";

  MapChartBuilder(Table table, boolean choropleth) {
    super(table);
    this.choropleth = choropleth;
    this.height = 560;
  }

  /**
   * Names the latitude column.
   *
   * @param column the latitude column (default {@code latitude})
   * @return this builder
   */
  public MapChartBuilder latitude(String column) {
    this.latColumn = column;
    return this;
  }

  /**
   * Names the longitude column.
   *
   * @param column the longitude column (default {@code longitude})
   * @return this builder
   */
  public MapChartBuilder longitude(String column) {
    this.lonColumn = column;
    return this;
  }

  /**
   * The column of deaths per event, which sizes the circles.
   *
   * @param column default {@code best} (GED) or {@code fatalities} (ACLED)
   * @return this builder
   */
  public MapChartBuilder deaths(String column) {
    this.deathsColumn = column;
    return this;
  }

  /**
   * The column whose values colour the events (through {@link Palette}).
   *
   * @param column default {@code type_of_violence} (GED) or {@code event_type} (ACLED)
   * @return this builder
   */
  public MapChartBuilder colorBy(String column) {
    this.colorColumn = column;
    return this;
  }

  /**
   * The location-precision column.
   *
   * @param column default {@code where_prec} (GED, imprecise from 4) or {@code geo_precision}
   *     (ACLED, imprecise at 3)
   * @return this builder
   */
  public MapChartBuilder precision(String column) {
    this.precisionColumn = column;
    return this;
  }

  /**
   * What one row is, for the footnote and the legend: "event" by default; "cell" for a grid panel
   * ({@code Panels.gridMonths(ged).table()}, with {@code latitude("cell_lat")} and {@code
   * longitude("cell_lon")}), so that the map counts cells, not events.
   *
   * @param singular the noun for one row, e.g. "cell" (the plural adds an "s")
   * @return this builder
   * @throws IllegalArgumentException when the noun is blank
   */
  public MapChartBuilder unit(String singular) {
    if (singular == null || singular.isBlank()) {
      throw new IllegalArgumentException("unit needs a noun, e.g. \"cell\"");
    }
    this.unit = singular.strip();
    return this;
  }

  /**
   * Leaves out events located only to a region or country (counted in the footnote).
   *
   * @return this builder
   */
  public MapChartBuilder omitImprecise() {
    this.omitImprecise = true;
    return this;
  }

  /**
   * Draws this box instead of fitting the view to the data.
   *
   * @param west smallest longitude
   * @param south smallest latitude
   * @param east largest longitude
   * @param north largest latitude
   * @return this builder
   */
  public MapChartBuilder bounds(double west, double south, double east, double north) {
    this.bounds = new Outlines.Bounds(west, south, east, north);
    return this;
  }

  /**
   * Fits the view to these countries' outlines (plus the margin), e.g. a war's location.
   *
   * @param iso3 ISO 3166-1 alpha-3 codes, e.g. "AZE", "ARM"
   * @return this builder
   * @throws IllegalArgumentException when a code has no outline
   */
  public MapChartBuilder countries(String... iso3) {
    for (String c : iso3) {
      countries.add(Outlines.naturalEarth().require(c).iso3());
    }
    return this;
  }

  /**
   * The margin around the fitted view.
   *
   * @param fraction share of the width and height added on each side (0 to 1; default 0.08)
   * @return this builder
   */
  public MapChartBuilder margin(double fraction) {
    if (!(fraction >= 0 && fraction <= 1)) {
      throw new IllegalArgumentException("margin must be between 0 and 1, not " + fraction);
    }
    this.margin = fraction;
    return this;
  }

  /**
   * Choropleth: the column naming the country: ISO3 codes, G&amp;W numbers (with a year column)
   * or names (UCDP's "Myanmar (Burma)" is matched without the part in brackets).
   *
   * @param column e.g. {@code location_inc} of UCDP BRD
   * @return this builder
   */
  public MapChartBuilder country(String column) {
    this.countryColumn = column;
    return this;
  }

  /**
   * Choropleth: the value column, summed over the rows of each country.
   *
   * @param column e.g. {@code bd_best}
   * @return this builder
   */
  public MapChartBuilder value(String column) {
    this.valueColumn = column;
    return this;
  }

  private String pick(String given, String... defaults) {
    if (given != null) {
      Columns.any(table, given);
      return given;
    }
    for (String d : defaults) {
      if (table.containsColumn(d)) {
        return d;
      }
    }
    return null;
  }

  @Override
  public MapChart build() {
    if (title == null || title.isBlank()) {
      throw new IllegalStateException("a map needs a title: call title(...) before build()");
    }
    return choropleth ? buildChoropleth() : buildEvents();
  }

  private MapChart buildEvents() {
    String lat = pick(latColumn, "latitude");
    String lon = pick(lonColumn, "longitude");
    if (lat == null || lon == null) {
      throw new IllegalArgumentException("table '" + table.name() + "' has no latitude/longitude"
          + " columns; name them with latitude(column) and longitude(column); it has "
          + table.columnNames());
    }
    NumericColumn<?> la = Columns.number(table, lat);
    NumericColumn<?> lo = Columns.number(table, lon);
    String d = pick(deathsColumn, "best", "fatalities");
    NumericColumn<?> deaths = d == null ? null : Columns.number(table, d);
    String cc = pick(colorColumn, "type_of_violence", "event_type");
    Column<?> cat = cc == null ? null : Columns.any(table, cc);
    String pc = pick(precisionColumn, "where_prec", "geo_precision");
    NumericColumn<?> prec = pc == null ? null : Columns.number(table, pc);
    int impreciseFrom = "geo_precision".equals(pc) ? 3 : 4;

    List<MapChart.Point> all = new ArrayList<>();
    int noCoordinates = 0;
    for (int r = 0; r < table.rowCount(); r++) {
      if (la.isMissing(r) || lo.isMissing(r)) {
        noCoordinates++;
        continue;
      }
      double y = la.getDouble(r);
      double x = lo.getDouble(r);
      if (y < -90 || y > 90 || x < -180 || x > 180) {
        throw new IllegalArgumentException("table '" + table.name() + "', row " + (r + 1)
            + ": latitude " + y + " / longitude " + x + " is off the globe (expected -90..90 and"
            + " -180..180 degrees)");
      }
      double dv = deaths == null || deaths.isMissing(r) ? 0 : Math.max(0, deaths.getDouble(r));
      boolean precise = prec == null || prec.isMissing(r) || prec.getDouble(r) < impreciseFrom;
      all.add(new MapChart.Point(x, y, dv, cat == null ? unit : category(cat, cc, r), precise));
    }
    if (all.isEmpty()) {
      throw new IllegalArgumentException("table '" + table.name() + "' has no " + unit + "s with"
          + " coordinates to map (" + table.rowCount() + " rows)");
    }
    Outlines.Bounds view = view(all);
    List<MapChart.Point> drawn = new ArrayList<>();
    int outside = 0;
    int imprecise = 0;
    for (MapChart.Point p : all) {
      if (!p.precise()) {
        imprecise++;
        if (omitImprecise) {
          continue;
        }
      }
      if (view.contains(p.lon(), p.lat())) {
        drawn.add(p);
      } else {
        outside++;
      }
    }
    Set<String> names = new LinkedHashSet<>();
    drawn.stream().map(MapChart.Point::category).sorted().forEach(names::add);
    Map<String, Color> colors = Palette.colors(names);

    List<String> notes = new ArrayList<>();
    notes.add(String.format(Locale.ROOT, "%s drawn%s; circle area proportional to %s.",
        events(drawn.size()), cc == null ? "" : ", coloured by " + cc,
        d == null ? "nothing (no deaths column)" : d));
    if (imprecise > 0) {
      String what = "geo_precision".equals(pc)
          ? "ACLED geo_precision 3 (only the region is known)"
          : "GED where_prec 4-7 (only the province, a wider area or the country is known)";
      notes.add(events(imprecise) + " located by " + what
          + (imprecise == 1 ? " is" : " are")
          + (omitImprecise ? " left out." : " drawn hollow at their representative point."));
    }
    if (outside > 0) {
      notes.add(events(outside) + " outside the view " + (outside == 1 ? "is" : "are") + " not drawn.");
    }
    if (noCoordinates > 0) {
      notes.add(HouseStyle.format(noCoordinates) + " rows without coordinates are not drawn.");
    }
    String hollow = prec == null || omitImprecise ? null
        : "geo_precision".equals(pc) ? "region only (hollow)" : "province or country only (hollow)";
    MapChart chart = new MapChart(width, height, view, drawn, colors, Map.of(), List.of(),
        d == null ? null : "Deaths (" + d + ")", hollow);
    return finish(chart, view, String.join(" ", notes));
  }

  private String events(int n) {
    return HouseStyle.format(n) + " " + unit + (n == 1 ? "" : "s");
  }

  private MapChart finish(MapChart chart, Outlines.Bounds view, String mapNote) {
    chart.setTitle(title);
    String scale = String.format(Locale.ROOT,
        "Equirectangular view, scale bar true at %.1f\u00b0 latitude.",
        (view.south() + view.north()) / 2);
    String own = note.isBlank() ? "" : note.strip() + " ";
    String base = footnote(); // the note and the citations
    String cites = base.substring(note.isBlank() ? 0 : note.strip().length()).strip();
    chart.subtitle(subtitle);
    chart.footnote((own + mapNote + " " + scale).strip() + "\n"
        + (cites.isEmpty() ? "" : cites + " ") + CREDIT);
    return chart;
  }

  private Outlines.Bounds view(List<MapChart.Point> pts) {
    if (bounds != null) {
      return bounds;
    }
    Outlines.Bounds box = null;
    if (!countries.isEmpty()) {
      for (String c : countries) {
        box = Outlines.naturalEarth().require(c).bounds().union(box);
      }
    } else {
      for (MapChart.Point p : pts) {
        box = new Outlines.Bounds(p.lon(), p.lat(), p.lon(), p.lat()).union(box);
      }
    }
    return box.grow(margin, 0.5);
  }

  private static String category(Column<?> c, String name, int r) {
    if (c.isMissing(r)) {
      return "(missing)";
    }
    if ("type_of_violence".equals(name) && c instanceof NumericColumn<?> n) {
      int code = (int) n.getDouble(r);
      return TypeOfViolence.of(code).map(TypeOfViolence::label).orElse("type " + code);
    }
    return c.getString(r);
  }

  private MapChart buildChoropleth() {
    if (countryColumn == null || valueColumn == null) {
      throw new IllegalStateException("a choropleth needs country(column) and value(column)");
    }
    Column<?> names = Columns.any(table, countryColumn);
    NumericColumn<?> values = Columns.number(table, valueColumn);
    Map<String, Double> byIso = new TreeMap<>();
    Set<String> unknown = new java.util.TreeSet<>();
    int several = 0;
    for (int r = 0; r < table.rowCount(); r++) {
      if (names.isMissing(r) || values.isMissing(r)) {
        continue;
      }
      String n = names.getString(r).strip();
      if (n.contains(",")) {
        several++; // BRD lists several countries for some conflicts: splitting would invent shares
        continue;
      }
      String iso = iso3(n);
      if (iso == null) {
        unknown.add(n);
        continue;
      }
      byIso.merge(iso, values.getDouble(r), Double::sum);
    }
    if (byIso.isEmpty()) {
      throw new IllegalArgumentException("no row of table '" + table.name() + "' names a country"
          + " of the outlines in column '" + countryColumn + "' (ISO3 codes or names expected);"
          + " unknown: " + unknown);
    }
    double max = byIso.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
    List<MapChart.Bin> bins = new ArrayList<>();
    int steps = Math.max(1, (int) Math.ceil(Math.log10(Math.max(max, 1.0)) + 1e-9));
    steps = Math.min(steps, 6);
    double lowest = Math.pow(10, Math.max(0, Math.ceil(Math.log10(Math.max(max, 1.0))) - steps));
    List<Double> lower = new ArrayList<>();
    for (int k = 0; k < steps; k++) {
      lower.add(lowest * Math.pow(10, k));
    }
    for (int k = 0; k < steps; k++) {
      double from = k == 0 ? 0 : lower.get(k);
      String label = k == steps - 1
          ? HouseStyle.format((long) from) + " or more"
          : HouseStyle.format((long) from) + " - " + HouseStyle.format(lower.get(k + 1).longValue() - 1);
      bins.add(new MapChart.Bin(label, shade(k, steps)));
    }
    Map<String, Color> fills = new LinkedHashMap<>();
    for (Map.Entry<String, Double> e : byIso.entrySet()) {
      int k = 0;
      while (k + 1 < steps && e.getValue() >= lower.get(k + 1)) {
        k++;
      }
      fills.put(e.getKey(), bins.get(k).color());
    }
    Outlines.Bounds view = bounds;
    if (view == null) {
      Outlines.Bounds box = null;
      for (String c : countries.isEmpty() ? fills.keySet() : countries) {
        box = Outlines.naturalEarth().require(c).bounds().union(box);
      }
      view = box.grow(margin, 0.5);
    }
    List<String> notes = new ArrayList<>();
    notes.add(String.format(Locale.ROOT, "%s summed by country over the table's rows; %s countries"
        + " with a value, others blank.", valueColumn, HouseStyle.format(fills.size())));
    if (several > 0) {
      notes.add(HouseStyle.format(several) + " rows naming several countries are left out.");
    }
    if (!unknown.isEmpty()) {
      notes.add("Not matched to an outline: " + String.join(", ", unknown) + ".");
    }
    MapChart chart = new MapChart(width, height, view, List.of(), Map.of(), fills, bins, null, null);
    return finish(chart, view, String.join(" ", notes));
  }

  /** Light to dark red, {@code k} of {@code n}. */
  private static Color shade(int k, int n) {
    Color light = new Color(0xFEE0D2);
    Color dark = new Color(0x99000D);
    double t = n == 1 ? 1 : k / (double) (n - 1);
    return new Color(
        (int) Math.round(light.getRed() + t * (dark.getRed() - light.getRed())),
        (int) Math.round(light.getGreen() + t * (dark.getGreen() - light.getGreen())),
        (int) Math.round(light.getBlue() + t * (dark.getBlue() - light.getBlue())));
  }

  /** An ISO3 code, a Natural Earth name, or a UCDP name with its bracketed former name. */
  static String iso3(String n) {
    Outlines o = Outlines.naturalEarth();
    if (n.length() == 3 && o.country(n).isPresent()) {
      return o.country(n).get().iso3();
    }
    String plain = n.replaceAll("\\s*\\(.*\\)\\s*$", "").strip();
    for (Outlines.Country c : o.countries()) {
      if (c.name().equalsIgnoreCase(plain) && !c.iso3().equals("---")) {
        return c.iso3();
      }
    }
    for (String iso2 : Locale.getISOCountries()) {
      Locale l = new Locale("", iso2);
      if (l.getDisplayCountry(Locale.ENGLISH).equalsIgnoreCase(plain)) {
        return o.country(l.getISO3Country()).map(Outlines.Country::iso3).orElse(null);
      }
    }
    return ALIASES.get(plain.toLowerCase(Locale.ROOT));
  }

  /** UCDP spellings that neither Natural Earth nor the JDK's English names use. */
  private static final Map<String, String> ALIASES = Map.of(
      "dr congo", "COD", "bosnia-herzegovina", "BIH", "ivory coast", "CIV",
      "united states of america", "USA", "kingdom of eswatini", "SWZ", "russia", "RUS",
      "macedonia, fyr", "MKD", "north macedonia", "MKD", "myanmar", "MMR");
}
