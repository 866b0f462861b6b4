package io.github.conflictdata.releases;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Authenticator;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.PasswordAuthentication;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLException;

/**
 * HTTP GET to a file, with retries: 5xx, 408, 429, timeouts, resets and bodies cut short are
 * retried with exponential backoff (Retry-After honoured on 429 and 503); other 4xx (404, 403) are
 * not. The body streams to disk in 64 KB steps while MD5 and SHA-256 are computed, so memory use
 * does not grow with the file.
 */
final class Fetcher {
  private static final ScheduledExecutorService WATCHDOG =
      Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "conflictdata-download-watchdog");
        t.setDaemon(true);
        return t;
      });

  /** Result of one complete GET. */
  record Fetched(long size, String md5, String sha256) {}

  private final HttpClient client;
  private final Duration readTimeout;
  private final int attempts;
  private final Duration backoff;
  private final Duration maxRetryAfter;

  Fetcher(Duration connectTimeout, Duration readTimeout, int attempts, Duration backoff,
      Duration maxRetryAfter) {
    HttpClient.Builder b = HttpClient.newBuilder()
        .connectTimeout(connectTimeout)
        .followRedirects(HttpClient.Redirect.NORMAL)
        .proxy(proxySelector());
    Authenticator auth = proxyAuthenticator();
    if (auth != null) {
      b.authenticator(auth);
    }
    this.client = b.build();
    this.readTimeout = readTimeout;
    this.attempts = Math.max(1, attempts);
    this.backoff = backoff;
    this.maxRetryAfter = maxRetryAfter;
  }

  /**
   * Downloads {@code url} to {@code target} (created or truncated), retrying transient failures.
   * On failure {@code target} may hold a partial body: the caller deletes it.
   *
   * @param hint what to tell the user besides the URL (the cache path, the known releases)
   */
  Fetched fetch(URI url, Path target, String label, ProgressListener listener, Hint hint) {
    DownloadException last = null;
    for (int attempt = 1; attempt <= attempts; attempt++) {
      long waitMillis;
      try {
        return once(url, target, label, listener, hint);
      } catch (Retry r) {
        last = r.failure;
        if (attempt == attempts) {
          break;
        }
        waitMillis = r.retryAfterMillis >= 0 ? r.retryAfterMillis
            : backoff.toMillis() * (1L << (attempt - 1));
        if (waitMillis > maxRetryAfter.toMillis()) {
          throw new DownloadException(r.failure.getMessage() + "; the server asks to wait "
              + waitMillis / 1000 + " s, longer than the " + maxRetryAfter.toSeconds()
              + " s conflictdata waits: try again later", r.failure.status());
        }
      }
      listener.notice(label + ": " + last.getMessage() + "; retrying in "
          + String.format(Locale.ROOT, "%.1f", waitMillis / 1000.0) + " s (attempt "
          + (attempt + 1) + " of " + attempts + ")");
      try {
        Thread.sleep(waitMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new DownloadException("interrupted while waiting to retry " + url, e);
      }
    }
    throw new DownloadException(last.getMessage() + " (gave up after " + attempts + " attempts)",
        last.getCause() != null ? last.getCause() : last);
  }

  /** What to add to error messages. */
  interface Hint {
    String notFound();

    String cachePath();
  }

  private static final class Retry extends Exception {
    private static final long serialVersionUID = 1L;
    final transient DownloadException failure;
    final long retryAfterMillis;

    Retry(DownloadException failure, long retryAfterMillis) {
      super(failure.getMessage(), null, false, false);
      this.failure = failure;
      this.retryAfterMillis = retryAfterMillis;
    }
  }

  private Fetched once(URI url, Path target, String label, ProgressListener listener, Hint hint)
      throws Retry {
    HttpRequest req = HttpRequest.newBuilder(url).GET().timeout(readTimeout)
        .header("User-Agent", "conflictdata (https://github.com/conflictdata)").build();
    HttpResponse<InputStream> resp;
    try {
      resp = client.send(req, HttpResponse.BodyHandlers.ofInputStream());
    } catch (HttpTimeoutException e) {
      throw new Retry(new DownloadException("timed out waiting for " + url + " ("
          + e.getMessage() + ")", e), -1);
    } catch (SSLException e) {
      throw tls(url, hint, e);
    } catch (UnknownHostException e) {
      // no name service: almost always no network at all, so fail at once rather than retry
      throw new DownloadException("cannot resolve " + url.getHost() + " for " + url + " (no"
          + " network?). Cached releases work offline (CONFLICTDATA_OFFLINE=true); cache: "
          + hint.cachePath(), e);
    } catch (ConnectException e) {
      // refused (or no route): no server or no network, not a transient answer, so no retry
      throw new DownloadException("cannot connect to " + url.getHost() + " for " + url
          + " (" + e + "); no network, or a proxy needed (HTTPS_PROXY)? Cached releases work"
          + " offline (CONFLICTDATA_OFFLINE=true); cache: " + hint.cachePath(), e);
    } catch (IOException e) {
      if (e.getCause() instanceof SSLException s) {
        throw tls(url, hint, s);
      }
      throw new Retry(new DownloadException("network error fetching " + url + ": " + e, e), -1);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DownloadException("interrupted while fetching " + url, e);
    }
    int status = resp.statusCode();
    if (status != 200) {
      closeQuietly(resp.body());
      String msg = "HTTP " + status + " from " + url;
      if (status == 404 || status == 410) {
        throw new DownloadException(msg + ": the publisher does not serve this file there. "
            + hint.notFound(), status);
      }
      if (status == 403 || status == 401) {
        throw new DownloadException(msg + ": access refused. Download the file in a browser and"
            + " add it with ConflictData.cache().add(path). " + hint.notFound(), status);
      }
      if (status >= 500 || status == 408 || status == 429) {
        long after = (status == 429 || status == 503) ? retryAfter(resp.headers()) : -1;
        throw new Retry(new DownloadException(msg, status), after);
      }
      throw new DownloadException(msg, status);
    }
    long expected = resp.headers().firstValueAsLong("Content-Length").orElse(-1);
    MessageDigest md5 = digest("MD5");
    MessageDigest sha = digest("SHA-256");
    long start = System.nanoTime();
    AtomicLong lastByte = new AtomicLong(System.nanoTime());
    AtomicBoolean stalled = new AtomicBoolean();
    InputStream in = resp.body();
    ScheduledFuture<?> dog = WATCHDOG.scheduleAtFixedRate(() -> {
      if (System.nanoTime() - lastByte.get() > readTimeout.toNanos()) {
        stalled.set(true);
        closeQuietly(in);
      }
    }, 200, 200, TimeUnit.MILLISECONDS);
    long n = 0;
    long lastReport = 0;
    try (in; OutputStream out = Files.newOutputStream(target)) {
      listener.progress(new ProgressListener.Progress(label, url.toString(), 0, expected, 0, false));
      byte[] buf = new byte[64 * 1024];
      int r;
      while ((r = in.read(buf)) >= 0) {
        lastByte.set(System.nanoTime());
        out.write(buf, 0, r);
        md5.update(buf, 0, r);
        sha.update(buf, 0, r);
        n += r;
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (ms - lastReport >= 500) {
          lastReport = ms;
          listener.progress(new ProgressListener.Progress(label, url.toString(), n, expected, ms,
              false));
        }
      }
    } catch (IOException e) {
      String what = stalled.get() ? "no data for " + readTimeout.toSeconds() + " s" : e.toString();
      throw new Retry(new DownloadException("download of " + url + " broke off after " + n
          + " bytes" + (expected >= 0 ? " of " + expected : "") + " (" + what + ")", e), -1);
    } finally {
      dog.cancel(false);
    }
    if (expected >= 0 && n != expected) {
      throw new Retry(new DownloadException("download of " + url + " ended after " + n
          + " of " + expected + " bytes (body cut short)"), -1);
    }
    long ms = (System.nanoTime() - start) / 1_000_000;
    listener.progress(new ProgressListener.Progress(label, url.toString(), n, expected, ms, true));
    return new Fetched(n, HexFormat.of().formatHex(md5.digest()),
        HexFormat.of().formatHex(sha.digest()));
  }

  private static DownloadException tls(URI url, Hint hint, SSLException e) {
    return new DownloadException("TLS failure talking to " + url.getHost() + " for " + url + " ("
        + e.getMessage() + "). The host's certificate chain may be incomplete (COW's was in"
        + " 2026-07). Download the file in a browser and add it with"
        + " ConflictData.cache().add(Path.of(\"...\")); cache: " + hint.cachePath(), e);
  }

  /** Retry-After as delay-seconds or an HTTP date; -1 when absent or unreadable. */
  static long retryAfter(HttpHeaders h) {
    String v = h.firstValue("Retry-After").orElse(null);
    if (v == null) {
      return -1;
    }
    v = v.trim();
    try {
      return Math.max(0, Long.parseLong(v)) * 1000;
    } catch (NumberFormatException e) {
      try {
        ZonedDateTime t = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
        return Math.max(0, t.toInstant().toEpochMilli() - System.currentTimeMillis());
      } catch (RuntimeException e2) {
        return -1;
      }
    }
  }

  private static MessageDigest digest(String name) {
    try {
      return MessageDigest.getInstance(name);
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(name + " is on every Java platform", e);
    }
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException | RuntimeException ignored) {
      // closing to abort a stalled read or drop an error body
    }
  }

  /**
   * Java's proxy properties when set ({@code https.proxyHost}, {@code http.proxyHost}, {@code
   * java.net.useSystemProxies}); otherwise {@code HTTPS_PROXY}/{@code HTTP_PROXY} with {@code
   * NO_PROXY} (either case).
   */
  static ProxySelector proxySelector() {
    if (System.getProperty("https.proxyHost") != null || System.getProperty("http.proxyHost") != null
        || Boolean.getBoolean("java.net.useSystemProxies")) {
      return ProxySelector.getDefault();
    }
    return new EnvProxySelector(System.getenv());
  }

  private static Authenticator proxyAuthenticator() {
    URI p = EnvProxySelector.proxyUri(System.getenv(), "https");
    if (p == null || p.getUserInfo() == null || !p.getUserInfo().contains(":")) {
      return null;
    }
    String[] up = p.getUserInfo().split(":", 2);
    return new Authenticator() {
      @Override
      protected PasswordAuthentication getPasswordAuthentication() {
        return getRequestorType() == RequestorType.PROXY
            ? new PasswordAuthentication(up[0], up[1].toCharArray()) : null;
      }
    };
  }

  /** HTTPS_PROXY / HTTP_PROXY / NO_PROXY from the environment. */
  static final class EnvProxySelector extends ProxySelector {
    private final Map<String, String> env;

    EnvProxySelector(Map<String, String> env) {
      this.env = env;
    }

    static URI proxyUri(Map<String, String> env, String scheme) {
      String v = null;
      for (String name : "https".equals(scheme)
          ? List.of("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy")
          : List.of("HTTP_PROXY", "http_proxy")) {
        v = env.get(name);
        if (v != null && !v.isBlank()) {
          break;
        }
        v = null;
      }
      if (v == null) {
        return null;
      }
      try {
        return URI.create(v.contains("://") ? v : "http://" + v);
      } catch (IllegalArgumentException e) {
        return null;
      }
    }

    @Override
    public List<Proxy> select(URI uri) {
      URI p = proxyUri(env, uri.getScheme());
      if (p == null || noProxy(uri.getHost())) {
        return List.of(Proxy.NO_PROXY);
      }
      int port = p.getPort() > 0 ? p.getPort() : 80;
      return List.of(new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(p.getHost(), port)));
    }

    boolean noProxy(String host) {
      String list = env.getOrDefault("NO_PROXY", env.getOrDefault("no_proxy", ""));
      if (host == null) {
        return false;
      }
      String h = host.toLowerCase(Locale.ROOT);
      if (h.equals("localhost") || h.startsWith("127.") || h.equals("::1") || h.equals("[::1]")) {
        return true;
      }
      for (String raw : list.split(",")) {
        String d = raw.trim().toLowerCase(Locale.ROOT);
        if (d.isEmpty()) {
          continue;
        }
        if (d.equals("*")) {
          return true;
        }
        if (d.startsWith(".")) {
          d = d.substring(1);
        }
        if (h.equals(d) || h.endsWith("." + d)) {
          return true;
        }
      }
      return false;
    }

    @Override
    public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
      // nothing to learn: the request fails with its own error
    }
  }
}
