package io.github.conflictdata.api;

import io.github.conflictdata.Settings;
import io.github.conflictdata.ConflictData;
import io.github.conflictdata.Dataset;
import io.github.conflictdata.DatasetKind;
import io.github.conflictdata.io.Json;
import io.github.conflictdata.io.Schema;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import tech.tablesaw.api.NumberColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.selection.Selection;

/**
 * ACLED's API ({@code https://acleddata.com/api/acled/read}) with its OAuth login, read into the
 * same typed table as an ACLED export.
 *
 * <pre>{@code
 * try (AcledApi api = AcledApi.connect()) {            // ACLED_USERNAME, ACLED_PASSWORD
 *   Dataset sahel = api.events()
 *       .country("Mali", "Burkina Faso", "Niger")
 *       .between(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))
 *       .read();
 * }
 * }</pre>
 *
 * <p>Login is OAuth's password grant (client {@code acled}); the access token (24 h) and refresh
 * token (14 days) are cached per username in {@code acled-tokens.json} in the cache folder
 * ({@code CONFLICTDATA_CACHE}), readable by the user only. The refresh token is used before the
 * password is needed again. Pages are read with {@code limit}/{@code page} from page 1 until a
 * page comes back short, and the table must have the {@code total_count} rows the API states. An
 * access token that expires during a pull is renewed once and the same page asked again.
 */
public final class AcledApi implements AutoCloseable {
  /** The events endpoint. */
  public static final String READ_URL = "https://acleddata.com/api/acled/read";
  /** The deleted-events endpoint. */
  public static final String DELETED_URL = "https://acleddata.com/api/deleted/read";
  /** The account environment variables. */
  public static final String USERNAME_ENV = "ACLED_USERNAME";
  /** The password environment variable (may stay unset while a cached refresh token is valid). */
  public static final String PASSWORD_ENV = "ACLED_PASSWORD";
  /** ACLED's largest page. */
  static final int PAGE_SIZE = 5000;

  /** How several values of one filter are written in the query. */
  public enum Syntax {
    /** {@code country=Mali|Niger}: the syntax ACLED's API has used since September 2025. */
    PIPE,
    /** {@code country=Mali:OR:country=Niger}: the older syntax of ACLED's documentation. */
    OR
  }

  private final Http http;
  private final AcledAuth auth;

  private AcledApi(String username, char[] password, Settings config) {
    this.http = new Http(config, "ACLED: your account's API quota; page requests do not count");
    this.auth = new AcledAuth(http, username, password);
  }

  /**
   * Connects with {@code ACLED_USERNAME} and {@code ACLED_PASSWORD}. The password may be unset
   * while the token cache holds a valid token for the username.
   *
   * @throws ApiException (status 401) if {@code ACLED_USERNAME} is not set
   */
  public static AcledApi connect() {
    String user = System.getenv(USERNAME_ENV);
    if (user == null || user.isBlank()) {
      throw new ApiException(401, AcledAuth.TOKEN_URL,
          USERNAME_ENV + " is not set: ACLED's API needs a myACLED account",
          AcledAuth.ACCOUNT_FIX);
    }
    String pw = System.getenv(PASSWORD_ENV);
    return connect(user.trim(), pw == null || pw.isEmpty() ? null : pw.toCharArray(),
        Settings.current());
  }

  /**
   * Connects with a myACLED account. The password is copied (the caller may clear its array) and
   * used only when no cached or refreshable token exists; {@link #close()} clears the copy.
   *
   * @param password the password, or null to rely on the token cache
   */
  public static AcledApi connect(String username, char[] password) {
    return connect(username, password, Settings.current());
  }

  static AcledApi connect(String username, char[] password, Settings config) {
    if (username == null || username.isBlank()) {
      throw new ApiException(401, AcledAuth.TOKEN_URL, "no ACLED username given",
          AcledAuth.ACCOUNT_FIX);
    }
    return new AcledApi(username.trim(), password, config);
  }

  /** Retry policy, as {@link UcdpApi#retries}. Defaults: 4, 1 s, 2 min. */
  public AcledApi retries(int maxRetries, Duration firstBackoff, Duration maxRetryAfter) {
    http.retries(maxRetries, firstBackoff, maxRetryAfter);
    return this;
  }

  /**
   * Bounds of every call, as {@link UcdpApi#limits}. Defaults: 64 MB and 5 min.
   *
   * @param maxBodyBytes the most bytes of one answer
   * @param callDeadline the longest one call may take
   * @return this
   * @throws IllegalArgumentException for a bound below one byte or a deadline not positive
   */
  public AcledApi limits(long maxBodyBytes, Duration callDeadline) {
    http.limits(maxBodyBytes, callDeadline);
    return this;
  }

  /** A new events query. */
  public Events events() {
    return new Events();
  }

  /** The token cache file ({@code acled-tokens.json} in the cache folder). */
  public java.nio.file.Path tokenCache() {
    return auth.cacheFile();
  }

  /** Clears the password held in memory; cached tokens stay usable. */
  @Override
  public void close() {
    auth.forgetPassword();
  }

  @Override
  public String toString() {
    return "AcledApi[" + READ_URL + ", account set, token cache " + auth.cacheFile() + "]";
  }

  /** One events query: filters, then {@link #read()} or {@link #updatedSince(Dataset)}. */
  public final class Events {
    private final List<String> countries = new ArrayList<>();
    private LocalDate from;
    private LocalDate to;
    private final Set<String> fields = new LinkedHashSet<>();
    private Syntax syntax = Syntax.PIPE;
    private int pageSize = PAGE_SIZE;

    private Events() {}

    /**
     * Events in these countries (ACLED's English names, e.g. "Democratic Republic of Congo").
     * Values written {@code "Mali|Niger"} or {@code "Mali:OR:country=Niger"} are split too.
     */
    public Events country(String... names) {
      for (String n : names) {
        for (String part : Objects.requireNonNull(n, "country").split("\\||:OR:(country=)?")) {
          String p = part.strip();
          if (!p.isEmpty()) {
            countries.add(p);
          }
        }
      }
      if (countries.isEmpty()) {
        throw new IllegalArgumentException("country: give at least one name");
      }
      return this;
    }

    /** Events from {@code first} to {@code last}, both included. */
    public Events between(LocalDate first, LocalDate last) {
      Objects.requireNonNull(first, "first");
      Objects.requireNonNull(last, "last");
      if (last.isBefore(first)) {
        throw new IllegalArgumentException("between: " + last + " is before " + first);
      }
      this.from = first;
      this.to = last;
      return this;
    }

    /**
     * Only these columns (the table still has the schema's other columns, empty). The columns
     * that identify ACLED events ({@code event_id_cnty}, {@code event_date}, {@code event_type}),
     * {@code year} and {@code timestamp} are always asked for.
     */
    public Events fields(String... names) {
      Schema schema = ConflictData.schema(DatasetKind.ACLED_EVENTS);
      for (String n : names) {
        if (schema.columnForHeader(n) == null) {
          throw new IllegalArgumentException("fields: ACLED has no column " + n);
        }
        fields.add(n.strip());
      }
      return this;
    }

    /** The multi-value syntax to send (default {@link Syntax#PIPE}). */
    public Events syntax(Syntax s) {
      this.syntax = Objects.requireNonNull(s, "syntax");
      return this;
    }

    /** Rows per page (default and maximum 5,000). */
    public Events pageSize(int rows) {
      if (rows < 1 || rows > PAGE_SIZE) {
        throw new IllegalArgumentException("pageSize must be 1 to " + PAGE_SIZE + ", got " + rows);
      }
      this.pageSize = rows;
      return this;
    }

    /** The query string without paging, e.g. {@code _format=json&country=Mali|Niger&...}. */
    String query(Long sinceTimestamp) {
      StringBuilder q = new StringBuilder("_format=json");
      if (!countries.isEmpty()) {
        q.append("&country=");
        for (int k = 0; k < countries.size(); k++) {
          if (k > 0) {
            q.append(syntax == Syntax.PIPE ? "%7C" : ":OR:country=");
          }
          q.append(enc(countries.get(k)));
        }
      }
      if (from != null) {
        q.append("&event_date=").append(from).append("%7C").append(to)
            .append("&event_date_where=BETWEEN");
      }
      if (sinceTimestamp != null) {
        q.append("&timestamp=").append(sinceTimestamp).append("&timestamp_where=%3E%3D");
      }
      if (!fields.isEmpty()) {
        // the columns the reader needs to recognise ACLED events, then the keys
        Set<String> f = new LinkedHashSet<>(
            ConflictData.schema(DatasetKind.ACLED_EVENTS).signature());
        f.addAll(List.of("event_id_cnty", "event_date", "year"));
        f.addAll(fields);
        f.add("timestamp");
        q.append("&fields=").append(enc(String.join("|", f)));
      }
      return q.toString();
    }

    /**
     * Reads every page into a {@link Dataset} of {@code ACLED_EVENTS}, typed as an ACLED export.
     *
     * @throws ApiException on HTTP errors (401 login, 403 no API access, 429 quota), on a response
     *     of another shape, and when the rows received differ from {@code total_count}
     */
    public Dataset read() {
      Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS);
      return pull(null, at).finishAndClose(describe(null, at, 0));
    }

    /**
     * The events added or changed since {@code earlier} was pulled: those whose {@code timestamp}
     * is at or after the earlier table's latest, with this query's filters, minus the events
     * ACLED's deleted-events endpoint lists as deleted since then. Replace the rows of {@code
     * earlier} with the same {@code event_id_cnty} by these, and drop the deleted ones (ACLED's
     * update recipe).
     *
     * @throws IllegalArgumentException if {@code earlier} is not ACLED events with timestamps
     */
    public Dataset updatedSince(Dataset earlier) {
      Objects.requireNonNull(earlier, "earlier");
      long since = latestTimestamp(earlier);
      Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS);
      Pull p = pull(since, at);
      Set<String> deleted = deletedSince(since);
      Dataset d = p.finishAndClose(describe(since, at, deleted.size()));
      Table t = d.table();
      if (deleted.isEmpty() || !t.containsColumn("event_id_cnty")) {
        return d;
      }
      StringColumn ids = t.stringColumn("event_id_cnty");
      Selection drop = ids.isIn(deleted);
      if (drop.isEmpty()) {
        return d;
      }
      return RecordSink.copy(d, d.version(), t.dropWhere(drop), d.source());
    }

    private long latestTimestamp(Dataset earlier) {
      if (earlier.kind() != DatasetKind.ACLED_EVENTS) {
        throw new IllegalArgumentException(
            "updatedSince needs an earlier ACLED_EVENTS table, got " + earlier.kind());
      }
      Table t = earlier.table();
      if (!t.containsColumn("timestamp") || !(t.column("timestamp") instanceof NumberColumn<?, ?> c)
          || c.countMissing() == c.size()) {
        throw new IllegalArgumentException(
            "updatedSince needs the earlier table's timestamp column (ACLED exports and API reads"
                + " have it); this one has no timestamps");
      }
      return (long) c.max();
    }

    private String describe(Long since, Instant at, int deleted) {
      StringBuilder b = new StringBuilder("ACLED API ").append(READ_URL).append(" (");
      List<String> parts = new ArrayList<>();
      if (!countries.isEmpty()) {
        parts.add("country=" + String.join("|", countries));
      }
      if (from != null) {
        parts.add("event_date " + from + ".." + to);
      }
      if (!fields.isEmpty()) {
        parts.add("fields=" + String.join("|", fields));
      }
      if (since != null) {
        parts.add("timestamp>=" + since + ", " + deleted + " deleted events dropped");
      }
      b.append(parts.isEmpty() ? "no filters" : String.join(", ", parts));
      return b.append("), queried ").append(at).toString();
    }

    private Pull pull(Long since, Instant at) {
      String what = "ACLED API events";
      String base = READ_URL + "?" + query(since) + "&limit=" + pageSize + "&page=";
      RecordSink sink = new RecordSink(DatasetKind.ACLED_EVENTS, what, null);
      try {
        Long total = null;
        List<?> previous = null;
        for (int page = 1; ; page++) {
          List<?> data = page(pageUrl(base, page, what), what);
          checkNotRepeated(data, previous, page, what);
          previous = data;
          Map<String, Object> env = lastEnvelope;
          for (Object rec : data) {
            sink.add(rec, lastEndpoint);
          }
          Long stated = count(env.get("total_count"));
          if (stated != null) {
            total = stated;
          }
          Http.LOG.log(page % 10 == 0 ? System.Logger.Level.INFO : System.Logger.Level.DEBUG,
              what + ": page " + page + ", " + sink.rows() + " rows"
                  + (total == null ? "" : " of " + total));
          // the end: a short or empty page, or the rows the API says there are
          if (data.size() < pageSize || (total != null && sink.rows() >= total)) {
            break;
          }
        }
        if (total != null && total != sink.rows()) {
          throw new ApiException(0, READ_URL,
              what + ": the API stated total_count " + total + " but its pages held "
                  + sink.rows() + " rows",
              "read again later; if it persists, report the query to ACLED");
        }
        Http.LOG.log(System.Logger.Level.INFO, what + ": " + sink.rows() + " rows");
        return new Pull(sink);
      } catch (RuntimeException e) {
        sink.close();
        throw e;
      }
    }

    private Set<String> deletedSince(long since) {
      String base = DELETED_URL + "?_format=json&deleted_timestamp=" + since
          + "&deleted_timestamp_where=%3E%3D&limit=" + pageSize + "&page=";
      Set<String> ids = new HashSet<>();
      List<?> previous = null;
      for (int page = 1; ; page++) {
        String what = "ACLED API deleted events";
        List<?> data = page(pageUrl(base, page, what), what);
        checkNotRepeated(data, previous, page, what);
        previous = data;
        for (Object o : data) {
          if (o instanceof Map<?, ?> m && m.get("event_id_cnty") instanceof String id) {
            ids.add(id);
          } else {
            throw new ApiException(0, lastEndpoint,
                "ACLED API deleted events: a record without event_id_cnty", UcdpApi.reportFix());
          }
        }
        if (data.size() < pageSize) {
          return ids;
        }
      }
    }

    /** Page {@code page}'s URL, refused past {@link Http#MAX_PAGES}. */
    private URI pageUrl(String base, int page, String what) {
      if (page > Http.MAX_PAGES) {
        throw new ApiException(0, READ_URL,
            what + ": more than " + Http.MAX_PAGES + " pages (the page cap): the API kept"
                + " sending full pages", "narrow the query (fewer countries or years)");
      }
      return URI.create(base + page);
    }

    /** A page the same as the one before means the server ignores {@code page}: stop. */
    private void checkNotRepeated(List<?> data, List<?> previous, int page, String what) {
      if (!data.isEmpty() && data.equals(previous)) {
        throw new ApiException(0, lastEndpoint,
            what + ": page " + page + " repeats page " + (page - 1) + " (the server ignores the"
                + " page number)", "read again later; if it persists, report the query to ACLED");
      }
    }

    private Map<String, Object> lastEnvelope;
    private String lastEndpoint;

    /** One page's data list; renews the access token once if the page answers 401. */
    private List<?> page(URI url, String what) {
      boolean renewed = false;
      while (true) {
        String token = renewed ? auth.renew() : auth.accessToken();
        Http.Response r =
            http.get(url, Map.of("Authorization", "Bearer " + token, "Accept", "application/json"),
                false);
        if (r.status() == 401 && !renewed) {
          Http.LOG.log(System.Logger.Level.INFO,
              "ACLED access token refused (expired?); renewing it and asking the same page again");
          renewed = true;
          continue;
        }
        check(r);
        Object o;
        try {
          o = Json.parse(r.body());
        } catch (Json.JsonException e) {
          throw new ApiException(0, r.endpoint(),
              what + ": the response is not valid JSON (" + e.getMessage() + ")",
              UcdpApi.reportFix());
        }
        if (!(o instanceof Map<?, ?> m)) {
          throw new ApiException(0, r.endpoint(), what + ": the response is not a JSON object",
              UcdpApi.reportFix());
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> env = (Map<String, Object>) m;
        Object success = env.get("success");
        Long status = count(env.get("status"));
        if (Boolean.FALSE.equals(success) || (status != null && status != 200)) {
          int st = status == null ? 0 : status.intValue();
          if (st == 401 || st == 403) {
            check(new Http.Response(st, r.body(), r.endpoint()));
          }
          throw new ApiException(st, r.endpoint(),
              what + ": the API reported an error: " + http.excerpt(r.body()),
              "check the query's filters and field names");
        }
        if (!(env.get("data") instanceof List<?> data)) {
          throw new ApiException(0, r.endpoint(), what + ": the response has no data list",
              UcdpApi.reportFix());
        }
        lastEnvelope = env;
        lastEndpoint = r.endpoint();
        return data;
      }
    }

    private void check(Http.Response r) {
      int st = r.status();
      if (st == 200) {
        return;
      }
      if (st == 401) {
        throw new ApiException(st, r.endpoint(),
            "ACLED API: token required or expired, and renewing it did not help",
            "log in again: delete " + auth.cacheFile() + " and " + AcledAuth.ACCOUNT_FIX);
      }
      if (st == 403) {
        throw new ApiException(st, r.endpoint(),
            "ACLED API: this account has no API access (the login worked, but ACLED's access"
                + " tiers give API access only to some accounts; \"Open\" accounts registered"
                + " with personal e-mail addresses have none)",
            "ask ACLED (https://acleddata.com/) for API access for this account, or use an"
                + " institutional account");
      }
      throw new ApiException(st, r.endpoint(),
          "ACLED API answered an unexpected status: " + http.excerpt(r.body()),
          "check the query; if it persists, report it to ACLED");
    }

    @Override
    public String toString() {
      return "AcledApi.Events[" + query(null) + "]";
    }
  }

  /** The records of one pull, spooled, read on {@link #finishAndClose}. */
  private static final class Pull {
    private final RecordSink sink;

    Pull(RecordSink sink) {
      this.sink = sink;
    }

    Dataset finishAndClose(String sourceName) {
      try {
        return sink.finish(sourceName, null);
      } finally {
        sink.close();
      }
    }
  }

  private static Long count(Object v) {
    String t = v instanceof Json.Num n ? n.text() : v instanceof String s ? s.trim() : null;
    if (t == null) {
      return null;
    }
    try {
      return Long.parseLong(t);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }


}
