package io.github.conflictdata.api;

import io.github.conflictdata.io.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * ACLED's OAuth password grant, with the tokens cached per username in {@code
 * acled-tokens.json} in the cache folder: a valid access token is reused, an expired one is
 * renewed with the refresh token, and the password is asked only when there is no usable refresh
 * token. The cache file is created readable by its owner only (0600); a cache file that group or
 * others can read is refused, and a failed login never falls back to another username's entry.
 * On a file system without POSIX permissions nothing is cached.
 */
final class AcledAuth {
  static final String TOKEN_URL = "https://acleddata.com/oauth/token";
  static final String CACHE_FILE = "acled-tokens.json";
  /** ACLED's refresh tokens last 14 days (its "Getting started" page). */
  static final Duration REFRESH_LIFE = Duration.ofDays(14);
  /** Renew an access token this long before it expires. */
  static final Duration MARGIN = Duration.ofMinutes(5);

  static final String ACCOUNT_FIX =
      "check ACLED_USERNAME and ACLED_PASSWORD (the e-mail and password of your myACLED account;"
          + " register at https://acleddata.com/ with an institutional address, since accounts"
          + " with personal e-mail addresses get no API access)";

  /** One user's tokens; expiry times in epoch seconds. */
  record Tokens(String access, long accessExpires, String refresh, long refreshExpires) {
    boolean accessValid(Instant now) {
      return access != null && now.plus(MARGIN).getEpochSecond() < accessExpires;
    }

    boolean refreshValid(Instant now) {
      return refresh != null && now.getEpochSecond() < refreshExpires;
    }

    @Override
    public String toString() {
      return "Tokens[access ****, refresh ****]";
    }
  }

  private final Http http;
  private final String username;
  private final String key;
  private char[] password;
  private final Path cacheFile;
  private Tokens tokens;

  AcledAuth(Http http, String username, char[] password) {
    this.http = http;
    this.username = username;
    this.key = username.trim().toLowerCase(Locale.ROOT);
    this.password = password == null ? null : password.clone();
    this.cacheFile = http.config().cacheDir().resolve(CACHE_FILE);
    if (this.password != null) {
      http.secret(new String(this.password));
    }
  }

  Path cacheFile() {
    return cacheFile;
  }

  /** Forgets the password (zeroes the copy held). */
  synchronized void forgetPassword() {
    if (password != null) {
      java.util.Arrays.fill(password, '\0');
      password = null;
    }
  }

  /** A valid access token: held, cached, refreshed, or from a new login, in that order. */
  synchronized String accessToken() {
    Instant now = Instant.now();
    if (tokens != null && tokens.accessValid(now)) {
      return tokens.access();
    }
    Tokens cached = load().get(key);
    if (cached != null) {
      remember(cached);
      if (cached.accessValid(now)) {
        tokens = cached;
        return cached.access();
      }
      if (tokens == null || !tokens.refreshValid(now)) {
        tokens = cached;
      }
    }
    return renew();
  }

  /**
   * A new access token whatever the held one's expiry (after a 401): from the refresh token if
   * one is valid, else from the password.
   */
  synchronized String renew() {
    Instant now = Instant.now();
    if (tokens != null && tokens.refreshValid(now)) {
      Http.Response r =
          http.postForm(
              URI.create(TOKEN_URL),
              "grant_type=refresh_token&refresh_token=" + enc(tokens.refresh())
                  + "&client_id=acled");
      if (r.status() == 200) {
        Tokens t = parse(r, now);
        store(t);
        Http.LOG.log(System.Logger.Level.INFO, "ACLED access token renewed with the refresh token");
        return t.access();
      }
      Http.LOG.log(System.Logger.Level.INFO,
          "ACLED refresh token refused (HTTP " + r.status() + "); logging in with the password");
    }
    return login(now);
  }

  private String login(Instant now) {
    if (password == null) {
      throw new ApiException(
          401, TOKEN_URL,
          "ACLED login needed (no valid cached token for this account) but no password was given",
          "set ACLED_PASSWORD or call AcledApi.connect(username, password)");
    }
    StringBuilder form = new StringBuilder();
    form.append("username=").append(enc(username))
        .append("&password=").append(enc(new String(password)))
        .append("&grant_type=password&client_id=acled&scope=authenticated");
    Http.Response r = http.postForm(URI.create(TOKEN_URL), form.toString());
    if (r.status() != 200) {
      String err = oauthError(r);
      throw new ApiException(
          r.status(), r.endpoint(),
          "ACLED login failed: the account or password was not accepted" + err, ACCOUNT_FIX);
    }
    Tokens t = parse(r, now);
    store(t);
    Http.LOG.log(System.Logger.Level.INFO, "ACLED login (password grant) succeeded");
    return t.access();
  }

  private String oauthError(Http.Response r) {
    try {
      Object o = Json.parse(r.body());
      if (o instanceof Map<?, ?> m && m.get("error") instanceof String e) {
        return " (" + http.scrub(e) + ")";
      }
    } catch (Json.JsonException ignored) {
      // not JSON: say nothing more
    }
    return "";
  }

  private Tokens parse(Http.Response r, Instant now) {
    Object o;
    try {
      o = Json.parse(r.body());
    } catch (Json.JsonException e) {
      throw new ApiException(0, r.endpoint(), "ACLED token response is not valid JSON",
          UcdpApi.reportFix());
    }
    if (!(o instanceof Map<?, ?> m) || !(m.get("access_token") instanceof String access)
        || access.isEmpty()) {
      throw new ApiException(0, r.endpoint(), "ACLED token response has no access_token",
          UcdpApi.reportFix());
    }
    http.secret(access);
    long life = 86_400;
    Object exp = m.get("expires_in");
    try {
      if (exp instanceof Json.Num n) {
        life = (long) Double.parseDouble(n.text());
      } else if (exp instanceof String s) {
        life = Long.parseLong(s.trim());
      }
    } catch (NumberFormatException ignored) {
      // keep ACLED's documented 24 hours
    }
    String refresh = m.get("refresh_token") instanceof String s && !s.isEmpty() ? s : null;
    if (refresh != null) {
      http.secret(refresh);
    } else if (tokens != null && tokens.refreshValid(now)) {
      refresh = tokens.refresh(); // not rotated: keep the one held
    }
    long refreshExpires =
        refresh == null
            ? 0
            : refresh.equals(tokens == null ? null : tokens.refresh())
                ? tokens.refreshExpires()
                : now.plus(REFRESH_LIFE).getEpochSecond();
    return new Tokens(access, now.getEpochSecond() + life, refresh, refreshExpires);
  }

  private void remember(Tokens t) {
    http.secret(t.access());
    http.secret(t.refresh());
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  // ------------------------------------------------------------------ the cache file

  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");

  private boolean posix() {
    Path dir = cacheFile.getParent();
    Path probe = Files.exists(dir) ? dir : dir.getRoot() == null ? Path.of(".") : dir.getRoot();
    return Files.getFileAttributeView(probe, PosixFileAttributeView.class) != null;
  }

  /** The cached tokens by username; empty if there is no cache file or no POSIX permissions. */
  Map<String, Tokens> load() {
    Map<String, Tokens> out = new LinkedHashMap<>();
    if (!Files.exists(cacheFile, LinkOption.NOFOLLOW_LINKS) || !posix()) {
      return out;
    }
    try {
      if (Files.isSymbolicLink(cacheFile) || !Files.isRegularFile(cacheFile)) {
        throw new ApiException(0, cacheFile.toString(),
            "the ACLED token cache is not a regular file (a link or folder is refused)",
            "delete " + cacheFile + "; it is recreated at the next login");
      }
      Set<PosixFilePermission> perms =
          Files.getPosixFilePermissions(cacheFile, LinkOption.NOFOLLOW_LINKS);
      if (!OWNER_ONLY.containsAll(perms)) {
        throw new ApiException(0, cacheFile.toString(),
            "the ACLED token cache can be read by others (permissions "
                + PosixFilePermissions.toString(perms) + "); its tokens are not used",
            "chmod 600 " + cacheFile + " if only you could ever read it, else delete it (the"
                + " tokens may have leaked: log in again)");
      }
      String text = Files.readString(cacheFile, StandardCharsets.UTF_8);
      Object o = Json.parse(text);
      if (o instanceof Map<?, ?> m) {
        for (Map.Entry<?, ?> e : m.entrySet()) {
          if (e.getValue() instanceof Map<?, ?> t) {
            out.put((String) e.getKey(), new Tokens(
                str(t.get("access_token")), num(t.get("access_expires")),
                str(t.get("refresh_token")), num(t.get("refresh_expires"))));
          }
        }
      }
    } catch (Json.JsonException e) {
      Http.LOG.log(System.Logger.Level.WARNING,
          "ACLED token cache " + cacheFile + " is not valid JSON; ignoring it");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the ACLED token cache " + cacheFile, e);
    }
    return out;
  }

  private static String str(Object o) {
    return o instanceof String s && !s.isEmpty() ? s : null;
  }

  private static long num(Object o) {
    try {
      return o instanceof Json.Num n ? Long.parseLong(n.text()) : 0;
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** Holds {@code t} and writes it under this username (other users' entries kept). */
  private void store(Tokens t) {
    tokens = t;
    if (!posix()) {
      Http.LOG.log(System.Logger.Level.INFO,
          "no POSIX permissions on " + cacheFile.getParent() + ": ACLED tokens are not cached");
      return;
    }
    Map<String, Tokens> all;
    try {
      all = load();
    } catch (ApiException e) {
      Http.LOG.log(System.Logger.Level.WARNING, e.getMessage() + "; the tokens are not cached");
      return;
    }
    all.put(key, t);
    StringBuilder b = new StringBuilder("{\n");
    int k = 0;
    for (Map.Entry<String, Tokens> e : all.entrySet()) {
      Tokens v = e.getValue();
      b.append(k++ > 0 ? ",\n" : "").append("  ").append(Json.quote(e.getKey())).append(": {")
          .append("\"access_token\": ").append(v.access() == null ? "null" : Json.quote(v.access()))
          .append(", \"access_expires\": ").append(v.accessExpires())
          .append(", \"refresh_token\": ")
          .append(v.refresh() == null ? "null" : Json.quote(v.refresh()))
          .append(", \"refresh_expires\": ").append(v.refreshExpires()).append('}');
    }
    b.append("\n}\n");
    Path dir = cacheFile.getParent();
    try {
      if (!Files.isDirectory(dir)) {
        try {
          Files.createDirectories(
              dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (FileAlreadyExistsException ignored) {
          // raced with another process
        }
      }
      Path tmp =
          Files.createTempFile(dir, ".acled-tokens-", ".tmp",
              PosixFilePermissions.asFileAttribute(OWNER_ONLY));
      try {
        Files.writeString(tmp, b, StandardCharsets.UTF_8);
        Files.move(tmp, cacheFile, StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      Http.LOG.log(System.Logger.Level.WARNING,
          "cannot write the ACLED token cache " + cacheFile + " (" + e.getClass().getSimpleName()
              + "); the tokens are not cached");
    }
  }
}
