package io.github.conflictdata;

import io.github.conflictdata.testing.LabelsTestCsv;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Label views of the real files in ../shared/data (skipped when absent). Expected values come from
 * SOURCES.md (Nagorno-Karabakh rows) and from the codebooks; every code in the files must have a
 * codebook label.
 */
class LabelsSharedDataTest {

  private static final Set<String> ACD_INTS =
      Set.of("conflict_id", "incompatibility", "year", "intensity_level", "cumulative_intensity",
          "type_of_conflict", "start_prec", "start_prec2", "ep_end", "ep_end_prec");

  @Test
  void acd231NagornoKarabakh2020() throws IOException {
    Table acd =
        LabelsTestCsv.read(
            LabelsTestCsv.shared("ucdp-prio-acd/UcdpPrioConflict_v23_1.csv"),
            StandardCharsets.UTF_8,
            ACD_INTS);
    assertEquals(2626, acd.rowCount()); // SOURCES.md
    Table v = Labels.view(acd, DatasetKind.UCDP_PRIO_ACD);
    int row = findRow(acd, "conflict_id", 388, "year", 2020);
    // SOURCES.md: type_of_conflict 4 (internationalized intrastate), intensity_level 2 (war),
    // cumulative_intensity 1, ep_end 0, region 1
    assertEquals("Internationalized intrastate", v.stringColumn("type_of_conflict").get(row));
    assertEquals("War", v.stringColumn("intensity_level").get(row));
    assertEquals("Over 1,000 deaths since onset", v.stringColumn("cumulative_intensity").get(row));
    assertEquals("No episode end", v.stringColumn("ep_end").get(row));
    assertEquals("Europe", v.stringColumn("region").get(row));
  }

  @Test
  void everyCodeInTheAcdAndBrdFilesHasACodebookLabel() throws IOException {
    Table acd =
        LabelsTestCsv.read(
            LabelsTestCsv.shared("ucdp-prio-acd/UcdpPrioConflict_v23_1.csv"),
            StandardCharsets.UTF_8,
            ACD_INTS);
    assertAllLabelled(acd, DatasetKind.UCDP_PRIO_ACD);
    Table brd =
        LabelsTestCsv.read(
            LabelsTestCsv.shared("ucdp-brd/BattleDeaths_v24_1_conf.csv"),
            StandardCharsets.UTF_8,
            Set.of("conflict_id", "incompatibility", "year", "type_of_conflict", "bd_best"));
    assertEquals(1520, brd.rowCount()); // SOURCES.md
    assertAllLabelled(brd, DatasetKind.UCDP_BRD_CONFLICT);
    // incompatibility 3 (peacesciencer #14's "both") shows its meaning wherever it occurs
    Table v = Labels.view(acd, DatasetKind.UCDP_PRIO_ACD);
    IntColumn codes = acd.intColumn("incompatibility");
    int threes = 0;
    for (int i = 0; i < acd.rowCount(); i++) {
      if (!codes.isMissing(i) && codes.getInt(i) == 3) {
        threes++;
        assertEquals("Government AND territory", v.stringColumn("incompatibility").get(i));
      }
    }
    assertTrue(threes > 0, "the ACD has conflict-years over government AND territory");
  }

  @Test
  void prioAndCowExtraStateCodesAllHaveLabels() throws IOException {
    Table prio =
        LabelsTestCsv.read(
            LabelsTestCsv.shared("prio-battle-deaths/PRIO_bd3.0.csv"),
            StandardCharsets.ISO_8859_1,
            Set.of("id", "year", "annualdata", "source", "incomp", "int", "cumint", "type",
                "epend", "region"));
    assertEquals(1957, prio.rowCount()); // SOURCES.md
    assertAllLabelled(prio, DatasetKind.PRIO_BATTLE_DEATHS);

    Table extra =
        LabelsTestCsv.read(
            LabelsTestCsv.shared("cow-wars/Extra-StateWarData_v4.0.csv"),
            StandardCharsets.ISO_8859_1,
            Set.of("WarNum", "WhereFought"));
    assertEquals(198, extra.rowCount()); // SOURCES.md
    assertAllLabelled(extra, DatasetKind.COW_EXTRA_STATE);
  }

  /**
   * GED 19.1 and One-Sided 25.1 read by the project's reader: every coded cell has a label, and
   * the rows labelled one-sided violence (GED codebook 23.1 p. 6, code 3) or government actor
   * (one-sided codebook 25.1 p. 6, code 1) are exactly the rows whose raw cell is that code.
   */
  @Test
  void gedAndOneSidedViewsThroughTheReader() throws Exception {
    java.nio.file.Path ged = io.github.conflictdata.testing.TestFiles.sharedFile("ucdp-ged/ged191.csv");
    Dataset d = ConflictData.read(ged);
    assertEquals(DatasetKind.UCDP_GED, d.kind());
    assertAllLabelled(d.table(), DatasetKind.UCDP_GED);
    java.util.List<java.util.List<String>> raw =
        io.github.conflictdata.testing.TestFiles.csvRecords(
            java.nio.file.Files.readString(ged, StandardCharsets.UTF_8));
    int at = raw.get(0).indexOf("type_of_violence");
    long expected = raw.stream().skip(1).filter(r -> r.get(at).equals("3")).count();
    assertTrue(expected > 0, "ged191 has one-sided events");
    assertEquals(
        expected,
        Labels.view(d).stringColumn("type_of_violence").countOccurrences("One-sided violence"));

    Dataset os =
        ConflictData.read(
            io.github.conflictdata.testing.TestFiles.sharedFile("ucdp-onesided/OneSided_v25_1.xlsx"));
    assertEquals(DatasetKind.UCDP_ONESIDED, os.kind());
    assertAllLabelled(os.table(), DatasetKind.UCDP_ONESIDED);
    java.util.List<java.util.List<String>> rows =
        io.github.conflictdata.testing.CodebookText.xlsxRecords(
            io.github.conflictdata.testing.TestFiles.sharedFile("ucdp-onesided/OneSided_v25_1.xlsx"));
    int g = rows.get(0).indexOf("is_government_actor");
    long governments = rows.stream().skip(1).filter(r -> r.get(g).strip().equals("1")).count();
    assertTrue(governments > 0, "one-sided 25.1 has government actors");
    assertEquals(
        governments,
        Labels.view(os).stringColumn("is_government_actor").countOccurrences("Government actor"));
  }

  private static void assertAllLabelled(Table t, DatasetKind kind) {
    Table v = Labels.view(t, kind);
    for (String name : Labels.codedColumns(kind)) {
      if (!t.containsColumn(name)) {
        continue;
      }
      StringColumn labels = v.stringColumn(name);
      for (int i = 0; i < labels.size(); i++) {
        assertEquals(t.column(name).isMissing(i), labels.isMissing(i), name + " row " + i);
        assertFalse(
            labels.get(i).contains(Labels.UNKNOWN_CODE),
            kind + " " + name + " row " + i + ": " + t.column(name).getString(i));
      }
    }
  }

  private static int findRow(Table t, String c1, int v1, String c2, int v2) {
    for (int i = 0; i < t.rowCount(); i++) {
      if (t.intColumn(c1).getInt(i) == v1 && t.intColumn(c2).getInt(i) == v2) {
        return i;
      }
    }
    throw new AssertionError("no row with " + c1 + "=" + v1 + " and " + c2 + "=" + v2);
  }
}
