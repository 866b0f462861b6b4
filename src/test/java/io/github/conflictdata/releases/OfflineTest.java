package io.github.conflictdata.releases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conflictdata.Dataset;
import io.github.conflictdata.DatasetKind;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Offline: a cached release works with no network at all; one not cached fails clearly. */
class OfflineTest {
  @TempDir Path cache;

  @Test
  void cachedReleaseWorksWithNoNetwork() throws Exception {
    byte[] zip = Fixtures.brdZip();
    Release r = Fixtures.release(DatasetKind.UCDP_BRD_CONFLICT, "24.1", Fixtures.BRD_URL,
        "BattleDeaths_v24_1_conf.csv", zip);
    try (Loopback server = new Loopback().on(Fixtures.BRD_PATH, Loopback.bytes(zip))) {
      Fixtures.settings(cache, server, new Fixtures.Recorder()).build().download(r);
    }
    // the server is gone; a port nobody listens on stands in for "no network"
    int dead;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      dead = s.getLocalPort();
    }
    Dataset d = Fixtures.settings(cache, null, new Fixtures.Recorder())
        .mirror("http://127.0.0.1:" + dead).offline(true).build().download(r);
    assertEquals("24.1", d.version());
  }

  @Test
  void notCachedOfflineNamesTheUrlAndTheCacheFolder() throws Exception {
    try (Loopback server = new Loopback()) {
      Releases rel = Fixtures.settings(cache, server, new Fixtures.Recorder()).offline(true).build();
      DownloadException e = assertThrows(DownloadException.class,
          () -> rel.download(DatasetKind.UCDP_PRIO_ACD, "26.1"));
      assertTrue(e.getMessage().contains("https://ucdp.uu.se/downloads/ucdpprio/ucdp-prio-acd-261-csv.zip"),
          e.getMessage());
      assertTrue(e.getMessage().contains(cache.resolve("UCDP_PRIO_ACD").resolve("26.1").toString()),
          e.getMessage());
      assertTrue(e.getMessage().contains("OFFLINE"), e.getMessage());
      assertEquals(0, server.requests.size(), "offline never touches the network");
    }
  }
}
