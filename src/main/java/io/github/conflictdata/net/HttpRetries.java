package io.github.conflictdata.net;

import io.github.conflictdata.io.Sha256;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Authenticator;
import java.net.HttpURLConnection;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The one HTTP-with-retries helper the release downloads and the web APIs share: a call with a
 * named {@link Redirects} policy, a connect timeout, a stall timeout (no byte for that long) and an
 * overall deadline; bodies read with a size bound; retries with doubling backoff and {@code
 * Retry-After}. Internal to conflictdata (public only because two packages use it).
 *
 * <p>Each call opens its own {@link HttpURLConnection} on the calling thread, so no client is
 * shared: an endless or hostile answer ends that call only (a shared {@code HttpClient}'s
 * selector thread, once killed by an {@code OutOfMemoryError}, hangs every later call in the
 * JVM).
 */
public final class HttpRetries {
  private static final ScheduledExecutorService WATCHDOG =
      Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "conflictdata-http-deadline");
        t.setDaemon(true);
        return t;
      });

  private static final int MAX_REDIRECTS = 5;

  private HttpRetries() {}

  /** Which redirects a call follows; each caller names its policy. */
  public enum Redirects {
    /** None (the APIs): a token header is never replayed to another host. */
    NEVER,
    /** To the same scheme, host and port only (releases without a checksum to check). */
    SAME_HOST,
    /** To any host, never from https to http (releases whose catalog checksum is checked). */
    ANY_HOST
  }

  /**
   * One HTTP call.
   *
   * @param uri the URL
   * @param method "GET" or "POST"
   * @param headers request headers
   * @param body the request body (POST), or null
   * @param redirects which redirects are followed
   * @param connectTimeout to connect
   * @param stallTimeout the longest wait for the answer's headers or for the next body byte
   * @param deadlineNanos the {@link System#nanoTime()} by which the whole call, body included,
   *     must be done
   * @param proxies the proxy selector, or null for Java's default
   * @param authenticator proxy authentication, or null
   */
  public record Call(URI uri, String method, Map<String, String> headers, byte[] body,
      Redirects redirects, Duration connectTimeout, Duration stallTimeout, long deadlineNanos,
      ProxySelector proxies, Authenticator authenticator) {
    /**
     * Checks the arguments.
     *
     * @param uri the URL
     * @param method "GET" or "POST"
     * @param headers request headers
     * @param body the request body (POST), or null
     * @param redirects which redirects are followed
     * @param connectTimeout to connect
     * @param stallTimeout the longest wait for the headers or the next body byte
     * @param deadlineNanos when the whole call must be done ({@link System#nanoTime()})
     * @param proxies the proxy selector, or null for Java's default
     * @param authenticator proxy authentication, or null
     * @throws NullPointerException if a required argument is null
     */
    public Call {
      Objects.requireNonNull(uri, "uri");
      Objects.requireNonNull(method, "method");
      headers = Map.copyOf(headers);
      Objects.requireNonNull(redirects, "redirects");
      Objects.requireNonNull(connectTimeout, "connectTimeout");
      Objects.requireNonNull(stallTimeout, "stallTimeout");
    }

    /**
     * The deadline {@code d} from now, as {@link #deadlineNanos()} takes it.
     *
     * @param d how long the call may take
     * @return a {@link System#nanoTime()} value
     */
    public static long deadlineIn(Duration d) {
      long n = d.toNanos();
      return System.nanoTime() + Math.min(n, Long.MAX_VALUE / 4);
    }
  }

  /** The call's overall deadline passed (not retried: the time is spent). */
  public static final class DeadlineException extends IOException {
    private static final long serialVersionUID = 1L;

    /**
     * A deadline passed.
     *
     * @param message what was cut off
     */
    public DeadlineException(String message) {
      super(message);
    }
  }

  /** A redirect the call's {@link Redirects} policy refuses (not retried). */
  public static final class RedirectRefusedException extends IOException {
    private static final long serialVersionUID = 1L;

    /**
     * A refused redirect.
     *
     * @param message from where to where, and why
     */
    public RedirectRefusedException(String message) {
      super(message);
    }
  }

  /** An answer whose body has not been read yet; close it when done. */
  public static final class Exchange implements AutoCloseable {
    private final HttpURLConnection conn;
    private final URI uri;
    private final int status;
    private final long deadlineNanos;
    private final AtomicBoolean expired;
    private final ScheduledFuture<?> dog;

    private Exchange(HttpURLConnection conn, URI uri, int status, long deadlineNanos,
        AtomicBoolean expired, ScheduledFuture<?> dog) {
      this.conn = conn;
      this.uri = uri;
      this.status = status;
      this.deadlineNanos = deadlineNanos;
      this.expired = expired;
      this.dog = dog;
    }

    /**
     * The HTTP status.
     *
     * @return e.g. 200
     */
    public int status() {
      return status;
    }

    /**
     * The URL that answered (after redirects).
     *
     * @return the final URL
     */
    public URI uri() {
      return uri;
    }

    /**
     * A response header.
     *
     * @param name the header's name, any case
     * @return its first value, if sent
     */
    public Optional<String> header(String name) {
      return Optional.ofNullable(conn.getHeaderField(name));
    }

    /**
     * The announced body length.
     *
     * @return Content-Length, or -1 when not sent
     */
    public long contentLength() {
      return conn.getContentLengthLong();
    }

    /**
     * Copies the body to {@code out} through {@link Sha256#copy}, bounded in size and by the
     * call's deadline.
     *
     * @param out where the body goes
     * @param maxBytes the most bytes accepted
     * @param progress told after each block, or null
     * @param digests fed with every byte
     * @return the bytes copied
     * @throws IOException on a network failure or stall, {@link Sha256.TooLargeException} past
     *     {@code maxBytes}, {@link DeadlineException} past the deadline
     */
    public long copyTo(OutputStream out, long maxBytes, Sha256.Progress progress,
        MessageDigest... digests) throws IOException {
      try (InputStream in = body()) {
        return Sha256.copy(in, out, maxBytes, n -> {
          if (System.nanoTime() - deadlineNanos > 0) {
            throw new DeadlineException("the deadline passed after " + n + " bytes");
          }
          if (progress != null) {
            progress.copied(n);
          }
        }, digests);
      } catch (DeadlineException | Sha256.TooLargeException e) {
        throw e;
      } catch (IOException e) {
        if (expired.get()) {
          throw new DeadlineException("the deadline passed while reading (" + e + ")");
        }
        throw e;
      }
    }

    /**
     * The body as UTF-8 text, bounded.
     *
     * @param maxBytes the most bytes accepted
     * @return the text
     * @throws IOException as {@link #copyTo}
     */
    public String text(long maxBytes) throws IOException {
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      copyTo(b, maxBytes, null);
      return b.toString(StandardCharsets.UTF_8);
    }

    private InputStream body() throws IOException {
      InputStream in;
      try {
        in = conn.getInputStream();
      } catch (IOException e) {
        in = conn.getErrorStream(); // 4xx and 5xx bodies
        if (in == null && status < 400) {
          throw e;
        }
      }
      return in == null ? InputStream.nullInputStream() : in;
    }

    /** Drops the connection and the deadline's watchdog. */
    @Override
    public void close() {
      dog.cancel(false);
      conn.disconnect();
    }

    @Override
    public String toString() {
      return "HTTP " + status + " from " + uri;
    }
  }

  /**
   * Sends the call, following redirects as its policy allows, and returns the answer with its body
   * unread.
   *
   * @param c the call
   * @return the answer; close it
   * @throws IOException on a network failure, a stall before the headers, {@link
   *     DeadlineException}, or {@link RedirectRefusedException}
   */
  public static Exchange open(Call c) throws IOException {
    URI u = c.uri();
    String method = c.method();
    for (int hop = 0; ; hop++) {
      long left = c.deadlineNanos() - System.nanoTime();
      if (left <= 0) {
        throw new DeadlineException("the deadline passed before " + u + " answered");
      }
      HttpURLConnection conn = connection(u, c);
      AtomicBoolean expired = new AtomicBoolean();
      ScheduledFuture<?> dog = WATCHDOG.schedule(() -> {
        expired.set(true);
        conn.disconnect(); // unblocks a read that would outlive the deadline
      }, left, TimeUnit.NANOSECONDS);
      boolean handedOver = false;
      try {
        conn.setRequestMethod(method);
        byte[] body = method.equals("GET") ? null : c.body();
        if (body != null) {
          conn.setDoOutput(true);
          conn.setFixedLengthStreamingMode(body.length);
          try (OutputStream out = conn.getOutputStream()) {
            out.write(body);
          }
        }
        int st;
        try {
          st = conn.getResponseCode();
        } catch (IOException e) {
          if (expired.get()) {
            throw new DeadlineException("the deadline passed before " + u + " answered");
          }
          throw e;
        }
        String location = conn.getHeaderField("Location");
        if (isRedirect(st) && location != null && c.redirects() != Redirects.NEVER) {
          URI next = u.resolve(location.trim());
          String why = refused(u, next, c.redirects());
          if (why != null) {
            throw new RedirectRefusedException("HTTP " + st + " from " + u + " redirects to "
                + next + ", which is not followed: " + why);
          }
          if (hop >= MAX_REDIRECTS) {
            throw new RedirectRefusedException("more than " + MAX_REDIRECTS + " redirects from "
                + c.uri());
          }
          if (st == 303) {
            method = "GET";
          }
          u = next;
          continue;
        }
        handedOver = true;
        return new Exchange(conn, u, st, c.deadlineNanos(), expired, dog);
      } finally {
        if (!handedOver) {
          dog.cancel(false);
          conn.disconnect();
        }
      }
    }
  }

  private static HttpURLConnection connection(URI u, Call c) throws IOException {
    Proxy proxy = Proxy.NO_PROXY;
    ProxySelector sel = c.proxies() != null ? c.proxies() : ProxySelector.getDefault();
    if (sel != null) {
      List<Proxy> ps = sel.select(u);
      if (ps != null && !ps.isEmpty()) {
        proxy = ps.get(0);
      }
    }
    HttpURLConnection conn = (HttpURLConnection) u.toURL().openConnection(proxy);
    conn.setInstanceFollowRedirects(false);
    conn.setUseCaches(false);
    conn.setConnectTimeout(millis(c.connectTimeout()));
    conn.setReadTimeout(millis(c.stallTimeout()));
    if (c.authenticator() != null) {
      conn.setAuthenticator(c.authenticator());
    }
    c.headers().forEach(conn::setRequestProperty);
    return conn;
  }

  private static int millis(Duration d) {
    return (int) Math.max(1, Math.min(Integer.MAX_VALUE, d.toMillis()));
  }

  private static boolean isRedirect(int st) {
    return st == 301 || st == 302 || st == 303 || st == 307 || st == 308;
  }

  /** Why the policy refuses the redirect, or null when it is followed. */
  static String refused(URI from, URI to, Redirects policy) {
    String fs = lower(from.getScheme());
    String ts = lower(to.getScheme());
    if (!ts.equals("https") && !ts.equals("http")) {
      return "unsupported scheme '" + ts + "'";
    }
    if (fs.equals("https") && !ts.equals("https")) {
      return "from https to plain http";
    }
    if (ts.equals("http") && !isLoopback(to.getHost())) {
      return "plain http to a host other than loopback";
    }
    if (policy == Redirects.SAME_HOST
        && (!lower(to.getHost()).equals(lower(from.getHost())) || port(to) != port(from)
            || !ts.equals(fs))) {
      return "another host, and there is no checksum to check what it serves";
    }
    return null;
  }

  private static int port(URI u) {
    return u.getPort() > 0 ? u.getPort() : "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
  }

  private static String lower(String s) {
    return s == null ? "" : s.toLowerCase(Locale.ROOT);
  }

  /**
   * True for 127.0.0.0/8, ::1 and localhost: the only hosts plain http may reach.
   *
   * @param host a URL's host (IPv6 in brackets or not)
   * @return whether it is a loopback name or address
   */
  public static boolean isLoopback(String host) {
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

  /**
   * A {@code Retry-After} value as a wait: delay-seconds or an HTTP date.
   *
   * @param value the header's value, or null
   * @return the wait (zero for a date past), or null when absent or unreadable
   */
  public static Duration retryAfter(String value) {
    if (value == null) {
      return null;
    }
    String v = value.trim();
    try {
      return Duration.ofSeconds(Math.max(0, Long.parseLong(v)));
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

  // ---- retries ------------------------------------------------------------------------------

  /** Waits between attempts; tests pass one that records the waits instead of sleeping. */
  @FunctionalInterface
  public interface Sleeper {
    /**
     * Waits.
     *
     * @param d how long
     * @throws InterruptedException when interrupted
     */
    void sleep(Duration d) throws InterruptedException;
  }

  /**
   * A retry policy.
   *
   * @param attempts attempts in all (at least 1)
   * @param backoff the first wait, doubled for each further retry
   * @param maxWait the longest wait accepted (a longer Retry-After or backoff gives up at once)
   * @param sleeper how to wait
   */
  public record Retries(int attempts, Duration backoff, Duration maxWait, Sleeper sleeper) {
    /**
     * Checks the arguments.
     *
     * @param attempts attempts in all (at least 1)
     * @param backoff the first wait
     * @param maxWait the longest wait accepted
     * @param sleeper how to wait
     * @throws IllegalArgumentException for fewer than one attempt or a negative duration
     */
    public Retries {
      if (attempts < 1) {
        throw new IllegalArgumentException("attempts must be >= 1, got " + attempts);
      }
      if (backoff == null || backoff.isNegative() || maxWait == null || maxWait.isNegative()) {
        throw new IllegalArgumentException("backoff and maxWait must be zero or positive");
      }
      Objects.requireNonNull(sleeper, "sleeper");
    }
  }

  /** An attempt's failure that may be retried. */
  public static final class Retryable extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient RuntimeException failure;
    private final transient Duration retryAfter;
    private final transient Object value;

    /**
     * A retryable failure.
     *
     * @param failure what the caller throws if it gives up
     * @param retryAfter the wait the server asked for, or null for the backoff
     * @param value what the caller may return instead of throwing when it gives up, or null
     */
    public Retryable(RuntimeException failure, Duration retryAfter, Object value) {
      super(failure.getMessage(), failure, false, false);
      this.failure = failure;
      this.retryAfter = retryAfter;
      this.value = value;
    }

    /**
     * What the caller throws if it gives up.
     *
     * @return the failure
     */
    public RuntimeException failure() {
      return failure;
    }

    /**
     * The server's Retry-After.
     *
     * @return the wait, or null
     */
    public Duration retryAfter() {
      return retryAfter;
    }

    /**
     * What the attempt produced besides failing (an answer to return when retries run out).
     *
     * @return the value, or null
     */
    public Object value() {
      return value;
    }
  }

  /**
   * One attempt.
   *
   * @param <T> what it returns
   */
  @FunctionalInterface
  public interface Attempt<T> {
    /**
     * Runs the attempt.
     *
     * @return its result
     * @throws Retryable when it may be tried again
     */
    T run() throws Retryable;
  }

  /** Told before each wait (to log it or show it). */
  @FunctionalInterface
  public interface OnRetry {
    /**
     * A retry is coming.
     *
     * @param failure the attempt's failure
     * @param wait the wait before the retry
     * @param retry which retry (1 for the first)
     * @param retries how many retries the policy allows
     */
    void retrying(Retryable failure, Duration wait, int retry, int retries);
  }

  /**
   * What the caller does when retries end: throw or return.
   *
   * @param <T> what the call returns
   */
  @FunctionalInterface
  public interface GiveUp<T> {
    /**
     * Retries are over.
     *
     * @param last the last failure
     * @param retries the retries made
     * @param wait the wait that was too long, or null when the attempts ran out
     * @return a result to return instead of throwing
     */
    T giveUp(Retryable last, int retries, Duration wait);
  }

  /**
   * Runs {@code attempt} until it succeeds or the policy gives up: waits are the server's
   * Retry-After, else the backoff doubled for each retry; a wait longer than {@link
   * Retries#maxWait()} ends the retries at once.
   *
   * @param <T> the result
   * @param policy the policy
   * @param attempt one attempt
   * @param onRetry told before each wait
   * @param giveUp makes the result or the exception when retries end
   * @return the first successful result, or what {@code giveUp} returns
   * @throws InterruptedException when a wait is interrupted
   */
  public static <T> T withRetries(Retries policy, Attempt<T> attempt, OnRetry onRetry,
      GiveUp<T> giveUp) throws InterruptedException {
    for (int retry = 0; ; retry++) {
      Retryable r;
      try {
        return attempt.run();
      } catch (Retryable e) {
        r = e;
      }
      if (retry + 1 >= policy.attempts()) {
        return giveUp.giveUp(r, retry, null);
      }
      Duration wait = r.retryAfter() != null ? r.retryAfter()
          : policy.backoff().multipliedBy(1L << Math.min(retry, 30));
      if (wait.compareTo(policy.maxWait()) > 0) {
        return giveUp.giveUp(r, retry, wait);
      }
      onRetry.retrying(r, wait, retry + 1, policy.attempts() - 1);
      if (!wait.isZero()) {
        policy.sleeper().sleep(wait);
      }
    }
  }
}
