package io.github.conflictdata.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tech.tablesaw.api.Table;

/** Yearly world totals against sums recomputed here from the raw files. */
class YearlyWorldTotalsTest {
  /** COW files are not bundled (COW's terms): the shared copies go into the test cache. */
  @org.junit.jupiter.api.BeforeAll
  static void cowInCache() {
    io.github.conflictdata.testing.TestFiles.cowInCache();
  }


  private static Table totals;

  private static synchronized Table totals() {
    if (totals == null) {
      totals = Compare.yearlyWorldTotals();
    }
    return totals;
  }

  private static int row(String source, String datasetPrefix, int year) {
    Table t = totals();
    for (int r = 0; r < t.rowCount(); r++) {
      if (t.intColumn("year").getInt(r) == year && t.stringColumn("source").get(r).equals(source)
          && t.stringColumn("dataset").get(r).startsWith(datasetPrefix)) {
        return r;
      }
    }
    throw new AssertionError("no " + source + " row for " + year);
  }

  @ParameterizedTest
  @ValueSource(ints = {1989, 1994, 2020, 2023})
  void ucdpBrd(int year) {
    long best = 0;
    long low = 0;
    long high = 0;
    int n = 0;
    for (Map<String, String> m : SharedFiles.csv("ucdp-brd/BattleDeaths_v24_1_conf.csv",
        StandardCharsets.UTF_8)) {
      if (Integer.parseInt(m.get("year")) == year) {
        best += Integer.parseInt(m.get("bd_best"));
        low += Integer.parseInt(m.get("bd_low"));
        high += Integer.parseInt(m.get("bd_high"));
        n++;
      }
    }
    int r = row("UCDP", "UCDP", year);
    Table t = totals();
    assertEquals(best, t.intColumn("best").getInt(r));
    assertEquals(low, t.intColumn("low").getInt(r));
    assertEquals(high, t.intColumn("high").getInt(r));
    assertEquals(n, t.intColumn("items").getInt(r));
  }

  @ParameterizedTest
  @ValueSource(ints = {1946, 1965, 1993, 2008})
  void prioBestOrLowWhereBestMissing(int year) {
    long best = 0;
    long low = 0;
    long high = 0;
    for (Map<String, String> m :
        SharedFiles.excel("prio-battle-deaths/PRIO Battle Deaths Dataset 3.1.xls")) {
      if (Integer.parseInt(m.get("year")) == year) {
        int b = Integer.parseInt(m.get("bdeadbes"));
        int l = Integer.parseInt(m.get("bdeadlow"));
        best += b == -999 ? l : b;
        low += l;
        high += Integer.parseInt(m.get("bdeadhig"));
      }
    }
    int r = row("PRIO", "PRIO", year);
    assertEquals(best, totals().intColumn("best").getInt(r));
    assertEquals(low, totals().intColumn("low").getInt(r));
    assertEquals(high, totals().intColumn("high").getInt(r));
  }

  @ParameterizedTest
  @ValueSource(ints = {1950, 1980, 1990})
  void cowInterStateByStartYear(int year) {
    // one war per WarNum, its start year the earliest StartYear1, deaths the known BatDeath values
    Map<String, Integer> start = new HashMap<>();
    Map<String, Long> deaths = new HashMap<>();
    for (Map<String, String> m : SharedFiles.csv("cow-wars/Inter-StateWarData_v4.0.csv",
        StandardCharsets.UTF_8)) {
      start.merge(m.get("WarNum"), SharedFiles.num(m.get("StartYear1")), Math::min);
      int d = SharedFiles.num(m.get("BatDeath"));
      deaths.merge(m.get("WarNum"), d >= 0 ? (long) d : 0L, Long::sum);
    }
    long expected = 0;
    for (var e : start.entrySet()) {
      if (e.getValue() == year) {
        expected += deaths.get(e.getKey());
      }
    }
    assertTrue(expected > 0);
    assertEquals(expected, totals().intColumn("best").getInt(row("COW", "COW Inter", year)));
  }

  @ParameterizedTest
  @ValueSource(ints = {1967, 1998})
  void cowIntraState51ByStartYear(int year) {
    long expected = 0;
    for (Map<String, String> m : SharedFiles.csv("cow-wars/INTRA-STATE WARS v5.1 CSV.csv",
        StandardCharsets.ISO_8859_1)) {
      if (SharedFiles.num(m.get("StartYr1")) == year) {
        int total = SharedFiles.num(m.get("TotalBDeaths"));
        assertTrue(total >= 0, "test years chosen where every war has TotalBDeaths: " + m);
        expected += total;
      }
    }
    assertEquals(expected, totals().intColumn("best").getInt(row("COW", "COW Intra", year)));
  }

  @ParameterizedTest
  @ValueSource(ints = {1988, 2009})
  void prioEndsIn2008AndUcdpStartsIn1989(int year) {
    List<String> sources = totals().where(totals().intColumn("year").isEqualTo(year))
        .stringColumn("source").asList();
    assertEquals(year == 1988 ? 0 : 1, sources.stream().filter("UCDP"::equals).count());
    assertEquals(year == 1988 ? 1 : 0, sources.stream().filter("PRIO"::equals).count());
  }
}
