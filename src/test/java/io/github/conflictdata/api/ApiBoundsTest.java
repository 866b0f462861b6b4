package io.github.conflictdata.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.github.conflictdata.DatasetKind;
import io.github.conflictdata.Settings;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile API servers on 127.0.0.1 (issue 27, items 7 and 8): an endless body is cut at the body
 * bound and a trickled one at the call deadline, after which the next call in the same JVM still
 * works; ACLED paging stops at the stated total and at a repeated page.
 */
class ApiBoundsTest {
  @TempDir Path cache;

  /** A raw server whose every answer is written by {@code body} (chunked, no length). */
  private static HttpServer raw(Answer body) throws IOException {
    HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    s.setExecutor(Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "api-bounds-http");
      t.setDaemon(true);
      return t;
    }));
    s.createContext("/", ex -> {
      try {
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(200, 0);
        body.write(ex.getResponseBody());
      } catch (IOException | RuntimeException e) {
        // the client hung up: the point of the test
      } finally {
        ex.close();
      }
    });
    s.start();
    return s;
  }

  interface Answer {
    void write(OutputStream out) throws IOException;
  }

  private static String base(HttpServer s) {
    return "http://127.0.0.1:" + s.getAddress().getPort();
  }

  private UcdpApi ucdp(String base) {
    return UcdpApi.connect(UcdpFixtures.TOKEN, Settings.of(cache, base, false, null))
        .pacing(Duration.ZERO).retries(0, Duration.ZERO, Duration.ZERO);
  }

  private static final List<Map<String, Object>> ONE =
      List.of(UcdpFixtures.records("ucdp/UcdpPrioConflict_v23_1.csv").get(0));

  /** The answer a well-behaved server gives, to show the JVM still calls out after a failure. */
  private void aGoodCallStillWorks() throws Exception {
    try (Loopback good = new Loopback(UcdpFixtures.handler("ucdpprioconflict", "23.1", ONE, 1))) {
      assertEquals(1, ucdp(good.base()).query(DatasetKind.UCDP_PRIO_ACD, "23.1").read()
          .table().rowCount());
    }
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void anEndlessBodyStopsAtTheDefaultBodyBoundAndTheNextCallWorks() throws Exception {
    byte[] block = new byte[64 * 1024];
    Arrays.fill(block, (byte) ' ');
    HttpServer s = raw(out -> {
      out.write("{\"Result\":[".getBytes(StandardCharsets.UTF_8));
      while (true) {
        out.write(block);
      }
    });
    try {
      ApiException e = assertThrows(ApiException.class,
          () -> ucdp(base(s)).query(DatasetKind.UCDP_PRIO_ACD, "23.1").read());
      assertTrue(e.getMessage().contains("larger than " + Http.MAX_BODY_BYTES)
          && e.getMessage().contains("maxBodyBytes"), e.getMessage());
    } finally {
      s.stop(0);
    }
    aGoodCallStillWorks();
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void aTrickledBodyEndsAtTheCallDeadline() throws Exception {
    HttpServer s = raw(out -> {
      while (true) {
        out.write(' ');
        out.flush();
        try {
          Thread.sleep(200);
        } catch (InterruptedException e) {
          return;
        }
      }
    });
    long t0 = System.nanoTime();
    try {
      ApiException e = assertThrows(ApiException.class,
          () -> ucdp(base(s)).limits(1 << 20, Duration.ofSeconds(2))
              .query(DatasetKind.UCDP_PRIO_ACD, "23.1").read());
      assertTrue(e.getMessage().contains("callDeadline"), e.getMessage());
      assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(10), "ended near the deadline");
    } finally {
      s.stop(0);
    }
    aGoodCallStillWorks();
  }

  /** ACLED's read endpoint answering page 1 whatever page is asked for. */
  private static Loopback.Handler pageOneForever(FakeAcled f) {
    return r -> {
      if (r.path().equals("/acleddata.com/api/acled/read")) {
        String q = r.rawQuery().replaceAll("(^|&)page=\\d+", "$1page=1");
        return f.handle(new Loopback.Req(r.method(), r.path(), q, r.headers(), r.body()));
      }
      return f.handle(r);
    };
  }

  private AcledApi acled(Loopback server) {
    return AcledApi.connect(AcledApiTest.USER, AcledApiTest.PASSWORD.toCharArray(),
        Settings.of(cache, server.base(), false, null)).retries(0, Duration.ZERO, Duration.ZERO);
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void acledPagingStopsWhenRowsReachTheStatedTotal() throws Exception {
    FakeAcled f = AcledApiTest.fake(10);
    f.statedTotalOverride = 1L;
    try (ApiTestSupport t = new ApiTestSupport(); Loopback server = new Loopback(pageOneForever(f))) {
      ApiException e = assertThrows(ApiException.class,
          () -> acled(server).events().pageSize(5).read());
      assertTrue(e.getMessage().contains("total_count 1"), e.getMessage());
      assertEquals(1, f.servedPages.size(), "one page: its 5 rows already pass total_count 1");
    }
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void acledPagingStopsAtARepeatedPage() throws Exception {
    FakeAcled f = AcledApiTest.fake(10);
    f.statedTotalOverride = 1_000_000L;
    try (ApiTestSupport t = new ApiTestSupport(); Loopback server = new Loopback(pageOneForever(f))) {
      ApiException e = assertThrows(ApiException.class,
          () -> acled(server).events().pageSize(5).read());
      assertTrue(e.getMessage().contains("page 2 repeats page 1"), e.getMessage());
      assertEquals(2, f.servedPages.size());
    }
  }
}
