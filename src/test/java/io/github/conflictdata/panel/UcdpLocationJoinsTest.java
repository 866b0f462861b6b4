package io.github.conflictdata.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conflictdata.ConflictData;
import io.github.conflictdata.codes.CodeSystem;
import io.github.conflictdata.testing.TestFiles;
import io.github.conflictdata.testing.TestXlsx;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/** Non-state, one-sided (by location) and GED (by country_id) joins against the raw files. */
class UcdpLocationJoinsTest {

  @Test
  void nonStateByLocationEqualsThePlainSums() {
    Path file = TestFiles.sharedFile("ucdp-nonstate/Nonstate_v23_1.csv");
    Table t = Panels.stateYears(CodeSystem.GW, 1985, 2023)
        .withNonState(ConflictData.read(file)).table();
    Expected e = new Expected();
    for (Map<String, String> r : RawFiles.csv(file)) {
      e.add(r.get("year"), r.get("gwno_location"), r.get("conflict_id"),
          r.get("best_fatality_estimate"));
    }
    e.check(t, "nonstate_conflicts", "nonstate_best");
  }

  @Test
  void oneSidedByLocationEqualsThePlainSums() throws Exception {
    Path file = TestFiles.sharedFile("ucdp-onesided/OneSided_v25_1.xlsx");
    Table t = Panels.stateYears(CodeSystem.GW, 1985, 2025)
        .withOneSided(ConflictData.read(file)).table();
    List<List<String>> rows = TestXlsx.rows(file);
    List<String> h = rows.get(0);
    Expected e = new Expected();
    for (List<String> r : rows.subList(1, rows.size())) {
      e.add(r.get(h.indexOf("year")), r.get(h.indexOf("gwno_location")),
          r.get(h.indexOf("actor_id")), r.get(h.indexOf("best_fatality_estimate")));
    }
    e.check(t, "onesided_actors", "onesided_best");
  }

  @Test
  void gedDeathsPerCountryIdEqualThePlainSums() {
    Path file = TestFiles.sharedFile("ucdp-ged/ged191.csv");
    Table t = Panels.stateYears(CodeSystem.GW, 1985, 2020).withGed(ConflictData.read(file))
        .table();
    Map<Long, Integer> events = new HashMap<>();
    Map<Long, Integer> best = new HashMap<>();
    Map<Long, Integer> oneSided = new HashMap<>();
    int last = 0;
    for (Map<String, String> r : RawFiles.csv(file)) {
      int y = Integer.parseInt(r.get("year"));
      last = Math.max(last, y);
      long k = RawFiles.ucdpCodes(r.get("country_id"), y).get(0) * 10000L + y;
      events.merge(k, 1, Integer::sum);
      best.merge(k, Integer.parseInt(r.get("best")), Integer::sum);
      if (r.get("type_of_violence").equals("3")) {
        oneSided.merge(k, Integer.parseInt(r.get("best")), Integer::sum);
      }
    }
    int nonZero = 0;
    for (int i = 0; i < t.rowCount(); i++) {
      int y = t.intColumn("year").getInt(i);
      long k = t.intColumn("gwno").getInt(i) * 10000L + y;
      if (y < 1989 || y > last) {
        assertTrue(t.intColumn("ged_best").isMissing(i), k + " missing");
        continue;
      }
      assertEquals(events.getOrDefault(k, 0), t.intColumn("ged_events").getInt(i), "events " + k);
      assertEquals(best.getOrDefault(k, 0), t.intColumn("ged_best").getInt(i), "best " + k);
      assertEquals(oneSided.getOrDefault(k, 0), t.intColumn("ged_best_onesided").getInt(i),
          "one-sided " + k);
      nonZero += events.containsKey(k) ? 1 : 0;
    }
    assertTrue(nonZero > 20, nonZero + " state-years with events");
  }

  @Test
  void aGedCountryExtractLeavesOtherStatesMissing() {
    Path file = TestFiles.sharedFile("ucdp-ged/conflict_data_BGD.csv");
    Table t = Panels.stateYears(CodeSystem.GW, 2000, 2005)
        .withGed(ConflictData.read(file), true).table();
    Table bgd = t.where(t.intColumn("gwno").isEqualTo(771));
    Table ind = t.where(t.intColumn("gwno").isEqualTo(750));
    assertEquals(0, bgd.intColumn("ged_events").countMissing(), "Bangladesh is in the extract");
    assertEquals(ind.rowCount(), ind.intColumn("ged_events").countMissing(), "India is not");
  }

  /** Plain per-location sums and distinct ids. */
  private static final class Expected {
    final Map<Long, Set<String>> ids = new HashMap<>();
    final Map<Long, Integer> sums = new HashMap<>();
    int first = Integer.MAX_VALUE;
    int last = 0;

    void add(String year, String locations, String id, String best) {
      int y = (int) Double.parseDouble(year);
      first = Math.min(first, y);
      last = Math.max(last, y);
      Set<Integer> locs = new LinkedHashSet<>();
      for (String p : locations.split(",")) {
        if (!p.isBlank()) {
          locs.addAll(RawFiles.ucdpCodes(Integer.toString((int) Double.parseDouble(p.strip())), y));
        }
      }
      for (int s : locs) {
        long k = s * 10000L + y;
        ids.computeIfAbsent(k, x -> new HashSet<>()).add(id);
        sums.merge(k, (int) Double.parseDouble(best), Integer::sum);
      }
    }

    void check(Table t, String countColumn, String sumColumn) {
      IntColumn gw = t.intColumn("gwno");
      IntColumn yr = t.intColumn("year");
      int nonZero = 0;
      for (int i = 0; i < t.rowCount(); i++) {
        int y = yr.getInt(i);
        long k = gw.getInt(i) * 10000L + y;
        if (y < 1989 || y > last) {
          assertTrue(t.intColumn(countColumn).isMissing(i), countColumn + " " + k + " missing");
          assertTrue(t.intColumn(sumColumn).isMissing(i), sumColumn + " " + k + " missing");
          continue;
        }
        Set<String> want = ids.get(k);
        assertEquals(want == null ? 0 : want.size(), t.intColumn(countColumn).getInt(i),
            countColumn + " " + k);
        assertEquals(sums.getOrDefault(k, 0), t.intColumn(sumColumn).getInt(i),
            sumColumn + " " + k);
        nonZero += want == null ? 0 : 1;
      }
      assertTrue(first == 1989, "the file starts in 1989");
      assertTrue(nonZero > 300, countColumn + ": " + nonZero + " non-zero state-years");
    }
  }
}
