package io.github.conflictdata.compare;

import io.github.conflictdata.Dataset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.columns.numbers.NumberColumnFormatter;

/**
 * UCDP GED events summed to conflict-years, and set beside UCDP's yearly datasets of the same
 * release: Battle-Related Deaths (state-based, {@code type_of_violence} 1), Non-State (2) and
 * One-Sided Violence (3). This is the consistency check Our World in Data runs on each release
 * (owid/etl, garden step {@code war/ucdp}, {@code _sanity_checks}): keep events with {@code
 * active_year} true, sum {@code best} by ({@code conflict_new_id}, {@code year}), merge with the
 * yearly table on ({@code conflict_id}, {@code year}), and flag GED above the yearly figure by more
 * than 1.5% of GED. OWID's check is one-sided and lets rows present in only one table pass
 * silently; here the check is reported both ways and those rows are listed.
 *
 * <pre>{@code
 * Table sums = GedYears.sum(ged.table());
 * Table check = GedYears.consistency(ged, brd, nonState, oneSided);   // any of the three may be null
 * }</pre>
 */
public final class GedYears {
  /** OWID's threshold: GED more than 1.5% above the yearly figure fails its check. */
  public static final double THRESHOLD = 0.015;

  private GedYears() {}

  /**
   * GED summed to conflict-year by type of violence, only {@code active_year} events (as UCDP's
   * yearly datasets count them): {@code type_of_violence}, {@code conflict_new_id}, {@code year},
   * {@code events}, {@code best}, {@code low}, {@code high}, sorted by those keys.
   *
   * @param ged a GED dataset (or one filtered with {@link Dataset#where})
   * @return the conflict-year sums
   * @throws IllegalArgumentException if a GED column is missing (the message names it)
   */
  public static Table sum(Dataset ged) {
    return sum(ged.table());
  }

  /**
   * {@link #sum(Dataset)} of a bare GED table.
   *
   * @param ged a GED events table
   * @return the conflict-year sums
   * @throws IllegalArgumentException if a GED column is missing (the message names it)
   */
  public static Table sum(Table ged) {
    Column<?> type = EventCells.require(ged, "type_of_violence", "type of violence");
    Column<?> conf = EventCells.require(ged, "conflict_new_id", "conflict id");
    Column<?> year = EventCells.require(ged, "year", "year");
    Column<?> active = EventCells.require(ged, "active_year", "only active_year events count");
    Column<?> best = EventCells.require(ged, "best", "best estimate");
    Column<?> low = EventCells.require(ged, "low", "low estimate");
    Column<?> high = EventCells.require(ged, "high", "high estimate");
    Map<List<Integer>, long[]> acc = new TreeMap<>((a, b) -> {
      for (int i = 0; i < a.size(); i++) {
        int c = Integer.compare(a.get(i), b.get(i));
        if (c != 0) {
          return c;
        }
      }
      return 0;
    });
    for (int r = 0; r < ged.rowCount(); r++) {
      if (!EventCells.truth(active, r)) {
        continue;
      }
      List<Integer> key = List.of((int) EventCells.number(type, r),
          (int) EventCells.number(conf, r), (int) EventCells.number(year, r));
      long[] a = acc.computeIfAbsent(key, k -> new long[4]);
      a[0]++;
      a[1] += (long) EventCells.count(best, r);
      a[2] += (long) EventCells.count(low, r);
      a[3] += (long) EventCells.count(high, r);
    }
    Table out = Table.create("GED active_year events per conflict-year");
    IntColumn t = IntColumn.create("type_of_violence");
    IntColumn c = IntColumn.create("conflict_new_id");
    IntColumn y = IntColumn.create("year");
    IntColumn n = IntColumn.create("events");
    IntColumn b = IntColumn.create("best");
    IntColumn l = IntColumn.create("low");
    IntColumn h = IntColumn.create("high");
    acc.forEach((k, a) -> {
      t.append(k.get(0));
      c.append(k.get(1));
      y.append(k.get(2));
      n.append((int) a[0]);
      b.append((int) a[1]);
      l.append((int) a[2]);
      h.append((int) a[3]);
    });
    out.addColumns(t, c, y, n, b, l, h);
    io.github.conflictdata.Counts.group(n, b, l, h);
    return out;
  }

  /**
   * GED's conflict-year sums beside the yearly datasets, named from the datasets' kinds and
   * releases ({@code yearly_source} "UCDP Battle-Related Deaths (conflict level) 24.1").
   *
   * @param ged a GED dataset
   * @param brd UCDP Battle-Related Deaths, or null
   * @param nonState UCDP Non-State Conflict, or null
   * @param oneSided UCDP One-Sided Violence, or null
   * @return one row per type of violence, conflict and year
   */
  public static Table consistency(Dataset ged, Dataset brd, Dataset nonState, Dataset oneSided) {
    return consistency(ged.table(), table(brd), name(brd), table(nonState), name(nonState),
        table(oneSided), name(oneSided));
  }

  /**
   * GED's conflict-year sums beside the yearly tables. Any yearly table may be null: that type of
   * violence is then left out. See {@link #consistency(Table, Table, String, Table, String, Table,
   * String)} for the columns.
   *
   * @param ged GED events
   * @param brd UCDP Battle-Related Deaths, or null
   * @param nonState UCDP Non-State Conflict, or null
   * @param oneSided UCDP One-Sided Violence, or null
   * @return one row per type of violence, conflict and year
   */
  public static Table consistency(Table ged, Table brd, Table nonState, Table oneSided) {
    return consistency(ged, brd, "UCDP BRD", nonState, "UCDP Non-State", oneSided,
        "UCDP One-Sided");
  }

  /**
   * One row per (type of violence, conflict, year) found in GED or in the yearly table of that
   * type: {@code type_of_violence}, {@code conflict_id}, {@code year}, {@code present} ("both",
   * "GED only", "yearly only"), {@code ged_events}, {@code ged_best}, {@code yearly_source},
   * {@code yearly_best}, {@code difference} (GED - yearly), {@code err_rel} ((GED - yearly) / GED,
   * OWID's measure), {@code ged_above} (err_rel above 1.5%: OWID's failure), {@code yearly_above}
   * (the yearly figure above GED by more than 1.5% of the yearly figure: the other way). Yearly
   * figures are {@code bd_best} (BRD) or {@code best_fatality_estimate}, summed per conflict-year
   * (so a dyadic BRD table is summed to conflicts).
   *
   * @param ged GED events
   * @param brd UCDP Battle-Related Deaths, or null
   * @param brdName the {@code yearly_source} for BRD rows
   * @param nonState UCDP Non-State Conflict, or null
   * @param nonStateName the {@code yearly_source} for non-state rows
   * @param oneSided UCDP One-Sided Violence, or null
   * @param oneSidedName the {@code yearly_source} for one-sided rows
   * @return one row per type of violence, conflict and year
   */
  public static Table consistency(Table ged, Table brd, String brdName, Table nonState,
      String nonStateName, Table oneSided, String oneSidedName) {
    Table sums = sum(ged);
    IntColumn type = IntColumn.create("type_of_violence");
    IntColumn conflict = IntColumn.create("conflict_id");
    IntColumn year = IntColumn.create("year");
    StringColumn present = StringColumn.create("present");
    IntColumn gedEvents = IntColumn.create("ged_events");
    IntColumn gedBest = IntColumn.create("ged_best");
    StringColumn source = StringColumn.create("yearly_source");
    IntColumn yearlyBest = IntColumn.create("yearly_best");
    IntColumn diff = IntColumn.create("difference");
    DoubleColumn err = DoubleColumn.create("err_rel");
    BooleanColumn gedAbove = BooleanColumn.create("ged_above");
    BooleanColumn yearlyAbove = BooleanColumn.create("yearly_above");
    Table[] yearly = {brd, nonState, oneSided};
    String[] names = {brdName, nonStateName, oneSidedName};
    for (int tv = 1; tv <= 3; tv++) {
      Table y = yearly[tv - 1];
      if (y == null) {
        continue;
      }
      Map<List<Integer>, long[]> keys = new TreeMap<>((a, b) -> a.get(0).equals(b.get(0))
          ? Integer.compare(a.get(1), b.get(1)) : Integer.compare(a.get(0), b.get(0)));
      for (int r = 0; r < sums.rowCount(); r++) {
        if (sums.intColumn("type_of_violence").getInt(r) == tv) {
          keys.computeIfAbsent(List.of(sums.intColumn("conflict_new_id").getInt(r),
              sums.intColumn("year").getInt(r)), k -> new long[] {-1, -1, -1});
          long[] a = keys.get(List.of(sums.intColumn("conflict_new_id").getInt(r),
              sums.intColumn("year").getInt(r)));
          a[0] = sums.intColumn("events").getInt(r);
          a[1] = sums.intColumn("best").getInt(r);
        }
      }
      Column<?> yc = EventCells.require(y, "conflict_id", "conflict id of the yearly table");
      Column<?> yy = EventCells.require(y, "year", "year of the yearly table");
      Column<?> yb = EventCells.column(y, "bd_best");
      if (yb == null) {
        yb = EventCells.require(y, "best_fatality_estimate", "best estimate of the yearly table");
      }
      for (int r = 0; r < y.rowCount(); r++) {
        double c = EventCells.number(yc, r);
        double yr = EventCells.number(yy, r);
        if (Double.isNaN(c) || Double.isNaN(yr)) {
          continue;
        }
        long[] a = keys.computeIfAbsent(List.of((int) c, (int) yr), k -> new long[] {-1, -1, -1});
        double v = EventCells.number(yb, r);
        if (!Double.isNaN(v)) {
          a[2] = Math.max(a[2], 0) + (long) v;
        } else if (a[2] < 0) {
          a[2] = -2; // present, best missing
        }
      }
      for (Map.Entry<List<Integer>, long[]> e : keys.entrySet()) {
        long[] a = e.getValue();
        type.append(tv);
        conflict.append(e.getKey().get(0));
        year.append(e.getKey().get(1));
        boolean inGed = a[1] >= 0;
        boolean inYearly = a[2] != -1;
        present.append(inGed && inYearly ? "both" : inGed ? "GED only" : "yearly only");
        if (inGed) {
          gedEvents.append((int) a[0]);
          gedBest.append((int) a[1]);
        } else {
          gedEvents.appendMissing();
          gedBest.appendMissing();
        }
        source.append(names[tv - 1]);
        if (a[2] >= 0) {
          yearlyBest.append((int) a[2]);
        } else {
          yearlyBest.appendMissing();
        }
        if (inGed && a[2] >= 0) {
          long d = a[1] - a[2];
          diff.append((int) d);
          double rel = a[1] == 0 ? (d == 0 ? 0 : Double.NEGATIVE_INFINITY) : (double) d / a[1];
          err.append(rel);
          gedAbove.append(rel > THRESHOLD);
          yearlyAbove.append(a[2] > 0 && (double) -d / a[2] > THRESHOLD);
        } else {
          diff.appendMissing();
          err.appendMissing();
          gedAbove.appendMissing();
          yearlyAbove.appendMissing();
        }
      }
    }
    Table out = Table.create("GED conflict-years beside the yearly datasets");
    out.addColumns(type, conflict, year, present, gedEvents, gedBest, source, yearlyBest, diff,
        err, gedAbove, yearlyAbove);
    io.github.conflictdata.Counts.group(gedEvents, gedBest, yearlyBest, diff);
    err.setPrintFormatter(NumberColumnFormatter.percent(1));
    return out;
  }

  private static Table table(Dataset d) {
    return d == null ? null : d.table();
  }

  private static String name(Dataset d) {
    return d == null ? null : d.kind().title() + (d.version() == null ? "" : " " + d.version());
  }

  /**
   * The rows of a consistency table that fail OWID's check (GED above by more than 1.5%).
   *
   * @param consistency a table from {@code consistency}
   * @return the failing rows
   */
  public static Table owidFailures(Table consistency) {
    return consistency.where(consistency.booleanColumn("ged_above").isTrue());
  }

  /**
   * The rows present in only one of the two tables, which OWID's merge lets pass silently.
   *
   * @param consistency a table from {@code consistency}
   * @return the rows whose {@code present} is not "both"
   */
  public static Table onlyInOne(Table consistency) {
    return consistency.where(consistency.stringColumn("present").isNotEqualTo("both"));
  }

}
