package io.github.conflictdata.compare;

import static io.github.conflictdata.compare.EventTables.d;
import static io.github.conflictdata.compare.EventTables.i;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** Event series re-derived from the raw GED 19.1 and ACLED files by plain loops over the records. */
class EventSeriesTest {
  static final LocalDate FROM = LocalDate.of(2017, 8, 1);
  static final LocalDate TO = LocalDate.of(2017, 10, 31);
  static final Map<String, String> TYPES = Map.of("1", "state-based", "2", "non-state", "3", "one-sided");

  @Test
  void myanmarDayByDayEqualsTheRawRecordsOnTheirStartDates() {
    List<Map<String, String>> recs = EventTables.gedRecords();
    Table s = EventSeries.of(EventTables.ged(recs)).country("Myanmar (Burma)").between(FROM, TO)
        .per(TimeStep.DAY).build();
    // 92 days x 3 types, zero rows included
    assertEquals(92 * 3, s.rowCount());
    Map<String, double[]> want = new HashMap<>(); // day|type -> events, best, low, high, civilians, multi
    int multi = 0;
    for (Map<String, String> r : recs) {
      LocalDate st = d(r.get("date_start"));
      if (!r.get("country").equals("Myanmar (Burma)") || st.isBefore(FROM) || st.isAfter(TO)) {
        continue;
      }
      double[] w = want.computeIfAbsent(st + "|" + TYPES.get(r.get("type_of_violence")), k -> new double[6]);
      w[0]++;
      w[1] += i(r, "best");
      w[2] += i(r, "low");
      w[3] += i(r, "high");
      w[4] += i(r, "deaths_civilians");
      if (!r.get("date_start").equals(r.get("date_end"))) {
        w[5]++;
        multi++;
      }
    }
    assertTrue(want.size() > 10, "few event days: " + want.size());
    for (int r = 0; r < s.rowCount(); r++) {
      String key = s.dateColumn("period_start").get(r) + "|" + s.stringColumn("category").get(r);
      double[] w = want.getOrDefault(key, new double[6]);
      assertEquals(w[0], s.doubleColumn("events").getDouble(r), key);
      assertEquals(w[1], s.doubleColumn("best").getDouble(r), key);
      assertEquals(w[2], s.doubleColumn("low").getDouble(r), key);
      assertEquals(w[3], s.doubleColumn("high").getDouble(r), key);
      assertEquals(w[4], s.doubleColumn("deaths_civilians").getDouble(r), key);
      assertEquals(w[5], s.intColumn("multi_day_events").getInt(r), key);
    }
    assertTrue(s.name().contains(multi + " multi-day events counted on their start date"), s.name());
  }

  @Test
  void weeksAndMonthsSumTheSameEventsAsDays() {
    Table ged = EventTables.ged(EventTables.gedRecords());
    Table days = EventSeries.of(ged).country("Myanmar (Burma)").between(FROM, TO).build();
    Table months = EventSeries.of(ged).country("Myanmar (Burma)").between(FROM, TO)
        .per(TimeStep.MONTH).total().build();
    assertEquals(List.of("2017-08", "2017-09", "2017-10"), months.stringColumn("period").asList());
    assertEquals(days.doubleColumn("best").sum(), months.doubleColumn("best").sum());
    Table weeks = EventSeries.of(ged).country("Myanmar (Burma)").between(FROM, TO)
        .per(TimeStep.WEEK).build();
    assertEquals(LocalDate.of(2017, 7, 31), weeks.dateColumn("period_start").get(0)); // a Monday
    assertEquals(days.doubleColumn("events").sum(), weeks.doubleColumn("events").sum());
  }

  @Test
  void spreadingDividesMultiDayEventsOverTheirDays() {
    List<Map<String, String>> recs = EventTables.gedRecords();
    Table s = EventSeries.of(EventTables.ged(recs)).country("Myanmar (Burma)").between(FROM, TO)
        .spread().build();
    double want = 0;
    double events = 0;
    for (Map<String, String> r : recs) {
      if (!r.get("country").equals("Myanmar (Burma)")) {
        continue;
      }
      LocalDate st = d(r.get("date_start"));
      LocalDate en = d(r.get("date_end"));
      long days = ChronoUnit.DAYS.between(st, en) + 1;
      for (LocalDate x = st; !x.isAfter(en); x = x.plusDays(1)) {
        if (!x.isBefore(FROM) && !x.isAfter(TO)) {
          want += i(r, "best") / (double) days;
          events += 1.0 / days;
        }
      }
    }
    assertEquals(want, s.doubleColumn("best").sum(), 1e-6);
    assertEquals(events, s.doubleColumn("events").sum(), 1e-6);
  }

  @Test
  void acledMonthsByEventTypeEqualTheRawRecords() {
    List<Map<String, String>> recs = SharedFiles.csv("acled/acled_data.csv", StandardCharsets.UTF_8);
    Table s = EventSeries.of(EventTables.acled(recs)).country("Somalia")
        .between(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 12, 31)).per(TimeStep.MONTH).build();
    Map<String, int[]> want = new HashMap<>();
    for (Map<String, String> r : recs) {
      String date = r.get("event_date");
      if (r.get("country").equals("Somalia") && date.compareTo("2025-04-01") >= 0
          && date.compareTo("2025-12-31") <= 0) {
        int[] w = want.computeIfAbsent(date.substring(0, 7) + "|" + r.get("event_type"), k -> new int[2]);
        w[0]++;
        w[1] += i(r, "fatalities");
      }
    }
    assertTrue(s.rowCount() >= 9 * 6, "rows " + s.rowCount());
    int seen = 0;
    for (int r = 0; r < s.rowCount(); r++) {
      String key = s.stringColumn("period").get(r) + "|" + s.stringColumn("category").get(r);
      int[] w = want.getOrDefault(key, new int[2]);
      seen += w[0];
      assertEquals(w[0], s.doubleColumn("events").getDouble(r), key);
      assertEquals(w[1], s.doubleColumn("fatalities").getDouble(r), key);
    }
    assertEquals(want.values().stream().mapToInt(w -> w[0]).sum(), seen);
  }

  @Test
  void aTableOfNeitherKindIsRefusedWithItsColumnsNamed() {
    Table t = Table.create("other", tech.tablesaw.api.IntColumn.create("x"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EventSeries.of(t));
    assertTrue(e.getMessage().contains("neither a UCDP GED table"), e.getMessage());
    assertTrue(e.getMessage().contains("columns: x"), e.getMessage());
  }

  @Test
  void theLibrarysGedReaderGivesTheSameSeriesAsTheTestsOwnTable() {
    List<Map<String, String>> recs = EventTables.gedRecords();
    io.github.conflictdata.Dataset read =
        io.github.conflictdata.ConflictData.read(SharedFiles.file("ucdp-ged/ged191.csv"));
    Table mine = EventSeries.of(EventTables.ged(recs)).country("Myanmar (Burma)").between(FROM, TO)
        .per(TimeStep.WEEK).build();
    Table theirs = EventSeries.of(read).country("Myanmar (Burma)").between(FROM, TO)
        .per(TimeStep.WEEK).build();
    assertEquals(mine.rowCount(), theirs.rowCount());
    for (String c : List.of("events", "best", "low", "high", "deaths_civilians")) {
      assertEquals(mine.doubleColumn(c).asList(), theirs.doubleColumn(c).asList(), c);
    }
    assertEquals(GedYears.sum(EventTables.ged(recs)).intColumn("best").asList(),
        GedYears.sum(read.table()).intColumn("best").asList());
  }
}
