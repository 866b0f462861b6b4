package io.github.conflictdata.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conflictdata.ConflictData;
import io.github.conflictdata.Dataset;
import io.github.conflictdata.DatasetKind;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** The Dataset overloads: other releases than the bundled ones, and only the kinds given. */
class Compare_OtherReleasesTest {

  @Test
  void cowIntra41AndPrio30FromTheSharedFiles() {
    Dataset intra41 = ConflictData.read(SharedFiles.file("cow-wars/Intra-StateWarData_v4.1.csv"));
    Dataset prio30 = ConflictData.read(SharedFiles.file("prio-battle-deaths/PRIO_bd3.0.csv"));
    assertEquals("4.1", intra41.version());
    Table t = Compare.battleDeaths(War.of("nagorno-karabakh"), intra41, prio30);

    // expected from the raw 4.1 file: every known side figure of war 872 (-8 = no such side)
    int sum = 0;
    int sides = 0;
    for (Map<String, String> m : SharedFiles.csv("cow-wars/Intra-StateWarData_v4.1.csv",
        StandardCharsets.ISO_8859_1)) {
      if (m.get("WarNum").equals("872")) {
        for (String c : new String[] {"SideADeaths", "SideBDeaths"}) {
          int v = SharedFiles.num(m.get(c));
          if (v >= 0) {
            sum += v;
            sides++;
          }
        }
      }
    }
    int total = -1;
    int sideRows = 0;
    for (int r = 0; r < t.rowCount(); r++) {
      String src = t.stringColumn("source").get(r);
      assertTrue(!src.equals("UCDP"), "no UCDP dataset was given");
      if (t.stringColumn("id").get(r).equals("intra 872")) {
        assertEquals("4.1", t.stringColumn("release").get(r));
        if (t.stringColumn("unit").get(r).equals(Compare.WAR_TOTAL)) {
          total = t.intColumn("best").getInt(r);
        } else {
          sideRows++;
        }
      }
      if (src.equals("PRIO")) {
        assertEquals("3.0", t.stringColumn("release").get(r));
      }
    }
    assertEquals(sum, total);
    assertEquals(sides, sideRows);
    assertTrue(t.stringColumn("id").asList().stream().noneMatch(s -> s.startsWith("inter")),
        "no COW inter-state dataset was given");
  }

  @Test
  void acledEventCountsBesideUcdp() {
    Dataset acled = ConflictData.read(SharedFiles.file("acled/conflict_data_arm.csv"));
    Dataset acd = ConflictData.bundled(DatasetKind.UCDP_PRIO_ACD);
    Dataset brd = ConflictData.bundled(DatasetKind.UCDP_BRD_CONFLICT);
    Table t = Compare.battleDeaths(War.of("nagorno-karabakh"), acled, acd, brd);
    // expected from the raw export: 2020 events in Armenia of the three political-violence types;
    // Armenia (371) is UCDP 388's secondary party on side B in 2020 (SOURCES.md)
    int expected2020 = 0;
    for (Map<String, String> m : SharedFiles.csv("acled/conflict_data_arm.csv",
        StandardCharsets.UTF_8)) {
      if (m.get("year").equals("2020") && Compare.ACLED_VIOLENCE.contains(m.get("event_type"))) {
        expected2020++;
      }
    }
    Integer found = null;
    for (int r = 0; r < t.rowCount(); r++) {
      if (t.stringColumn("source").get(r).equals("ACLED")) {
        assertEquals(Compare.EVENT_COUNT, t.stringColumn("unit").get(r));
        assertTrue(t.stringColumn("notes").get(r).contains("not of deaths"));
        if (t.intColumn("year_start").getInt(r) == 2020) {
          found = t.intColumn("best").getInt(r);
        }
        // 2019: UCDP/PRIO ACD has no row for conflict 388, so no ACLED count either
        assertTrue(t.intColumn("year_start").getInt(r) != 2019);
      }
    }
    assertEquals(expected2020, found);
    assertTrue(expected2020 > 1000);
  }

  @Test
  void cachedIntraStateIsTheNewestRelease() {
    io.github.conflictdata.testing.TestFiles.cowInCache(); // COW is not bundled: the shared copies
    assertEquals("5.1", ConflictData.download(DatasetKind.COW_INTRA_STATE).version());
  }
}
