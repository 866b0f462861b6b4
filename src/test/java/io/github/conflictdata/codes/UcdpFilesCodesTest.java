package io.github.conflictdata.codes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conflictdata.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/** The crosswalk on the real UCDP files in ../shared/data (skipped when absent). */
class UcdpFilesCodesTest {
  /** COW files are not bundled (COW's terms): the shared copies go into the test cache. */
  @org.junit.jupiter.api.BeforeAll
  static void cowInCache() {
    io.github.conflictdata.testing.TestFiles.cowInCache();
  }

  private final CountryCodes codes = CountryCodes.load();

  private static Table read(Path file) {
    return Table.read().csv(CsvReadOptions.builder(file.toFile())
        .columnTypesPartial(Map.of("gwno_a", ColumnType.STRING, "gwno_loc", ColumnType.STRING,
            "year", ColumnType.INTEGER, "conflict_id", ColumnType.INTEGER))
        .build());
  }

  @Test
  void karabakh2020InBattleDeaths() {
    // SOURCES.md: conflict 388, gwno_loc 373, 2020
    Table brd = read(SharedData.file("ucdp-brd/BattleDeaths_v24_1_conf.csv"));
    Table t = codes.columns(brd).from("gwno_loc", CodeSystem.GW).year("year")
        .add(CodeSystem.COW).add(CodeSystem.ISO3).explode().apply().table();
    Table k = t.where(t.intColumn("conflict_id").isEqualTo(388)
        .and(t.intColumn("year").isEqualTo(2020)));
    assertEquals(1, k.rowCount());
    assertEquals(373, k.intColumn("ccode").get(0));
    assertEquals("AZE", k.stringColumn("iso3").get(0));
  }

  @Test
  void explodingAcdGwnoAGivesOneRowPerListedCode() throws IOException {
    Path file = SharedData.file("ucdp-prio-acd/UcdpPrioConflict_v23_1.csv");
    Table acd = read(file);
    // count the codes with a plain split of the column, independently of CodeColumns
    int codesInColumn = 0;
    for (String cell : acd.stringColumn("gwno_a")) {
      codesInColumn += cell.isBlank() ? 1 : cell.split(",").length;
    }
    Table t = codes.columns(acd).from("gwno_a", CodeSystem.GW).year("year")
        .add(CodeSystem.GW).explode().apply().table();
    assertEquals(codesInColumn, t.rowCount());
    assertTrue(t.rowCount() > acd.rowCount());
  }

  @Test
  void theOnlyUnlistedAcdNumbersAreThoseAbsentFromIisystem() throws IOException {
    Path file = SharedData.file("ucdp-prio-acd/UcdpPrioConflict_v23_1.csv");
    Table acd = read(file);
    // numbers listed in iisystem.dat: first field of each line, read without the parser
    String gw = new String(SharedData.bundled("iisystem.dat"), StandardCharsets.ISO_8859_1);
    Set<Integer> listed = new TreeSet<>();
    for (String line : gw.split("\r\n")) {
      listed.add(Integer.parseInt(line.substring(0, line.indexOf('\t'))));
    }
    Set<Integer> expectedUnlisted = new TreeSet<>();
    for (String col : new String[] {"gwno_a", "gwno_loc"}) {
      for (String cell : acd.stringColumn(col)) {
        for (String part : cell.split(",")) {
          if (!part.isBlank() && !listed.contains(Integer.parseInt(part.trim()))) {
            expectedUnlisted.add(Integer.parseInt(part.trim()));
          }
        }
      }
    }
    Set<Integer> reported = new TreeSet<>();
    for (String col : new String[] {"gwno_a", "gwno_loc"}) {
      CodedTable r = codes.columns(acd).from(col, CodeSystem.GW).year("year")
          .add(CodeSystem.COW).explode().nearestSpell().apply();
      for (Problem p : r.problems()) {
        if (p.expected().startsWith("a listed number")) {
          reported.add(Integer.parseInt(p.found()));
        }
      }
    }
    assertEquals(expectedUnlisted, reported);
    assertTrue(reported.contains(751), "Hyderabad's 751 is used by UCDP: " + reported);
  }
}
