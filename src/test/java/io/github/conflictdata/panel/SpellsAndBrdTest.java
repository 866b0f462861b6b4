package io.github.conflictdata.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conflictdata.ConflictData;
import io.github.conflictdata.codes.CodeSystem;
import io.github.conflictdata.testing.TestFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/** Peace-year spells and the UCDP BRD join, against the raw files. */
class SpellsAndBrdTest {
  private static final String ACD = "ucdp-prio-acd/UcdpPrioConflict_v23_1.csv";

  @Test
  void peaceYearsOfAzerbaijanAndArmeniaAsSideA() {
    Table t = Panels.stateYears(CodeSystem.GW, 1990, 2023)
        .withAcd(ConflictData.read(TestFiles.sharedFile(ACD)))
        .withPeaceYears("acd_side_a").table();
    // ACD 23.1: Azerbaijan (373, a G&W member from 1991-12-21) is gwno_a of conflict 388 in
    // 1991-1994, 1997-1998, 2005, 2008, 2012, 2014-2017, 2020-2022 and of 396 in 1993 and 1995
    List<Integer> aze = new ArrayList<>();
    for (int y = 1991; y <= 2008; y++) {
      aze.add(value(t, 373, y, "peace_years"));
    }
    assertEquals(List.of(0, 0, 0, 0, 0, 1, 0, 0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 0), aze);
    assertEquals(false, flag(t, 373, 1996));
    // Armenia (371) is never gwno_a: a left-censored count from its first year, 1991
    assertEquals(1, value(t, 371, 1991, "peace_years"));
    assertEquals(32, value(t, 371, 2022, "peace_years"));
    assertEquals(true, flag(t, 371, 2022));
    // ACD 23.1 ends in 2022: the spell is missing in 2023
    assertTrue(t.where(t.intColumn("year").isEqualTo(2023)).intColumn("peace_years")
        .countMissing() > 150);
    Panel p = Panels.stateYears(CodeSystem.GW, 2000, 2001);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> p.withPeaceYears("acd_side_a"));
    assertTrue(e.getMessage().contains("acd_side_a"), e.getMessage());
  }

  @Test
  void brdByLocationAndByPartyEqualThePlainSums() {
    Path file = TestFiles.sharedFile("ucdp-brd/BattleDeaths_v24_1_conf.csv");
    Table t = Panels.stateYears(CodeSystem.GW, 1980, 2024).withBrd(ConflictData.read(file))
        .table();
    Map<Long, Integer> loc = new HashMap<>();
    Map<Long, Integer> party = new HashMap<>();
    int last = 0;
    for (Map<String, String> r : RawFiles.csv(file)) {
      int y = Integer.parseInt(r.get("year"));
      last = Math.max(last, y);
      int best = Integer.parseInt(r.get("bd_best"));
      for (int s : new LinkedHashSet<>(RawFiles.ucdpCodes(r.get("gwno_loc"), y))) {
        loc.merge(s * 10000L + y, best, Integer::sum);
      }
      Set<Integer> p = new LinkedHashSet<>(RawFiles.ucdpCodes(r.get("gwno_a"), y));
      p.addAll(RawFiles.ucdpCodes(r.get("gwno_b"), y));
      for (int s : p) {
        party.merge(s * 10000L + y, best, Integer::sum);
      }
    }
    IntColumn gw = t.intColumn("gwno");
    IntColumn yr = t.intColumn("year");
    for (int i = 0; i < t.rowCount(); i++) {
      int y = yr.getInt(i);
      String what = gw.getInt(i) + "/" + y;
      if (y < 1989 || y > last) {
        assertTrue(t.intColumn("brd_location_best").isMissing(i), what + " missing");
        assertTrue(t.intColumn("brd_party_best").isMissing(i), what + " missing");
        continue;
      }
      long k = gw.getInt(i) * 10000L + y;
      assertEquals(loc.getOrDefault(k, 0), t.intColumn("brd_location_best").getInt(i), what);
      assertEquals(party.getOrDefault(k, 0), t.intColumn("brd_party_best").getInt(i), what);
    }
    // conflict 388 in 2020: bd_best 7,646 (README, UCDP BRD 24.1), Azerbaijan location and side A
    assertTrue(value(t, 373, 2020, "brd_location_best") >= 7646);
  }

  private static int value(Table t, int gwno, int year, String column) {
    Table r = t.where(t.intColumn("gwno").isEqualTo(gwno).and(t.intColumn("year").isEqualTo(year)));
    assertEquals(1, r.rowCount(), gwno + "/" + year);
    return r.intColumn(column).getInt(0);
  }

  private static Boolean flag(Table t, int gwno, int year) {
    Table r = t.where(t.intColumn("gwno").isEqualTo(gwno).and(t.intColumn("year").isEqualTo(year)));
    return r.booleanColumn("peace_years_censored").get(0);
  }
}
