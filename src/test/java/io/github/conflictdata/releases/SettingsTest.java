package io.github.conflictdata.releases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conflictdata.ConflictData;
import io.github.conflictdata.Dataset;
import io.github.conflictdata.DatasetKind;
import java.net.Proxy;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The facade reads its settings from the system properties (or environment variables): cache,
 * offline, mirror (scheme and host replaced, query kept), lock file; proxies from the environment.
 */
class SettingsTest {
  private static final List<String> KEYS = List.of("conflictdata.cache", "conflictdata.offline",
      "conflictdata.mirror", "conflictdata.lock");
  private final java.util.Properties saved = new java.util.Properties();
  @TempDir Path tmp;

  @BeforeEach
  void save() {
    for (String k : KEYS) {
      if (System.getProperty(k) != null) {
        saved.setProperty(k, System.getProperty(k));
      }
    }
  }

  @AfterEach
  void restore() {
    for (String k : KEYS) {
      if (saved.containsKey(k)) {
        System.setProperty(k, saved.getProperty(k));
      } else {
        System.clearProperty(k);
      }
    }
  }

  @Test
  void conflictDataDownloadUsesTheProperties() throws Exception {
    String csv = new String(Loopback.resource(Fixtures.BRD24), StandardCharsets.UTF_8);
    byte[] zip = Loopback.zip("BattleDeaths_v27_1_conf.csv",
        csv.replaceAll(",24\\.1(\r?\n|$)", ",27.1$1").getBytes(StandardCharsets.UTF_8));
    String path = "/ucdp.uu.se/downloads/brd/ucdp-brd-conf-271-csv.zip";
    Path lock = tmp.resolve("notebooks/conflictdata.lock");
    try (Loopback server = new Loopback().on(path, Loopback.bytes(zip))) {
      System.setProperty("conflictdata.cache", tmp.resolve("cache").toString());
      System.setProperty("conflictdata.mirror", server.base() + "/");
      System.setProperty("conflictdata.offline", "false");
      System.setProperty("conflictdata.lock", lock.toString());
      Dataset d = ConflictData.download(DatasetKind.UCDP_BRD_CONFLICT, "27.1");
      assertEquals("27.1", d.version());
      assertEquals(List.of(path), server.requests);
      assertEquals(tmp.resolve("cache"), ConflictData.cache().dir());
      assertTrue(Files.readString(lock).contains("[UCDP_BRD_CONFLICT 27.1]"));
      System.setProperty("conflictdata.offline", "true");
      assertEquals("27.1", ConflictData.download(DatasetKind.UCDP_BRD_CONFLICT, "27.1").version());
      assertEquals(1, server.requests.size(), "offline: from the cache");
    }
  }

  @Test
  void mirrorReplacesSchemeAndHostAndKeepsTheQuery() {
    Releases r = Releases.builder().cacheDir(tmp).mirror("http://mirror.example/base/")
        .allowPlainHttpMirror(true).build();
    assertEquals(URI.create("http://mirror.example/base/cdn.cloud.prio.org/files/x/PRIO%20Battle%2031.xls?inline=true"),
        r.effectiveUrl("https://cdn.cloud.prio.org/files/x/PRIO%20Battle%2031.xls?inline=true"));
    assertEquals(URI.create("https://ucdp.uu.se/downloads/brd/x.zip"),
        Releases.builder().cacheDir(tmp).mirror(null).build()
            .effectiveUrl("https://ucdp.uu.se/downloads/brd/x.zip"));
  }

  @Test
  void environmentProxiesAndNoProxy() {
    Fetcher.EnvProxySelector sel = new Fetcher.EnvProxySelector(Map.of(
        "HTTPS_PROXY", "http://user:secret@proxy.example:3128", "NO_PROXY", "internal.example,.uu.se"));
    List<Proxy> p = sel.select(URI.create("https://correlatesofwar.org/x.csv"));
    assertEquals(Proxy.Type.HTTP, p.get(0).type());
    assertTrue(p.get(0).address().toString().contains("proxy.example") && p.get(0).address().toString().contains("3128"));
    assertFalse(p.get(0).toString().contains("secret"), "credentials never printed");
    assertEquals(Proxy.NO_PROXY, sel.select(URI.create("https://ucdp.uu.se/downloads/x.zip")).get(0));
    assertEquals(Proxy.NO_PROXY, sel.select(URI.create("http://127.0.0.1:8080/x")).get(0));
    assertEquals(Proxy.NO_PROXY,
        new Fetcher.EnvProxySelector(Map.of()).select(URI.create("https://ucdp.uu.se/")).get(0));
  }
}
