package io.github.conflictdata.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conflictdata.ConflictData;
import io.github.conflictdata.Dataset;
import io.github.conflictdata.DatasetKind;
import io.github.conflictdata.codes.CodeSystem;
import io.github.conflictdata.testing.TestFiles;
import io.github.conflictdata.ucdp.Incompatibility;
import io.github.conflictdata.ucdp.TypeOfConflict;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * {@code withAcd} against UCDP/PRIO ACD 23.1 as a plain CSV splitter reads it: every state-year of
 * a G&amp;W panel 1940-2023, and named cases read off the file's rows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AcdJoinTest {
  private static final String FILE = "ucdp-prio-acd/UcdpPrioConflict_v23_1.csv";
  private Table panel;
  private Map<String, Map<Long, Integer>> expected;
  private Map<Long, TreeSet<Integer>> expectedIds;

  @BeforeAll
  void join() {
    Path file = TestFiles.sharedFile(FILE);
    panel = Panels.stateYears(CodeSystem.GW, 1940, 2023).withAcd(ConflictData.read(file)).table();
    expected = new HashMap<>();
    expectedIds = new HashMap<>();
    List<Map<String, String>> rows = RawFiles.csv(file);
    Map<Integer, Integer> first = new HashMap<>();
    Set<Long> conflictYears = new HashSet<>();
    for (Map<String, String> r : rows) {
      int c = Integer.parseInt(r.get("conflict_id"));
      int y = Integer.parseInt(r.get("year"));
      first.merge(c, y, Math::min);
      conflictYears.add(c * 10000L + y);
    }
    for (Map<String, String> r : rows) {
      int c = Integer.parseInt(r.get("conflict_id"));
      int y = Integer.parseInt(r.get("year"));
      Set<Integer> a = new LinkedHashSet<>(RawFiles.ucdpCodes(r.get("gwno_a"), y));
      Set<Integer> b = new LinkedHashSet<>(RawFiles.ucdpCodes(r.get("gwno_b"), y));
      Set<Integer> sec = new LinkedHashSet<>(RawFiles.ucdpCodes(r.get("gwno_a_2nd"), y));
      sec.addAll(RawFiles.ucdpCodes(r.get("gwno_b_2nd"), y));
      Set<Integer> loc = new LinkedHashSet<>(RawFiles.ucdpCodes(r.get("gwno_loc"), y));
      Set<Integer> primary = new LinkedHashSet<>(a);
      primary.addAll(b);
      bump("acd_side_a", a, y);
      bump("acd_side_b", b, y);
      bump("acd_secondary", sec, y);
      bump("acd_location", loc, y);
      if (first.get(c) == y) {
        bump("acd_onset", primary, y);
      }
      if (!conflictYears.contains(c * 10000L + y - 1)) {
        bump("acd_episode_onset", primary, y);
      }
      for (int s : primary) {
        expected.computeIfAbsent("acd_max_intensity", k -> new HashMap<>())
            .merge(s * 10000L + y, Integer.parseInt(r.get("intensity_level")), Math::max);
      }
      for (Set<Integer> role : List.of(primary, sec, loc)) {
        for (int s : role) {
          expectedIds.computeIfAbsent(s * 10000L + y, k -> new TreeSet<>()).add(c);
        }
      }
    }
  }

  private void bump(String column, Set<Integer> states, int y) {
    for (int s : states) {
      expected.computeIfAbsent(column, k -> new HashMap<>()).merge(s * 10000L + y, 1,
          Integer::sum);
    }
  }

  @Test
  void everyStateYearEqualsThePlainCount() {
    IntColumn gw = panel.intColumn("gwno");
    IntColumn year = panel.intColumn("year");
    int checked = 0;
    for (String col : expected.keySet()) {
      IntColumn got = panel.intColumn(col);
      for (int i = 0; i < panel.rowCount(); i++) {
        int y = year.getInt(i);
        if (y < 1946 || y > 2022) {
          assertTrue(got.isMissing(i), col + " " + gw.getInt(i) + "/" + y + " outside ACD 23.1's"
              + " 1946-2022 must be missing, is " + got.getString(i));
          continue;
        }
        long key = gw.getInt(i) * 10000L + y;
        assertEquals(expected.get(col).getOrDefault(key, 0), got.getInt(i),
            col + " " + gw.getInt(i) + "/" + y);
        checked++;
      }
    }
    for (int i = 0; i < panel.rowCount(); i++) {
      TreeSet<Integer> ids = expectedIds.get(gw.getInt(i) * 10000L + year.getInt(i));
      String want = ids == null || year.getInt(i) > 2022 ? ""
          : ids.stream().map(String::valueOf).collect(Collectors.joining(", "));
      assertEquals(want, panel.stringColumn("acd_conflict_ids").get(i),
          "ids " + gw.getInt(i) + "/" + year.getInt(i));
    }
    assertTrue(checked > 7 * 10000, "checked " + checked + " cells");
  }

  @Test
  void armeniaAndAzerbaijanAsTheFileCodesThem() {
    // conflict 388 (Government of Azerbaijan vs Republic of Artsakh): gwno_a 373, gwno_loc 373,
    // gwno_b_2nd 371 (Government of Armenia) in 1992, 1993 and 2020, not in 1994; conflict 396
    // (Azerbaijan vs Suret Husseinov's forces) in 1993; Armenia is gwno_a_2nd of conflicts 11347
    // and 14113 (Mali) in 2020. Armenia is never side A or B: a gwno_a match misses it.
    // 388 runs 1991-1994, 1997-1998, 2005, ..., 2017, 2020-2022: a new episode in 2020;
    // 396 starts in 1993
    assertRow(373, 1992, 1, 0, 0, 1, 0, "388");
    assertRow(373, 1993, 2, 0, 0, 2, 1, "388, 396");
    assertRow(373, 1994, 1, 0, 0, 1, 0, "388");
    assertRow(373, 2020, 1, 0, 0, 1, 1, "388");
    assertRow(371, 1992, 0, 0, 1, 0, 0, "388");
    assertRow(371, 1993, 0, 0, 1, 0, 0, "388");
    assertRow(371, 1994, 0, 0, 0, 0, 0, "");
    assertRow(371, 2020, 0, 0, 3, 0, 0, "388, 11347, 14113");
  }

  @Test
  void sideBOnlyStateYears() {
    // conflict 435 Government of Djibouti vs Government of Eritrea (2008 only; gwno_a 522, gwno_b
    // 531, gwno_loc "522, 531"): Eritrea is gwno_b only; conflict 13324 Kyrgyzstan vs Tajikistan
    // (2021-2022; gwno_a 703, gwno_b 702, gwno_loc "702, 703"): Tajikistan is gwno_b only
    assertRow(531, 2008, 0, 1, 0, 1, 1, "435");
    assertRow(702, 2021, 0, 1, 0, 1, 1, "13324");
  }

  @Test
  void codesOutsideTheListAreNamedInTheNotes() {
    Panel p = Panels.stateYears(CodeSystem.GW, 1946, 1950)
        .withAcd(ConflictData.read(TestFiles.sharedFile(FILE)));
    // gwno 751, the Government of Hyderabad (conflicts 11884 and 226, 1947-1948), is in no list
    assertTrue(p.notes().stream()
        .anyMatch(n -> n.contains("gwno 751 in 1947-1948 (ids 226, 11884)")), p.notes().toString());
  }

  @Test
  void ucdpSerbiaAfter2006CountsForGw340() {
    // ACD 23.1 lists gwno 345 in gwno_a_2nd of the Central African Republic's conflicts 416
    // (2014, 2017-2022) and 15283 (2015); G&W's 345 Yugoslavia ends 2006-06-04, its 340 Serbia
    // follows from 2006-06-05
    Panel p = Panels.stateYears(CodeSystem.GW, 2010, 2022)
        .withAcd(ConflictData.read(TestFiles.sharedFile(FILE)));
    assertTrue(p.notes().stream().anyMatch(n -> n.contains("gwno 345 in 2014-2015, 2017-2022")
        && n.contains("counted as G&W 340")), p.notes().toString());
    Table t = p.table();
    Table srb =
        t.where(t.intColumn("gwno").isEqualTo(340).and(t.intColumn("year").isEqualTo(2015)));
    assertEquals("15283", srb.stringColumn("acd_conflict_ids").get(0));
    assertEquals(1, srb.intColumn("acd_secondary").getInt(0));
  }

  @Test
  void aCowPanelIsMatchedToTheAcdThroughTheCrosswalk() {
    RawFiles.assumeCowList();
    Table t = Panels.stateYears(CodeSystem.COW, 2015, 2020)
        .withAcd(ConflictData.read(TestFiles.sharedFile(FILE))).table();
    Table aze =
        t.where(t.intColumn("ccode").isEqualTo(373).and(t.intColumn("year").isEqualTo(2020)));
    assertEquals(1, aze.intColumn("acd_side_a").getInt(0));
    // COW keeps Serbia as 345 (= G&W 340); ACD's 345 of conflict 15283 in 2015 lands there
    Table srb =
        t.where(t.intColumn("ccode").isEqualTo(345).and(t.intColumn("year").isEqualTo(2015)));
    assertEquals(340, srb.intColumn("gwno").getInt(0));
    assertEquals("15283", srb.stringColumn("acd_conflict_ids").get(0));
  }

  @Test
  void fixedApiOnTheBundledRelease() {
    Dataset acd = ConflictData.bundled(DatasetKind.UCDP_PRIO_ACD);
    int last = (int) acd.table().intColumn("year").max();
    Table t = Panels.stateYears(CodeSystem.GW, 1946, last + 1).withAcd(acd).table();
    for (String c : List.of("acd_side_a", "acd_side_b", "acd_secondary", "acd_location",
        "acd_onset")) {
      assertTrue(t.column(c) instanceof IntColumn, c + " is an integer column");
      Table after = t.where(t.intColumn("year").isEqualTo(last + 1));
      assertEquals(after.rowCount(), after.intColumn(c).countMissing(), c + " after " + last);
      Table in = t.where(t.intColumn("year").isEqualTo(last));
      assertEquals(0, in.intColumn(c).countMissing(), c + " in " + last);
    }
    assertEquals("acd_conflict_ids", t.stringColumn("acd_conflict_ids").name());
  }

  @Test
  void warsOnlyAndIncompatibilityFiltersCountOnlyThoseConflictYears() {
    Path file = TestFiles.sharedFile(FILE);
    Table t = Panels.stateYears(CodeSystem.GW, 1946, 2022).withAcd(ConflictData.read(file),
        AcdOptions.all().warsOnly().incompatibilities(Incompatibility.GOVERNMENT)
            .prefix("war_gov_")).table();
    Map<Long, Integer> sideA = new HashMap<>();
    Map<Long, Integer> onset = new HashMap<>();
    Map<Integer, Integer> first = new HashMap<>();
    List<Map<String, String>> rows = RawFiles.csv(file);
    rows.removeIf(r -> !r.get("intensity_level").equals("2") || !r.get("incompatibility")
        .equals("2"));
    for (Map<String, String> r : rows) {
      first.merge(Integer.parseInt(r.get("conflict_id")), Integer.parseInt(r.get("year")),
          Math::min);
    }
    for (Map<String, String> r : rows) {
      int y = Integer.parseInt(r.get("year"));
      Set<Integer> primary = new LinkedHashSet<>(RawFiles.ucdpCodes(r.get("gwno_a"), y));
      for (int s : primary) {
        sideA.merge(s * 10000L + y, 1, Integer::sum);
      }
      primary.addAll(RawFiles.ucdpCodes(r.get("gwno_b"), y));
      if (first.get(Integer.parseInt(r.get("conflict_id"))) == y) {
        for (int s : primary) {
          onset.merge(s * 10000L + y, 1, Integer::sum);
        }
      }
    }
    int wars = 0;
    for (int i = 0; i < t.rowCount(); i++) {
      long k = t.intColumn("gwno").getInt(i) * 10000L + t.intColumn("year").getInt(i);
      assertEquals(sideA.getOrDefault(k, 0), t.intColumn("war_gov_side_a").getInt(i), "A " + k);
      assertEquals(onset.getOrDefault(k, 0), t.intColumn("war_gov_onset").getInt(i), "on " + k);
      wars += sideA.containsKey(k) ? 1 : 0;
    }
    assertTrue(wars > 100, wars + " state-years of government wars");
  }

  @Test
  void filteredJoinsSitBesideTheFullOne() {
    Dataset acd = ConflictData.read(TestFiles.sharedFile(FILE));
    Panel p = Panels.stateYears(CodeSystem.GW, 2020, 2020).withAcd(acd)
        .withAcd(acd, AcdOptions.all().types(TypeOfConflict.INTERSTATE).prefix("acd_inter_"));
    Table t = p.table();
    Table aze = t.where(t.intColumn("gwno").isEqualTo(373));
    assertEquals(1, aze.intColumn("acd_side_a").getInt(0));
    assertEquals(0, aze.intColumn("acd_inter_side_a").getInt(0),
        "388 is internationalized intrastate (type 4) in 2020");
    IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
        () -> p.withAcd(acd));
    assertTrue(twice.getMessage().contains("acd_side_a"), twice.getMessage());
    IllegalArgumentException kind = assertThrows(IllegalArgumentException.class,
        () -> p.withCowInterState(acd));
    assertTrue(kind.getMessage().contains("UCDP_PRIO_ACD"), kind.getMessage());
  }

  private void assertRow(int gwno, int year, int a, int b, int sec, int loc, int onsetOrEpisode,
      String ids) {
    Table r = panel.where(panel.intColumn("gwno").isEqualTo(gwno)
        .and(panel.intColumn("year").isEqualTo(year)));
    assertEquals(1, r.rowCount(), gwno + "/" + year);
    String what = gwno + "/" + year + " ";
    assertEquals(a, r.intColumn("acd_side_a").getInt(0), what + "side A");
    assertEquals(b, r.intColumn("acd_side_b").getInt(0), what + "side B");
    assertEquals(sec, r.intColumn("acd_secondary").getInt(0), what + "secondary");
    assertEquals(loc, r.intColumn("acd_location").getInt(0), what + "location");
    assertEquals(onsetOrEpisode, r.intColumn("acd_episode_onset").getInt(0), what + "episode");
    assertEquals(ids, r.stringColumn("acd_conflict_ids").get(0), what + "ids");
  }
}
