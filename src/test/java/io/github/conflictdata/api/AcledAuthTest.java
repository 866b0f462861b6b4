package io.github.conflictdata.api;

import io.github.conflictdata.Settings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conflictdata.Dataset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ACLED's OAuth: password grant, token cache (0600, per username), refresh before password,
 * refusal of a readable cache, no fallback to another user's token, renewal mid-pull, 403.
 */
class AcledAuthTest {
  static final String USER = AcledApiTest.USER;
  static final String PASSWORD = AcledApiTest.PASSWORD;
  static final String OTHER = "someone.else@ngo.example";

  @TempDir Path cache;

  private AcledApi connect(Loopback server, String user, String password) {
    return AcledApi.connect(user, password == null ? null : password.toCharArray(),
            Settings.of(cache, server.base(), false, null))
        .retries(0, Duration.ZERO, Duration.ZERO);
  }

  private Path cacheFile() {
    return cache.resolve("acled-tokens.json");
  }

  private void writeCache(String user, String access, long accessExpires, String refresh)
      throws Exception {
    long refreshExpires = Instant.now().plus(Duration.ofDays(10)).getEpochSecond();
    Files.writeString(cacheFile(), "{\"" + user + "\": {\"access_token\": \"" + access
        + "\", \"access_expires\": " + accessExpires + ", \"refresh_token\": \"" + refresh
        + "\", \"refresh_expires\": " + refreshExpires + "}}");
    Files.setPosixFilePermissions(cacheFile(), PosixFilePermissions.fromString("rw-------"));
  }

  @Test
  void passwordGrantThenTokensCachedOwnerOnly() throws Exception {
    FakeAcled f = AcledApiTest.fake(3);
    try (ApiTestSupport t = new ApiTestSupport(); Loopback server = new Loopback(f)) {
      Dataset d = connect(server, USER, PASSWORD).events().read();
      assertEquals(3, d.table().rowCount());
      Loopback.Req login = server.requestsTo("/oauth/token").get(0);
      assertEquals("POST", login.method());
      assertEquals("password", login.form("grant_type"));
      assertEquals("acled", login.form("client_id"));
      assertEquals("authenticated", login.form("scope"));
      assertEquals(USER, login.form("username"));
      assertEquals(PASSWORD, login.form("password"));
      assertEquals("Bearer acc-SECRET-1", server.requestsTo("/acled/read").get(0).header("Authorization"));

      assertEquals("rw-------",
          PosixFilePermissions.toString(Files.getPosixFilePermissions(cacheFile())));
      String text = Files.readString(cacheFile());
      assertTrue(text.contains("\"" + USER + "\""), text);
      assertTrue(text.contains("acc-SECRET-1") && text.contains("ref-SECRET-1"), text);
      assertFalse(text.contains(PASSWORD), "the password is never cached");
    }
  }

  @Test
  void aCachedAccessTokenIsReusedWithoutLoggingIn() throws Exception {
    FakeAcled f = AcledApiTest.fake(3);
    try (ApiTestSupport t = new ApiTestSupport(); Loopback server = new Loopback(f)) {
      connect(server, USER, PASSWORD).events().read();
      assertEquals(1, f.passwordGrants.get());
      // a new session, no password at hand
      Dataset d = connect(server, USER, null).events().read();
      assertEquals(3, d.table().rowCount());
      assertEquals(1, f.passwordGrants.get());
      assertEquals(0, f.refreshGrants.get());
    }
  }

  @Test
  void anExpiredAccessTokenIsRenewedWithTheRefreshTokenBeforeThePassword() throws Exception {
    FakeAcled f = AcledApiTest.fake(3);
    f.refreshUser.put("ref-SECRET-cached", USER);
    writeCache(USER, "acc-SECRET-old", Instant.now().getEpochSecond() - 60, "ref-SECRET-cached");
    try (ApiTestSupport t = new ApiTestSupport(); Loopback server = new Loopback(f)) {
      Dataset d = connect(server, USER, PASSWORD).events().read();
      assertEquals(3, d.table().rowCount());
      assertEquals(1, f.refreshGrants.get());
      assertEquals(0, f.passwordGrants.get(), "the password was not needed");
      Loopback.Req refresh = server.requestsTo("/oauth/token").get(0);
      assertEquals("refresh_token", refresh.form("grant_type"));
      assertEquals("ref-SECRET-cached", refresh.form("refresh_token"));
      assertEquals("acled", refresh.form("client_id"));
      assertEquals(null, refresh.form("password"));
      // the rotated tokens replace the cached ones
      String text = Files.readString(cacheFile());
      assertTrue(text.contains("acc-SECRET-1") && text.contains("ref-SECRET-1"), text);
      assertFalse(text.contains("ref-SECRET-cached"));
    }
  }

  @Test
  void anAccessTokenAboutToExpireIsRefreshedBeforeUse() throws Exception {
    FakeAcled f = AcledApiTest.fake(3);
    f.accessUser.put("acc-SECRET-soon", USER); // still accepted by the server
    f.refreshUser.put("ref-SECRET-cached", USER);
    writeCache(USER, "acc-SECRET-soon", Instant.now().getEpochSecond() + 120, "ref-SECRET-cached");
    try (ApiTestSupport t = new ApiTestSupport(); Loopback server = new Loopback(f)) {
      connect(server, USER, null).events().read();
      assertEquals(1, f.refreshGrants.get(), "renewed within the 5-minute margin");
      assertEquals("Bearer acc-SECRET-1",
          server.requestsTo("/acled/read").get(0).header("Authorization"));
    }
  }

  @Test
  void aRefusedRefreshTokenFallsBackToThePassword() throws Exception {
    FakeAcled f = AcledApiTest.fake(3);
    writeCache(USER, "acc-SECRET-old", 0, "ref-SECRET-revoked");
    try (ApiTestSupport t = new ApiTestSupport(); Loopback server = new Loopback(f)) {
      assertEquals(3, connect(server, USER, PASSWORD).events().read().table().rowCount());
      assertEquals(1, f.refreshGrants.get());
      assertEquals(1, f.passwordGrants.get());
    }
  }

  @Test
  void aCacheOthersCanReadIsRefused() throws Exception {
    FakeAcled f = AcledApiTest.fake(3);
    f.accessUser.put("acc-SECRET-cached", USER);
    writeCache(USER, "acc-SECRET-cached", Instant.now().getEpochSecond() + 3600, "ref-SECRET-x");
    Files.setPosixFilePermissions(cacheFile(), PosixFilePermissions.fromString("rw-r--r--"));
    try (ApiTestSupport t = new ApiTestSupport(); Loopback server = new Loopback(f)) {
      ApiException e = assertThrows(ApiException.class,
          () -> connect(server, USER, PASSWORD).events().read());
      assertTrue(e.getMessage().contains("can be read by others"), e.getMessage());
      assertTrue(e.getMessage().contains("rw-r--r--"), e.getMessage());
      assertTrue(e.fix().contains("chmod 600"), e.fix());
      assertTrue(server.requests.isEmpty(), "nothing was sent with a leaked token");
    }
  }

  @Test
  void aFailedLoginNeverFallsBackToAnotherUsersToken() throws Exception {
    FakeAcled f = AcledApiTest.fake(3);
    f.passwords.put(OTHER, "pw-SECRET-other");
    try (ApiTestSupport t = new ApiTestSupport(); Loopback server = new Loopback(f)) {
      connect(server, OTHER, "pw-SECRET-other").events().read(); // OTHER's tokens now cached
      int reads = server.requestsTo("/acled/read").size();

      ApiException wrong = assertThrows(ApiException.class,
          () -> connect(server, USER, "not-the-password").events().read());
      assertEquals(400, wrong.status());
      assertTrue(wrong.getMessage().contains("ACLED login failed"), wrong.getMessage());
      assertTrue(wrong.getMessage().contains("invalid_grant"), wrong.getMessage());
      assertTrue(wrong.fix().contains("ACLED_USERNAME"), wrong.fix());

      ApiException none = assertThrows(ApiException.class,
          () -> connect(server, USER, null).events().read());
      assertEquals(401, none.status());
      assertTrue(none.fix().contains("ACLED_PASSWORD"), none.fix());

      assertEquals(reads, server.requestsTo("/acled/read").size(),
          "no data request was made with the other user's token");
      assertTrue(Files.readString(cacheFile()).contains(OTHER), "the other entry is kept");
    }
  }

  @Test
  void anAccessTokenExpiringMidPullIsRenewedOnceWithNoPageLostOrRepeated() throws Exception {
    FakeAcled f = AcledApiTest.fake(16);
    f.revokeAfterPages = 2; // the token dies after pages 1 and 2
    try (ApiTestSupport t = new ApiTestSupport(); Loopback server = new Loopback(f)) {
      Dataset d = connect(server, USER, PASSWORD).events().pageSize(5).read();
      assertEquals(List.of(1, 2, 3, 4), f.servedPages, "each page served once");
      List<String> pagesAsked = server.requestsTo("/acled/read").stream()
          .map(r -> r.param("page")).toList();
      assertEquals(List.of("1", "2", "3", "3", "4"), pagesAsked, "page 3 asked again after 401");
      assertEquals(16, d.table().rowCount());
      assertEquals(16, new HashSet<>(d.table().stringColumn("event_id_cnty").asList()).size());
      assertEquals(1, f.refreshGrants.get());
      assertEquals(1, f.passwordGrants.get());
    }
  }

  @Test
  void aSecond401AfterRenewalIsAnError() throws Exception {
    FakeAcled f = AcledApiTest.fake(16);
    f.revokeAfterPages = 1;
    Loopback.Handler h = r -> {
      Loopback.Reply reply = f.handle(r);
      if (r.path().endsWith("/oauth/token") && f.tokenCounter > 1) {
        f.accessUser.clear(); // renewed tokens do not work either
      }
      return reply;
    };
    try (ApiTestSupport t = new ApiTestSupport(); Loopback server = new Loopback(h)) {
      ApiException e = assertThrows(ApiException.class,
          () -> connect(server, USER, PASSWORD).events().pageSize(5).read());
      assertEquals(401, e.status());
      assertTrue(e.getMessage().contains("token required or expired"), e.getMessage());
    }
  }

  @Test
  void a403AfterAGoodLoginMeansNoApiAccess() throws Exception {
    FakeAcled f = AcledApiTest.fake(3);
    f.forbidden = true;
    try (ApiTestSupport t = new ApiTestSupport(); Loopback server = new Loopback(f)) {
      ApiException e = assertThrows(ApiException.class,
          () -> connect(server, USER, PASSWORD).events().read());
      assertEquals(403, e.status());
      assertTrue(e.getMessage().contains("this account has no API access"), e.getMessage());
      assertTrue(e.endpoint().contains("/acleddata.com/api/acled/read"), e.endpoint());
    }
  }
}
