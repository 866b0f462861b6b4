package io.github.conflictdata.codes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** The lists as Tablesaw tables, and state-year panels. */
class ListTablesTest {
  /** COW files are not bundled (COW's terms): the shared copies go into the test cache. */
  @org.junit.jupiter.api.BeforeAll
  static void cowInCache() {
    io.github.conflictdata.testing.TestFiles.cowInCache();
  }

  private final CountryCodes codes = CountryCodes.load();

  @Test
  void listTablesHaveOneRowPerSpell() {
    Table gw = codes.table(CodeSystem.GW);
    assertEquals(216, gw.rowCount());
    assertEquals(243, codes.table(CodeSystem.COW).rowCount());
    Table aze = gw.where(gw.intColumn("gwno").isEqualTo(373));
    assertEquals(LocalDate.of(1991, 12, 21), aze.dateColumn("start").get(0));
    assertEquals(LocalDate.of(2017, 12, 31), aze.dateColumn("end").get(0));
    assertTrue(aze.booleanColumn("open").get(0));
  }

  @Test
  void gwPanelHasEveryNumberMemberInTheYear() {
    // numbers whose spell touches 1992, read off iisystem.dat's text (31:12:2017 = open)
    String text = new String(SharedData.bundled("iisystem.dat"), StandardCharsets.ISO_8859_1);
    Set<Integer> in1992 = new TreeSet<>();
    for (String line : text.split("\r\n")) {
      String[] f = line.split("\t");
      int startYear = Integer.parseInt(f[3].substring(6));
      int endYear = Integer.parseInt(f[4].substring(6));
      if (startYear <= 1992 && endYear >= 1992) {
        in1992.add(Integer.parseInt(f[0]));
      }
    }
    Table panel = codes.stateYears(CodeSystem.GW, 1991, 1992);
    Table y1992 = panel.where(panel.intColumn("year").isEqualTo(1992));
    assertEquals(in1992, new TreeSet<>(y1992.intColumn("gwno").asList()));
    Table arm = panel.where(panel.intColumn("gwno").isEqualTo(371)
        .and(panel.intColumn("year").isEqualTo(1991)));
    assertEquals(371, arm.intColumn("ccode").get(0));
    assertEquals("ARM", arm.stringColumn("iso3").get(0));
  }

  @Test
  void cowPanelFor1990HasBothGermaniesAndUnifiedGermany() {
    Table p = codes.stateYears(CodeSystem.COW, 1990, 1990);
    for (int[] pair : new int[][] {{255, 260}, {260, 260}, {265, 265}}) {
      Table row = p.where(p.intColumn("ccode").isEqualTo(pair[0]));
      assertEquals(1, row.rowCount(), "COW " + pair[0] + " in 1990");
      assertEquals(pair[1], row.intColumn("gwno").get(0), "G&W number of COW " + pair[0]);
    }
  }
}
