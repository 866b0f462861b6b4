package io.github.conflictdata.api;

import io.github.conflictdata.Settings;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The HTTP layer both APIs share: mirror rewriting, the https-only rule (plain http only to
 * loopback addresses), retries with exponential backoff on 5xx and network failures, {@code
 * Retry-After} on 429, and scrubbing of secrets from any response text quoted in an error.
 * Redirects are never followed, so a token header is never replayed to another host.
 */
final class Http {
  /** Waits between attempts; tests replace it to record the waits instead of sleeping. */
  interface Sleeper {
    void sleep(Duration d) throws InterruptedException;
  }

  static volatile Sleeper sleeper = d -> Thread.sleep(d.toMillis());

  static final System.Logger LOG = System.getLogger("io.github.conflictdata.api");

  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(30))
          .build();

  /** An answer: status, body and the URL actually called. */
  record Response(int status, String body, String endpoint, HttpResponse<String> raw) {}

  private final Settings config;
  private final String quota;
  private final List<String> secrets = new CopyOnWriteArrayList<>();
  private volatile int maxRetries = 4;
  private volatile Duration backoff = Duration.ofSeconds(1);
  private volatile Duration maxRetryAfter = Duration.ofMinutes(2);

  /**
   * @param quota the API's quota, for 429 messages ("5,000 requests a day")
   */
  Http(Settings config, String quota) {
    this.config = config;
    this.quota = quota;
  }

  Settings config() {
    return config;
  }

  void retries(int maxRetries, Duration firstBackoff, Duration maxRetryAfter) {
    if (maxRetries < 0) {
      throw new IllegalArgumentException("maxRetries must be >= 0, got " + maxRetries);
    }
    this.maxRetries = maxRetries;
    this.backoff = nonNegative(firstBackoff, "backoff");
    this.maxRetryAfter = nonNegative(maxRetryAfter, "maxRetryAfter");
  }

  static Duration nonNegative(Duration d, String what) {
    if (d == null || d.isNegative()) {
      throw new IllegalArgumentException(what + " must be zero or positive, got " + d);
    }
    return d;
  }

  /** Registers a secret to be scrubbed from any response text placed in a message. */
  void secret(String s) {
    if (s != null && s.length() >= 4 && !secrets.contains(s)) {
      secrets.add(s);
    }
  }

  /** {@code text} with every registered secret replaced by {@code ****}. */
  String scrub(String text) {
    if (text == null) {
      return null;
    }
    String out = text;
    for (String s : secrets) {
      out = out.replace(s, "****");
    }
    return out;
  }

  /** A short, scrubbed excerpt of a response body for a message. */
  String excerpt(String body) {
    if (body == null) {
      return "";
    }
    String b = body.strip().replaceAll("\\s+", " ");
    if (b.length() > 300) {
      b = b.substring(0, 300) + "...";
    }
    return scrub(b);
  }

  /**
   * The URL to call for {@code publisherUrl} (through the mirror if one is set), checked: https,
   * or http to a loopback address only.
   */
  URI target(URI publisherUrl) {
    URI u = config.resolve(publisherUrl);
    String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
    if (u.getRawUserInfo() != null) {
      throw new ApiException(
          0, "(a URL with user information)", "URLs with user:password@ are refused",
          "put credentials in the documented variables, never in a URL or CONFLICTDATA_MIRROR");
    }
    if (scheme.equals("https")) {
      return u;
    }
    if (scheme.equals("http") && isLoopback(u.getHost())) {
      return u;
    }
    throw new ApiException(
        0,
        u.toString(),
        scheme.equals("http")
            ? "plain http:// is refused: tokens and passwords would travel unencrypted"
            : "unsupported URL scheme '" + scheme + "'",
        "use an https:// URL (plain http:// is accepted only for 127.0.0.1, ::1 or localhost);"
            + " check " + Settings.MIRROR_ENV);
  }

  static boolean isLoopback(String host) {
    if (host == null) {
      return false;
    }
    String h = host.toLowerCase(Locale.ROOT);
    if (h.startsWith("[") && h.endsWith("]")) {
      h = h.substring(1, h.length() - 1);
    }
    return h.equals("localhost")
        || h.equals("::1")
        || h.equals("0:0:0:0:0:0:0:1")
        || h.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
  }

  /** GET with retries; any status other than 5xx/429 (and 400 when asked) is returned. */
  Response get(URI publisherUrl, Map<String, String> headers, boolean retry400) {
    URI u = target(publisherUrl);
    HttpRequest.Builder b = HttpRequest.newBuilder(u).GET().timeout(Duration.ofMinutes(5));
    headers.forEach(b::header);
    return send(b.build(), u, retry400);
  }

  /** POST of a form body with retries (5xx, 429, network failures). */
  Response postForm(URI publisherUrl, String form) {
    URI u = target(publisherUrl);
    HttpRequest r =
        HttpRequest.newBuilder(u)
            .timeout(Duration.ofMinutes(1))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8))
            .build();
    return send(r, u, false);
  }

  private Response send(HttpRequest request, URI u, boolean retry400) {
    String endpoint = u.toString();
    if (config.offline()) {
      throw new ApiException(
          0, endpoint, "offline mode is on: the API was not called",
          "unset " + Settings.OFFLINE_ENV + " (or the system property "
              + Settings.OFFLINE_PROPERTY + ")");
    }
    Duration wait = backoff;
    int attempt = 0;
    while (true) {
      HttpResponse<String> r;
      try {
        r = CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      } catch (IOException e) {
        if (attempt < maxRetries) {
          LOG.log(System.Logger.Level.WARNING,
              "network failure calling " + endpoint + " (" + e.getClass().getSimpleName()
                  + "); retry " + (attempt + 1) + " of " + maxRetries + " in " + wait);
          pause(wait, endpoint);
          wait = wait.multipliedBy(2);
          attempt++;
          continue;
        }
        throw new ApiException(
            0, endpoint,
            "network failure after " + attempt + " retries: " + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + scrub(e.getMessage())),
            "check the network connection and the URL (" + Settings.MIRROR_ENV + ")", e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ApiException(0, endpoint, "interrupted", "call again", e);
      }
      int st = r.statusCode();
      if ((st >= 500 || (st == 400 && retry400)) && attempt < maxRetries) {
        LOG.log(System.Logger.Level.WARNING,
            "HTTP " + st + " from " + endpoint + "; retry " + (attempt + 1) + " of " + maxRetries
                + " in " + wait);
        pause(wait, endpoint);
        wait = wait.multipliedBy(2);
        attempt++;
        continue;
      }
      if (st == 429) {
        Duration after = retryAfter(r);
        Duration w = after == null ? wait : after;
        if (attempt < maxRetries && w.compareTo(maxRetryAfter) <= 0) {
          LOG.log(System.Logger.Level.WARNING,
              "HTTP 429 (too many requests) from " + endpoint + "; waiting " + w
                  + (after == null ? "" : " as Retry-After asks"));
          pause(w, endpoint);
          wait = wait.multipliedBy(2);
          attempt++;
          continue;
        }
        throw new ApiException(
            429, endpoint,
            "too many requests: the API's quota is reached (" + quota + ")",
            after == null
                ? "wait and call again later"
                : "retry after " + after.toSeconds() + " s (the server's Retry-After)");
      }
      if (st >= 500) {
        throw new ApiException(
            st, endpoint, "the server failed after " + attempt + " retries: " + excerpt(r.body()),
            "the service is down or overloaded; try again later");
      }
      return new Response(st, r.body(), endpoint, r);
    }
  }

  private static void pause(Duration d, String endpoint) {
    if (d.isZero()) {
      return;
    }
    try {
      sleeper.sleep(d);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiException(0, endpoint, "interrupted while waiting to retry", "call again", e);
    }
  }

  /** Pacing between pages: waits {@code d} (through the same sleeper as retries). */
  static void pace(Duration d, String endpoint) {
    pause(d, endpoint);
  }

  /** The Retry-After header as a duration (seconds or an HTTP date), or null. */
  static Duration retryAfter(HttpResponse<?> r) {
    String v = r.headers().firstValue("Retry-After").orElse(null);
    if (v == null) {
      return null;
    }
    v = v.trim();
    try {
      long s = Long.parseLong(v);
      return Duration.ofSeconds(Math.max(0, s));
    } catch (NumberFormatException e) {
      try {
        ZonedDateTime t = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
        Duration d = Duration.between(ZonedDateTime.now(t.getZone()), t);
        return d.isNegative() ? Duration.ZERO : d;
      } catch (DateTimeParseException e2) {
        return null;
      }
    }
  }
}
