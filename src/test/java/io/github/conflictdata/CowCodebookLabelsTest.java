package io.github.conflictdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conflictdata.cow.ExtraStateWhereFought;
import io.github.conflictdata.cow.InterStateOutcome;
import io.github.conflictdata.cow.InterStateWhereFought;
import io.github.conflictdata.cow.Intnl;
import io.github.conflictdata.cow.IntraStateOutcome;
import io.github.conflictdata.cow.V5RegionNum;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The COW label enums against their quoted sources (fixtures under src/test/resources/cow, which
 * name each source: peacesciencer, Our World in Data, the Conflict Database Compass), and against
 * the shared COW files: every code in a labelled column has a label, and the labelled columns are
 * exactly those a fixture quotes.
 */
class CowCodebookLabelsTest {

  private static final String INTER = "/cow/inter-state-v4.0-codes.txt";
  private static final String INTRA = "/cow/intra-state-codes.txt";
  private static final String NON = "/cow/non-state-v4.0-codes.txt";
  private static final String EXTRA = "/cow/extra-state-codebook-v4.0-codes.txt";

  @Test
  void everyLabelledCowColumnMatchesItsQuotedSourceBothWays() throws IOException {
    Map<DatasetKind, String> fixtures =
        Map.of(
            DatasetKind.COW_INTER_STATE, INTER,
            DatasetKind.COW_INTRA_STATE, INTRA,
            DatasetKind.COW_NON_STATE, NON,
            DatasetKind.COW_EXTRA_STATE, EXTRA);
    for (Map.Entry<DatasetKind, String> e : fixtures.entrySet()) {
      Map<String, Map<Integer, String>> quotes =
          CodebookLabelsTest.byColumn(LabelsTestCsv.fixture(e.getValue()));
      // no labelled column without a quoted source, no quoted column left unregistered
      assertEquals(
          new TreeSet<>(quotes.keySet()),
          new TreeSet<>(Labels.codedColumns(e.getKey())),
          e.getKey().toString());
      for (String column : quotes.keySet()) {
        CodebookLabelsTest.assertMatches(e.getKey(), column, quotes.get(column), e.getValue());
      }
    }
  }

  @Test
  void factsStatedInTheSources() {
    // peacesciencer cow_war_inter: "8 (changed sides)"; cow_war_intra: "1 (Side A wins)"
    assertEquals("Changed sides", InterStateOutcome.of(8).orElseThrow().label());
    assertFalse(InterStateOutcome.of(9).isPresent());
    assertEquals("Side A wins", IntraStateOutcome.of(1).orElseThrow().label());
    assertFalse(IntraStateOutcome.of(8).isPresent(), "intra-state has no 'changed sides'");
    // OWID: inter-state composites 11-19, no 3, 5, 8 or 10
    assertEquals(15, InterStateWhereFought.values().length);
    assertEquals("Europe & Asia", InterStateWhereFought.of(12).orElseThrow().label());
    for (int none : new int[] {3, 5, 8, 10, 20}) {
      assertFalse(InterStateWhereFought.of(none).isPresent(), "code " + none);
    }
    // 5.1 regions are numbered differently: 4 is Sub-Saharan Africa, not the v4 files' Africa
    assertEquals("Sub-Saharan Africa", V5RegionNum.of(4).orElseThrow().label());
    assertEquals("Africa", ExtraStateWhereFought.of(4).orElseThrow().label());
    assertEquals("Internationalized", Intnl.of(1).orElseThrow().label());
    assertEquals(
        "Asia", Labels.label(DatasetKind.COW_NON_STATE, "WhereFought", 7).orElseThrow());
  }

  @Test
  void everyCodeInTheSharedCowFilesHasALabel() throws IOException {
    Set<String> ints = Set.of("WhereFought", "Outcome", "Intnl", "V5RegionNum");
    Table inter = cow("Inter-StateWarData_v4.0.csv", ints);
    assertEquals(337, inter.rowCount()); // SOURCES.md
    assertAllLabelled(inter, DatasetKind.COW_INTER_STATE, Set.of("WhereFought", "Outcome"));

    Table intra41 = cow("Intra-StateWarData_v4.1.csv", ints);
    assertEquals(442, intra41.rowCount()); // SOURCES.md
    assertAllLabelled(intra41, DatasetKind.COW_INTRA_STATE, Set.of("Outcome", "Intnl"));

    Table intra51 = cow("INTRA-STATE WARS v5.1 CSV.csv", ints);
    assertEquals(420, intra51.rowCount()); // SOURCES.md
    assertAllLabelled(
        intra51, DatasetKind.COW_INTRA_STATE, Set.of("Outcome", "Intnl", "V5RegionNum"));

    Table non = cow("Non-StateWarData_v4.0.csv", ints);
    assertEquals(62, non.rowCount()); // SOURCES.md
    assertAllLabelled(non, DatasetKind.COW_NON_STATE, Set.of("WhereFought"));

    Table extra = cow("Extra-StateWarData_v4.0.csv", ints);
    assertEquals(198, extra.rowCount()); // SOURCES.md
    assertAllLabelled(extra, DatasetKind.COW_EXTRA_STATE, Set.of("WhereFought"));
  }

  /** The same through the project's reader: label views of the typed COW tables. */
  @Test
  void labelViewsOfTheTypedCowTablesHaveNoUnknownCode() {
    Map<String, DatasetKind> files =
        Map.of(
            "Inter-StateWarData_v4.0.csv", DatasetKind.COW_INTER_STATE,
            "Intra-StateWarData_v4.1.csv", DatasetKind.COW_INTRA_STATE,
            "INTRA-STATE WARS v5.1 CSV.csv", DatasetKind.COW_INTRA_STATE,
            "Non-StateWarData_v4.0.csv", DatasetKind.COW_NON_STATE,
            "Extra-StateWarData_v4.0.csv", DatasetKind.COW_EXTRA_STATE);
    for (Map.Entry<String, DatasetKind> e : files.entrySet()) {
      Dataset d = ConflictData.read(LabelsTestCsv.shared("cow-wars/" + e.getKey()));
      assertEquals(e.getValue(), d.kind(), e.getKey());
      Table v = Labels.withLabels(d);
      for (String name : Labels.codedColumns(d.kind())) {
        StringColumn labels = v.stringColumn(name + Labels.LABEL_SUFFIX);
        int labelled = 0;
        for (int i = 0; i < labels.size(); i++) {
          if (!labels.isMissing(i)) {
            labelled++;
            assertFalse(
                labels.get(i).contains(Labels.UNKNOWN_CODE),
                e.getKey() + " " + name + " row " + i + ": " + labels.get(i));
          }
        }
        // release 4.1 has no V5RegionNum: that column is all missing in its table
        boolean absent = e.getKey().startsWith("Intra-State") && name.equals("V5RegionNum");
        assertEquals(absent, labelled == 0, e.getKey() + " " + name + " labelled cells");
      }
    }
  }

  /**
   * Intra-state Outcome 5 is labelled "War ongoing" in both releases although the quoted wording is
   * 4.1's: in both files a war is coded 5 exactly when its end year is COW's "ongoing" code -7.
   */
  @Test
  void intraStateOutcomeFiveIsExactlyTheOngoingWars() throws IOException {
    Set<String> ints = Set.of("Outcome");
    for (String[] file :
        List.of(
            new String[] {"Intra-StateWarData_v4.1.csv", "EndYear1"},
            new String[] {"INTRA-STATE WARS v5.1 CSV.csv", "EndYr1"})) {
      Table t = cow(file[0], ints);
      IntColumn outcome = t.intColumn("Outcome");
      StringColumn end = t.stringColumn(file[1]);
      int ongoing = 0;
      for (int i = 0; i < t.rowCount(); i++) {
        boolean five = outcome.getInt(i) == 5;
        assertEquals(five, end.get(i).strip().equals("-7"), file[0] + " row " + i);
        ongoing += five ? 1 : 0;
      }
      assertTrue(ongoing > 0, file[0] + " has ongoing wars");
      assertEquals(
          "War ongoing", Labels.label(DatasetKind.COW_INTRA_STATE, "Outcome", 5).orElseThrow());
    }
    // peacesciencer: inter-state code 5 is "not observed in these data"
    Table inter = cow("Inter-StateWarData_v4.0.csv", ints);
    assertFalse(inter.intColumn("Outcome").asList().contains(5));
  }

  private static Table cow(String file, Set<String> ints) throws IOException {
    // cp1252 text in some COW files; latin-1 decodes every byte and the coded columns are ASCII
    Table t =
        LabelsTestCsv.read(
            LabelsTestCsv.shared("cow-wars/" + file), StandardCharsets.ISO_8859_1, ints);
    return t;
  }

  private static void assertAllLabelled(Table t, DatasetKind kind, Set<String> expected) {
    Set<String> present = new TreeSet<>();
    for (String name : Labels.codedColumns(kind)) {
      if (t.containsColumn(name)) {
        present.add(name);
      }
    }
    assertEquals(new TreeSet<>(expected), present, kind + " labelled columns in " + t.name());
    Table v = Labels.view(t, kind);
    for (String name : present) {
      StringColumn labels = v.stringColumn(name);
      for (int i = 0; i < labels.size(); i++) {
        assertFalse(t.column(name).isMissing(i), t.name() + " " + name + " row " + i + " empty");
        assertFalse(
            labels.get(i).contains(Labels.UNKNOWN_CODE),
            t.name() + " " + name + " row " + i + ": " + t.column(name).getString(i));
      }
    }
  }
}
