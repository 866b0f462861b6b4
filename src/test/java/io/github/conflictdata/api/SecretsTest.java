package io.github.conflictdata.api;

import io.github.conflictdata.Settings;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conflictdata.Dataset;
import io.github.conflictdata.DatasetKind;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Secrets never leave: every exception message, fix, endpoint, toString(), Dataset.source() and
 * log message produced by failing and succeeding calls is scanned for the test's token, password,
 * access tokens and refresh tokens, including servers that echo them back in error bodies.
 */
class SecretsTest {
  @TempDir Path cache;

  private final List<String> seen = new ArrayList<>();

  private void exception(Runnable r) {
    ApiException e = assertThrows(ApiException.class, r::run);
    seen.add(e.toString());
    seen.add(e.fix());
    seen.add(e.endpoint());
    for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
      seen.add(String.valueOf(c));
    }
  }

  private void dataset(Dataset d) {
    seen.add(d.toString());
    seen.add(d.source().toString());
  }

  @Test
  void noSecretInAnyMessageToStringSourceOrLog() throws Exception {
    String token = UcdpFixtures.TOKEN;
    try (ApiTestSupport t = new ApiTestSupport()) {
      // UCDP: a server echoing the token in its error bodies
      try (Loopback server = new Loopback(r -> Loopback.Reply.status(
          r.param("page") == null ? 500 : 400, "bad request from " + r.header("x-ucdp-access-token")))) {
        UcdpApi api = UcdpApi.connect(token, Settings.of(cache, server.base(), false, null))
            .pacing(Duration.ZERO).retries(1, Duration.ZERO, Duration.ZERO);
        seen.add(api.toString());
        UcdpApi.Query q = api.query(DatasetKind.UCDP_PRIO_ACD, "23.1").country(625);
        seen.add(q.toString());
        exception(q::read);
      }
      try (Loopback server = new Loopback(r -> Loopback.Reply.status(401,
          "token " + r.header("x-ucdp-access-token") + " expired"))) {
        exception(() -> UcdpApi.connect(token, Settings.of(cache, server.base(), false, null))
            .query(DatasetKind.UCDP_PRIO_ACD, "23.1").read());
      }
      List<Map<String, Object>> recs = UcdpFixtures.records("ucdp/UcdpPrioConflict_v23_1.csv");
      try (Loopback server = new Loopback(
          UcdpFixtures.handler("ucdpprioconflict", "23.1", recs, recs.size()))) {
        dataset(UcdpApi.connect(token, Settings.of(cache, server.base(), false, null))
            .pacing(Duration.ZERO).query(DatasetKind.UCDP_PRIO_ACD, "23.1").read());
      }
      exception(() -> UcdpApi.connect(token, Settings.of(cache, "http://example.org", false, null))
          .query(DatasetKind.UCDP_PRIO_ACD, "23.1").read());

      // ACLED: login failure echoing the password, a read error echoing the access token,
      // a 403, renewal mid-pull, and a good read
      FakeAcled f = AcledApiTest.fake(12);
      try (Loopback server = new Loopback(f)) {
        Settings c = Settings.of(cache, server.base(), false, null);
        AcledApi bad = AcledApi.connect(AcledApiTest.USER, "pw-SECRET-wrong".toCharArray(), c);
        seen.add(bad.toString());
        exception(() -> bad.events().read());

        f.revokeAfterPages = 1;
        AcledApi api = AcledApi.connect(AcledApiTest.USER, AcledApiTest.PASSWORD.toCharArray(), c)
            .retries(1, Duration.ZERO, Duration.ZERO);
        seen.add(api.toString());
        AcledApi.Events ev = api.events().country("Mali").pageSize(5);
        seen.add(ev.toString());
        Dataset d = ev.read();
        dataset(d);
        dataset(api.events().updatedSince(d));
        f.forbidden = true;
        exception(() -> api.events().read());
      }
      try (Loopback server = new Loopback(r -> r.path().endsWith("/oauth/token")
          ? f.handle(r)
          : Loopback.Reply.status(503, "upstream saw " + r.header("Authorization")))) {
        f.forbidden = false;
        exception(() -> AcledApi.connect(AcledApiTest.USER, AcledApiTest.PASSWORD.toCharArray(),
                Settings.of(cache.resolve("other"), server.base(), false, null))
            .retries(1, Duration.ZERO, Duration.ZERO).events().read());
      }
      seen.addAll(t.logs);
    }

    assertTrue(seen.size() > 20, "scanned " + seen.size() + " texts");
    assertTrue(seen.stream().anyMatch(s -> s != null && s.contains("****")),
        "an echoed secret was scrubbed, not merely absent");
    for (String s : seen) {
      if (s == null) {
        continue;
      }
      for (String secret : List.of(UcdpFixtures.TOKEN, AcledApiTest.PASSWORD, "pw-SECRET",
          "acc-SECRET", "ref-SECRET", "SECRET")) {
        assertFalse(s.contains(secret), "secret " + secret + " in: " + s);
      }
    }
  }
}
