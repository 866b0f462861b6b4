package io.github.conflictdata.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/**
 * UCDP BRD starts in 1989 and PRIO BD ends in 2008 (SOURCES.md): a sum over a war that reaches
 * beyond them covers only part of it and must not enter the ratio to the median.
 */
class Compare_PartialCoverageTest {
  /** COW files are not bundled (COW's terms): the shared copies go into the test cache. */
  @org.junit.jupiter.api.BeforeAll
  static void cowInCache() {
    io.github.conflictdata.testing.TestFiles.cowInCache();
  }


  @Test
  void ucdpSumOverTheSovietWarInAfghanistanIsShownButNotCompared() {
    ConcordanceEntry soviet = Concordance.bundled().byUcdp(333).stream()
        .filter(e -> e.cowWarNum().equals(OptionalInt.of(476))).findFirst().orElseThrow();
    assertEquals(1980, soviet.startYear());
    Table t = Compare.battleDeaths(soviet);
    boolean sawUcdp = false;
    for (int r = 0; r < t.rowCount(); r++) {
      if (t.stringColumn("unit").get(r).equals(Compare.WAR_TOTAL)) {
        if (t.stringColumn("source").get(r).equals("UCDP")) {
          sawUcdp = true;
          assertEquals(1989, t.intColumn("year_start").getInt(r));
          assertTrue(t.doubleColumn("ratio_to_median").isMissing(r));
          assertTrue(t.stringColumn("notes").get(r).contains("not compared"));
        } else {
          // PRIO and COW cover 1980-1989: both compared, median of two = their mean
          assertTrue(!t.doubleColumn("ratio_to_median").isMissing(r), t.print());
        }
      }
    }
    assertTrue(sawUcdp);
  }
}
