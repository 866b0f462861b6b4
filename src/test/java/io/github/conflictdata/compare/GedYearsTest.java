package io.github.conflictdata.compare;

import static io.github.conflictdata.compare.EventTables.i;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** GED to conflict-years, and the OWID-style consistency table. */
class GedYearsTest {

  @Test
  void sumsOfTheRawRecordsActiveYearOnly() {
    List<Map<String, String>> recs = EventTables.gedRecords();
    Map<String, long[]> want = new TreeMap<>();
    int inactive = 0;
    for (Map<String, String> r : recs) {
      if (!r.get("active_year").equals("1")) {
        inactive++;
        continue;
      }
      long[] w = want.computeIfAbsent(r.get("type_of_violence") + "|" + r.get("conflict_new_id")
          + "|" + r.get("year"), k -> new long[4]);
      w[0]++;
      w[1] += i(r, "best");
      w[2] += i(r, "low");
      w[3] += i(r, "high");
    }
    assertTrue(inactive > 0, "the extract has inactive-year events to leave out");
    Table s = GedYears.sum(EventTables.ged(recs));
    assertEquals(want.size(), s.rowCount());
    for (int r = 0; r < s.rowCount(); r++) {
      String key = s.intColumn("type_of_violence").getInt(r) + "|"
          + s.intColumn("conflict_new_id").getInt(r) + "|" + s.intColumn("year").getInt(r);
      long[] w = want.get(key);
      assertEquals(w[0], s.intColumn("events").getInt(r), key);
      assertEquals(w[1], s.intColumn("best").getInt(r), key);
      assertEquals(w[2], s.intColumn("low").getInt(r), key);
      assertEquals(w[3], s.intColumn("high").getInt(r), key);
    }
  }

  /** GED events: type, conflict, year, active, best. */
  static Table ged(int[][] events) {
    IntColumn type = IntColumn.create("type_of_violence");
    IntColumn conf = IntColumn.create("conflict_new_id");
    IntColumn year = IntColumn.create("year");
    BooleanColumn active = BooleanColumn.create("active_year");
    IntColumn best = IntColumn.create("best");
    IntColumn low = IntColumn.create("low");
    IntColumn high = IntColumn.create("high");
    for (int[] e : events) {
      type.append(e[0]);
      conf.append(e[1]);
      year.append(e[2]);
      active.append(e[3] == 1);
      best.append(e[4]);
      low.append(e[4]);
      high.append(e[4]);
    }
    return Table.create("ged", type, conf, year, active, best, low, high);
  }

  static Table yearly(String bestColumn, int[][] rows) {
    IntColumn conf = IntColumn.create("conflict_id");
    IntColumn year = IntColumn.create("year");
    IntColumn best = IntColumn.create(bestColumn);
    for (int[] r : rows) {
      conf.append(r[0]);
      year.append(r[1]);
      best.append(r[2]);
    }
    return Table.create("yearly", conf, year, best);
  }

  @Test
  void consistencyOnAConstructedPairWithKnownDifferences() {
    Table ged = ged(new int[][] {
        {1, 100, 2000, 1, 100}, {1, 100, 2000, 1, 50}, {1, 100, 2000, 0, 1000}, // 150 active
        {1, 101, 2001, 1, 200},   // BRD 202: GED 1% below, passes both ways
        {1, 102, 2001, 1, 100},   // BRD 150: yearly 33% above
        {1, 103, 2001, 1, 7},     // GED only
        {1, 105, 2002, 1, 1000},  // BRD 985: exactly 1.5% of GED above, not more
        {2, 200, 2000, 1, 1000},  // non-state 1010
        {3, 300, 2000, 1, 30}});  // one-sided not given: left out
    Table brd = yearly("bd_best", new int[][] {
        {100, 2000, 140}, {101, 2001, 202}, {102, 2001, 150}, {104, 2001, 60}, {105, 2002, 985}});
    Table ns = yearly("best_fatality_estimate", new int[][] {{200, 2000, 1010}});
    Table c = GedYears.consistency(ged, brd, ns, null);
    assertEquals(7, c.rowCount());
    assertRow(c, 1, 100, 2000, "both", 150, 140, 10, true, false);
    assertRow(c, 1, 101, 2001, "both", 200, 202, -2, false, false);
    assertRow(c, 1, 102, 2001, "both", 100, 150, -50, false, true);
    assertRow(c, 1, 103, 2001, "GED only", 7, null, null, null, null);
    assertRow(c, 1, 104, 2001, "yearly only", null, 60, null, null, null);
    assertRow(c, 1, 105, 2002, "both", 1000, 985, 15, false, false);
    assertRow(c, 2, 200, 2000, "both", 1000, 1010, -10, false, false);
    assertEquals(10.0 / 150, c.doubleColumn("err_rel").getDouble(0), 1e-12);
    assertEquals(List.of(100), GedYears.owidFailures(c).intColumn("conflict_id").asList());
    assertEquals(List.of(103, 104), GedYears.onlyInOne(c).intColumn("conflict_id").asList());
    assertFalse(c.intColumn("type_of_violence").asList().contains(3));
  }

  static void assertRow(Table c, int type, int conflict, int year, String present, Integer ged,
      Integer yearly, Integer diff, Boolean gedAbove, Boolean yearlyAbove) {
    Table r = c.where(c.intColumn("type_of_violence").isEqualTo(type)
        .and(c.intColumn("conflict_id").isEqualTo(conflict)).and(c.intColumn("year").isEqualTo(year)));
    assertEquals(1, r.rowCount(), "row " + conflict + "/" + year);
    String k = conflict + "/" + year;
    assertEquals(present, r.stringColumn("present").get(0), k);
    assertEquals(ged, r.intColumn("ged_best").isMissing(0) ? null : r.intColumn("ged_best").getInt(0), k);
    assertEquals(yearly, r.intColumn("yearly_best").isMissing(0) ? null : r.intColumn("yearly_best").getInt(0), k);
    assertEquals(diff, r.intColumn("difference").isMissing(0) ? null : r.intColumn("difference").getInt(0), k);
    assertEquals(gedAbove, r.booleanColumn("ged_above").isMissing(0) ? null : r.booleanColumn("ged_above").get(0), k);
    assertEquals(yearlyAbove, r.booleanColumn("yearly_above").isMissing(0) ? null : r.booleanColumn("yearly_above").get(0), k);
  }

  @Test
  void claimsBesideEventsSumsTheRawRecordsOverEachClaimsPeriod() {
    List<Map<String, String>> recs = EventTables.gedRecords();
    Table t = ClaimsBesideEvents.of(io.github.conflictdata.ConflictData.claims().table(),
        EventTables.ged(recs)).war("myanmar-rakhine-2017").country("Myanmar (Burma)").build();
    // MSF's three rows and the military's 399 (the VOA rounding is left out)
    assertEquals(List.of(9, 10, 11, 12), t.intColumn("claim_id").asList());
    LocalDate from = LocalDate.of(2017, 8, 25);
    LocalDate to = LocalDate.of(2017, 9, 24);
    long best = 0;
    long low = 0;
    long high = 0;
    long civ = 0;
    int events = 0;
    int overlapping = 0;
    for (Map<String, String> r : recs) {
      LocalDate st = EventTables.d(r.get("date_start"));
      LocalDate en = EventTables.d(r.get("date_end"));
      if (!r.get("country").equals("Myanmar (Burma)")) {
        continue;
      }
      if (!st.isBefore(from) && !st.isAfter(to)) {
        events++;
        best += i(r, "best");
        low += i(r, "low");
        high += i(r, "high");
        civ += i(r, "deaths_civilians");
      } else if (!en.isBefore(from) && !st.isAfter(to)) {
        overlapping++;
      }
    }
    Table msf = t.where(t.intColumn("claim_id").isEqualTo(9));
    assertEquals(events, msf.intColumn("events").getInt(0));
    assertEquals(best, msf.intColumn("best").getInt(0));
    assertEquals(low, msf.intColumn("low").getInt(0));
    assertEquals(high, msf.intColumn("high").getInt(0));
    assertEquals(civ, msf.intColumn("deaths_civilians").getInt(0));
    assertEquals(overlapping, msf.intColumn("overlapping_events").getInt(0));
    assertEquals("deaths_civilians", msf.stringColumn("compared_with").get(0));
    assertTrue(msf.stringColumn("comparable").get(0).startsWith("nearest, not the same people"));
    Table children = t.where(t.intColumn("claim_id").isEqualTo(10));
    assertTrue(children.stringColumn("comparable").get(0).startsWith("not comparable"));
    assertTrue(children.intColumn("ged_figure").isMissing(0));
    Table all = t.where(t.intColumn("claim_id").isEqualTo(11));
    assertTrue(all.stringColumn("comparable").get(0).contains("'died'"));
    Table army = t.where(t.intColumn("claim_id").isEqualTo(12));
    assertEquals("best", army.stringColumn("compared_with").get(0));
    assertEquals(LocalDate.of(2017, 8, 30), army.dateColumn("period_end").get(0));
  }
}
