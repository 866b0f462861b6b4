package io.github.conflictdata.releases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conflictdata.DatasetKind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lock file records kind, release, file, size, SHA-256 (lower-case hex), URL and time of every
 * release read while it is set, in sorted plain-text blocks; later runs accept only those bytes.
 */
class LockFileTest {
  @TempDir Path tmp;

  @Test
  void recordsEachReleaseInSortedBlocks() throws Exception {
    byte[] brdZip = Fixtures.brdZip();
    byte[] acd = Loopback.resource(Fixtures.ACD23);
    byte[] acdZip = Loopback.zip("UcdpPrioConflict_v23_1.csv", acd);
    Path lock = tmp.resolve("conflictdata.lock");
    try (Loopback server = new Loopback().on(Fixtures.BRD_PATH, Loopback.bytes(brdZip))
        .on("/ucdp.uu.se/downloads/ucdpprio/ucdp-prio-acd-231-csv.zip", Loopback.bytes(acdZip))) {
      Releases rel = Fixtures.settings(tmp.resolve("cache"), server, new Fixtures.Recorder())
          .lockFile(lock).build();
      rel.download(Fixtures.release(DatasetKind.UCDP_BRD_CONFLICT, "24.1", Fixtures.BRD_URL,
          "BattleDeaths_v24_1_conf.csv", brdZip));
      rel.download(Fixtures.release(DatasetKind.UCDP_PRIO_ACD, "23.1",
          "https://ucdp.uu.se/downloads/ucdpprio/ucdp-prio-acd-231-csv.zip",
          "UcdpPrioConflict_v23_1.csv", acdZip));
    }
    List<String> lines = Files.readAllLines(lock, StandardCharsets.UTF_8);
    int brd = lines.indexOf("[UCDP_BRD_CONFLICT 24.1]");
    int acdAt = lines.indexOf("[UCDP_PRIO_ACD 23.1]");
    assertTrue(brd > 0 && acdAt > brd, "blocks sorted by kind: " + lines);
    assertEquals("file = BattleDeaths_v24_1_conf.csv", lines.get(brd + 1));
    assertEquals("size = " + Loopback.resource(Fixtures.BRD24).length, lines.get(brd + 2));
    assertEquals("sha256 = " + Fixtures.sha256(Loopback.resource(Fixtures.BRD24)), lines.get(brd + 3));
    assertTrue(lines.get(brd + 3).matches("sha256 = [0-9a-f]{64}"));
    assertEquals("url = " + Fixtures.BRD_URL, lines.get(brd + 4));
    assertTrue(lines.get(brd + 5).matches("fetched = \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"),
        lines.get(brd + 5));
    assertEquals("sha256 = " + Fixtures.sha256(acd), lines.get(acdAt + 3));
  }

  @Test
  void otherBytesFromTheNetworkAreRefusedAndNotCached() throws Exception {
    byte[] zip = Fixtures.brdZip();
    Path lock = tmp.resolve("conflictdata.lock");
    try (Loopback server = new Loopback().on(Fixtures.BRD_PATH, Loopback.bytes(zip))) {
      Fixtures.settings(tmp.resolve("a"), server, new Fixtures.Recorder()).lockFile(lock).build()
          .download(Fixtures.release(DatasetKind.UCDP_BRD_CONFLICT, "24.1", Fixtures.BRD_URL,
              "BattleDeaths_v24_1_conf.csv", zip));
    }
    String pinned = Files.readString(lock);
    // the publisher "re-issues" the release: one row fewer
    String csv = new String(Loopback.resource(Fixtures.BRD24), StandardCharsets.UTF_8);
    byte[] changed = csv.substring(0, csv.lastIndexOf('\n', csv.length() - 2) + 1)
        .getBytes(StandardCharsets.UTF_8);
    byte[] zip2 = Loopback.zip("BattleDeaths_v24_1_conf.csv", changed);
    Path fresh = tmp.resolve("b");
    try (Loopback server = new Loopback().on(Fixtures.BRD_PATH, Loopback.bytes(zip2))) {
      Releases rel = Fixtures.settings(fresh, server, new Fixtures.Recorder()).lockFile(lock).build();
      IntegrityException e = assertThrows(IntegrityException.class,
          () -> rel.download(Fixtures.release(DatasetKind.UCDP_BRD_CONFLICT, "24.1",
              Fixtures.BRD_URL, "BattleDeaths_v24_1_conf.csv", zip2)));
      assertTrue(e.getMessage().contains(Fixtures.sha256(Loopback.resource(Fixtures.BRD24)))
          && e.getMessage().contains(Fixtures.sha256(changed))
          && e.getMessage().contains("delete the block [UCDP_BRD_CONFLICT 24.1]"), e.getMessage());
      assertEquals(List.of(), Loopback.dataFiles(fresh));
    }
    assertEquals(pinned, Files.readString(lock), "the lock file is unchanged");
  }

  @Test
  void otherBytesInTheCacheAreRefused() throws Exception {
    byte[] zip = Fixtures.brdZip();
    Path lock = tmp.resolve("conflictdata.lock");
    Files.writeString(lock, "# pinned elsewhere\n\n[UCDP_BRD_CONFLICT 24.1]\n"
        + "file = BattleDeaths_v24_1_conf.csv\nsize = 10\nsha256 = " + "ab".repeat(32)
        + "\nfetched = 2026-01-01T00:00:00Z\n");
    try (Loopback server = new Loopback().on(Fixtures.BRD_PATH, Loopback.bytes(zip))) {
      Release r = Fixtures.release(DatasetKind.UCDP_BRD_CONFLICT, "24.1", Fixtures.BRD_URL,
          "BattleDeaths_v24_1_conf.csv", zip);
      Fixtures.settings(tmp.resolve("c"), server, new Fixtures.Recorder()).build().download(r);
      Releases locked = Fixtures.settings(tmp.resolve("c"), server, new Fixtures.Recorder())
          .lockFile(lock).build();
      IntegrityException e = assertThrows(IntegrityException.class, () -> locked.download(r));
      assertTrue(e.getMessage().contains("ab".repeat(32)), e.getMessage());
      assertEquals(1, server.count(Fixtures.BRD_PATH), "the cached copy was checked, not refetched");
    }
  }

  @Test
  void aMalformedLockFileIsNamedWithItsLine() throws Exception {
    Path lock = tmp.resolve("bad.lock");
    Files.writeString(lock, "[UCDP_BRD_CONFLICT 24.1]\nfile = x.csv\nsha256 = ABC\n");
    LockFile f = new LockFile(lock);
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> f.get("UCDP_BRD_CONFLICT", "24.1"));
    assertTrue(e.getMessage().contains(lock.toString()) && e.getMessage().contains("ABC"),
        e.getMessage());
  }
}
