package io.github.conflictdata.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/**
 * Every concordance row against the raw files: the UCDP conflict, PRIO id and COW war exist, with
 * the years the row states, and the link's years lie within the sources' years.
 */
class ConcordanceRowsTest {

  static Map<String, TreeSet<Integer>> yearsBy(List<Map<String, String>> rows, String id, String year) {
    Map<String, TreeSet<Integer>> m = new HashMap<>();
    for (Map<String, String> r : rows) {
      m.computeIfAbsent(r.get(id), k -> new TreeSet<>()).add(Integer.parseInt(r.get(year)));
    }
    return m;
  }

  /** COW war years keyed by WarNum as written in the file (any year column > 0). */
  static Map<String, TreeSet<Integer>> cowYears(List<Map<String, String>> rows, String... yearCols) {
    Map<String, TreeSet<Integer>> m = new HashMap<>();
    for (Map<String, String> r : rows) {
      for (String c : yearCols) {
        String v = r.get(c);
        if (v != null && !v.isEmpty() && SharedFiles.num(v) > 0) {
          m.computeIfAbsent(r.get("WarNum"), k -> new TreeSet<>()).add(SharedFiles.num(v));
        }
      }
    }
    return m;
  }

  @Test
  void everyRowMatchesTheRawFiles() {
    var acd = yearsBy(SharedFiles.csv("ucdp-prio-acd/UcdpPrioConflict_v23_1.csv",
        StandardCharsets.UTF_8), "conflict_id", "year");
    var prio = yearsBy(SharedFiles.excel("prio-battle-deaths/PRIO Battle Deaths Dataset 3.1.xls"),
        "id", "year");
    Map<String, Map<String, TreeSet<Integer>>> cow = new HashMap<>();
    cow.put("inter", cowYears(SharedFiles.csv("cow-wars/Inter-StateWarData_v4.0.csv",
        StandardCharsets.UTF_8), "StartYear1", "EndYear1", "StartYear2", "EndYear2"));
    cow.put("intra", cowYears(SharedFiles.csv("cow-wars/Intra-StateWarData_v4.1.csv",
        StandardCharsets.ISO_8859_1), "StartYear1", "EndYear1", "StartYear2", "EndYear2"));
    cow.put("intra5.1", cowYears(SharedFiles.csv("cow-wars/INTRA-STATE WARS v5.1 CSV.csv",
        StandardCharsets.ISO_8859_1), "StartYr1", "EndYr1", "StartYr2", "EndYr2", "StartYr3",
        "EndYr3", "StartYr4", "EndYr4"));
    cow.put("extra", cowYears(SharedFiles.csv("cow-wars/Extra-StateWarData_v4.0.csv",
        StandardCharsets.ISO_8859_1), "StartYear1", "EndYear1", "StartYear2", "EndYear2"));
    cow.put("non-state", cowYears(SharedFiles.csv("cow-wars/Non-StateWarData_v4.0.csv",
        StandardCharsets.UTF_8), "StartYear", "EndYear"));

    Table t = Concordance.bundled().table();
    List<String> failures = new ArrayList<>();
    for (int r = 0; r < t.rowCount(); r++) {
      String where = "row " + (r + 2) + " (" + t.stringColumn("war").get(r) + "): ";
      TreeSet<Integer> u = acd.get(String.valueOf(t.intColumn("ucdp_conflict_id").getInt(r)));
      if (u == null) {
        failures.add(where + "UCDP conflict not in ACD 23.1");
        continue;
      }
      check(failures, where + "ucdp_start_year", u.first(), t.intColumn("ucdp_start_year").getInt(r));
      check(failures, where + "ucdp_end_year", u.last(), t.intColumn("ucdp_end_year").getInt(r));
      int s = t.intColumn("start_year").getInt(r);
      int e = t.intColumn("end_year").getInt(r);
      // rows added with ACD 24.1 (their evidence says so) may run into 2023, after ACD 23.1
      boolean acd241 = t.stringColumn("evidence").get(r).startsWith("UCDP ACD 24.1")
          && u.last() == 2022 && e <= 2023;
      if (s < u.first() || (e > u.last() && !acd241)) {
        failures.add(where + "link years outside the UCDP span");
      }
      if (!t.intColumn("prio_id").isMissing(r)) {
        TreeSet<Integer> p = prio.get(String.valueOf(t.intColumn("prio_id").getInt(r)));
        if (p == null) {
          failures.add(where + "PRIO id not in PRIO 3.1");
        } else {
          check(failures, where + "prio_start_year", p.first(), t.intColumn("prio_start_year").getInt(r));
          check(failures, where + "prio_end_year", p.last(), t.intColumn("prio_end_year").getInt(r));
        }
      }
      String kind = t.stringColumn("cow_kind").get(r);
      if (kind.isEmpty()) {
        continue;
      }
      TreeSet<Integer> years = new TreeSet<>();
      if (!t.intColumn("cow_war_num").isMissing(r)) {
        TreeSet<Integer> y = cow.get(kind).get(String.valueOf(t.intColumn("cow_war_num").getInt(r)));
        if (y == null) {
          failures.add(where + "COW " + kind + " war not found");
        } else {
          years.addAll(y);
        }
      }
      String v51 = t.stringColumn("cow_intra_v51_war_num").get(r);
      if (!v51.isEmpty()) {
        TreeSet<Integer> y = cow.get("intra5.1").get(v51);
        if (y == null) {
          failures.add(where + "COW intra-state 5.1 war " + v51 + " not found");
        } else {
          years.addAll(y);
        }
      }
      if (!years.isEmpty()) {
        check(failures, where + "cow_start_year", years.first(), t.intColumn("cow_start_year").getInt(r));
        // an ongoing war (-7) has no end year in the file; the row then ends at its release's end
        if (years.last() < s) {
          failures.add(where + "COW war ends before the link starts");
        }
        if (years.first() > e) {
          failures.add(where + "COW war starts after the link ends");
        }
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
    assertFalse(acd.isEmpty());
  }

  private static void check(List<String> failures, String what, int expected, int actual) {
    if (expected != actual) {
      failures.add(what + ": file says " + expected + ", concordance " + actual);
    }
  }

  @Test
  void karabakhYearsInTheRawFiles() {
    var prio = yearsBy(SharedFiles.excel("prio-battle-deaths/PRIO Battle Deaths Dataset 3.1.xls"),
        "id", "year");
    assertEquals(List.of(1992, 1993, 1994, 2005), new ArrayList<>(prio.get("193")));
  }
}
