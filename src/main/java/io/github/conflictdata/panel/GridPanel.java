package io.github.conflictdata.panel;

import io.github.conflictdata.Counts;
import io.github.conflictdata.Dataset;
import io.github.conflictdata.DatasetKind;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.columns.numbers.NumberColumnFormatter;

/**
 * A sparse PRIO-GRID panel of events: one row per grid cell and month (or year) in which at least
 * one event happened, as conflict forecasting (ViEWS) uses it. Built by {@link
 * Panels#gridMonths(Dataset)} and {@link Panels#gridYears(Dataset)}.
 *
 * <p><b>Cells.</b> {@link PrioGrid} cells of 0.5 x 0.5 degrees. GED events carry their cell
 * ({@code priogrid_gid}); ACLED events get the cell of their coordinates ({@link
 * PrioGrid#cellOf(double, double)}). The centroid of each cell is in {@code cell_lat}/{@code
 * cell_lon}; the cell's country is the {@code country} most of its events in the panel name (GED's
 * or ACLED's own spelling; ties go to the name first in alphabetical order).
 *
 * <p><b>When an event counts.</b> By default an event counts whole in the period of its start date
 * ({@code date_start}; ACLED: {@code event_date}), as UCDP's yearly sums count it. {@link #spread()}
 * divides a GED event that spans several days (its count and its deaths) evenly over its days, so
 * that values may be fractions. Events without a cell (no {@code priogrid_gid} and no coordinates)
 * are left out and counted in {@link #notes()}.
 *
 * <p><b>Peace.</b> {@link #withPeace()} adds {@code peace_months} ({@code peace_years}): the number of
 * event-free periods in the cell just before this one, and {@code peace_censored}, true when the
 * count runs back to the start of the panel (no earlier event of the cell is in the data, so the
 * true spell may be longer).
 */
public final class GridPanel {
  /** The period of a row. */
  public enum Period {
    /** One row per cell and calendar month. */
    MONTH,
    /** One row per cell and calendar year. */
    YEAR
  }

  /** GED's type_of_violence codes and their death columns, in code order. */
  private static final Map<Integer, String> GED_TYPES = new TreeMap<>(
      Map.of(1, "deaths_state_based", 2, "deaths_non_state", 3, "deaths_one_sided"));
  private static final Map<String, String> ACLED_TYPES = acledTypes();

  private final Dataset events;
  private final Period period;
  private final boolean spread;
  private final boolean peace;
  private Table table;
  private List<String> notes;

  GridPanel(Dataset events, Period period, boolean spread, boolean peace) {
    this.events = Objects.requireNonNull(events, "events");
    if (events.kind() != DatasetKind.UCDP_GED && events.kind() != DatasetKind.ACLED_EVENTS) {
      throw new IllegalArgumentException("a grid panel is built from UCDP GED or ACLED events; got "
          + events.kind() + " (read GED with ConflictData.download(DatasetKind.UCDP_GED, ...))");
    }
    if (spread && events.kind() != DatasetKind.UCDP_GED) {
      throw new IllegalArgumentException("spread() needs GED's date_start/date_end; ACLED events"
          + " have one date each");
    }
    this.period = period;
    this.spread = spread;
    this.peace = peace;
  }

  /**
   * The same panel with multi-day GED events divided evenly over their days.
   *
   * @return a new, spread panel
   */
  public GridPanel spread() {
    return new GridPanel(events, period, true, peace);
  }

  /**
   * The same panel with {@code peace_months}/{@code peace_years} and {@code peace_censored}.
   *
   * @return a new panel with the peace columns
   */
  public GridPanel withPeace() {
    return new GridPanel(events, period, spread, true);
  }

  /**
   * Whether rows are cell-months or cell-years.
   *
   * @return MONTH or YEAR
   */
  public Period period() {
    return period;
  }

  /**
   * The events the panel was built from.
   *
   * @return the events dataset
   */
  public Dataset events() {
    return events;
  }

  /**
   * The panel, sorted by cell then period. GED columns: {@code priogrid_gid}, {@code year}, {@code
   * month} (months only), {@code cell_lat}, {@code cell_lon}, {@code country}, {@code events},
   * {@code best}, {@code low}, {@code high}, {@code deaths_state_based}, {@code deaths_non_state},
   * {@code deaths_one_sided} (best estimates by type of violence), {@code deaths_civilians}. ACLED:
   * {@code events}, {@code fatalities} and fatalities of battles, violence against civilians and
   * explosions/remote violence. Counts are whole numbers unless {@link #spread()} is on.
   *
   * @return a new copy each call
   */
  public synchronized Table table() {
    if (table == null) {
      build();
    }
    return table.copy();
  }

  /**
   * What the panel left out or assumed (events without a cell, multi-day events), in words.
   *
   * @return the notes, built with the table on first use
   */
  public synchronized List<String> notes() {
    if (notes == null) {
      build();
    }
    return notes;
  }

  @Override
  public String toString() {
    Table t = table();
    long cells = t.intColumn("priogrid_gid").unique().size();
    return "GridPanel per " + period.name().toLowerCase() + (spread ? " (spread)" : "") + " of "
        + events.kind() + " " + events.version() + ": " + t.rowCount() + " cell-"
        + period.name().toLowerCase() + "s with events in " + cells + " cells";
  }

  private static Map<String, String> acledTypes() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("Battles", "fatalities_battles");
    m.put("Violence against civilians", "fatalities_violence_against_civilians");
    m.put("Explosions/Remote violence", "fatalities_explosions_remote_violence");
    return m;
  }

  /** Sums of one cell-period. */
  private static final class Acc {
    final int gid;
    final int year;
    final int month;
    double events;
    final double[] sums;
    final Map<String, Integer> countries = new HashMap<>();

    Acc(int gid, int year, int month, int width) {
      this.gid = gid;
      this.year = year;
      this.month = month;
      this.sums = new double[width];
    }
  }

  private void build() {
    Table t = events.table();
    boolean ged = events.kind() == DatasetKind.UCDP_GED;
    List<String> sumNames = new ArrayList<>();
    if (ged) {
      sumNames.addAll(List.of("best", "low", "high"));
      sumNames.addAll(GED_TYPES.values());
      sumNames.add("deaths_civilians");
    } else {
      sumNames.add("fatalities");
      sumNames.addAll(ACLED_TYPES.values());
    }
    DateColumn start = t.dateColumn(ged ? "date_start" : "event_date");
    DateColumn end = ged ? t.dateColumn("date_end") : null;
    Column<?> gidCol = ged ? t.column("priogrid_gid") : null;
    DoubleColumn lat = t.doubleColumn("latitude");
    DoubleColumn lon = t.doubleColumn("longitude");
    StringColumn country = t.stringColumn("country");
    NumericColumn<?> best = t.numberColumn(ged ? "best" : "fatalities");
    NumericColumn<?> low = ged ? t.numberColumn("low") : null;
    NumericColumn<?> high = ged ? t.numberColumn("high") : null;
    NumericColumn<?> tov = ged ? t.numberColumn("type_of_violence") : null;
    NumericColumn<?> civ = ged ? t.numberColumn("deaths_civilians") : null;
    StringColumn type = ged ? null : t.stringColumn("event_type");

    Map<Long, Acc> acc = new HashMap<>();
    int noCell = 0;
    int noDate = 0;
    int multiDay = 0;
    for (int r = 0; r < t.rowCount(); r++) {
      Integer gid = cell(gidCol, lat, lon, r);
      if (gid == null) {
        noCell++;
        continue;
      }
      LocalDate from = start.get(r);
      if (from == null) {
        noDate++;
        continue;
      }
      LocalDate to = end == null || end.get(r) == null ? from : end.get(r);
      if (to.isBefore(from)) {
        to = from;
      }
      if (!to.equals(from)) {
        multiDay++;
      }
      double[] row = new double[sumNames.size()];
      int i = 0;
      row[i++] = count(best, r);
      if (ged) {
        row[i++] = count(low, r);
        row[i++] = count(high, r);
        int k = (int) count(tov, r);
        int j = 0;
        for (Integer code : GED_TYPES.keySet()) {
          row[i + j++] = code == k ? count(best, r) : 0;
        }
        i += GED_TYPES.size();
        row[i] = count(civ, r);
      } else {
        String ty = type.isMissing(r) ? "" : type.get(r);
        int j = 0;
        for (String name : ACLED_TYPES.keySet()) {
          row[i + j++] = name.equals(ty) ? count(best, r) : 0;
        }
      }
      String name = country.isMissing(r) ? null : country.get(r);
      if (spread && !to.equals(from)) {
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        // whole periods at a time: the days of [from, to] inside each period
        LocalDate d = from;
        while (!d.isAfter(to)) {
          LocalDate periodEnd = period == Period.MONTH
              ? d.withDayOfMonth(d.lengthOfMonth()) : d.withDayOfYear(d.lengthOfYear());
          LocalDate last = periodEnd.isAfter(to) ? to : periodEnd;
          double share = (ChronoUnit.DAYS.between(d, last) + 1) / (double) days;
          add(acc, gid, d, share, row, name);
          d = last.plusDays(1);
        }
      } else {
        add(acc, gid, from, 1, row, name);
      }
    }
    List<Acc> rows = new ArrayList<>(acc.values());
    rows.sort((a, b) -> a.gid != b.gid ? Integer.compare(a.gid, b.gid)
        : a.year != b.year ? Integer.compare(a.year, b.year) : Integer.compare(a.month, b.month));

    Table out = Table.create((period == Period.MONTH ? "grid-months" : "grid-years") + " of "
        + events.kind() + " " + events.version());
    IntColumn gids = IntColumn.create("priogrid_gid");
    IntColumn years = IntColumn.create("year");
    IntColumn months = IntColumn.create("month");
    DoubleColumn cLat = DoubleColumn.create("cell_lat");
    DoubleColumn cLon = DoubleColumn.create("cell_lon");
    StringColumn countries = StringColumn.create("country");
    for (Acc a : rows) {
      gids.append(a.gid);
      years.append(a.year);
      months.append(a.month);
      cLat.append(PrioGrid.centroidLat(a.gid));
      cLon.append(PrioGrid.centroidLon(a.gid));
      countries.append(mostNamed(a.countries));
    }
    out.addColumns(gids, years);
    if (period == Period.MONTH) {
      out.addColumns(months);
    }
    out.addColumns(cLat, cLon, countries);
    List<String> all = new ArrayList<>();
    all.add("events");
    all.addAll(sumNames);
    for (int k = 0; k < all.size(); k++) {
      final int idx = k;
      if (spread) {
        DoubleColumn c = DoubleColumn.create(all.get(k));
        rows.forEach(a -> c.append(idx == 0 ? a.events : a.sums[idx - 1]));
        c.setPrintFormatter(NumberColumnFormatter.fixedWithGrouping(2));
        out.addColumns(c);
      } else {
        IntColumn c = IntColumn.create(all.get(k));
        rows.forEach(a -> c.append((int) Math.round(idx == 0 ? a.events : a.sums[idx - 1])));
        Counts.group(c);
        out.addColumns(c);
      }
    }
    if (peace) {
      addPeace(out);
    }
    List<String> n = new ArrayList<>();
    if (noCell > 0) {
      n.add(noCell + " events have no grid cell (no priogrid_gid and no coordinates) and are left out");
    }
    if (noDate > 0) {
      n.add(noDate + " events have no date and are left out");
    }
    if (multiDay > 0) {
      n.add(multiDay + " events span several days; " + (spread
          ? "each is divided evenly over its days (spread)"
          : "each counts whole in the " + period.name().toLowerCase() + " of its start date"));
    }
    this.notes = List.copyOf(n);
    this.table = out;
  }

  private static Integer cell(Column<?> gidCol, DoubleColumn lat, DoubleColumn lon, int r) {
    if (gidCol != null && !gidCol.isMissing(r)) {
      return (int) ((NumericColumn<?>) gidCol).getDouble(r);
    }
    if (lat.isMissing(r) || lon.isMissing(r)) {
      return null;
    }
    return PrioGrid.cellOf(lat.getDouble(r), lon.getDouble(r));
  }

  private void add(Map<Long, Acc> acc, int gid, LocalDate d, double share, double[] row,
      String country) {
    int month = period == Period.MONTH ? d.getMonthValue() : 0;
    long key = ((long) gid << 20) | ((long) d.getYear() << 4) | month;
    Acc a = acc.computeIfAbsent(key, k -> new Acc(gid, d.getYear(), month, row.length));
    a.events += share;
    for (int i = 0; i < row.length; i++) {
      a.sums[i] += share * row[i];
    }
    if (country != null) {
      a.countries.merge(country, 1, Integer::sum);
    }
  }

  private static String mostNamed(Map<String, Integer> names) {
    String best = null;
    int n = -1;
    for (Map.Entry<String, Integer> e : new TreeMap<>(names).entrySet()) {
      if (e.getValue() > n) {
        best = e.getKey();
        n = e.getValue();
      }
    }
    return best;
  }

  private void addPeace(Table out) {
    String name = period == Period.MONTH ? "peace_months" : "peace_years";
    IntColumn gid = out.intColumn("priogrid_gid");
    IntColumn year = out.intColumn("year");
    IntColumn month = period == Period.MONTH ? out.intColumn("month") : null;
    int first = Integer.MAX_VALUE;
    for (int r = 0; r < out.rowCount(); r++) {
      first = Math.min(first, index(year.getInt(r), month == null ? 0 : month.getInt(r)));
    }
    IntColumn p = IntColumn.create(name, out.rowCount());
    BooleanColumn censored = BooleanColumn.create("peace_censored", out.rowCount());
    for (int r = 0; r < out.rowCount(); r++) {
      int here = index(year.getInt(r), month == null ? 0 : month.getInt(r));
      boolean sameCell = r > 0 && gid.getInt(r) == gid.getInt(r - 1);
      int before = sameCell
          ? index(year.getInt(r - 1), month == null ? 0 : month.getInt(r - 1)) : first - 1;
      p.set(r, here - before - 1);
      censored.set(r, !sameCell);
    }
    out.addColumns(p, censored);
  }

  private int index(int year, int month) {
    return period == Period.MONTH ? year * 12 + month - 1 : year;
  }

  private static double count(NumericColumn<?> c, int r) {
    return c == null || c.isMissing(r) ? 0 : c.getDouble(r);
  }
}
