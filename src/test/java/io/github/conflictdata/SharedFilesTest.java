package io.github.conflictdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;

/**
 * Every dataset file in ../shared/data reads strictly with the kind, release, row count and
 * checksum that SOURCES.md gives for it, and with the column types the issue fixes.
 */
class SharedFilesTest {

  static Stream<Arguments> files() {
    return Stream.of(
        Arguments.of("ucdp-brd/BattleDeaths_v24_1_conf.csv", DatasetKind.UCDP_BRD_CONFLICT, "24.1", 1520,
            "e0697abc5c5e5023a86bd0f5329fc04774af71a4847091375b828e9d441f4f91"),
        Arguments.of("ucdp-prio-acd/UcdpPrioConflict_v23_1.csv", DatasetKind.UCDP_PRIO_ACD, "23.1", 2626,
            "300dadc288a992536b491ed9f7d871917992396acaaa698f635aaec73618a0de"),
        Arguments.of("ucdp-prio-acd/UcdpPrioConflict_v24_1.xlsx", DatasetKind.UCDP_PRIO_ACD, "24.1", 2686,
            "7b26f496c8f3f3926b81d7fd73d6cba6be93f671b14220a7b5a3dc730139c1c6"),
        Arguments.of("cow-wars/Inter-StateWarData_v4.0.csv", DatasetKind.COW_INTER_STATE, "4.0", 337,
            "2535e30b145141c331a07d12d91e498ad8bdd3db32ba8d3bd88c4fda54817731"),
        Arguments.of("cow-wars/Extra-StateWarData_v4.0.csv", DatasetKind.COW_EXTRA_STATE, "4.0", 198,
            "529c325fdf0355ea4e09ce1c0d13d3cb474eaffcfebe13576b7a56207b264104"),
        Arguments.of("cow-wars/Intra-StateWarData_v4.1.csv", DatasetKind.COW_INTRA_STATE, "4.1", 442,
            "f699298571bd300b3cec5fd873e5fdbfe9b536a3704b0207edf0fc9414d4d963"),
        Arguments.of("cow-wars/Non-StateWarData_v4.0.csv", DatasetKind.COW_NON_STATE, "4.0", 62,
            "99d3d9df70a54fd2372fe05e2085216fc85ce1d3a72a7cb9e5c86f3bae4c9b9a"),
        Arguments.of("cow-wars/INTRA-STATE WARS v5.1 CSV.csv", DatasetKind.COW_INTRA_STATE, "5.1", 420,
            "afc6b8665f290225ab5aae17a802ecb8956c8ae785251bf54b1c4442bede1f0d"),
        Arguments.of("prio-battle-deaths/PRIO Battle Deaths Dataset 3.1.xls", DatasetKind.PRIO_BATTLE_DEATHS,
            "3.1", 1957, "ee59856548efafc4dd5f87089fa4b157cd2fbc61b7b87ec585eb8c6a71dc887e"),
        Arguments.of("prio-battle-deaths/PRIO_bd3.0.xls", DatasetKind.PRIO_BATTLE_DEATHS, "3.0", 1957,
            "b7be05b4abc6fe373fdb6a01a1f8d391a1a2a14ebfc9cd8a231cc053879f901c"),
        Arguments.of("prio-battle-deaths/PRIO_bd3.0.csv", DatasetKind.PRIO_BATTLE_DEATHS, "3.0", 1957,
            "25f89d3f16755eb445e4129260081e24f122bfc864efbcc0e42891b864c8d258"),
        Arguments.of("acled/conflict_data_arm.csv", DatasetKind.ACLED_EVENTS, "2020-12-05", 4960,
            "b37134e075ec64dddcd4e054ba828ffcf431f8913fdd655b26d6be01ea89ccde"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void readsWithKindReleaseRowsAndChecksum(
      String file, DatasetKind kind, String version, int rows, String sha256) {
    Dataset d = ConflictData.read(Shared.file(file));
    assertEquals(kind, d.kind());
    assertEquals(version, d.version());
    assertEquals(rows, d.table().rowCount());
    assertEquals(sha256, d.source().sha256());
    assertTrue(d.problems().isEmpty());
    assertTrue(d.source().name().endsWith(file.substring(file.indexOf('/') + 1)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void columnTypesFollowTheContract(
      String file, DatasetKind kind, String version, int rows, String sha256) {
    Table t = ConflictData.read(Shared.file(file)).table();
    switch (kind) {
      case UCDP_BRD_CONFLICT:
        types(t, ColumnType.INTEGER, "conflict_id", "year", "bd_best", "bd_low", "bd_high",
            "incompatibility", "type_of_conflict");
        types(t, ColumnType.STRING, "dyad_id", "gwno_a", "side_b_id", "region", "battle_location");
        break;
      case UCDP_PRIO_ACD:
        types(t, ColumnType.INTEGER, "conflict_id", "year", "intensity_level",
            "cumulative_intensity", "type_of_conflict", "ep_end", "start_prec");
        types(t, ColumnType.LOCAL_DATE, "start_date", "start_date2", "ep_end_date");
        types(t, ColumnType.STRING, "gwno_a", "side_a_id", "region", "location");
        break;
      case COW_INTER_STATE:
        types(t, ColumnType.INTEGER, "WarNum", "ccode", "BatDeath", "StartYear1", "StartMonth1");
        types(t, ColumnType.LOCAL_DATE, "StartDate1", "EndDate1", "StartDate2", "EndDate2");
        break;
      case COW_INTRA_STATE:
        types(t, ColumnType.DOUBLE, "WarNum");
        types(t, ColumnType.INTEGER, "CcodeA", "CcodeB", "WhereFought", "StartMo1", "StartYr4",
            "DeathsSideA", "DeathsSideB", "TotalBDeaths");
        types(t, ColumnType.LOCAL_DATE, "StartDate1", "EndDate4");
        break;
      case COW_EXTRA_STATE:
        types(t, ColumnType.INTEGER, "WarNum", "ccode1", "ccode2", "BatDeath", "NonStateDeaths",
            "EndDay2");
        break;
      case COW_NON_STATE:
        types(t, ColumnType.INTEGER, "WarNum", "SideADeaths", "TotalCombatDeaths", "StartYear");
        types(t, ColumnType.LOCAL_DATE, "StartDate", "EndDate");
        break;
      case PRIO_BATTLE_DEATHS:
        types(t, ColumnType.INTEGER, "id", "year", "bdeadlow", "bdeadhig", "bdeadbes", "int",
            "type", "ependprec");
        types(t, ColumnType.LOCAL_DATE, "startdate", "startdate2", "ependdate");
        types(t, ColumnType.STRING, "gwnoa2nd", "location");
        break;
      case ACLED_EVENTS:
        types(t, ColumnType.INTEGER, "data_id", "year", "fatalities");
        types(t, ColumnType.STRING, "inter1", "inter2", "interaction");
        types(t, ColumnType.LOCAL_DATE, "event_date");
        types(t, ColumnType.DOUBLE, "latitude", "longitude");
        types(t, ColumnType.LONG, "timestamp");
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
  void intraStateReleasesShareOneSchema() {
    Table v41 = ConflictData.read(Shared.file("cow-wars/Intra-StateWarData_v4.1.csv")).table();
    Table v51 = ConflictData.read(Shared.file("cow-wars/INTRA-STATE WARS v5.1 CSV.csv")).table();
    assertEquals(v51.columnNames(), v41.columnNames());
    // 4.1 names map onto 5.1 names; 4.1-only columns are kept, 5.1-only ones are missing in 4.1
    assertTrue(v41.columnNames().containsAll(
        List.of("StartMo1", "StartDy1", "StartYr1", "DeathsSideA", "DeathsSideB", "CcodeB",
            "WhereFought", "TotalBDeaths", "StartMo4")));
    assertEquals(442, v41.intColumn("TotalBDeaths").countMissing());
    assertEquals(420, v51.intColumn("CcodeB").countMissing());
    // first 4.1 record: "500,First Caucasus,5,365,Russia,-8,...,6,10,1818,..., 5000,6000,4.1"
    assertEquals(6, v41.intColumn("StartMo1").getInt(0));
    assertEquals(10, v41.intColumn("StartDy1").getInt(0));
    assertEquals(1818, v41.intColumn("StartYr1").getInt(0));
    assertEquals(5000, v41.intColumn("DeathsSideA").getInt(0));
    assertEquals(6000, v41.intColumn("DeathsSideB").getInt(0));
    assertTrue(v41.intColumn("CcodeB").isMissing(0));
  }

  @Test
  void twoUcdpAcdReleasesShareOneSchema() {
    Table v23 = ConflictData.read(Shared.file("ucdp-prio-acd/UcdpPrioConflict_v23_1.csv")).table();
    Table v24 = ConflictData.read(Shared.file("ucdp-prio-acd/UcdpPrioConflict_v24_1.xlsx")).table();
    assertEquals(v23.columnNames(), v24.columnNames());
    for (int c = 0; c < v23.columnCount(); c++) {
      assertEquals(v23.column(c).type(), v24.column(c).type(), v23.column(c).name());
    }
  }
}
