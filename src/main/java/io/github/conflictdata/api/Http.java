package io.github.conflictdata.api;

import io.github.conflictdata.Settings;
import io.github.conflictdata.io.Sha256;
import io.github.conflictdata.net.HttpRetries;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The HTTP layer both APIs share: mirror rewriting, the https-only rule (plain http only to
 * loopback addresses), retries with exponential backoff on 5xx and network failures, {@code
 * Retry-After} on 429, and scrubbing of secrets from any response text quoted in an error; the
 * calls themselves go through {@link HttpRetries} (one connection per call, bodies bounded by
 * {@code maxBodyBytes}, each call by {@code callDeadline}). Redirects are never followed ({@link
 * HttpRetries.Redirects#NEVER}), so a token header is never replayed to another host.
 */
final class Http {
  /** Waits between attempts; tests replace it to record the waits instead of sleeping. */
  interface Sleeper {
    void sleep(Duration d) throws InterruptedException;
  }

  static volatile Sleeper sleeper = d -> Thread.sleep(d.toMillis());

  static final System.Logger LOG = System.getLogger("io.github.conflictdata.api");

  /** An answer: status, body and the URL actually called. */
  record Response(int status, String body, String endpoint) {}

  /** The most bytes one API answer may hold (64 MB; a UCDP or ACLED page is a few MB). */
  static final long MAX_BODY_BYTES = 64L << 20;
  /** The longest one API call may take, body included (5 min). */
  static final Duration CALL_DEADLINE = Duration.ofMinutes(5);
  /** The most pages one API read asks for (a server that keeps paging is cut off). */
  static final int MAX_PAGES = 10_000;

  private final Settings config;
  private final String quota;
  private final List<String> secrets = new CopyOnWriteArrayList<>();
  private volatile int maxRetries = 4;
  private volatile Duration backoff = Duration.ofSeconds(1);
  private volatile Duration maxRetryAfter = Duration.ofMinutes(2);
  private volatile long maxBodyBytes = MAX_BODY_BYTES;
  private volatile Duration callDeadline = CALL_DEADLINE;

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
    return HttpRetries.isLoopback(host);
  }


  /** GET with retries; any status other than 5xx/429 (and 400 when asked) is returned. */
  Response get(URI publisherUrl, Map<String, String> headers, boolean retry400) {
    URI u = target(publisherUrl);
    return send(u, "GET", headers, null, callDeadline, retry400);
  }

  /** POST of a form body with retries (5xx, 429, network failures). */
  Response postForm(URI publisherUrl, String form) {
    URI u = target(publisherUrl);
    return send(u, "POST", Map.of("Content-Type", "application/x-www-form-urlencoded",
        "Accept", "application/json"), form.getBytes(StandardCharsets.UTF_8),
        callDeadline.compareTo(Duration.ofMinutes(1)) < 0 ? callDeadline : Duration.ofMinutes(1),
        false);
  }

  /**
   * Body and time bounds of every call: the most body bytes accepted (past them an {@link
   * ApiException} naming the limit) and the deadline of one call, body included.
   */
  void limits(long maxBodyBytes, Duration callDeadline) {
    if (maxBodyBytes < 1) {
      throw new IllegalArgumentException("maxBodyBytes must be >= 1, got " + maxBodyBytes);
    }
    if (callDeadline == null || callDeadline.isNegative() || callDeadline.isZero()) {
      throw new IllegalArgumentException("callDeadline must be positive, got " + callDeadline);
    }
    this.maxBodyBytes = maxBodyBytes;
    this.callDeadline = callDeadline;
  }

  private Response send(URI u, String method, Map<String, String> headers, byte[] body,
      Duration deadline, boolean retry400) {
    String endpoint = u.toString();
    if (config.offline()) {
      throw new ApiException(
          0, endpoint, "offline mode is on: the API was not called",
          "unset " + Settings.OFFLINE_ENV + " (or the system property "
              + Settings.OFFLINE_PROPERTY + ")");
    }
    HttpRetries.Retries policy = new HttpRetries.Retries(maxRetries + 1, backoff, maxRetryAfter,
        d -> sleeper.sleep(d));
    try {
      return HttpRetries.withRetries(policy,
          () -> once(u, method, headers, body, deadline, retry400),
          (failure, wait, retry, retries) -> LOG.log(System.Logger.Level.WARNING,
              failure.getMessage() + "; retry " + retry + " of " + retries + " in " + wait
                  + (failure.retryAfter() == null ? "" : " as Retry-After asks")),
          (last, retries, wait) -> {
            if (last.value() instanceof Response r) {
              return r; // a 400 asked to be retried, retries over: the caller reads it
            }
            ApiException f = (ApiException) last.failure();
            if (f.status() == 429) {
              throw new ApiException(429, endpoint,
                  "too many requests: the API's quota is reached (" + quota + ")",
                  last.retryAfter() == null
                      ? "wait and call again later"
                      : "retry after " + last.retryAfter().toSeconds()
                          + " s (the server's Retry-After)");
            }
            throw new ApiException(f.status(), endpoint,
                f.problem() + " (after " + retries + " retries)", f.fix(), f.getCause());
          });
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiException(0, endpoint, "interrupted", "call again", e);
    }
  }

  /** One call: an answer, a {@link HttpRetries.Retryable} failure, or an ApiException. */
  private Response once(URI u, String method, Map<String, String> headers, byte[] body,
      Duration deadline, boolean retry400) throws HttpRetries.Retryable {
    String endpoint = u.toString();
    HttpRetries.Call call = new HttpRetries.Call(u, method, headers, body,
        HttpRetries.Redirects.NEVER, Duration.ofSeconds(30), deadline,
        HttpRetries.Call.deadlineIn(deadline), null, null);
    int st;
    String text;
    Duration after;
    try (HttpRetries.Exchange ex = HttpRetries.open(call)) {
      st = ex.status();
      after = st == 429 ? HttpRetries.retryAfter(ex.header("Retry-After").orElse(null)) : null;
      text = ex.text(maxBodyBytes);
    } catch (Sha256.TooLargeException e) {
      throw new ApiException(0, endpoint,
          "the answer is larger than " + maxBodyBytes + " bytes (maxBodyBytes): not read further",
          "narrow the query (fewer countries or years), or raise the limit with"
              + " limits(maxBodyBytes, callDeadline)", e);
    } catch (HttpRetries.DeadlineException e) {
      throw new ApiException(0, endpoint,
          "no complete answer within " + deadline.toSeconds() + " s (callDeadline): "
              + e.getMessage(),
          "try again later, or raise the deadline with limits(maxBodyBytes, callDeadline)", e);
    } catch (IOException e) {
      throw new HttpRetries.Retryable(new ApiException(0, endpoint,
          "network failure: " + e.getClass().getSimpleName()
              + (e.getMessage() == null ? "" : ": " + scrub(e.getMessage())),
          "check the network connection and the URL (" + Settings.MIRROR_ENV + ")", e),
          null, null);
    }
    if (st >= 500) {
      throw new HttpRetries.Retryable(new ApiException(st, endpoint,
          "the server failed: HTTP " + st + ": " + excerpt(text),
          "the service is down or overloaded; try again later"), null, null);
    }
    if (st == 429) {
      throw new HttpRetries.Retryable(new ApiException(429, endpoint,
          "HTTP 429 (too many requests)", "wait"), after, null);
    }
    Response r = new Response(st, text, endpoint);
    if (st == 400 && retry400) {
      throw new HttpRetries.Retryable(new ApiException(st, endpoint, "HTTP 400", "wait"), null, r);
    }
    return r;
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
}
