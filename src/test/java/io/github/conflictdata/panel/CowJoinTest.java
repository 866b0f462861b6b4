package io.github.conflictdata.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conflictdata.ConflictData;
import io.github.conflictdata.codes.CodeSystem;
import io.github.conflictdata.testing.TestFiles;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * COW war joins against the COW files in ../shared/data as a plain CSV splitter reads them (the
 * files are never in this repository; the tests skip without them or without COW's state list).
 */
class CowJoinTest {
  private static final String INTER = "cow-wars/Inter-StateWarData_v4.0.csv";
  private static final String INTRA_41 = "cow-wars/Intra-StateWarData_v4.1.csv";
  private static final String INTRA_51 = "cow-wars/INTRA-STATE WARS v5.1 CSV.csv";

  @Test
  void interStateWarsPerCowStateYearEqualThePlainCount() {
    RawFiles.assumeCowList();
    Path file = TestFiles.sharedFile(INTER);
    Table t = Panels.stateYears(CodeSystem.COW, 1816, 2010)
        .withCowInterState(ConflictData.read(file)).table();
    Map<Long, Set<Integer>> wars = new HashMap<>();
    Map<Long, Set<Integer>> onsets = new HashMap<>();
    for (Map<String, String> r : RawFiles.csv(file)) {
      int war = Integer.parseInt(r.get("WarNum"));
      int cc = Integer.parseInt(r.get("ccode"));
      for (int ep = 1; ep <= 2; ep++) {
        int s = Integer.parseInt(r.get("StartYear" + ep));
        int e = Integer.parseInt(r.get("EndYear" + ep));
        if (s < 0) {
          continue;
        }
        for (int y = s; y <= (e == -7 ? 2007 : e); y++) {
          wars.computeIfAbsent(cc * 10000L + y, k -> new TreeSet<>()).add(war);
        }
      }
      int s1 = Integer.parseInt(r.get("StartYear1"));
      onsets.computeIfAbsent(cc * 10000L + s1, k -> new TreeSet<>()).add(war);
    }
    compare(t, "ccode", "cow_inter_wars", wars, 2007);
    compare(t, "ccode", "cow_inter_onset", onsets, 2007);
  }

  @Test
  void intraStateSidesPerCowStateYearEqualThePlainCount() {
    RawFiles.assumeCowList();
    for (String name : List.of(INTRA_41, INTRA_51)) {
      Path file = TestFiles.sharedFile(name);
      int last = name.equals(INTRA_41) ? 2007 : 2014;
      Panel p = Panels.stateYears(CodeSystem.COW, 1816, 2016)
          .withCowIntraState(ConflictData.read(file));
      Table t = p.table();
      Map<Long, Set<String>> a = new HashMap<>();
      Map<Long, Set<String>> b = new HashMap<>();
      boolean hasB = false;
      for (Map<String, String> r : RawFiles.csv(file)) {
        String war = r.get("WarNum");
        String ccB = r.getOrDefault("CcodeB", null);
        hasB |= ccB != null;
        for (int ep = 1; ep <= 4; ep++) {
          String sk = r.containsKey("StartYr" + ep) ? "StartYr" + ep : "StartYear" + ep;
          String ek = r.containsKey("EndYr" + ep) ? "EndYr" + ep : "EndYear" + ep;
          if (!r.containsKey(sk) || Integer.parseInt(r.get(sk)) < 0) {
            continue;
          }
          int s = Integer.parseInt(r.get(sk));
          // 4.1 leaves EndYear1 of wars 585 and 682 empty: only the start year is known
          int e = r.get(ek).isBlank() ? s : Integer.parseInt(r.get(ek));
          // 4.1's war 938 ends in 2008, after the coverage: counted up to the coverage's end
          for (int y = s; y <= Math.min(e == -7 ? last : e, last); y++) {
            add(a, r.get("CcodeA"), y, war);
            if (ccB != null) {
              add(b, ccB, y, war);
            }
          }
        }
      }
      compare(t, "ccode", "cow_intra_side_a", a, last);
      assertEquals(hasB, t.columnNames().contains("cow_intra_side_b"), name);
      if (hasB) {
        compare(t, "ccode", "cow_intra_side_b", b, last);
      } else {
        assertTrue(p.notes().stream().anyMatch(n -> n.contains("no CcodeB")), p.notes().toString());
      }
    }
  }

  @Test
  void armeniaAndAzerbaijanOnAGwPanelThroughTheCrosswalk() {
    RawFiles.assumeCowList();
    // Inter-State 4.0 war 216 "Azeri-Armenian": ccode 373 and 371, 1993-02-06 to 1994-05-12.
    // Intra-State 4.1 war 872 "Nagorno-Karabakh", 1991-12-26 to 1993-02-05: one row with CcodeA
    // 373, one with CcodeB 371. COW v4 ends in 2007: 2008 is missing, not 0.
    Table t = Panels.stateYears(CodeSystem.GW, 1991, 2008)
        .withCowInterState(ConflictData.read(TestFiles.sharedFile(INTER)))
        .withCowIntraState(ConflictData.read(TestFiles.sharedFile(INTRA_41))).table();
    assertEquals(1, value(t, 373, 1993, "cow_inter_wars"));
    assertEquals(1, value(t, 371, 1994, "cow_inter_wars"));
    assertEquals(1, value(t, 371, 1993, "cow_inter_onset"));
    assertEquals(0, value(t, 371, 1995, "cow_inter_wars"));
    assertEquals(1, value(t, 373, 1991, "cow_intra_side_a"));
    assertEquals(0, value(t, 371, 1991, "cow_intra_side_a"));
    assertEquals(1, value(t, 371, 1991, "cow_intra_side_b"));
    assertEquals(1, value(t, 371, 1991, "cow_intra_onset"));
    assertEquals(0, value(t, 371, 1994, "cow_intra_side_b"));
    Table y2008 = t.where(t.intColumn("year").isEqualTo(2008));
    for (String c : List.of("cow_inter_wars", "cow_inter_onset", "cow_intra_side_a",
        "cow_intra_side_b", "cow_intra_onset")) {
      assertEquals(y2008.rowCount(), y2008.intColumn(c).countMissing(), c + " in 2008");
    }
    assertFalse(t.where(t.intColumn("year").isEqualTo(2007)).intColumn("cow_inter_wars")
        .isMissing().size() > 0, "2007 is covered");
  }

  private static void add(Map<Long, Set<String>> m, String cc, int y, String war) {
    if (cc.isBlank()) {
      return;
    }
    int c = Integer.parseInt(cc.strip());
    if (c >= 0) {
      m.computeIfAbsent(c * 10000L + y, k -> new TreeSet<>()).add(war);
    }
  }

  private static int value(Table t, int gwno, int year, String column) {
    Table r = t.where(t.intColumn("gwno").isEqualTo(gwno).and(t.intColumn("year").isEqualTo(year)));
    assertEquals(1, r.rowCount(), gwno + "/" + year);
    return r.intColumn(column).getInt(0);
  }

  private static void compare(Table t, String codeColumn, String column,
      Map<Long, ? extends Set<?>> expected, int last) {
    IntColumn code = t.intColumn(codeColumn);
    IntColumn year = t.intColumn("year");
    IntColumn got = t.intColumn(column);
    int nonZero = 0;
    for (int i = 0; i < t.rowCount(); i++) {
      String what = column + " " + code.getInt(i) + "/" + year.getInt(i);
      if (year.getInt(i) > last) {
        assertTrue(got.isMissing(i), what + " after " + last + " must be missing");
        continue;
      }
      Set<?> want = expected.get(code.getInt(i) * 10000L + year.getInt(i));
      assertEquals(want == null ? 0 : want.size(), got.getInt(i), what);
      nonZero += want == null ? 0 : 1;
    }
    assertTrue(nonZero > 100, column + ": only " + nonZero + " non-zero state-years compared");
  }
}
