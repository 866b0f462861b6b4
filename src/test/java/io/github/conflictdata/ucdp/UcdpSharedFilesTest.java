package io.github.conflictdata.ucdp;

import static io.github.conflictdata.testing.TableAsserts.assertCell;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conflictdata.ConflictData;
import io.github.conflictdata.Dataset;
import io.github.conflictdata.DatasetKind;
import io.github.conflictdata.testing.TestFiles;
import io.github.conflictdata.testing.TestXlsx;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;

/**
 * The UCDP files of issue 10 in ../shared/data read strictly with the kind, release, row count
 * and checksum SOURCES.md gives, the column types the issue fixes, and values that a plain CSV
 * splitter or a JDK-only xlsx reader (testing/) takes off the files themselves.
 */
class UcdpSharedFilesTest {

  static Stream<Arguments> files() {
    return Stream.of(
        Arguments.of("ucdp-ged/ged191.csv", DatasetKind.UCDP_GED, "19.1", 3194,
            "bc222f344883ba887d2e6ec6b887703cf734b351e547737f9a28fa8419925dd1",
            List.of("id", "best", "date_start", "active_year")),
        Arguments.of("ucdp-ged/conflict_data_BGD.csv", DatasetKind.UCDP_GED, "19.1", 601,
            "2f1f6a3db17c45ab14afa20955790bb94a1ac7ebdd8e7779c2aad9d085fe6113",
            List.of("id", "best", "iso3")),
        Arguments.of("ucdp-nonstate/Nonstate_v23_1.csv", DatasetKind.UCDP_NONSTATE, "23.1", 1542,
            "cc9ea9d3caef4d256dab81167d3fb93d9a67a1b21dafb9120333ded8da786eba",
            List.of("conflict_id", "best_fatality_estimate", "side_a_name")),
        Arguments.of("ucdp-nonstate/NonState_v25_1.xlsx", DatasetKind.UCDP_NONSTATE, "25.1", 1720,
            "724fbb37f98ccbf56a2105f3693d8f12b49dc5560c08174aa91a68e164b0721f",
            List.of("conflict_id", "best_fatality_estimate")),
        Arguments.of("ucdp-onesided/OneSided_v25_1.xlsx", DatasetKind.UCDP_ONESIDED, "25.1", 1330,
            "716a4e5b34edc4b09a8374537b20332129ce76e655523f5c6b1d1eb32cbbbeff",
            List.of("actor_id", "best_fatality_estimate")),
        Arguments.of("ucdp-dyadic/Dyadic_v24_1.csv", DatasetKind.UCDP_DYADIC, "24.1", 3357,
            "780be5b7446b21babac3b059b80d3c65ac6b1fe53f1d634d67e9e6506c6c09d0",
            List.of("dyad_id", "intensity_level")),
        Arguments.of("ucdp-brd/BattleDeaths_v24_1.csv", DatasetKind.UCDP_BRD_DYADIC, "24.1", 1920,
            "7d6e180845127fff39a52ce68e111b36384a341fded5d5091a3ab9902a2c9465",
            List.of("dyad_id", "bd_best")),
        Arguments.of("ucdp-brd/ucdp_conflict_deaths.csv", DatasetKind.UCDP_BRD_CONFLICT, "25.1",
            1586, "e1f183d24c4dcd3ba5463a6ee2a7f17f8b4ef70642be6db9576c6bddb1cdc847",
            List.of("conflict_id", "bd_best")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void readsWithKindReleaseRowsAndChecksum(String file, DatasetKind kind, String version,
      int rows, String sha256, List<String> checked) throws IOException {
    Path p = TestFiles.sharedFile(file);
    assertEquals(sha256, TestFiles.sha256(Files.readAllBytes(p)), "the file is SOURCES.md's");
    Dataset d = ConflictData.read(p);
    assertEquals(kind, d.kind());
    assertEquals(version, d.version());
    assertEquals(rows, d.table().rowCount());
    assertEquals(sha256, d.source().sha256());
    assertTrue(d.problems().isEmpty());
    // only GED infers its release; the others state it in their version column
    assertEquals(kind == DatasetKind.UCDP_GED, d.source().releaseInferred(), d.source().note());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void firstAndLastRecordsHoldWhatTheFileSays(String file, DatasetKind kind, String version,
      int rows, String sha256, List<String> checked) throws IOException {
    Path p = TestFiles.sharedFile(file);
    List<List<String>> recs = file.endsWith(".xlsx") ? TestXlsx.rows(p)
        : TestFiles.csvRecords(Files.readString(p, StandardCharsets.UTF_8));
    List<String> header = recs.get(0);
    int first = recs.get(1).get(1).startsWith("#") ? 2 : 1; // an HDX file's HXL row
    assertEquals(rows, recs.size() - first, "the test's own reader sees every record");
    Table t = ConflictData.read(p).table();
    for (String col : checked) {
      int i = header.indexOf(col);
      assertTrue(i >= 0, col);
      assertCell(t, 0, col, recs.get(first).get(i));
      assertCell(t, rows - 1, col, recs.get(recs.size() - 1).get(i));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void columnTypesFollowTheIssue(String file, DatasetKind kind, String version, int rows,
      String sha256, List<String> checked) {
    Table t = ConflictData.read(TestFiles.sharedFile(file)).table();
    switch (kind) {
      case UCDP_GED:
        types(t, ColumnType.INTEGER, "id", "year", "type_of_violence", "conflict_new_id",
            "dyad_new_id", "side_a_new_id", "side_b_new_id", "where_prec", "priogrid_gid",
            "country_id", "event_clarity", "date_prec", "deaths_a", "deaths_b",
            "deaths_civilians", "deaths_unknown", "low", "best", "high");
        types(t, ColumnType.BOOLEAN, "active_year");
        types(t, ColumnType.LOCAL_DATE, "date_start", "date_end");
        types(t, ColumnType.DOUBLE, "latitude", "longitude");
        types(t, ColumnType.STRING, "gwnoa", "gwnob", "relid", "code_status", "conflict_dset_id");
        break;
      case UCDP_NONSTATE:
        types(t, ColumnType.INTEGER, "conflict_id", "dyad_id", "org", "year", "start_prec",
            "ep_end", "best_fatality_estimate", "low_fatality_estimate", "high_fatality_estimate");
        types(t, ColumnType.LOCAL_DATE, "start_date", "start_date2", "ep_end_date");
        types(t, ColumnType.STRING, "side_a_id", "side_b_id", "side_a_components",
            "gwno_location", "region", "gwno_b_2nd");
        break;
      case UCDP_ONESIDED:
        types(t, ColumnType.INTEGER, "conflict_id", "dyad_id", "actor_id", "year",
            "best_fatality_estimate", "low_fatality_estimate", "high_fatality_estimate",
            "is_government_actor");
        types(t, ColumnType.STRING, "coalition_components", "gwno_location", "gwnoa", "region");
        break;
      case UCDP_DYADIC:
        types(t, ColumnType.INTEGER, "dyad_id", "conflict_id", "year", "intensity_level",
            "type_of_conflict", "incompatibility", "start_prec");
        types(t, ColumnType.LOCAL_DATE, "start_date", "start_date2");
        types(t, ColumnType.STRING, "side_a_id", "gwno_a", "gwno_loc", "region");
        break;
      case UCDP_BRD_DYADIC:
        types(t, ColumnType.INTEGER, "conflict_id", "dyad_id", "year", "bd_best");
        break;
      case UCDP_BRD_CONFLICT:
        types(t, ColumnType.INTEGER, "conflict_id", "year", "bd_best");
        types(t, ColumnType.STRING, "dyad_id", "gwno_battle");
        break;
      default:
        throw new AssertionError(kind);
    }
  }

  private static void types(Table t, ColumnType type, String... names) {
    for (String n : names) {
      assertEquals(type, t.column(n).type(), n);
    }
  }

  @Test
  void gedReleaseIsInferredAndSaidSo() {
    Dataset d = ConflictData.read(TestFiles.sharedFile("ucdp-ged/ged191.csv"));
    String note = d.source().note();
    assertTrue(note.contains("19.1") && note.contains("inferred") && note.contains("2018"), note);
  }

  @Test
  void hdxExportKeepsIso3AndSkipsTheHxlRow() throws IOException {
    Path p = TestFiles.sharedFile("ucdp-ged/conflict_data_BGD.csv");
    Table t = ConflictData.read(p).table();
    assertEquals(601, t.stringColumn("iso3").isEqualTo("BGD").size());
    assertFalse(t.stringColumn("iso3").asList().contains("#country+code"));
  }

  @Test
  void xlsxAndCsvOfTheBrdDyadicAndNonStateShareOneSchema() {
    Table v23 = ConflictData.read(TestFiles.sharedFile("ucdp-nonstate/Nonstate_v23_1.csv")).table();
    Table v25 = ConflictData.read(TestFiles.sharedFile("ucdp-nonstate/NonState_v25_1.xlsx")).table();
    assertEquals(v23.columnNames(), v25.columnNames());
    for (int c = 0; c < v23.columnCount(); c++) {
      assertEquals(v23.column(c).type(), v25.column(c).type(), v23.column(c).name());
    }
  }
}
