package io.github.conflictdata.releases;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conflictdata.DatasetKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cached file is used only while its SHA-256 matches the one recorded when it was stored; a
 * damaged or unrecorded entry is fetched again, never read.
 */
class VerifiedCacheTest {
  @TempDir Path cache;

  @Test
  void secondDownloadComesFromTheCacheWithItsRecordedSha256() throws Exception {
    byte[] zip = Fixtures.brdZip();
    try (Loopback server = new Loopback().on(Fixtures.BRD_PATH, Loopback.bytes(zip))) {
      Release r = Fixtures.release(DatasetKind.UCDP_BRD_CONFLICT, "24.1", Fixtures.BRD_URL,
          "BattleDeaths_v24_1_conf.csv", zip);
      Releases rel = Fixtures.settings(cache, server, new Fixtures.Recorder()).build();
      Path member = rel.file(r);
      rel.download(r);
      assertEquals(1, server.count(Fixtures.BRD_PATH));
      Properties p = new Properties();
      try (var in = Files.newInputStream(Releases.sidecar(member))) {
        p.load(in);
      }
      assertEquals(Fixtures.sha256(Loopback.resource(Fixtures.BRD24)), p.getProperty("sha256"));
      Properties z = new Properties();
      try (var in = Files.newInputStream(Releases.sidecar(member.resolveSibling(r.fileName())))) {
        z.load(in);
      }
      assertEquals(Fixtures.sha256(zip), z.getProperty("sha256"));
    }
  }

  @Test
  void damagedEntryIsDownloadedAgainNeverRead() throws Exception {
    byte[] zip = Fixtures.brdZip();
    byte[] csv = Loopback.resource(Fixtures.BRD24);
    try (Loopback server = new Loopback().on(Fixtures.BRD_PATH, Loopback.bytes(zip))) {
      Release r = Fixtures.release(DatasetKind.UCDP_BRD_CONFLICT, "24.1", Fixtures.BRD_URL,
          "BattleDeaths_v24_1_conf.csv", zip);
      Fixtures.Recorder rec = new Fixtures.Recorder();
      Releases rel = Fixtures.settings(cache, server, rec).build();
      Path member = rel.file(r);
      Path archive = member.resolveSibling(r.fileName());
      // damage both the member and the zip: a flipped byte keeps the size
      flip(member);
      flip(archive);
      rel.download(r);
      assertEquals(2, server.count(Fixtures.BRD_PATH), "fetched again");
      assertArrayEquals(csv, Files.readAllBytes(member));
      assertTrue(rec.notices.stream().anyMatch(n -> n.contains("damaged")), rec.notices.toString());
    }
  }

  @Test
  void damagedMemberIsExtractedAgainFromTheVerifiedZip() throws Exception {
    byte[] zip = Fixtures.brdZip();
    try (Loopback server = new Loopback().on(Fixtures.BRD_PATH, Loopback.bytes(zip))) {
      Release r = Fixtures.release(DatasetKind.UCDP_BRD_CONFLICT, "24.1", Fixtures.BRD_URL,
          "BattleDeaths_v24_1_conf.csv", zip);
      Releases rel = Fixtures.settings(cache, server, new Fixtures.Recorder()).build();
      Path member = rel.file(r);
      Files.write(member, "junk".getBytes(), StandardOpenOption.APPEND);
      rel.download(r);
      assertEquals(1, server.count(Fixtures.BRD_PATH), "the zip was intact: no new request");
      assertArrayEquals(Loopback.resource(Fixtures.BRD24), Files.readAllBytes(member));
    }
  }

  @Test
  void fileWithoutRecordIsNotTrusted() throws Exception {
    byte[] zip = Fixtures.brdZip();
    try (Loopback server = new Loopback().on(Fixtures.BRD_PATH, Loopback.bytes(zip))) {
      Release r = Fixtures.release(DatasetKind.UCDP_BRD_CONFLICT, "24.1", Fixtures.BRD_URL,
          "BattleDeaths_v24_1_conf.csv", zip);
      Releases rel = Fixtures.settings(cache, server, new Fixtures.Recorder()).build();
      // a file someone copied into the cache by hand, with no record: not used
      Path dir = Files.createDirectories(cache.resolve("UCDP_BRD_CONFLICT/24.1"));
      Files.writeString(dir.resolve("BattleDeaths_v24_1_conf.csv"), "conflict_id\n1\n");
      rel.download(r);
      assertEquals(1, server.count(Fixtures.BRD_PATH));
      assertArrayEquals(Loopback.resource(Fixtures.BRD24),
          Files.readAllBytes(dir.resolve("BattleDeaths_v24_1_conf.csv")));
    }
  }

  private static void flip(Path p) throws Exception {
    byte[] b = Files.readAllBytes(p);
    b[b.length / 2] ^= 0x20;
    Files.write(p, b);
  }
}
