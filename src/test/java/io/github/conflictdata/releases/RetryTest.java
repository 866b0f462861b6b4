package io.github.conflictdata.releases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conflictdata.DatasetKind;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Transient failures (5xx, timeouts) are retried with backoff, at least three attempts and a
 * bounded wait; Retry-After is honoured on 429 and 503; 404 and 403 are not retried.
 */
class RetryTest {
  @TempDir Path cache;

  private Release brd(byte[] zip) {
    return Fixtures.release(DatasetKind.UCDP_BRD_CONFLICT, "24.1", Fixtures.BRD_URL,
        "BattleDeaths_v24_1_conf.csv", zip);
  }

  @Test
  void serverErrorsAreRetriedThenSucceed() throws Exception {
    byte[] zip = Fixtures.brdZip();
    try (Loopback server = new Loopback().on(Fixtures.BRD_PATH, Loopback.status(500),
        Loopback.status(502), Loopback.bytes(zip))) {
      Fixtures.Recorder rec = new Fixtures.Recorder();
      Fixtures.settings(cache, server, rec).build().download(brd(zip));
      assertEquals(3, server.count(Fixtures.BRD_PATH));
      assertTrue(rec.notices.get(0).contains("HTTP 500") && rec.notices.get(0).contains("retrying"),
          rec.notices.toString());
    }
  }

  @Test
  void persistentServerErrorGivesUpAfterTheAttemptsWithGrowingBackoff() throws Exception {
    byte[] zip = Fixtures.brdZip();
    try (Loopback server = new Loopback().on(Fixtures.BRD_PATH, Loopback.status(503))) {
      Releases rel = Fixtures.settings(cache, server, new Fixtures.Recorder())
          .retries(3, Duration.ofMillis(200), Duration.ofSeconds(5)).build();
      DownloadException e = assertThrows(DownloadException.class, () -> rel.download(brd(zip)));
      assertEquals(3, server.count(Fixtures.BRD_PATH));
      assertTrue(e.getMessage().contains("HTTP 503") && e.getMessage().contains("3 attempts")
          && e.getMessage().contains(server.base()), e.getMessage());
      // waits of 200 ms then 400 ms between the attempts
      List<Long> t = server.requestNanos;
      assertTrue(t.get(1) - t.get(0) >= 190_000_000L, "first backoff");
      assertTrue(t.get(2) - t.get(1) >= 390_000_000L, "second backoff doubles");
      assertEquals(List.of(), Loopback.dataFiles(cache));
    }
  }

  @Test
  void notFoundIsNotRetriedAndListsTheKnownReleases() throws Exception {
    try (Loopback server = new Loopback()) { // every path answers 404
      Releases rel = Fixtures.settings(cache, server, new Fixtures.Recorder()).build();
      DownloadException e = assertThrows(DownloadException.class,
          () -> rel.download(DatasetKind.UCDP_BRD_CONFLICT, "27.1"));
      assertEquals(404, e.status());
      assertEquals(1, server.requests.size());
      assertEquals(List.of("/ucdp.uu.se/downloads/brd/ucdp-brd-conf-271-csv.zip"), server.requests);
      assertTrue(e.getMessage().contains("26.1, 25.1, 24.1, 23.1"), e.getMessage());
    }
  }

  @Test
  void forbiddenIsNotRetried() throws Exception {
    byte[] zip = Fixtures.brdZip();
    try (Loopback server = new Loopback().on(Fixtures.BRD_PATH, Loopback.status(403))) {
      Releases rel = Fixtures.settings(cache, server, new Fixtures.Recorder()).build();
      DownloadException e = assertThrows(DownloadException.class, () -> rel.download(brd(zip)));
      assertEquals(403, e.status());
      assertEquals(1, server.count(Fixtures.BRD_PATH));
      assertTrue(e.getMessage().contains("cache().add"), e.getMessage());
    }
  }

  @Test
  void retryAfterIsHonouredOn429And503() throws Exception {
    byte[] zip = Fixtures.brdZip();
    try (Loopback server = new Loopback().on(Fixtures.BRD_PATH,
        Loopback.status(429, "Retry-After", "1"), Loopback.status(503, "Retry-After", "1"),
        Loopback.bytes(zip))) {
      // the backoff alone would be 50 ms: the waits of about a second come from Retry-After
      Fixtures.settings(cache, server, new Fixtures.Recorder()).build().download(brd(zip));
      List<Long> t = server.requestNanos;
      assertEquals(3, t.size());
      assertTrue(t.get(1) - t.get(0) >= 950_000_000L, "waited for Retry-After after 429");
      assertTrue(t.get(2) - t.get(1) >= 950_000_000L, "waited for Retry-After after 503");
    }
  }

  @Test
  void retryAfterLongerThanTheBoundFailsAtOnce() throws Exception {
    byte[] zip = Fixtures.brdZip();
    try (Loopback server = new Loopback().on(Fixtures.BRD_PATH,
        Loopback.status(503, "Retry-After", "3600"))) {
      Releases rel = Fixtures.settings(cache, server, new Fixtures.Recorder()).build();
      DownloadException e = assertThrows(DownloadException.class, () -> rel.download(brd(zip)));
      assertEquals(1, server.count(Fixtures.BRD_PATH));
      assertTrue(e.getMessage().contains("3600 s"), e.getMessage());
    }
  }

  @Test
  void aHungServerTimesOutAndIsRetried() throws Exception {
    byte[] zip = Fixtures.brdZip();
    try (Loopback server = new Loopback().on(Fixtures.BRD_PATH, Loopback.hang(3000, zip),
        Loopback.bytes(zip))) {
      Releases rel = Fixtures.settings(cache, server, new Fixtures.Recorder())
          .timeouts(Duration.ofSeconds(2), Duration.ofMillis(500)).build();
      rel.download(brd(zip));
      assertEquals(2, server.count(Fixtures.BRD_PATH));
    }
  }

  @Test
  void aStalledBodyTimesOut() throws Exception {
    byte[] zip = Fixtures.brdZip();
    try (Loopback server = new Loopback().on(Fixtures.BRD_PATH, Loopback.slow(zip, 2, 3000),
        Loopback.bytes(zip))) {
      Releases rel = Fixtures.settings(cache, server, new Fixtures.Recorder())
          .timeouts(Duration.ofSeconds(2), Duration.ofMillis(600)).build();
      rel.download(brd(zip));
      assertEquals(2, server.count(Fixtures.BRD_PATH));
    }
  }
}
