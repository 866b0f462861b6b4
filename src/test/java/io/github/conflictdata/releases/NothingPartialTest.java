package io.github.conflictdata.releases;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conflictdata.DatasetKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A download reaches the cache only complete and verified: a body cut short, a connection reset,
 * a wrong MD5 or size leave the cache exactly as it was (no data file, no temporary file).
 */
class NothingPartialTest {
  @TempDir Path cache;

  @Test
  void bodyCutShortLeavesNothing() throws Exception {
    byte[] zip = Fixtures.brdZip();
    try (Loopback server = new Loopback()
        .on(Fixtures.BRD_PATH, Loopback.cutShort(zip, zip.length / 2))) {
      Release r = Fixtures.release(DatasetKind.UCDP_BRD_CONFLICT, "24.1", Fixtures.BRD_URL,
          "BattleDeaths_v24_1_conf.csv", zip);
      DownloadException e = assertThrows(DownloadException.class,
          () -> Fixtures.settings(cache, server, new Fixtures.Recorder()).build().download(r));
      assertTrue(e.getMessage().contains("127.0.0.1"), e.getMessage());
      assertEquals(4, server.count(Fixtures.BRD_PATH), "a cut body is retried");
      assertEquals(List.of(), Loopback.dataFiles(cache));
    }
  }

  @Test
  void connectionResetLeavesNothing() throws Exception {
    byte[] zip = Fixtures.brdZip();
    try (ServerSocket ss = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
      Thread t = new Thread(() -> {
        while (!ss.isClosed()) {
          try (Socket s = ss.accept()) {
            InputStream in = s.getInputStream();
            in.readNBytes(in.available()); // the request line, best effort
            OutputStream out = s.getOutputStream();
            out.write(("HTTP/1.1 200 OK\r\nContent-Length: " + zip.length + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
            out.write(zip, 0, zip.length / 3);
            out.flush();
            s.setSoLinger(true, 0); // close with RST: a connection reset
          } catch (IOException ignored) {
            // closed by the test
          }
        }
      });
      t.setDaemon(true);
      t.start();
      Release r = Fixtures.release(DatasetKind.UCDP_BRD_CONFLICT, "24.1", Fixtures.BRD_URL,
          "BattleDeaths_v24_1_conf.csv", zip);
      Releases rel = Fixtures.settings(cache, null, new Fixtures.Recorder())
          .mirror("http://127.0.0.1:" + ss.getLocalPort()).build();
      assertThrows(DownloadException.class, () -> rel.download(r));
      assertEquals(List.of(), Loopback.dataFiles(cache));
    }
  }

  @Test
  void wrongMd5LeavesTheCacheAsItWas() throws Exception {
    byte[] zip = Fixtures.brdZip();
    // the catalog's own 24.1 entry records UCDP's zip (e86b2ccf... / 38,308 B): ours differs
    Release catalog = Catalog.find(DatasetKind.UCDP_BRD_CONFLICT, "24.1").orElseThrow();
    try (Loopback server = new Loopback().on(Fixtures.BRD_PATH, Loopback.bytes(zip))) {
      Releases rel = Fixtures.settings(cache, server, new Fixtures.Recorder()).build();
      IntegrityException e = assertThrows(IntegrityException.class,
          () -> rel.download(DatasetKind.UCDP_BRD_CONFLICT, "24.1"));
      assertTrue(e.getMessage().contains("38308"), e.getMessage());
      assertEquals(List.of(), Loopback.dataFiles(cache));
      // same size, other bytes: the MD5 catches it
      Release sameSize = new Release(catalog.kind(), "24.1", catalog.url(), catalog.member(),
          OptionalLong.of(zip.length), Optional.of("0123456789abcdef0123456789abcdef"), "c", "e");
      IntegrityException m = assertThrows(IntegrityException.class, () -> rel.download(sameSize));
      assertTrue(m.getMessage().contains(Fixtures.md5(zip))
          && m.getMessage().contains("0123456789abcdef0123456789abcdef"), m.getMessage());
      assertEquals(List.of(), Loopback.dataFiles(cache));
    }
  }

  @Test
  void aFailedRefetchKeepsTheGoodEntry() throws Exception {
    byte[] zip = Fixtures.brdZip();
    byte[] other = Loopback.zip("BattleDeaths_v24_1_conf.csv", "x".getBytes());
    Release r = Fixtures.release(DatasetKind.UCDP_BRD_CONFLICT, "24.1", Fixtures.BRD_URL,
        "BattleDeaths_v24_1_conf.csv", zip);
    try (Loopback server = new Loopback().on(Fixtures.BRD_PATH, Loopback.bytes(zip))) {
      Fixtures.settings(cache, server, new Fixtures.Recorder()).build().download(r);
    }
    List<String> before = Loopback.dataFiles(cache);
    byte[] member = Files.readAllBytes(cache.resolve("UCDP_BRD_CONFLICT/24.1/BattleDeaths_v24_1_conf.csv"));
    // another release whose download fails its MD5 beside the good entry
    Release r2 = Fixtures.release(DatasetKind.UCDP_PRIO_ACD, "23.1",
        "https://ucdp.uu.se/downloads/brd/other-241.csv", null, zip);
    try (Loopback server = new Loopback()
        .on("/ucdp.uu.se/downloads/brd/other-241.csv", Loopback.bytes(other))) {
      Releases rel = Fixtures.settings(cache, server, new Fixtures.Recorder()).build();
      assertThrows(IntegrityException.class, () -> rel.file(r2));
    }
    assertEquals(before, Loopback.dataFiles(cache));
    assertArrayEquals(member,
        Files.readAllBytes(cache.resolve("UCDP_BRD_CONFLICT/24.1/BattleDeaths_v24_1_conf.csv")));
  }
}
