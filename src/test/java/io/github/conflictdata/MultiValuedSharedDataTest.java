package io.github.conflictdata;

import io.github.conflictdata.testing.LabelsTestCsv;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * MultiValued on the real UCDP and PRIO files in ../shared/data (skipped when absent). Row counts
 * of exploded tables are checked against a count of the commas in the raw cells.
 */
class MultiValuedSharedDataTest {

  private static final List<String> BRD_MULTI =
      List.of("dyad_id", "location_inc", "side_a_id", "side_b_id", "gwno_a", "gwno_a_2nd",
          "gwno_b", "gwno_b_2nd", "gwno_loc", "gwno_battle", "battle_location", "region");
  private static final List<String> ACD_MULTI =
      List.of("location", "side_a_id", "side_b_id", "gwno_a", "gwno_a_2nd", "gwno_b",
          "gwno_b_2nd", "gwno_loc", "region");
  private static final Set<String> TEXT_COLUMNS =
      Set.of("location", "location_inc", "battle_location");

  private static Table acd() throws IOException {
    return LabelsTestCsv.read(
        LabelsTestCsv.shared("ucdp-prio-acd/UcdpPrioConflict_v23_1.csv"),
        StandardCharsets.UTF_8,
        Set.of("conflict_id", "year"));
  }

  @Test
  void irregularlySpacedGwnoCellFromTheAcd() throws IOException {
    Table acd = acd();
    // a cell with two spaces after each comma, as UCDP publishes it (ANCHORS.md)
    int row = -1;
    for (int i = 0; i < acd.rowCount(); i++) {
      if (acd.stringColumn("gwno_a").get(i).equals("651,  645,  663,  660,  652")) {
        row = i;
        break;
      }
    }
    assertTrue(row >= 0, "the v23.1 file has the gwno_a cell '651,  645,  663,  660,  652'");
    assertEquals(
        List.of(651, 645, 663, 660, 652),
        MultiValued.splitInts(acd.stringColumn("gwno_a")).get(row));
  }

  @Test
  void everyMultiValuedUcdpColumnSplitsAndExplodesToTheCommaCount() throws IOException {
    Table brd =
        LabelsTestCsv.read(
            LabelsTestCsv.shared("ucdp-brd/BattleDeaths_v24_1_conf.csv"),
            StandardCharsets.UTF_8,
            Set.of("conflict_id", "year"));
    checkColumns(brd, BRD_MULTI);
    checkColumns(acd(), ACD_MULTI);
  }

  /**
   * PRIO publishes its multi-country gwno cells as numbers with the separators lost (in the .xls
   * already: 900920 for 900 and 920); the CSV export turned the long ones into E-notation. Such a
   * cell is not a list of integers and must be reported with its column and row, never guessed.
   */
  @Test
  void prioGwnoListsDamagedBySpreadsheetAreReportedNotGuessed() throws IOException {
    Table prio =
        LabelsTestCsv.read(
            LabelsTestCsv.shared("prio-battle-deaths/PRIO_bd3.0.csv"),
            StandardCharsets.ISO_8859_1,
            Set.of("id", "year"));
    // data row 612 (file line 614): id 62, 2004, gwnoa2nd "3.399E+89"
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> MultiValued.splitInts(prio.stringColumn("gwnoa2nd")));
    assertTrue(e.getMessage().contains("column 'gwnoa2nd', row 612 (0-based)"), e.getMessage());
    assertTrue(e.getMessage().contains("'3.399E+89'"), e.getMessage());
    // gwnoa has no E-notation cell, so it splits; its glued 220666200 (data row 585, file line
    // 587) is a valid integer to the splitter: only a reader that knows G&W codes can flag it
    checkColumns(prio, List.of("gwnoa"));
  }

  private static void checkColumns(Table t, List<String> columns) {
    for (String name : columns) {
      int expectedRows = 0;
      for (String cell : t.stringColumn(name)) {
        expectedRows += cell.isBlank() ? 1 : cell.length() - cell.replace(",", "").length() + 1;
      }
      Table x =
          TEXT_COLUMNS.contains(name)
              ? MultiValued.explode(t, name)
              : MultiValued.explodeInts(t, name);
      assertEquals(expectedRows, x.rowCount(), t.name() + " " + name);
      assertEquals(t.columnNames(), x.columnNames());
      if (!TEXT_COLUMNS.contains(name)) {
        IntColumn ints = x.intColumn(name);
        int present = ints.size() - ints.countMissing();
        int sum = 0;
        for (List<Integer> l : MultiValued.splitInts(t.stringColumn(name))) {
          sum += l.size();
        }
        assertEquals(sum, present, name + ": one present value per split value");
      }
    }
  }
}
