package io.github.conflictdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.github.conflictdata.api.ApiException;
import io.github.conflictdata.api.UcdpApi;
import io.github.conflictdata.releases.DownloadException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One settings object for downloads and APIs: booleans mean what they say ({@code 1/0},
 * {@code true/false}, {@code yes/no}, {@code on/off}, any case), anything else is an error naming
 * the setting, the system property wins over the environment, and {@code OFFLINE=1} keeps both a
 * download and an API call off the network (a loopback server counts zero requests).
 */
class SettingsTest {
  @TempDir Path tmp;

  @ParameterizedTest
  @ValueSource(strings = {"1", "true", "TRUE", "True", "yes", "YES", "on", "On", " 1 "})
  void trueValues(String v) {
    assertTrue(Settings.parseBoolean("CONFLICTDATA_OFFLINE", v));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "false", "FALSE", "no", "No", "off", "OFF"})
  void falseValues(String v) {
    assertFalse(Settings.parseBoolean("CONFLICTDATA_OFFLINE", v));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2", "y", "enabled", "truee", "-1"})
  void otherValuesAreErrorsNamingTheSetting(String v) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Settings.read(Map.<String, String>of()::get,
            Map.of(Settings.OFFLINE_ENV, v)::get));
    assertTrue(e.getMessage().contains("environment variable CONFLICTDATA_OFFLINE"), e.getMessage());
    assertTrue(e.getMessage().contains("1/0, true/false, yes/no or on/off"), e.getMessage());
    assertTrue(e.getMessage().contains("\"" + v + "\""), e.getMessage());
  }

  @Test
  void propertyWinsOverEnvironmentAndBlankIsUnset() {
    Map<String, String> env = Map.of(Settings.OFFLINE_ENV, "yes", Settings.CACHE_ENV, "/env/cache",
        Settings.MIRROR_ENV, "http://127.0.0.1:1/m//");
    Settings s = Settings.read(Map.of(Settings.OFFLINE_PROPERTY, "off",
        Settings.CACHE_PROPERTY, "/prop/cache", "user.home", "/home/x")::get, env::get);
    assertFalse(s.offline());
    assertEquals(Path.of("/prop/cache"), s.cacheDir());
    assertEquals("http://127.0.0.1:1/m", s.mirror().orElseThrow());
    Settings blank = Settings.read(Map.of(Settings.OFFLINE_PROPERTY, " ", "user.home", "/home/x")::get,
        env::get);
    assertTrue(blank.offline(), "a blank property leaves the environment's value");
    Settings none = Settings.read(Map.of("user.home", "/home/x")::get, Map.<String, String>of()::get);
    assertFalse(none.offline());
    assertEquals(Path.of("/home/x/.cache/conflictdata"), none.cacheDir());
    assertTrue(none.lockFile().isEmpty());
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "yes", "ON"})
  void offlineOneMakesNoRequestForADownloadOrAnApiCall(String value) throws Exception {
    AtomicInteger requests = new AtomicInteger();
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", x -> {
      requests.incrementAndGet();
      x.sendResponseHeaders(500, -1);
      x.close();
    });
    server.start();
    List<String> keys = List.of(Settings.OFFLINE_PROPERTY, Settings.MIRROR_PROPERTY,
        Settings.CACHE_PROPERTY, Settings.LOCK_PROPERTY);
    Map<String, String> saved = new java.util.HashMap<>();
    for (String k : keys) {
      saved.put(k, System.getProperty(k));
    }
    try {
      String base = "http://127.0.0.1:" + server.getAddress().getPort();
      System.setProperty(Settings.OFFLINE_PROPERTY, value);
      System.setProperty(Settings.MIRROR_PROPERTY, base);
      System.setProperty(Settings.CACHE_PROPERTY, tmp.resolve("cache").toString());
      System.clearProperty(Settings.LOCK_PROPERTY);

      long t0 = System.nanoTime();
      DownloadException d = assertThrows(DownloadException.class,
          () -> ConflictData.download(DatasetKind.UCDP_BRD_CONFLICT, "27.1"));
      assertTrue(d.getMessage().contains("CONFLICTDATA_OFFLINE is set"), d.getMessage());

      ApiException a = assertThrows(ApiException.class,
          () -> UcdpApi.connect("token-for-the-test").query(DatasetKind.UCDP_PRIO_ACD, "25.1")
              .read());
      assertTrue(a.getMessage().contains("offline mode is on"), a.getMessage());
      long ms = (System.nanoTime() - t0) / 1_000_000;

      assertEquals(0, requests.get(), "requests the loopback server received");
      assertTrue(ms < 5_000, "offline fails fast, took " + ms + " ms");
    } finally {
      server.stop(0);
      for (String k : keys) {
        if (saved.get(k) == null) {
          System.clearProperty(k);
        } else {
          System.setProperty(k, saved.get(k));
        }
      }
    }
  }
}
