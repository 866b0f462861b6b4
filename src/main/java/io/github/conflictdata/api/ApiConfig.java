package io.github.conflictdata.api;

import java.net.URI;
import java.nio.file.Path;

/**
 * The configuration the APIs share with the release downloads: the cache folder, the mirror and
 * offline mode. Each setting is read from its system property first, then its environment
 * variable:
 *
 * <ul>
 *   <li>{@code conflictdata.cache} / {@code CONFLICTDATA_CACHE}: the cache folder (here: the ACLED
 *       token cache); default {@code $XDG_CACHE_HOME/conflictdata}, else {@code
 *       ~/.cache/conflictdata}.
 *   <li>{@code conflictdata.mirror} / {@code CONFLICTDATA_MIRROR}: a base URL replacing the
 *       publisher's scheme and host: {@code https://ucdpapi.pcr.uu.se/api/x} is fetched from
 *       {@code MIRROR/ucdpapi.pcr.uu.se/api/x}.
 *   <li>{@code conflictdata.offline} / {@code CONFLICTDATA_OFFLINE}: {@code true} refuses every
 *       network call.
 * </ul>
 *
 * <p>Package-private on purpose: the releases package reads the same variables, and the two
 * readers are to be unified into one shared class.
 */
final class ApiConfig {
  static final String CACHE_PROPERTY = "conflictdata.cache";
  static final String CACHE_ENV = "CONFLICTDATA_CACHE";
  static final String MIRROR_PROPERTY = "conflictdata.mirror";
  static final String MIRROR_ENV = "CONFLICTDATA_MIRROR";
  static final String OFFLINE_PROPERTY = "conflictdata.offline";
  static final String OFFLINE_ENV = "CONFLICTDATA_OFFLINE";
  /** The most bytes one API answer may hold (64 MB; a UCDP or ACLED page is a few MB). */
  static final long MAX_BODY_BYTES = 64L << 20;
  /** The longest one API call may take, body included (5 min). */
  static final java.time.Duration CALL_DEADLINE = java.time.Duration.ofMinutes(5);
  /** The most pages one API read asks for (a server that keeps paging is cut off). */
  static final int MAX_PAGES = 10_000;

  private final Path cacheDir;
  private final String mirror;
  private final boolean offline;

  ApiConfig(Path cacheDir, String mirror, boolean offline) {
    this.cacheDir = cacheDir;
    this.mirror = mirror == null || mirror.isBlank() ? null : stripSlash(mirror.trim());
    this.offline = offline;
  }

  /** The settings as the system properties and environment give them now. */
  static ApiConfig current() {
    String cache = setting(CACHE_PROPERTY, CACHE_ENV);
    Path dir;
    if (cache != null) {
      dir = Path.of(cache);
    } else {
      String xdg = System.getenv("XDG_CACHE_HOME");
      dir =
          xdg != null && !xdg.isBlank()
              ? Path.of(xdg, "conflictdata")
              : Path.of(System.getProperty("user.home"), ".cache", "conflictdata");
    }
    String offline = setting(OFFLINE_PROPERTY, OFFLINE_ENV);
    return new ApiConfig(
        dir, setting(MIRROR_PROPERTY, MIRROR_ENV), offline != null && offline.equalsIgnoreCase("true"));
  }

  private static String setting(String property, String env) {
    String v = System.getProperty(property);
    if (v == null || v.isBlank()) {
      v = System.getenv(env);
    }
    return v == null || v.isBlank() ? null : v.trim();
  }

  private static String stripSlash(String s) {
    while (s.endsWith("/")) {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }

  Path cacheDir() {
    return cacheDir;
  }

  /** The mirror base URL without a trailing slash, or null. */
  String mirror() {
    return mirror;
  }

  boolean offline() {
    return offline;
  }

  /**
   * The URL to call for a publisher URL: itself, or {@code MIRROR/host/path?query} when a mirror
   * is set. A URL already under the mirror is returned unchanged.
   */
  URI resolve(URI publisherUrl) {
    if (mirror == null || publisherUrl.toString().startsWith(mirror + "/")) {
      return publisherUrl;
    }
    String q = publisherUrl.getRawQuery();
    String path = publisherUrl.getRawPath() == null ? "" : publisherUrl.getRawPath();
    return URI.create(
        mirror + "/" + publisherUrl.getHost() + path + (q == null ? "" : "?" + q));
  }
}
