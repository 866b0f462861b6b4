package io.github.conflictdata.api;

import io.github.conflictdata.Settings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conflictdata.Dataset;
import io.github.conflictdata.DatasetKind;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Retries with backoff on 5xx, Retry-After on 429, the https rule and the mirror mapping. */
class RetryAndUrlPolicyTest {
  @TempDir Path cache;

  private static final List<Map<String, Object>> ONE =
      List.of(UcdpFixtures.records("ucdp/UcdpPrioConflict_v23_1.csv").get(0));

  private UcdpApi api(Loopback server) {
    return UcdpApi.connect(UcdpFixtures.TOKEN, Settings.of(cache, server.base(), false, null))
        .pacing(Duration.ZERO)
        .retries(4, Duration.ofSeconds(1), Duration.ofMinutes(2));
  }

  /** Fails with the given statuses first, then serves one ACD record. */
  private static Loopback.Handler failingFirst(List<Loopback.Reply> failures) {
    AtomicInteger calls = new AtomicInteger();
    Loopback.Handler ok = UcdpFixtures.handler("ucdpprioconflict", "23.1", ONE, 1);
    return r -> {
      int n = calls.getAndIncrement();
      return n < failures.size() ? failures.get(n) : ok.handle(r);
    };
  }

  @Test
  void serverErrorsAreRetriedWithDoublingBackoff() throws Exception {
    try (ApiTestSupport t = new ApiTestSupport();
        Loopback server = new Loopback(failingFirst(List.of(
            Loopback.Reply.status(503, "busy"), Loopback.Reply.status(502, "bad gateway"))))) {
      Dataset d = api(server).query(DatasetKind.UCDP_PRIO_ACD, "23.1").read();
      assertEquals(1, d.table().rowCount());
      assertEquals(3, server.requests.size());
      assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2)), t.waits);
    }
  }

  @Test
  void ucdpsRapidRequest400IsRetried() throws Exception {
    try (ApiTestSupport t = new ApiTestSupport();
        Loopback server = new Loopback(failingFirst(List.of(Loopback.Reply.status(400, ""))))) {
      assertEquals(1, api(server).query(DatasetKind.UCDP_PRIO_ACD, "23.1").read()
          .table().rowCount());
      assertEquals(List.of(Duration.ofSeconds(1)), t.waits);
    }
  }

  @Test
  void retryAfterOn429IsWaited() throws Exception {
    try (ApiTestSupport t = new ApiTestSupport();
        Loopback server = new Loopback(failingFirst(List.of(
            new Loopback.Reply(429, "slow down", Map.of("Retry-After", "7")))))) {
      assertEquals(1, api(server).query(DatasetKind.UCDP_PRIO_ACD, "23.1").read()
          .table().rowCount());
      assertEquals(List.of(Duration.ofSeconds(7)), t.waits);
    }
  }

  @Test
  void aLongRetryAfterIsAnErrorSayingWhenToRetry() throws Exception {
    try (ApiTestSupport t = new ApiTestSupport();
        Loopback server = new Loopback(failingFirst(List.of(
            new Loopback.Reply(429, "quota", Map.of("Retry-After", "3600")))))) {
      ApiException e = assertThrows(ApiException.class,
          () -> api(server).query(DatasetKind.UCDP_PRIO_ACD, "23.1").read());
      assertEquals(429, e.status());
      assertTrue(e.getMessage().contains("5,000 requests a day"), e.getMessage());
      assertTrue(e.fix().contains("retry after 3600 s"), e.fix());
      assertTrue(t.waits.isEmpty());
    }
  }

  @Test
  void persistentServerErrorsEndInAnExceptionAfterTheRetries() throws Exception {
    try (ApiTestSupport t = new ApiTestSupport();
        Loopback server = new Loopback(r -> Loopback.Reply.status(500, "down"))) {
      ApiException e = assertThrows(ApiException.class,
          () -> api(server).query(DatasetKind.UCDP_PRIO_ACD, "23.1").read());
      assertEquals(500, e.status());
      assertEquals(5, server.requests.size(), "one request and four retries");
      assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4),
          Duration.ofSeconds(8)), t.waits);
    }
  }

  @Test
  void plainHttpIsRefusedExceptToLoopback() {
    for (String mirror : List.of("http://example.org", "http://10.0.0.1:8080/m",
        "http://127.evil.example.org")) {
      UcdpApi api = UcdpApi.connect(UcdpFixtures.TOKEN, Settings.of(cache, mirror, false, null));
      ApiException e = assertThrows(ApiException.class,
          () -> api.query(DatasetKind.UCDP_PRIO_ACD, "23.1").read(), mirror);
      assertEquals(0, e.status());
      assertTrue(e.getMessage().contains("plain http:// is refused"), e.getMessage());
    }
    assertTrue(Http.isLoopback("127.0.0.1"));
    assertTrue(Http.isLoopback("[::1]"));
    assertTrue(Http.isLoopback("localhost"));
  }

  @Test
  void theMirrorReplacesSchemeAndHost() {
    Settings c = Settings.of(cache, "https://mirror.example.org/cd/", false, null);
    assertEquals("https://mirror.example.org/cd/ucdpapi.pcr.uu.se/api/gedevents/25.1?pagesize=1000&page=1",
        c.resolve(URI.create("https://ucdpapi.pcr.uu.se/api/gedevents/25.1?pagesize=1000&page=1"))
            .toString());
    assertEquals("https://mirror.example.org/cd/acleddata.com/oauth/token",
        c.resolve(URI.create(AcledAuth.TOKEN_URL)).toString());
    assertEquals("https://mirror.example.org/cd/acleddata.com/api/acled/read?_format=json",
        c.resolve(URI.create(AcledApi.READ_URL + "?_format=json")).toString());
    // a URL already under the mirror is left alone
    URI under = URI.create("https://mirror.example.org/cd/ucdpapi.pcr.uu.se/api/x?page=2");
    assertEquals(under, c.resolve(under));
    // no mirror: unchanged
    URI u = URI.create("https://ucdpapi.pcr.uu.se/api/x");
    assertEquals(u, Settings.of(cache, null, false, null).resolve(u));
  }

  @Test
  void configurationComesFromSystemPropertiesThenEnvironment() {
    String old = System.getProperty(Settings.MIRROR_PROPERTY);
    String oldCache = System.getProperty(Settings.CACHE_PROPERTY);
    try {
      System.setProperty(Settings.MIRROR_PROPERTY, "http://127.0.0.1:9/m/");
      System.setProperty(Settings.CACHE_PROPERTY, cache.toString());
      Settings c = Settings.current();
      assertEquals("http://127.0.0.1:9/m", c.mirror().orElse(null));
      assertEquals(cache, c.cacheDir());
      System.clearProperty(Settings.MIRROR_PROPERTY);
      System.clearProperty(Settings.CACHE_PROPERTY);
      if (System.getenv(Settings.MIRROR_ENV) == null) {
        assertNull(Settings.current().mirror().orElse(null));
      }
      if (System.getenv(Settings.CACHE_ENV) == null) {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path expected = xdg != null && !xdg.isBlank()
            ? Path.of(xdg, "conflictdata")
            : Path.of(System.getProperty("user.home"), ".cache", "conflictdata");
        assertEquals(expected, Settings.current().cacheDir());
      }
    } finally {
      restore(Settings.MIRROR_PROPERTY, old);
      restore(Settings.CACHE_PROPERTY, oldCache);
    }
  }

  @Test
  void offlineModeRefusesTheNetwork() {
    UcdpApi api = UcdpApi.connect(UcdpFixtures.TOKEN, Settings.of(cache, null, true, null));
    ApiException e = assertThrows(ApiException.class,
        () -> api.query(DatasetKind.UCDP_PRIO_ACD, "23.1").read());
    assertTrue(e.getMessage().contains("offline"), e.getMessage());
    assertTrue(e.fix().contains("CONFLICTDATA_OFFLINE"), e.fix());
  }

  private static void restore(String key, String value) {
    if (value == null) {
      System.clearProperty(key);
    } else {
      System.setProperty(key, value);
    }
  }
}
