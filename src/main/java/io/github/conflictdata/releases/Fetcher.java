package io.github.conflictdata.releases;

import io.github.conflictdata.io.Sha256;
import io.github.conflictdata.net.HttpRetries;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Authenticator;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.PasswordAuthentication;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.net.ssl.SSLException;

/**
 * HTTP GET to a file through {@link HttpRetries}, with retries: 5xx, 408, 429, stalls, resets
 * and bodies cut short are retried with exponential backoff (Retry-After honoured on 429 and
 * 503); other 4xx (404, 403) are not. The body streams to disk in 64 KB steps while MD5 and
 * SHA-256 are computed ({@link Sha256#copy}), so memory use does not grow with the file; it is
 * bounded in size (the catalog's size or Content-Length, else {@code maxUnknownBytes}) and the
 * whole download, retries included, by {@code deadline}.
 */
final class Fetcher {
  /** Result of one complete GET. */
  record Fetched(long size, String md5, String sha256) {}

  private final Duration connectTimeout;
  private final Duration readTimeout;
  private final int attempts;
  private final Duration backoff;
  private final Duration maxRetryAfter;
  private final long maxUnknownBytes;
  private final Duration deadline;
  private final ProxySelector proxies = proxySelector();
  private final Authenticator auth = proxyAuthenticator();

  Fetcher(Duration connectTimeout, Duration readTimeout, int attempts, Duration backoff,
      Duration maxRetryAfter, long maxUnknownBytes, Duration deadline) {
    this.connectTimeout = connectTimeout;
    this.readTimeout = readTimeout;
    this.attempts = Math.max(1, attempts);
    this.backoff = backoff;
    this.maxRetryAfter = maxRetryAfter;
    this.maxUnknownBytes = maxUnknownBytes;
    this.deadline = deadline;
  }

  /** What one download may follow and hold. */
  record Bounds(long expectedSize, HttpRetries.Redirects redirects) {}

  /**
   * Downloads {@code url} to {@code target} (created or truncated), retrying transient failures.
   * On failure {@code target} may hold a partial body: the caller deletes it.
   *
   * @param bounds the catalog's size (-1 when unknown) and the redirect policy
   * @param hint what to tell the user besides the URL (the cache path, the known releases)
   */
  Fetched fetch(URI url, Path target, String label, ProgressListener listener, Hint hint,
      Bounds bounds) {
    long deadlineNanos = HttpRetries.Call.deadlineIn(deadline);
    HttpRetries.Retries policy = new HttpRetries.Retries(attempts, backoff, maxRetryAfter,
        d -> Thread.sleep(d.toMillis()));
    try {
      return HttpRetries.withRetries(policy,
          () -> once(url, target, label, listener, hint, bounds, deadlineNanos),
          (r, wait, retry, retries) -> listener.notice(label + ": " + r.getMessage()
              + "; retrying in " + String.format(Locale.ROOT, "%.1f", wait.toMillis() / 1000.0)
              + " s (attempt " + (retry + 1) + " of " + attempts + ")"),
          (r, retries, wait) -> {
            DownloadException last = (DownloadException) r.failure();
            if (wait != null) {
              throw new DownloadException(last.getMessage() + "; the server asks to wait "
                  + wait.toSeconds() + " s, longer than the " + maxRetryAfter.toSeconds()
                  + " s conflictdata waits: try again later", last.status());
            }
            throw new DownloadException(last.getMessage() + " (gave up after " + attempts
                + " attempts)", last.getCause() != null ? last.getCause() : last);
          });
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DownloadException("interrupted while fetching " + url, e);
    }
  }

  /** What to add to error messages. */
  interface Hint {
    String notFound();

    String cachePath();
  }

  private static HttpRetries.Retryable retry(DownloadException failure) {
    return new HttpRetries.Retryable(failure, null, null);
  }

  private Fetched once(URI url, Path target, String label, ProgressListener listener, Hint hint,
      Bounds bounds, long deadlineNanos) throws HttpRetries.Retryable {
    HttpRetries.Call call = new HttpRetries.Call(url, "GET",
        Map.of("User-Agent", "conflictdata (https://github.com/conflictdata)"), null,
        bounds.redirects(), connectTimeout, readTimeout, deadlineNanos, proxies, auth);
    try (HttpRetries.Exchange ex = HttpRetries.open(call)) {
      return body(ex, url, target, label, listener, hint, bounds);
    } catch (HttpRetries.DeadlineException e) {
      throw deadlinePassed(url, e);
    } catch (HttpRetries.RedirectRefusedException e) {
      throw new DownloadException(e.getMessage() + ". Download the file in a browser and add it"
          + " with ConflictData.cache().add(path). " + hint.notFound(), e);
    } catch (SocketTimeoutException e) {
      throw retry(new DownloadException("timed out waiting for " + url + " (" + e.getMessage()
          + ")", e));
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
      throw retry(new DownloadException("network error fetching " + url + ": " + e, e));
    }
  }

  private DownloadException deadlinePassed(URI url, IOException e) {
    return new DownloadException("download of " + url + " did not finish within "
        + deadline.toSeconds() + " s (the download deadline, Releases.Builder.downloadLimits): "
        + e.getMessage() + "; nothing was cached. Try again on a faster connection, raise the"
        + " deadline, or add a copy with ConflictData.cache().add(path)", e);
  }

  private Fetched body(HttpRetries.Exchange ex, URI url, Path target, String label,
      ProgressListener listener, Hint hint, Bounds bounds)
      throws IOException, HttpRetries.Retryable {
    int status = ex.status();
    if (status != 200) {
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
        Duration after = (status == 429 || status == 503)
            ? HttpRetries.retryAfter(ex.header("Retry-After").orElse(null)) : null;
        throw new HttpRetries.Retryable(new DownloadException(msg, status), after, null);
      }
      throw new DownloadException(msg, status);
    }
    long expected = ex.contentLength();
    long max = bounds.expectedSize() >= 0 ? bounds.expectedSize()
        : expected >= 0 ? expected : maxUnknownBytes;
    String why = bounds.expectedSize() >= 0 ? "the catalog's size"
        : expected >= 0 ? "its Content-Length" : "maxUnknownBytes, the cap for files of unknown size";
    MessageDigest md5 = Sha256.md5();
    MessageDigest sha = Sha256.digest();
    long start = System.nanoTime();
    long[] got = {0};
    long[] lastReport = {0};
    try (OutputStream out = Files.newOutputStream(target)) {
      listener.progress(new ProgressListener.Progress(label, url.toString(), 0, expected, 0, false));
      ex.copyTo(out, max, n -> {
        got[0] = n;
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (ms - lastReport[0] >= 500) {
          lastReport[0] = ms;
          listener.progress(new ProgressListener.Progress(label, url.toString(), n, expected, ms,
              false));
        }
      }, md5, sha);
    } catch (Sha256.TooLargeException e) {
      throw new DownloadException("download of " + url + " stopped: the body holds more than "
          + max + " bytes (" + why + "); nothing was cached. If the publisher re-issued the file"
          + " larger, download it in a browser and add it with ConflictData.cache().add(path)",
          e);
    } catch (HttpRetries.DeadlineException e) {
      throw e;
    } catch (IOException e) {
      String what = e instanceof SocketTimeoutException
          ? "no data for " + readTimeout.toSeconds() + " s" : e.toString();
      throw retry(new DownloadException("download of " + url + " broke off after " + got[0]
          + " bytes" + (expected >= 0 ? " of " + expected : "") + " (" + what + ")", e));
    }
    long n = Files.size(target);
    if (expected >= 0 && n != expected) {
      throw retry(new DownloadException("download of " + url + " ended after " + n
          + " of " + expected + " bytes (body cut short)"));
    }
    long ms = (System.nanoTime() - start) / 1_000_000;
    listener.progress(new ProgressListener.Progress(label, url.toString(), n, expected, ms, true));
    return new Fetched(n, Sha256.hex(md5), Sha256.hex(sha));
  }

  private static DownloadException tls(URI url, Hint hint, SSLException e) {
    return new DownloadException("TLS failure talking to " + url.getHost() + " for " + url + " ("
        + e.getMessage() + "). The host's certificate chain may be incomplete (COW's was in"
        + " 2026-07). Download the file in a browser and add it with"
        + " ConflictData.cache().add(Path.of(\"...\")); cache: " + hint.cachePath(), e);
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
