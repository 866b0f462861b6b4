package io.github.conflictdata.cow;

import io.github.conflictdata.ConflictData;
import io.github.conflictdata.Dataset;
import io.github.conflictdata.DatasetKind;
import io.github.conflictdata.Labels;
import io.github.conflictdata.testing.LabelsTestCsv;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * name each source: COW's codebooks in the shared docs folder, and for some columns the secondary
 * sources first used: peacesciencer, Our World in Data, the Conflict Database Compass), and against
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
          LabelsTestCsv.byColumn(LabelsTestCsv.fixture(e.getValue()));
      // no labelled column without a quoted source, no quoted column left unregistered; the one
      // exception is inter-state Side, whose only source (peacesciencer) words no code
      Set<String> expected = new TreeSet<>(quotes.keySet());
      if (e.getKey() == DatasetKind.COW_INTER_STATE) {
        expected.add("Side");
      }
      assertEquals(
          expected, new TreeSet<>(Labels.codedColumns(e.getKey())), e.getKey().toString());
      for (String column : quotes.keySet()) {
        LabelsTestCsv.assertMatches(e.getKey(), column, quotes.get(column), e.getValue());
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
    // the coded columns read as integers; intra- and non-state Initiator is text (names, "A"/"B")
    Set<String> ints = Set.of("WarType", "WhereFought", "Outcome", "Intnl", "V5RegionNum");
    Table inter = cow("Inter-StateWarData_v4.0.csv", plus(ints, "Side", "Initiator"));
    assertEquals(337, inter.rowCount()); // SOURCES.md
    assertAllLabelled(inter, DatasetKind.COW_INTER_STATE,
        Set.of("WarType", "Side", "WhereFought", "Initiator", "Outcome"));

    Table intra41 = cow("Intra-StateWarData_v4.1.csv", ints);
    assertEquals(442, intra41.rowCount()); // SOURCES.md
    assertAllLabelled(intra41, DatasetKind.COW_INTRA_STATE,
        Set.of("WarType", "Intnl", "WhereFought", "Outcome"));

    Table intra51 = cow("INTRA-STATE WARS v5.1 CSV.csv", ints);
    assertEquals(420, intra51.rowCount()); // SOURCES.md
    assertAllLabelled(intra51, DatasetKind.COW_INTRA_STATE,
        Set.of("V5RegionNum", "WarType", "Intnl", "Outcome"));

    Table non = cow("Non-StateWarData_v4.0.csv", ints);
    assertEquals(62, non.rowCount()); // SOURCES.md
    assertAllLabelled(non, DatasetKind.COW_NON_STATE, Set.of("WarType", "WhereFought", "Outcome"));

    Table extra = cow("Extra-StateWarData_v4.0.csv", plus(ints, "Initiator", "Interven"));
    assertEquals(198, extra.rowCount()); // SOURCES.md
    assertAllLabelled(extra, DatasetKind.COW_EXTRA_STATE,
        Set.of("WarType", "Initiator", "Interven", "Outcome", "WhereFought"));
  }

  /**
   * The fixture lines quoting COW's own codebooks (all but the secondary sources' lines) occur in
   * the codebook PDFs of the shared docs folder (needs pdftotext and the shared data).
   */
  @Test
  void codebookQuotesAreInTheCowCodebookPdfs() throws Exception {
    assertQuotesIn(INTER, "Inter-StateWars_Codebook.pdf", "WarType", "Initiator", "Outcome",
        "WhereFought");
    assertQuotesIn(EXTRA, "Extra-StateWars_Codebook.pdf", "WarType", "Initiator", "Interven",
        "Outcome", "WhereFought");
    assertQuotesIn(INTRA, "Intra-StateWars_Codebook.pdf", "WarType", "Outcome", "WhereFought");
    assertQuotesIn(NON, "Non-StateWars_Codebook.pdf", "WarType", "Outcome", "WhereFought");
  }

  private static void assertQuotesIn(String fixture, String pdf, String... columns)
      throws Exception {
    String text = io.github.conflictdata.testing.CodebookText.pdf(pdf);
    Set<String> wanted = Set.of(columns);
    int checked = 0;
    for (String[] f : LabelsTestCsv.fixture(fixture)) {
      if (wanted.contains(f[0])) {
        assertTrue(
            text.contains(io.github.conflictdata.testing.CodebookText.norm(f[2])),
            pdf + " lacks " + f[0] + " '" + f[2] + "' quoted in " + fixture);
        checked++;
      }
    }
    assertTrue(checked >= columns.length, fixture + ": too few quotes checked");
  }

  private static Set<String> plus(Set<String> base, String... more) {
    Set<String> out = new TreeSet<>(base);
    out.addAll(List.of(more));
    return out;
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
        // release 4.1 has no V5RegionNum and 5.1 no WhereFought: all missing in that table
        boolean absent =
            e.getKey().startsWith("Intra-State") && name.equals("V5RegionNum")
                || e.getKey().startsWith("INTRA-STATE") && name.equals("WhereFought");
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
