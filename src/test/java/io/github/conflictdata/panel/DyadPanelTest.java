package io.github.conflictdata.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conflictdata.ConflictData;
import io.github.conflictdata.codes.CodeSystem;
import io.github.conflictdata.codes.CountryCodes;
import io.github.conflictdata.testing.TestFiles;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/** Dyad-year panels: sizes from the G&amp;W list by plain code, and the ACD/COW joins by sides. */
class DyadPanelTest {

  @Test
  void directedRowCountIsTheSumOverYearsOfNTimesNMinusOne() {
    List<RawFiles.Spell> gw = RawFiles.gwSpells();
    long directed = 0;
    long undirected = 0;
    for (int y = 1946; y <= 2023; y++) {
      long n = RawFiles.members(gw, y, false).size();
      directed += n * (n - 1);
      undirected += n * (n - 1) / 2;
    }
    DyadPanel d = Panels.dyadYears(CodeSystem.GW, 1946, 2023, true);
    assertEquals(directed, d.rowCount());
    assertEquals(undirected, Panels.dyadYears(CodeSystem.GW, 1946, 2023, false).rowCount());
    assertTrue(directed > 1_500_000, "about 2 million directed dyad-years: " + directed);
  }

  @Test
  void everyOrderedPairOfAYearOnceInOrder() {
    for (boolean directed : new boolean[] {true, false}) {
      Table t = Panels.dyadYears(CodeSystem.GW, 1992, 1993, directed).table();
      for (int y = 1992; y <= 1993; y++) {
        TreeSet<Integer> members = RawFiles.members(RawFiles.gwSpells(), y, false);
        Table year = t.where(t.intColumn("year").isEqualTo(y));
        int i = 0;
        for (int a : members) {
          for (int b : members) {
            if (a == b || (!directed && a > b)) {
              continue;
            }
            assertEquals(a, year.intColumn("gwno1").getInt(i), y + " row " + i);
            assertEquals(b, year.intColumn("gwno2").getInt(i), y + " row " + i);
            i++;
          }
        }
        assertEquals(i, year.rowCount());
      }
    }
  }

  @Test
  void acdOpposedPairsEqualThePlainCount() {
    Path file = TestFiles.sharedFile("ucdp-prio-acd/UcdpPrioConflict_v23_1.csv");
    Table t = Panels.dyadYears(CodeSystem.GW, 1946, 2023, true)
        .withAcd(ConflictData.read(file)).table();
    Map<String, Integer> primary = new HashMap<>();
    Map<String, Integer> any = new HashMap<>();
    for (Map<String, String> r : RawFiles.csv(file)) {
      int yy = Integer.parseInt(r.get("year"));
      Set<Integer> a = new LinkedHashSet<>(RawFiles.ucdpCodes(r.get("gwno_a"), yy));
      Set<Integer> b = new LinkedHashSet<>(RawFiles.ucdpCodes(r.get("gwno_b"), yy));
      Set<Integer> a2 = new LinkedHashSet<>(a);
      a2.addAll(RawFiles.ucdpCodes(r.get("gwno_a_2nd"), yy));
      Set<Integer> b2 = new LinkedHashSet<>(b);
      b2.addAll(RawFiles.ucdpCodes(r.get("gwno_b_2nd"), yy));
      String y = r.get("year");
      Set<String> p = new java.util.HashSet<>();
      Set<String> q = new java.util.HashSet<>();
      for (int x : a) {
        for (int z : b) {
          p.add(x + " " + z + " " + y);
          p.add(z + " " + x + " " + y);
        }
      }
      for (int x : a2) {
        for (int z : b2) {
          if (x != z) {
            q.add(x + " " + z + " " + y);
            q.add(z + " " + x + " " + y);
          }
        }
      }
      p.forEach(k -> primary.merge(k, 1, Integer::sum));
      q.forEach(k -> any.merge(k, 1, Integer::sum));
    }
    IntColumn g1 = t.intColumn("gwno1");
    IntColumn g2 = t.intColumn("gwno2");
    IntColumn yr = t.intColumn("year");
    IntColumn opp = t.intColumn("acd_opposed");
    IntColumn opp2 = t.intColumn("acd_opposed_2nd");
    int nonZero = 0;
    for (int i = 0; i < t.rowCount(); i++) {
      if (yr.getInt(i) > 2022) {
        assertTrue(opp.isMissing(i) && opp2.isMissing(i), "after 2022 missing");
        continue;
      }
      String k = g1.getInt(i) + " " + g2.getInt(i) + " " + yr.getInt(i);
      assertEquals(primary.getOrDefault(k, 0), opp.getInt(i), "acd_opposed " + k);
      assertEquals(any.getOrDefault(k, 0), opp2.getInt(i), "acd_opposed_2nd " + k);
      nonZero += opp2.getInt(i) > 0 ? 1 : 0;
    }
    assertTrue(nonZero > 1000, nonZero + " opposed dyad-years");
    // Armenia (371) is only gwno_b_2nd of conflict 388 against Azerbaijan (373) in 2020
    Table aa = t.where(g1.isEqualTo(371).and(g2.isEqualTo(373)).and(yr.isEqualTo(2020)));
    assertEquals(0, aa.intColumn("acd_opposed").getInt(0));
    assertEquals(1, aa.intColumn("acd_opposed_2nd").getInt(0));
  }

  @Test
  void cowInterStateOpposedPairsThroughTheCrosswalk() {
    RawFiles.assumeCowList();
    // Inter-State 4.0 war 216: Armenia (371) Side 1, Azerbaijan (373) Side 2, 1993-1994
    Table t = Panels.dyadYears(CountryCodes.load(), CodeSystem.GW, 1992, 2008, false,
            Membership.ANY_DAY)
        .withCowInterState(ConflictData.read(
            TestFiles.sharedFile("cow-wars/Inter-StateWarData_v4.0.csv"))).table();
    IntColumn c = t.intColumn("cow_inter_opposed");
    Table aa = t.where(
        t.intColumn("gwno1").isEqualTo(371).and(t.intColumn("gwno2").isEqualTo(373)));
    assertEquals(List.of(0, 1, 1, 0), List.of(value(aa, 1992), value(aa, 1993), value(aa, 1994),
        value(aa, 1995)));
    Table y2008 = t.where(t.intColumn("year").isEqualTo(2008));
    assertEquals(y2008.rowCount(), y2008.intColumn("cow_inter_opposed").countMissing());
    assertTrue(c.countMissing() == y2008.rowCount(), "only 2008 is outside COW 4.0's coverage");
  }

  private static int value(Table t, int year) {
    return t.where(t.intColumn("year").isEqualTo(year)).intColumn("cow_inter_opposed").getInt(0);
  }
}
