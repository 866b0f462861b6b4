package io.github.conflictdata.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conflictdata.ConflictData;
import io.github.conflictdata.DatasetFormatException;
import io.github.conflictdata.DatasetKind;
import io.github.conflictdata.Problem;
import io.github.conflictdata.testing.TestFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Detection never takes a file for another kind: every shared file is detected as its own kind,
 * and read as any other kind it is refused with a reason (the Dyadic Dataset is never the ACD,
 * nor the ACD the Dyadic Dataset).
 */
class KindDetectionTest {

  static Stream<Arguments> files() {
    return Stream.of(
        Arguments.of("ucdp-ged/ged191.csv", DatasetKind.UCDP_GED),
        Arguments.of("ucdp-ged/conflict_data_BGD.csv", DatasetKind.UCDP_GED),
        Arguments.of("ucdp-nonstate/Nonstate_v23_1.csv", DatasetKind.UCDP_NONSTATE),
        Arguments.of("ucdp-nonstate/NonState_v25_1.xlsx", DatasetKind.UCDP_NONSTATE),
        Arguments.of("ucdp-onesided/OneSided_v25_1.xlsx", DatasetKind.UCDP_ONESIDED),
        Arguments.of("ucdp-dyadic/Dyadic_v24_1.csv", DatasetKind.UCDP_DYADIC),
        Arguments.of("ucdp-brd/BattleDeaths_v24_1.csv", DatasetKind.UCDP_BRD_DYADIC),
        Arguments.of("ucdp-brd/ucdp_conflict_deaths.csv", DatasetKind.UCDP_BRD_CONFLICT),
        Arguments.of("ucdp-brd/BattleDeaths_v24_1_conf.csv", DatasetKind.UCDP_BRD_CONFLICT),
        Arguments.of("ucdp-prio-acd/UcdpPrioConflict_v23_1.csv", DatasetKind.UCDP_PRIO_ACD),
        Arguments.of("ucdp-prio-acd/UcdpPrioConflict_v24_1.xlsx", DatasetKind.UCDP_PRIO_ACD),
        Arguments.of("acled/acled_data.csv", DatasetKind.ACLED_EVENTS),
        Arguments.of("acled/ACLED.csv", DatasetKind.ACLED_EVENTS),
        Arguments.of("acled/conflict_data_arm.csv", DatasetKind.ACLED_EVENTS),
        Arguments.of("acled/number_of_reported_fatalities_by_country-year_as-of-06Mar2026.xlsx",
            DatasetKind.ACLED_COUNTRY_YEAR),
        Arguments.of(
            "acled/number_of_political_violence_events_by_country-year_as-of-06Mar2026.xlsx",
            DatasetKind.ACLED_COUNTRY_YEAR),
        Arguments.of("cow-wars/Inter-StateWarData_v4.0.csv", DatasetKind.COW_INTER_STATE),
        Arguments.of("prio-battle-deaths/PRIO_bd3.0.csv", DatasetKind.PRIO_BATTLE_DEATHS));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void detectedAsItsKindAndRefusedAsEveryOther(String file, DatasetKind kind) {
    Path p = TestFiles.sharedFile(file);
    assertEquals(kind, ConflictData.read(p).kind());
    for (DatasetKind other : DatasetKind.values()) {
      if (other == kind) {
        continue;
      }
      DatasetFormatException e = assertThrows(DatasetFormatException.class,
          () -> ConflictData.reader().kind(other).read(p), file + " read as " + other);
      assertEquals(other, e.kind());
      assertTrue(e.problems().get(0).line() >= 1, e.getMessage());
    }
  }

  @Test
  void theDyadicDatasetIsNeverTheAcdAndSaysWhy() {
    Path dyadic = TestFiles.sharedFile("ucdp-dyadic/Dyadic_v24_1.csv");
    DatasetFormatException e = assertThrows(DatasetFormatException.class,
        () -> ConflictData.reader().kind(DatasetKind.UCDP_PRIO_ACD).read(dyadic));
    assertTrue(e.getMessage().contains("dyad_id") && e.getMessage().contains("UCDP_DYADIC"),
        e.getMessage());
    Path acd = TestFiles.sharedFile("ucdp-prio-acd/UcdpPrioConflict_v23_1.csv");
    DatasetFormatException f = assertThrows(DatasetFormatException.class,
        () -> ConflictData.reader().kind(DatasetKind.UCDP_DYADIC).read(acd));
    assertTrue(f.getMessage().contains("dyad_id"), f.getMessage());
  }

  @Test
  void anUnknownFileNamesWhyEveryKindDidNotMatch() {
    byte[] csv = "a,b,c\n1,2,3\n".getBytes(StandardCharsets.UTF_8);
    DatasetFormatException e = assertThrows(DatasetFormatException.class,
        () -> ConflictData.reader().read(new java.io.ByteArrayInputStream(csv), "x.csv"));
    List<DatasetKind> kinds = List.of(DatasetKind.values());
    assertEquals(kinds.size(), e.problems().size());
    for (DatasetKind k : kinds) {
      assertTrue(e.problems().stream().map(Problem::expected).anyMatch(x -> x.contains(k.name())),
          k + " in " + e.getMessage());
    }
  }
}
