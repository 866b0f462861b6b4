package io.github.conflictdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The releases shipped in the jar read with no file on disk, with their checksums and citations. */
class BundledReleasesTest {

  static Stream<Arguments> newest() {
    return Stream.of(
        Arguments.of(DatasetKind.UCDP_BRD_CONFLICT, "24.1", 1520,
            "e0697abc5c5e5023a86bd0f5329fc04774af71a4847091375b828e9d441f4f91", "Davies"),
        Arguments.of(DatasetKind.UCDP_BRD_DYADIC, "24.1", 1920,
            "7d6e180845127fff39a52ce68e111b36384a341fded5d5091a3ab9902a2c9465", "Davies"),
        Arguments.of(DatasetKind.UCDP_DYADIC, "24.1", 3357,
            "780be5b7446b21babac3b059b80d3c65ac6b1fe53f1d634d67e9e6506c6c09d0", "Harbom"),
        Arguments.of(DatasetKind.UCDP_NONSTATE, "25.1", 1720,
            "724fbb37f98ccbf56a2105f3693d8f12b49dc5560c08174aa91a68e164b0721f", "Sundberg"),
        Arguments.of(DatasetKind.UCDP_ONESIDED, "25.1", 1330,
            "716a4e5b34edc4b09a8374537b20332129ce76e655523f5c6b1d1eb32cbbbeff", "Hultman"),
        Arguments.of(DatasetKind.UCDP_PRIO_ACD, "24.1", 2686,
            "7b26f496c8f3f3926b81d7fd73d6cba6be93f671b14220a7b5a3dc730139c1c6", "Gleditsch"),
        Arguments.of(DatasetKind.PRIO_BATTLE_DEATHS, "3.1", 1957,
            "ee59856548efafc4dd5f87089fa4b157cd2fbc61b7b87ec585eb8c6a71dc887e", "Lacina"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("newest")
  void newestReleaseOfEachKind(
      DatasetKind kind, String version, int rows, String sha256, String citedAuthor) {
    Dataset d = ConflictData.bundled(kind);
    assertEquals(kind, d.kind());
    assertEquals(version, d.version());
    assertEquals(rows, d.table().rowCount());
    assertEquals(sha256, d.source().sha256());
    assertTrue(d.source().citation().contains(citedAuthor), d.source().citation());
    assertTrue(!d.source().licence().isBlank());
    assertTrue(d.source().name().startsWith("io/github/conflictdata/data/"));
  }

  @Test
  void olderReleasesByVersion() {
    Dataset acd23 = ConflictData.bundled(DatasetKind.UCDP_PRIO_ACD, "23.1");
    assertEquals(2626, acd23.table().rowCount());
    assertEquals("23.1", acd23.version());
    Dataset prio30 = ConflictData.bundled(DatasetKind.PRIO_BATTLE_DEATHS, "3.0");
    assertEquals("b7be05b4abc6fe373fdb6a01a1f8d391a1a2a14ebfc9cd8a231cc053879f901c",
        prio30.source().sha256());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ConflictData.bundled(DatasetKind.UCDP_PRIO_ACD, "17.1"));
    assertTrue(e.getMessage().contains("24.1") && e.getMessage().contains("23.1"), e.getMessage());
  }

  @Test
  void acledIsNeverBundled() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ConflictData.bundled(DatasetKind.ACLED_EVENTS));
    assertTrue(e.getMessage().contains("terms of use"), e.getMessage());
    assertTrue(ConflictData.bundledReleases().stream()
        .noneMatch(r -> r.kind() == DatasetKind.ACLED_EVENTS || r.resource().contains("acled")));
    assertTrue(BundledReleasesTest.class.getClassLoader()
        .getResource("io/github/conflictdata/data/acled") == null);
  }

  /** COW's terms forbid redistribution: no COW file is in the jar, and bundled() says why. */
  @Test
  void cowIsNotBundledAndPointsToDownload() {
    for (DatasetKind k : java.util.List.of(DatasetKind.COW_INTER_STATE, DatasetKind.COW_INTRA_STATE,
        DatasetKind.COW_EXTRA_STATE, DatasetKind.COW_NON_STATE)) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> ConflictData.bundled(k));
      assertTrue(e.getMessage().contains("terms") && e.getMessage().contains("ConflictData.download")
          && e.getMessage().contains("cache().add"), e.getMessage());
    }
    assertTrue(ConflictData.bundledReleases().stream().noneMatch(r -> r.kind().name().startsWith("COW")));
    ClassLoader cl = BundledReleasesTest.class.getClassLoader();
    for (String gone : java.util.List.of("cow/Inter-StateWarData_v4.0.csv",
        "cow/INTRA-STATE WARS v5.1 CSV.csv", "cow/Intra-StateWarData_v4.1.csv",
        "cow/Extra-StateWarData_v4.0.csv", "cow/Non-StateWarData_v4.0.csv",
        "country-codes/states2016.csv")) {
      assertTrue(cl.getResource("io/github/conflictdata/data/" + gone) == null, gone);
    }
  }

  @Test
  void gedIsTooLargeToShipAndTheMessageSaysWhereToGetIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ConflictData.bundled(DatasetKind.UCDP_GED));
    assertTrue(e.getMessage().contains("400,000")
        && e.getMessage().contains("ConflictData.download(DatasetKind.UCDP_GED, version)"),
        e.getMessage());
    IllegalArgumentException f = assertThrows(IllegalArgumentException.class,
        () -> ConflictData.bundled(DatasetKind.ACLED_COUNTRY_YEAR));
    assertTrue(f.getMessage().contains("terms of use"), f.getMessage());
  }

  @Test
  void bundledBytesAreTheSharedFilesByteForByte() throws Exception {
    java.nio.file.Path shared = Shared.dir();
    for (ConflictData.BundledRelease r : ConflictData.bundledReleases()) {
      String file = r.resource().substring(r.resource().indexOf('/') + 1);
      String folder = r.resource().startsWith("ucdp/")
          ? (file.startsWith("Battle") ? "ucdp-brd/" : file.startsWith("Dyadic") ? "ucdp-dyadic/"
              : file.startsWith("NonState") ? "ucdp-nonstate/"
              : file.startsWith("OneSided") ? "ucdp-onesided/" : "ucdp-prio-acd/")
          : "prio-battle-deaths/";
      byte[] original = java.nio.file.Files.readAllBytes(shared.resolve(folder + file));
      assertTrue(java.util.Arrays.equals(original, Shared.bundledBytes(r.resource())), file);
    }
  }
}
