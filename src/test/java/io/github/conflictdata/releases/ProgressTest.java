package io.github.conflictdata.releases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import io.github.conflictdata.DatasetKind;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A download longer than a second reports progress (bytes, rate, percentage with a known size):
 * to a listener (the kernel's hook) and as plain lines on stderr; the body streams to disk as it
 * arrives rather than being held in memory.
 */
class ProgressTest {
  @TempDir Path cache;

  @Test
  void listenerSeesBytesGrowToTheTotal() throws Exception {
    byte[] zip = Fixtures.brdZip();
    Release r = Fixtures.release(DatasetKind.UCDP_BRD_CONFLICT, "24.1", Fixtures.BRD_URL,
        "BattleDeaths_v24_1_conf.csv", zip);
    try (Loopback server = new Loopback().on(Fixtures.BRD_PATH, Loopback.slow(zip, 5, 300))) {
      Fixtures.Recorder rec = new Fixtures.Recorder();
      Fixtures.settings(cache, server, rec).build().file(r);
      List<ProgressListener.Progress> p = rec.reports;
      assertTrue(p.size() >= 3, p.toString());
      ProgressListener.Progress last = p.get(p.size() - 1);
      assertTrue(last.done());
      assertEquals(zip.length, last.bytes());
      assertEquals(zip.length, last.totalBytes());
      assertEquals(100, last.percent());
      assertTrue(last.elapsedMillis() >= 1000, "five pieces 300 ms apart");
      for (int i = 1; i < p.size(); i++) {
        assertTrue(p.get(i).bytes() >= p.get(i - 1).bytes());
      }
      assertTrue(p.stream().anyMatch(x -> !x.done() && x.bytes() > 0 && x.bytes() < zip.length),
          "an intermediate report");
      assertTrue(last.text().startsWith("UCDP_BRD_CONFLICT 24.1: ") && last.text().contains("(100%)")
          && last.text().contains("/s") && last.text().contains("done in"), last.text());
    }
  }

  @Test
  void stderrGetsPlainLinesForALongDownload() throws Exception {
    byte[] zip = Fixtures.brdZip();
    Release r = Fixtures.release(DatasetKind.UCDP_BRD_CONFLICT, "24.1", Fixtures.BRD_URL,
        "BattleDeaths_v24_1_conf.csv", zip);
    PrintStream old = System.err;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try (Loopback server = new Loopback().on(Fixtures.BRD_PATH, Loopback.slow(zip, 8, 250))) {
      System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
      Fixtures.settings(cache, server, null).progress(ProgressListener.stderr()).build().file(r);
    } finally {
      System.setErr(old);
    }
    String err = buf.toString(StandardCharsets.UTF_8);
    assertTrue(err.contains("conflictdata: UCDP_BRD_CONFLICT 24.1: "), err);
    assertTrue(err.contains("%)"), err);
    assertTrue(err.contains("done in"), err);
    assertFalse(err.contains("\u001b"), "no ANSI codes");
  }

  @Test
  void quickDownloadPrintsNothingOnStderr() throws Exception {
    byte[] zip = Fixtures.brdZip();
    Release r = Fixtures.release(DatasetKind.UCDP_BRD_CONFLICT, "24.1", Fixtures.BRD_URL,
        "BattleDeaths_v24_1_conf.csv", zip);
    PrintStream old = System.err;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try (Loopback server = new Loopback().on(Fixtures.BRD_PATH, Loopback.bytes(zip))) {
      System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
      Fixtures.settings(cache, server, null).progress(ProgressListener.stderr()).build().file(r);
    } finally {
      System.setErr(old);
    }
    assertEquals("", buf.toString(StandardCharsets.UTF_8));
  }

  @Test
  void bodyReachesTheDiskBeforeItEnds() throws Exception {
    byte[] big = new byte[8 * 1024 * 1024];
    new java.util.Random(7).nextBytes(big);
    byte[] zip = Loopback.zip("BattleDeaths_v24_1_conf.csv", Loopback.resource(Fixtures.BRD24),
        "filler.bin", big);
    CountDownLatch gate = new CountDownLatch(1);
    int half = zip.length / 2;
    Loopback.Answer halfThenWait = (HttpExchange ex) -> {
      ex.sendResponseHeaders(200, zip.length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(zip, 0, half);
        out.flush();
        try {
          gate.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        out.write(zip, half, zip.length - half);
      }
    };
    Release r = Fixtures.release(DatasetKind.UCDP_BRD_CONFLICT, "24.1", Fixtures.BRD_URL,
        "BattleDeaths_v24_1_conf.csv", zip);
    try (Loopback server = new Loopback().on(Fixtures.BRD_PATH, halfThenWait)) {
      Releases rel = Fixtures.settings(cache, server, new Fixtures.Recorder()).build();
      Thread t = new Thread(() -> rel.file(r));
      t.start();
      Path dir = cache.resolve("UCDP_BRD_CONFLICT/24.1");
      long onDisk = 0;
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      // a temporary file in the release's folder holds the first half while the body is open
      while (onDisk < half - 128 * 1024 && System.nanoTime() < deadline) {
        Thread.sleep(50);
        if (Files.isDirectory(dir)) {
          try (Stream<Path> s = Files.list(dir)) {
            onDisk = s.filter(p -> p.getFileName().toString().startsWith(".part-"))
                .mapToLong(p -> p.toFile().length()).max().orElse(0);
          }
        }
      }
      gate.countDown();
      t.join(30_000);
      assertTrue(onDisk >= half - 128 * 1024,
          "bytes on disk before the body ended: " + onDisk + " of " + zip.length);
      assertEquals(List.of("UCDP_BRD_CONFLICT/24.1/BattleDeaths_v24_1_conf.csv",
          "UCDP_BRD_CONFLICT/24.1/ucdp-brd-conf-241-csv.zip"), Loopback.dataFiles(cache));
    }
  }
}
