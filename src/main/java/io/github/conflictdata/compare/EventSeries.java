package io.github.conflictdata.compare;

import io.github.conflictdata.Dataset;
import io.github.conflictdata.codes.Names;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.columns.numbers.NumberColumnFormatter;

/**
 * Events and deaths per day, week, month or year from an event table: UCDP GED (split by {@code
 * type_of_violence}, with {@code best}/{@code low}/{@code high} and deaths by side and civilians)
 * or ACLED (split by {@code event_type}, with {@code fatalities}). Every period of the date range
 * has a row for every category, zero when nothing happened: a gap is never a missing row.
 *
 * <pre>{@code
 * Table days = EventSeries.of(ged).country("Myanmar")
 *     .between(LocalDate.of(2017, 8, 1), LocalDate.of(2017, 10, 31)).per(TimeStep.DAY).build();
 * }</pre>
 *
 * <p><b>Events spanning several days.</b> A GED event with {@code date_start} before {@code
 * date_end} (its {@code date_prec} above 1) is, by default, counted whole in the period of its
 * start date, as UCDP's own yearly sums count it in the year of the event; the column {@code
 * multi_day_events} says how many of a row's events were such events, and the table's name says how
 * many in all and how many events that start before the range but reach into it were left out.
 * {@link Builder#spread()} instead divides each event (its count and its deaths) evenly over its
 * days, and counts the share of the days that fall inside the range, so values may be fractions.
 */
public final class EventSeries {
  /** GED's type_of_violence codes and their codebook labels (GED codebook 23.1, p. 6). */
  static final Map<Integer, String> GED_TYPES =
      Map.of(1, "state-based", 2, "non-state", 3, "one-sided");

  /** ACLED's six event types (ACLED codebook), always present as categories. */
  static final List<String> ACLED_TYPES = List.of("Battles", "Violence against civilians",
      "Explosions/Remote violence", "Riots", "Protests", "Strategic developments");

  /** GED's death columns, in the order the series lists them. */
  static final List<String> GED_DEATHS = List.of("best", "low", "high", "deaths_a", "deaths_b",
      "deaths_civilians", "deaths_unknown");

  private EventSeries() {}

  /**
   * A series from a GED or ACLED table (told apart by their columns).
   *
   * @param events GED or ACLED events
   * @return a builder for the series
   */
  public static Builder of(Table events) {
    return new Builder(events);
  }

  /**
   * A series from a GED or ACLED dataset.
   *
   * @param events a GED or ACLED dataset
   * @return a builder for the series
   */
  public static Builder of(Dataset events) {
    return new Builder(events.table());
  }

  /** Whether the table is GED (type_of_violence, date_start, best) or ACLED (event_date, event_type, fatalities). */
  static boolean isGed(Table t) {
    if (EventCells.column(t, "type_of_violence") != null && EventCells.column(t, "date_start") != null
        && EventCells.column(t, "best") != null) {
      return true;
    }
    if (EventCells.column(t, "event_date") != null && EventCells.column(t, "event_type") != null) {
      return false;
    }
    throw new IllegalArgumentException("table '" + t.name() + "' is neither a UCDP GED table"
        + " (type_of_violence, date_start, date_end, best, low, high) nor an ACLED events table"
        + " (event_date, event_type, fatalities); columns: " + String.join(", ", t.columnNames()));
  }

  /** Options of a series; {@link #build()} makes the table. */
  public static final class Builder {
    final Table t;
    final boolean ged;
    String country;
    Integer countryId;
    String area;
    Integer conflict;
    Integer dyad;
    LocalDate from;
    LocalDate to;
    TimeStep period = TimeStep.DAY;
    boolean spread;
    boolean activeYearOnly;
    boolean split = true;

    Builder(Table t) {
      this.t = t;
      this.ged = isGed(t);
    }

    /**
     * Only events of this country, as the data spells it or as the user would ({@link
     * Names#resolveCountry}): "Myanmar", "Burma" or "MMR" select GED's "Myanmar (Burma)".
     *
     * @param name a country name or ISO 3166 alpha-3 code
     * @return this builder
     * @throws IllegalArgumentException if no country of the table matches, listing the nearest
     *     spellings
     */
    public Builder country(String name) {
      Column<?> c = EventCells.require(t, "country", "country()");
      this.country = Names.resolveCountry(name, distinct(c));
      return this;
    }

    /**
     * Only GED events whose {@code country_id} (Gleditsch and Ward) is this code.
     *
     * @param gwno the G&amp;W country number
     * @return this builder
     */
    public Builder countryId(int gwno) {
      requireGed("countryId");
      this.countryId = gwno;
      return this;
    }

    /**
     * Only events in this first-level area: GED {@code adm_1} ("Rakhine State"), ACLED {@code
     * admin1}; matched to the data's spelling as {@link Names#resolve} does ("rakhine state" and
     * "Rakhine" find "Rakhine State").
     *
     * @param adm1 the area's name
     * @return this builder
     * @throws IllegalArgumentException if no area of the table matches, listing the nearest
     */
    public Builder area(String adm1) {
      Column<?> c = EventCells.require(t, ged ? "adm_1" : "admin1", "area()");
      this.area = Names.resolve(adm1, distinct(c), ged ? "adm_1 area" : "admin1 area");
      return this;
    }

    /**
     * Only GED events of this conflict ({@code conflict_new_id}).
     *
     * @param conflictNewId the GED conflict id
     * @return this builder
     */
    public Builder conflict(int conflictNewId) {
      requireGed("conflict");
      this.conflict = conflictNewId;
      return this;
    }

    /**
     * Only GED events of this dyad ({@code dyad_new_id}).
     *
     * @param dyadNewId the GED dyad id
     * @return this builder
     */
    public Builder dyad(int dyadNewId) {
      requireGed("dyad");
      this.dyad = dyadNewId;
      return this;
    }

    /**
     * The date range, both days included (default: the first to the last event date selected).
     *
     * @param from the first day
     * @param to the last day
     * @return this builder
     */
    public Builder between(LocalDate from, LocalDate to) {
      if (to.isBefore(from)) {
        throw new IllegalArgumentException("date range ends (" + to + ") before it starts (" + from + ")");
      }
      this.from = from;
      this.to = to;
      return this;
    }

    /**
     * The length of a step (default {@link TimeStep#DAY}).
     *
     * @param p the step: day, week, month or year
     * @return this builder
     */
    public Builder per(TimeStep p) {
      this.period = p;
      return this;
    }

    /**
     * Divide each multi-day event evenly over its days instead of counting it on its start date.
     *
     * @return this builder
     */
    public Builder spread() {
      requireGed("spread");
      this.spread = true;
      return this;
    }

    /**
     * Only GED events with {@code active_year} true (the events UCDP's yearly datasets count).
     *
     * @return this builder
     */
    public Builder activeYearOnly() {
      requireGed("activeYearOnly");
      this.activeYearOnly = true;
      return this;
    }

    /**
     * One category "all" instead of one per type of violence / event type.
     *
     * @return this builder
     */
    public Builder total() {
      this.split = false;
      return this;
    }

    private void requireGed(String option) {
      if (!ged) {
        throw new IllegalArgumentException(option + "() applies to UCDP GED tables, not ACLED");
      }
    }

    private static Set<String> distinct(Column<?> c) {
      Set<String> out = new java.util.HashSet<>();
      for (int r = 0; r < c.size(); r++) {
        out.add(EventCells.text(c, r));
      }
      return out;
    }

    /** Rows of the table that pass the filters other than dates. */
    List<Integer> rows() {
      Column<?> countryC = country == null ? null : EventCells.require(t, "country", "country()");
      Column<?> idC = countryId == null ? null : EventCells.require(t, "country_id", "countryId()");
      Column<?> areaC = area == null ? null
          : EventCells.require(t, ged ? "adm_1" : "admin1", "area()");
      Column<?> confC = conflict == null ? null
          : EventCells.require(t, "conflict_new_id", "conflict()");
      Column<?> dyadC = dyad == null ? null : EventCells.require(t, "dyad_new_id", "dyad()");
      Column<?> activeC = activeYearOnly
          ? EventCells.require(t, "active_year", "activeYearOnly()") : null;
      List<Integer> out = new ArrayList<>();
      for (int r = 0; r < t.rowCount(); r++) {
        if (countryC != null && !EventCells.text(countryC, r).equals(country)) {
          continue;
        }
        if (idC != null && EventCells.number(idC, r) != countryId) {
          continue;
        }
        if (areaC != null && !EventCells.text(areaC, r).equals(area)) {
          continue;
        }
        if (confC != null && EventCells.number(confC, r) != conflict) {
          continue;
        }
        if (dyadC != null && EventCells.number(dyadC, r) != dyad) {
          continue;
        }
        if (activeC != null && !EventCells.truth(activeC, r)) {
          continue;
        }
        out.add(r);
      }
      return out;
    }

    /** {@link #rows()}, or an error when filters were set and together select no event. */
    List<Integer> selectedRows() {
      List<Integer> rows = rows();
      if (rows.isEmpty() && t.rowCount() > 0 && !where().equals("all events")) {
        throw new IllegalArgumentException("no event of table '" + t.name() + "' has " + where()
            + " (each filter matches events, but none has them all)");
      }
      return rows;
    }

    /** A description of the selection, for table names: "Myanmar (Burma), Rakhine State". */
    String where() {
      List<String> w = new ArrayList<>();
      if (country != null) {
        w.add(country);
      }
      if (countryId != null) {
        w.add("country_id " + countryId);
      }
      if (area != null) {
        w.add(area);
      }
      if (conflict != null) {
        w.add("conflict " + conflict);
      }
      if (dyad != null) {
        w.add("dyad " + dyad);
      }
      if (activeYearOnly) {
        w.add("active_year events");
      }
      return w.isEmpty() ? "all events" : String.join(", ", w);
    }

    /**
     * The series: {@code period_start} (date), {@code period} (label), {@code category}, {@code
     * events}, then for GED {@code best}, {@code low}, {@code high}, {@code deaths_a}, {@code
     * deaths_b}, {@code deaths_civilians}, {@code deaths_unknown}, {@code multi_day_events}; for
     * ACLED {@code fatalities}. Sorted by period, then category.
     *
     * @return the series
     * @throws IllegalArgumentException if the filters together select no event (each name
     *     matched the data, but no event has them all: "Myanmar (Burma)" with area "Dhaka"): a
     *     series of zeros would look like peace
     */
    public Table build() {
      List<Integer> rows = selectedRows();
      Column<?> startC = EventCells.require(t, ged ? "date_start" : "event_date", "event dates");
      Column<?> endC = ged ? EventCells.require(t, "date_end", "event end dates") : null;
      Column<?> catC = EventCells.require(t, ged ? "type_of_violence" : "event_type", "categories");
      List<String> valueNames = ged ? GED_DEATHS : List.of("fatalities");
      List<Column<?>> valueC = new ArrayList<>();
      for (String v : valueNames) {
        valueC.add(EventCells.require(t, v, "deaths"));
      }
      LocalDate lo = from;
      LocalDate hi = to;
      if (lo == null) {
        for (int r : rows) {
          LocalDate s = EventCells.date(startC, r);
          LocalDate e = endC == null ? s : EventCells.date(endC, r);
          if (s != null) {
            lo = lo == null || s.isBefore(lo) ? s : lo;
            hi = hi == null || e.isAfter(hi) ? e : hi;
          }
        }
      }
      // categories: always the codebook's, then any other found
      Set<String> cats = new LinkedHashSet<>();
      if (!split) {
        cats.add("all");
      } else if (ged) {
        cats.addAll(List.of("state-based", "non-state", "one-sided"));
      } else {
        cats.addAll(ACLED_TYPES);
      }
      List<LocalDate> starts = new ArrayList<>();
      if (lo != null) {
        for (LocalDate d = period.start(lo); !d.isAfter(hi); d = period.next(d)) {
          starts.add(d);
        }
      }
      Map<LocalDate, Integer> index = new LinkedHashMap<>();
      for (int i = 0; i < starts.size(); i++) {
        index.put(starts.get(i), i);
      }
      Map<String, double[][]> acc = new LinkedHashMap<>(); // category -> [period][events, values..., multi]
      int width = 2 + valueNames.size();
      int multiDay = 0;
      int before = 0;
      int undated = 0;
      for (int r : rows) {
        LocalDate s = EventCells.date(startC, r);
        if (s == null) {
          undated++;
          continue;
        }
        LocalDate e = endC == null ? s : EventCells.date(endC, r);
        if (e == null || e.isBefore(s)) {
          e = s;
        }
        boolean multi = e.isAfter(s);
        String cat = split ? category(catC, r) : "all";
        cats.add(cat);
        double[][] a = acc.computeIfAbsent(cat, k -> new double[starts.size()][width]);
        if (!spread) {
          if (s.isBefore(lo) || s.isAfter(hi)) {
            if (s.isBefore(lo) && !e.isBefore(lo)) {
              before++;
            }
            continue;
          }
          double[] cell = a[index.get(period.start(s))];
          cell[0] += 1;
          for (int v = 0; v < valueC.size(); v++) {
            cell[1 + v] += EventCells.count(valueC.get(v), r);
          }
          if (multi) {
            cell[width - 1] += 1;
            multiDay++;
          }
        } else {
          long days = ChronoUnit.DAYS.between(s, e) + 1;
          boolean counted = false;
          for (LocalDate d = s; !d.isAfter(e); d = d.plusDays(1)) {
            if (d.isBefore(lo) || d.isAfter(hi)) {
              continue;
            }
            double[] cell = a[index.get(period.start(d))];
            cell[0] += 1.0 / days;
            for (int v = 0; v < valueC.size(); v++) {
              cell[1 + v] += EventCells.count(valueC.get(v), r) / days;
            }
            if (multi && !counted) {
              cell[width - 1] += 1;
              multiDay++;
              counted = true;
            }
          }
        }
      }
      DateColumn ps = DateColumn.create("period_start");
      StringColumn label = StringColumn.create("period");
      StringColumn cat = StringColumn.create("category");
      DoubleColumn events = DoubleColumn.create("events");
      List<DoubleColumn> values = new ArrayList<>();
      for (String v : valueNames) {
        values.add(DoubleColumn.create(v));
      }
      IntColumn multiC = IntColumn.create("multi_day_events");
      for (int i = 0; i < starts.size(); i++) {
        for (String c : cats) {
          double[][] a = acc.get(c);
          double[] cell = a == null ? new double[width] : a[i];
          ps.append(starts.get(i));
          label.append(period.label(starts.get(i)));
          cat.append(c);
          events.append(cell[0]);
          for (int v = 0; v < values.size(); v++) {
            values.get(v).append(cell[1 + v]);
          }
          multiC.append((int) cell[width - 1]);
        }
      }
      NumberColumnFormatter f = NumberColumnFormatter.fixedWithGrouping(spread ? 2 : 0);
      events.setPrintFormatter(f);
      values.forEach(c -> c.setPrintFormatter(f));
      String rule = spread
          ? multiDay + " multi-day events spread evenly over their days"
          : multiDay + " multi-day events counted on their start date"
              + (before > 0 ? ", " + before + " events starting before " + lo
                  + " and ending in the range left out" : "");
      Table out = Table.create((ged ? "GED" : "ACLED") + " events per " + period.name().toLowerCase()
          + ", " + where() + (lo == null ? "" : ", " + lo + ".." + hi) + ": " + rule
          + (undated > 0 ? ", " + undated + " events without a date left out" : ""));
      out.addColumns(ps, label, cat, events);
      values.forEach(out::addColumns);
      if (ged) {
        out.addColumns(multiC);
      }
      return out;
    }

    private String category(Column<?> c, int r) {
      if (!ged) {
        String s = EventCells.text(c, r);
        return s.isEmpty() ? "(no event type)" : s;
      }
      double v = EventCells.number(c, r);
      String l = Double.isNaN(v) ? null : GED_TYPES.get((int) v);
      return l != null ? l : "type_of_violence " + EventCells.text(c, r);
    }
  }
}
