package io.github.conflictdata.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/**
 * Nagorno-Karabakh across sources: expected values from SOURCES.md, the issue, the raw files and
 * the seed article, never from the code under test.
 */
class CompareKarabakhTest {
  /** COW files are not bundled (COW's terms): the shared copies go into the test cache. */
  @org.junit.jupiter.api.BeforeAll
  static void cowInCache() {
    io.github.conflictdata.testing.TestFiles.cowInCache();
  }


  private static int row(Table t, String source, String unit, int yearStart, String idPart) {
    for (int r = 0; r < t.rowCount(); r++) {
      if (t.stringColumn("source").get(r).equals(source)
          && t.stringColumn("unit").get(r).equals(unit)
          && t.intColumn("year_start").getInt(r) == yearStart
          && t.stringColumn("id").get(r).contains(idPart)) {
        return r;
      }
    }
    throw new AssertionError("no " + source + " " + unit + " row from " + yearStart + " for "
        + idPart + " in\n" + t.print());
  }

  @Test
  void ucdp2020ConflictYear() {
    Table t = Compare.battleDeaths(War.of("nagorno-karabakh"));
    int r = row(t, "UCDP", Compare.CONFLICT_YEAR, 2020, "388");
    assertEquals(7646, t.intColumn("best").getInt(r));
    assertEquals(7548, t.intColumn("low").getInt(r));
    assertEquals(9077, t.intColumn("high").getInt(r));
    assertEquals("24.1", t.stringColumn("release").get(r));
  }

  @Test
  void prio1993HasOnlyBounds() {
    Table t = Compare.battleDeaths(War.of("nagorno-karabakh"));
    int r = row(t, "PRIO", Compare.CONFLICT_YEAR, 1993, "193");
    assertTrue(t.intColumn("best").isMissing(r));
    assertEquals(2000, t.intColumn("low").getInt(r));
    assertTrue(t.stringColumn("notes").get(r).contains("-999"), t.stringColumn("notes").get(r));
  }

  @Test
  void cowInterState216SidesAndTotalAreWarTotalsNotYears() {
    Table t = Compare.battleDeaths(War.of("nagorno-karabakh"));
    int total = row(t, "COW", Compare.WAR_TOTAL, 1993, "inter 216");
    assertEquals(8500 + 5500, t.intColumn("best").getInt(total)); // SOURCES.md: 8500 and 5500
    assertEquals(1994, t.intColumn("year_end").getInt(total));
    long sides = t.stringColumn("id").asList().stream().filter("inter 216"::equals).count();
    assertEquals(3, sides); // Azerbaijan, Armenia, and the war total: no yearly COW rows
    for (int r = 0; r < t.rowCount(); r++) {
      if (t.stringColumn("source").get(r).equals("COW")) {
        assertTrue(!t.stringColumn("unit").get(r).equals(Compare.CONFLICT_YEAR));
      }
    }
  }

  @Test
  void cowIntra872TotalAndRatioToMedian() {
    // expected values from the raw files: COW 5.1 TotalBDeaths of war 872, UCDP BRD 388 1991-1993
    Map<String, String> cow = SharedFiles.csv("cow-wars/INTRA-STATE WARS v5.1 CSV.csv",
        StandardCharsets.ISO_8859_1).stream().filter(m -> m.get("WarNum").equals("872"))
        .findFirst().orElseThrow();
    int cowTotal = SharedFiles.num(cow.get("TotalBDeaths"));
    int ucdpSum = 0;
    for (Map<String, String> m : SharedFiles.csv("ucdp-brd/BattleDeaths_v24_1_conf.csv",
        StandardCharsets.UTF_8)) {
      int y = Integer.parseInt(m.get("year"));
      if (m.get("conflict_id").equals("388") && y >= 1991 && y <= 1993) {
        ucdpSum += Integer.parseInt(m.get("bd_best"));
      }
    }
    Table t = Compare.battleDeaths(War.of("nagorno-karabakh"));
    int c = row(t, "COW", Compare.WAR_TOTAL, 1991, "intra 872");
    assertEquals(cowTotal, t.intColumn("best").getInt(c));
    int u = row(t, "UCDP", Compare.WAR_TOTAL, 1991, "388");
    assertEquals(ucdpSum, t.intColumn("best").getInt(u));
    // PRIO has no best for 1993, so the comparable bests are UCDP's and COW's: median = their mean
    double median = (ucdpSum + cowTotal) / 2.0;
    assertEquals(ucdpSum / median, t.doubleColumn("ratio_to_median").getDouble(u), 1e-9);
    assertEquals(cowTotal / median, t.doubleColumn("ratio_to_median").getDouble(c), 1e-9);
  }

  @Test
  void oneLinkCoversOnlyItsYears() {
    ConcordanceEntry inter216 = War.of("nagorno-karabakh").entries().stream()
        .filter(e -> e.cowWarNum().orElse(0) == 216).findFirst().orElseThrow();
    Table t = Compare.battleDeaths(inter216);
    int ucdpSum = 0;
    for (Map<String, String> m : SharedFiles.csv("ucdp-brd/BattleDeaths_v24_1_conf.csv",
        StandardCharsets.UTF_8)) {
      int y = Integer.parseInt(m.get("year"));
      if (m.get("conflict_id").equals("388") && (y == 1993 || y == 1994)) {
        ucdpSum += Integer.parseInt(m.get("bd_best"));
      }
    }
    for (int r = 0; r < t.rowCount(); r++) {
      int y = t.intColumn("year_start").getInt(r);
      assertTrue(y >= 1993 && t.intColumn("year_end").getInt(r) <= 1994, "row " + r + "\n" + t.print());
    }
    assertEquals(ucdpSum, t.intColumn("best").getInt(row(t, "UCDP", Compare.WAR_TOTAL, 1993, "388")));
    assertTrue(t.stringColumn("id").asList().stream().noneMatch(s -> s.startsWith("intra")));
  }

  @Test
  void claimsBesideUcdp2020() {
    Table t = Compare.claimsBeside(War.of("nagorno-karabakh"), 2020);
    int total = -1;
    int ucdp = -1;
    for (int r = 0; r < t.rowCount(); r++) {
      if (t.stringColumn("kind").get(r).equals("claims total")
          && t.stringColumn("scope").get(r).equals("military")
          && t.stringColumn("measure").get(r).equals("killed")) {
        total = r;
      }
      if (t.stringColumn("kind").get(r).equals("dataset")
          && t.stringColumn("source").get(r).startsWith("UCDP")) {
        ucdp = r;
      }
    }
    // the article: Azerbaijan 2,783 + Armenia at least 2,718
    assertEquals(2783 + 2718, t.intColumn("value").getInt(total));
    assertEquals("at least", t.stringColumn("qualifier").get(total));
    assertEquals(7646, t.intColumn("best").getInt(ucdp));
    assertEquals(7548, t.intColumn("low").getInt(ucdp));
    assertEquals(9077, t.intColumn("high").getInt(ucdp));
    // reporter roundings (nearly 2,800 / nearly 3,000) are not counted
    assertTrue(!t.intColumn("value").asList().contains(2800));
    List<String> kinds = t.stringColumn("kind").asList();
    assertEquals(6, kinds.stream().filter("claim"::equals).count());
    String s = Compare.claimsSummary(War.of("nagorno-karabakh"), 2020);
    for (String n : List.of("5,501", "2,783", "2,718", "7,646", "7,548", "9,077")) {
      assertTrue(s.contains(n), n + " not in: " + s);
    }
  }
}
