package io.github.conflictdata.releases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conflictdata.DatasetFormatException;
import io.github.conflictdata.DatasetKind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile download servers on 127.0.0.1 (issue 27, items 3, 4, 5, 11 and the mirror rules of 14):
 * every download is bounded in size and time, a zip bomb is not inflated in full, bytes that do
 * not read as the release are neither stored nor pinned, a version cannot name a path, and
 * releases without a checksum follow no redirect to another host.
 */
class DownloadBoundsTest {
  @TempDir Path tmp;

  private Path cache() {
    return tmp.resolve("cache");
  }

  /** 200, no length (chunked), then {@code block} forever every {@code pauseMillis}. */
  private static Loopback.Answer endless(byte[] block, long pauseMillis) {
    return ex -> {
      ex.sendResponseHeaders(200, 0);
      try (OutputStream out = ex.getResponseBody()) {
        while (true) {
          out.write(block);
          out.flush();
          if (pauseMillis > 0) {
            Loopback.sleep(pauseMillis);
          }
        }
      }
    };
  }

  /** Nothing a reader could take, and no temporary file, is left anywhere under the folder. */
  private static void assertNothingLeft(Path dir) throws IOException {
    assertEquals(List.of(), Loopback.dataFiles(dir));
  }

  private static final String P271 = "/ucdp.uu.se/downloads/brd/ucdp-brd-conf-271-csv.zip";

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void aTrickledBodyEndsAtTheDownloadDeadlineLeavingNothing() throws Exception {
    try (Loopback server = new Loopback().on(P271, endless(new byte[] {'x'}, 200))) {
      Releases rel = Fixtures.settings(cache(), server, new Fixtures.Recorder())
          .downloadLimits(1L << 30, Duration.ofSeconds(2)).build();
      long t0 = System.nanoTime();
      DownloadException e = assertThrows(DownloadException.class,
          () -> rel.download(DatasetKind.UCDP_BRD_CONFLICT, "27.1"));
      assertTrue(e.getMessage().contains("download deadline"), e.getMessage());
      assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(10), "ended near 2 s");
      assertNothingLeft(cache());
    }
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void anEndlessBodyStopsAtTheCatalogSize() throws Exception {
    byte[] zip = Fixtures.brdZip();
    try (Loopback server = new Loopback().on(Fixtures.BRD_PATH, endless(new byte[65536], 0))) {
      Release r = Fixtures.release(DatasetKind.UCDP_BRD_CONFLICT, "24.1", Fixtures.BRD_URL,
          "BattleDeaths_v24_1_conf.csv", zip);
      DownloadException e = assertThrows(DownloadException.class,
          () -> Fixtures.settings(cache(), server, new Fixtures.Recorder()).build().download(r));
      assertTrue(e.getMessage().contains("more than " + zip.length + " bytes (the catalog's size)"),
          e.getMessage());
      assertEquals(1, server.count(Fixtures.BRD_PATH), "a body past the catalog size is not retried");
      assertNothingLeft(cache());
    }
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void anEndlessBodyOfUnknownSizeStopsAtTheCap() throws Exception {
    try (Loopback server = new Loopback().on(P271, endless(new byte[65536], 0))) {
      Releases rel = Fixtures.settings(cache(), server, new Fixtures.Recorder())
          .downloadLimits(1 << 20, Duration.ofMinutes(1)).build();
      DownloadException e = assertThrows(DownloadException.class,
          () -> rel.download(DatasetKind.UCDP_BRD_CONFLICT, "27.1"));
      assertTrue(e.getMessage().contains("more than " + (1 << 20) + " bytes (maxUnknownBytes"),
          e.getMessage());
      assertNothingLeft(cache());
    }
  }

  /** A zip of one member of {@code size} zero bytes: about a thousandth of that on disk. */
  private static byte[] bomb(String member, long size) throws IOException {
    ByteArrayOutputStream bos = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(bos)) {
      z.putNextEntry(new ZipEntry(member));
      byte[] zeros = new byte[1 << 20];
      for (long n = 0; n < size; n += zeros.length) {
        z.write(zeros);
      }
      z.closeEntry();
    }
    return bos.toByteArray();
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void aZipBombIsNotInflatedInFullAndLeavesNothing() throws Exception {
    byte[] zip = bomb("BattleDeaths_v27_1_conf.csv", 256L << 20);
    assertTrue(zip.length < 1 << 20, "the bomb is small: " + zip.length);
    try (Loopback server = new Loopback().on(P271, Loopback.bytes(zip))) {
      Releases rel = Fixtures.settings(cache(), server, new Fixtures.Recorder()).build();
      IntegrityException e = assertThrows(IntegrityException.class,
          () -> rel.download(DatasetKind.UCDP_BRD_CONFLICT, "27.1"));
      assertTrue(e.getMessage().contains("inflates past") && e.getMessage().contains("zip bomb"),
          e.getMessage());
      assertNothingLeft(cache());
    }
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void anUnreadableFileIsNeitherCachedNorPinnedSoTheGenuineOneIsTaken() throws Exception {
    byte[] html = Loopback.zip("BattleDeaths_v27_1_conf.csv",
        "<html><body>This file is temporarily unavailable</body></html>\n"
            .getBytes(StandardCharsets.UTF_8));
    String csv = new String(Loopback.resource(Fixtures.BRD24), StandardCharsets.UTF_8)
        .replaceAll(",24\\.1(\r?\n|$)", ",27.1$1");
    byte[] good = Loopback.zip("BattleDeaths_v27_1_conf.csv", csv.getBytes(StandardCharsets.UTF_8));
    Path lock = tmp.resolve("conflictdata.lock");
    try (Loopback server = new Loopback().on(P271, Loopback.bytes(html), Loopback.bytes(good))) {
      Releases rel = Fixtures.settings(cache(), server, new Fixtures.Recorder()).lockFile(lock)
          .build();
      assertThrows(DatasetFormatException.class,
          () -> rel.download(DatasetKind.UCDP_BRD_CONFLICT, "27.1"));
      assertNothingLeft(cache());
      assertTrue(!Files.exists(lock) || !Files.readString(lock).contains("27.1"),
          "nothing pinned for 27.1");
      assertEquals("27.1", rel.download(DatasetKind.UCDP_BRD_CONFLICT, "27.1").version());
      assertTrue(Files.readString(lock).contains(Fixtures.sha256(csv.getBytes(StandardCharsets.UTF_8))),
          "the genuine file is pinned");
    }
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void aVersionCannotNameAPath() {
    Releases rel = Releases.builder().cacheDir(cache()).offline(true).lockFile(null)
        .progress(new Fixtures.Recorder()).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> rel.download(DatasetKind.UCDP_GED, "../../x"));
    assertTrue(e.getMessage().contains("not a release number"), e.getMessage());
    assertFalse(Files.exists(tmp.resolve("x")), "no folder outside the cache");
    assertFalse(Files.exists(cache()), "the file system was not touched");
  }

  /** Answers 302 to the same path on "localhost", another host name of the same server. */
  private static Loopback.Answer redirectToLocalhost(Loopback server, String path) {
    return ex -> {
      ex.getResponseHeaders().add("Location",
          server.base().replace("127.0.0.1", "localhost") + path);
      ex.sendResponseHeaders(302, -1);
    };
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void aReleaseWithoutChecksumFollowsNoRedirectToAnotherHost() throws Exception {
    try (Loopback server = new Loopback()) {
      server.on(P271, redirectToLocalhost(server, "/elsewhere.zip"))
          .on("/elsewhere.zip", Loopback.bytes(Fixtures.brdZip()));
      Releases rel = Fixtures.settings(cache(), server, new Fixtures.Recorder()).build();
      DownloadException e = assertThrows(DownloadException.class,
          () -> rel.download(DatasetKind.UCDP_BRD_CONFLICT, "27.1"));
      assertTrue(e.getMessage().contains("not followed")
          && e.getMessage().contains("another host"), e.getMessage());
      assertEquals(0, server.count("/elsewhere.zip"));
      assertNothingLeft(cache());
    }
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void aReleaseWithAChecksumMayBeRedirected() throws Exception {
    byte[] zip = Fixtures.brdZip();
    try (Loopback server = new Loopback()) {
      server.on(Fixtures.BRD_PATH, redirectToLocalhost(server, "/elsewhere.zip"))
          .on("/elsewhere.zip", Loopback.bytes(zip));
      Release r = Fixtures.release(DatasetKind.UCDP_BRD_CONFLICT, "24.1", Fixtures.BRD_URL,
          "BattleDeaths_v24_1_conf.csv", zip);
      assertEquals("24.1",
          Fixtures.settings(cache(), server, new Fixtures.Recorder()).build().download(r).version());
      assertEquals(1, server.count("/elsewhere.zip"));
    }
  }

  @Test
  void aPlainHttpMirrorOnAnotherHostIsRefusedUnlessAsked() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Releases.builder().cacheDir(cache()).mirror("http://mirror.example/data").build());
    assertTrue(e.getMessage().contains("allowPlainHttpMirror"), e.getMessage());
    Releases.builder().cacheDir(cache()).mirror("http://mirror.example/data")
        .allowPlainHttpMirror(true).build();
    Releases.builder().cacheDir(cache()).mirror("http://127.0.0.1:9/data").build();
    Releases.builder().cacheDir(cache()).mirror("https://mirror.example/data").build();
  }
}
