package io.github.conflictdata.releases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conflictdata.Dataset;
import io.github.conflictdata.DatasetKind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The release read from the file must be the release asked for. */
class ReleaseMismatchTest {
  @TempDir Path cache;

  @Test
  void aFileOfAnotherReleaseIsAnIntegrityError() throws Exception {
    // a "23.1" entry whose zip holds the 24.1 file
    byte[] zip = Loopback.zip("BattleDeaths_v23_1_conf.csv", Loopback.resource(Fixtures.BRD24));
    String url = "https://ucdp.uu.se/downloads/brd/ucdp-brd-conf-231-csv.zip";
    try (Loopback server = new Loopback()
        .on("/ucdp.uu.se/downloads/brd/ucdp-brd-conf-231-csv.zip", Loopback.bytes(zip))) {
      Releases rel = Fixtures.settings(cache, server, new Fixtures.Recorder()).build();
      IntegrityException e = assertThrows(IntegrityException.class, () -> rel.download(
          Fixtures.release(DatasetKind.UCDP_BRD_CONFLICT, "23.1", url,
              "BattleDeaths_v23_1_conf.csv", zip)));
      assertTrue(e.getMessage().contains("asked for UCDP_BRD_CONFLICT release 23.1")
          && e.getMessage().contains("release 24.1"), e.getMessage());
    }
  }

  @Test
  void aNewerUcdpReleaseIsTriedAtThePatternAndChecked() throws Exception {
    String csv = new String(Loopback.resource(Fixtures.BRD24), StandardCharsets.UTF_8);
    // the same rows relabelled 27.1 in the version column (the last field of each row)
    String relabelled = csv.replaceAll(",24\\.1(\r?\n|$)", ",27.1$1");
    byte[] good = Loopback.zip("BattleDeaths_v27_1_conf.csv",
        relabelled.getBytes(StandardCharsets.UTF_8));
    String path = "/ucdp.uu.se/downloads/brd/ucdp-brd-conf-271-csv.zip";
    try (Loopback server = new Loopback().on(path, Loopback.bytes(good))) {
      Dataset d = Fixtures.settings(cache, server, new Fixtures.Recorder()).build()
          .download(DatasetKind.UCDP_BRD_CONFLICT, "27.1");
      assertEquals("27.1", d.version());
      assertEquals(List.of(path), server.requests);
    }
  }

  @Test
  void aPatternUrlServingAnOlderReleaseIsRefusedAndNotCached() throws Exception {
    byte[] old = Loopback.zip("BattleDeaths_v28_1_conf.csv", Loopback.resource(Fixtures.BRD24));
    String path = "/ucdp.uu.se/downloads/brd/ucdp-brd-conf-281-csv.zip";
    try (Loopback server = new Loopback().on(path, Loopback.bytes(old))) {
      Releases rel = Fixtures.settings(cache, server, new Fixtures.Recorder()).build();
      IntegrityException e = assertThrows(IntegrityException.class,
          () -> rel.download(DatasetKind.UCDP_BRD_CONFLICT, "28.1"));
      assertTrue(e.getMessage().contains("nothing was cached or pinned"), e.getMessage());
      assertEquals(List.of(), Loopback.dataFiles(cache));
    }
  }
}
