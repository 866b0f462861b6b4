package io.github.conflictdata.releases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import io.github.conflictdata.DatasetKind;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two downloads of one release at once, from two threads and from two processes: both succeed,
 * the server is asked once, and the cache holds one complete file (a file lock per release).
 */
class ConcurrentDownloadTest {
  @TempDir Path cache;

  /** Holds the body until the gate opens, so both downloads are under way together. */
  private static Loopback.Answer gated(byte[] body, CountDownLatch gate) {
    return (HttpExchange ex) -> {
      try {
        gate.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      ex.sendResponseHeaders(200, body.length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    };
  }

  @Test
  void twoThreads() throws Exception {
    byte[] zip = Fixtures.brdZip();
    CountDownLatch gate = new CountDownLatch(1);
    Release r = Fixtures.release(DatasetKind.UCDP_BRD_CONFLICT, "24.1", Fixtures.BRD_URL,
        "BattleDeaths_v24_1_conf.csv", zip);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try (Loopback server = new Loopback().on(Fixtures.BRD_PATH, gated(zip, gate))) {
      CountDownLatch started = new CountDownLatch(2);
      List<Future<Path>> results = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        results.add(pool.submit(() -> {
          Releases rel = Fixtures.settings(cache, server, new Fixtures.Recorder()).build();
          started.countDown();
          return rel.file(r);
        }));
      }
      assertTrue(started.await(10, TimeUnit.SECONDS));
      Thread.sleep(300); // both threads are in file(): one downloading, one waiting for the lock
      gate.countDown();
      Path a = results.get(0).get(30, TimeUnit.SECONDS);
      Path b = results.get(1).get(30, TimeUnit.SECONDS);
      assertEquals(a, b);
      assertEquals(1, server.count(Fixtures.BRD_PATH));
      assertEquals(Fixtures.sha256(Loopback.resource(Fixtures.BRD24)),
          Fixtures.sha256(Files.readAllBytes(a)));
      assertEquals(List.of("UCDP_BRD_CONFLICT/24.1/BattleDeaths_v24_1_conf.csv",
          "UCDP_BRD_CONFLICT/24.1/ucdp-brd-conf-241-csv.zip"), Loopback.dataFiles(cache));
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void twoProcesses() throws Exception {
    byte[] zip = Fixtures.brdZip();
    CountDownLatch gate = new CountDownLatch(1);
    try (Loopback server = new Loopback().on(Fixtures.BRD_PATH, gated(zip, gate))) {
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      List<Process> procs = new ArrayList<>();
      List<BufferedReader> outs = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
            DownloadProcessMain.class.getName(), cache.toString(), server.base(), Fixtures.BRD_URL,
            "BattleDeaths_v24_1_conf.csv", Fixtures.md5(zip), Integer.toString(zip.length))
            .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        procs.add(p);
        outs.add(new BufferedReader(new InputStreamReader(p.getInputStream(),
            StandardCharsets.UTF_8)));
      }
      for (BufferedReader out : outs) {
        assertEquals("ready", out.readLine());
      }
      Thread.sleep(500); // both processes are in file(): one downloading, one at the file lock
      gate.countDown();
      String expected = "sha256 " + Fixtures.sha256(Loopback.resource(Fixtures.BRD24));
      for (int i = 0; i < 2; i++) {
        assertEquals(expected, outs.get(i).readLine());
        assertTrue(procs.get(i).waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, procs.get(i).exitValue());
      }
      assertEquals(1, server.count(Fixtures.BRD_PATH));
      assertEquals(List.of("UCDP_BRD_CONFLICT/24.1/BattleDeaths_v24_1_conf.csv",
          "UCDP_BRD_CONFLICT/24.1/ucdp-brd-conf-241-csv.zip"), Loopback.dataFiles(cache));
    }
  }
}
