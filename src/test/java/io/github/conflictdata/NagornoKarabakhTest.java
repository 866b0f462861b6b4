package io.github.conflictdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tech.tablesaw.api.Table;

/** The Nagorno-Karabakh values SOURCES.md reads off the shared files. */
class NagornoKarabakhTest {

  private static int row(Table t, String idCol, int id, String yearCol, int year) {
    for (int r = 0; r < t.rowCount(); r++) {
      if (t.intColumn(idCol).getInt(r) == id && t.intColumn(yearCol).getInt(r) == year) {
        return r;
      }
    }
    throw new AssertionError("no row " + id + "/" + year);
  }

  @Test
  void ucdpBrd388In2020() {
    Table t = ConflictData.read(Shared.file("ucdp-brd/BattleDeaths_v24_1_conf.csv")).table();
    int r = row(t, "conflict_id", 388, "year", 2020);
    assertEquals(7646, t.intColumn("bd_best").getInt(r));
    assertEquals(7548, t.intColumn("bd_low").getInt(r));
    assertEquals(9077, t.intColumn("bd_high").getInt(r));
    assertEquals("833", t.stringColumn("dyad_id").get(r));
    // text at conflict level: 2016/2017 releases list several types ("3, 4")
    assertEquals("4", t.stringColumn("type_of_conflict").get(r));
    assertEquals("Government of Turkey", t.stringColumn("side_a_2nd").get(r));
    assertEquals("Government of Armenia", t.stringColumn("side_b_2nd").get(r));
    assertEquals("373", t.stringColumn("gwno_loc").get(r));
    int r21 = row(t, "conflict_id", 388, "year", 2021);
    assertEquals(40, t.intColumn("bd_best").getInt(r21));
    assertEquals(43, t.intColumn("bd_high").getInt(r21));
    int r23 = row(t, "conflict_id", 388, "year", 2023);
    assertEquals(462, t.intColumn("bd_low").getInt(r23));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ucdp-prio-acd/UcdpPrioConflict_v23_1.csv", "ucdp-prio-acd/UcdpPrioConflict_v24_1.xlsx"})
  void ucdpAcd388In2020(String file) {
    Table t = ConflictData.read(Shared.file(file)).table();
    int r = row(t, "conflict_id", 388, "year", 2020);
    assertEquals(2, t.intColumn("intensity_level").getInt(r));
    assertEquals(1, t.intColumn("cumulative_intensity").getInt(r));
    assertEquals(LocalDate.of(1991, 12, 29), t.dateColumn("start_date").get(r));
    assertEquals(LocalDate.of(2020, 7, 16), t.dateColumn("start_date2").get(r));
    assertEquals(0, t.intColumn("ep_end").getInt(r));
    assertTrue(t.dateColumn("ep_end_date").isMissing(r));
    assertEquals("Artsakh (Nagorno-Karabakh)", t.stringColumn("territory_name").get(r));
  }

  @Test
  void ucdpAcd24HasLowIntensityYearsAfter2020() {
    Table t = ConflictData.read(Shared.file("ucdp-prio-acd/UcdpPrioConflict_v24_1.xlsx")).table();
    for (int y = 2021; y <= 2023; y++) {
      int r = row(t, "conflict_id", 388, "year", y);
      assertEquals(1, t.intColumn("intensity_level").getInt(r));
      assertEquals(0, t.intColumn("ep_end").getInt(r));
    }
  }

  @Test
  void cowInterStateWar216() {
    Table t = ConflictData.read(Shared.file("cow-wars/Inter-StateWarData_v4.0.csv")).table();
    int az = row(t, "WarNum", 216, "ccode", 373);
    int am = row(t, "WarNum", 216, "ccode", 371);
    assertEquals("Azeri-Armenian", t.stringColumn("WarName").get(az));
    assertEquals(8500, t.intColumn("BatDeath").getInt(az));
    assertEquals(5500, t.intColumn("BatDeath").getInt(am));
    assertEquals(LocalDate.of(1993, 2, 6), t.dateColumn("StartDate1").get(az));
    assertEquals(LocalDate.of(1994, 5, 12), t.dateColumn("EndDate1").get(am));
    // the second episode is -8 (not applicable): missing, with the raw code kept
    assertTrue(t.intColumn("StartYear2").isMissing(az));
    assertTrue(t.dateColumn("StartDate2").isMissing(az));
  }

  @Test
  void cowInterStateKeepsRawMissingCodes() {
    Dataset d = ConflictData.read(Shared.file("cow-wars/Inter-StateWarData_v4.0.csv"));
    int az = row(d.table(), "WarNum", 216, "ccode", 373);
    assertEquals(Optional.of("-8"), d.rawValue("StartYear2", az));
    assertEquals(Optional.empty(), d.rawValue("BatDeath", az));
  }

  @ParameterizedTest
  @ValueSource(strings = {"cow-wars/Intra-StateWarData_v4.1.csv", "cow-wars/INTRA-STATE WARS v5.1 CSV.csv"})
  void cowIntraStateWar872(String file) {
    Table t = ConflictData.read(Shared.file(file)).table();
    int r = -1;
    for (int i = 0; i < t.rowCount(); i++) {
      if (t.doubleColumn("WarNum").getDouble(i) == 872) {
        r = i;
      }
    }
    assertTrue(r >= 0, "war 872 present");
    assertTrue(t.stringColumn("WarName").get(r).startsWith("Nagorno-Karabakh"));
    assertEquals(1991, t.intColumn("StartYr1").getInt(r));
    assertEquals(1993, t.intColumn("EndYr1").getInt(r));
  }

  @ParameterizedTest
  @ValueSource(strings = {"prio-battle-deaths/PRIO_bd3.0.csv", "prio-battle-deaths/PRIO_bd3.0.xls",
      "prio-battle-deaths/PRIO Battle Deaths Dataset 3.1.xls"})
  void prio193(String file) {
    Dataset d = ConflictData.read(Shared.file(file));
    Table t = d.table();
    int r93 = row(t, "id", 193, "year", 1993);
    assertTrue(t.intColumn("bdeadbes").isMissing(r93), "1993 best estimate is -999: missing");
    assertEquals(Optional.of("-999"), d.rawValue("bdeadbes", r93));
    assertEquals(2000, t.intColumn("bdeadlow").getInt(r93));
    assertEquals(5751, t.intColumn("bdeadhig").getInt(r93));
    int r94 = row(t, "id", 193, "year", 1994);
    assertEquals(Optional.of("-999"), d.rawValue("bdeadbes", r94));
    int r92 = row(t, "id", 193, "year", 1992);
    assertEquals(1200, t.intColumn("bdeadbes").getInt(r92));
    int r05 = row(t, "id", 193, "year", 2005);
    assertEquals(83, t.intColumn("bdeadbes").getInt(r05));
    assertEquals(LocalDate.of(1991, 12, 29), t.dateColumn("startdate").get(r93));
    assertEquals("2009-4", t.stringColumn("version").get(r93));
    long years = t.intColumn("id").isEqualTo(193).size();
    assertEquals(4, years, "1992-1994 and 2005 only");
  }
}
