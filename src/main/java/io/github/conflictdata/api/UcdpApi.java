package io.github.conflictdata.api;

import io.github.conflictdata.Settings;
import io.github.conflictdata.Dataset;
import io.github.conflictdata.DatasetKind;
import io.github.conflictdata.io.Json;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The UCDP API ({@code https://ucdpapi.pcr.uu.se/api/}): a country, a period or a few conflicts of
 * a UCDP release without the whole file, typed exactly as the release's CSV.
 *
 * <pre>{@code
 * UcdpApi api = UcdpApi.connect();                    // token from UCDP_API_TOKEN
 * Dataset ged = api.query(DatasetKind.UCDP_GED, "25.1")
 *     .country(625)                                   // Gleditsch-Ward code (Sudan)
 *     .startDate(LocalDate.of(2023, 4, 15))
 *     .read();
 * }</pre>
 *
 * <p>Pages are read from page 0 with {@code pagesize=1000}, following the API's {@code
 * NextPageUrl} (through {@code CONFLICTDATA_MIRROR} when set), and the table must have exactly the
 * {@code TotalCount} rows the API states: a short result is an {@link ApiException}, never a
 * smaller table. Requests are paced (one second between pages by default; UCDP has answered HTTP
 * 400 to rapid requests) and retried with backoff on 5xx, 400 and network failures, and after the
 * {@code Retry-After} wait on 429. Mutable: the setters return this object.
 */
public final class UcdpApi {
  /** The API's base URL. */
  public static final String BASE = "https://ucdpapi.pcr.uu.se/api/";
  /** The environment variable holding the access token. */
  public static final String TOKEN_ENV = "UCDP_API_TOKEN";
  /** The header carrying the token (required since February 2026). */
  static final String TOKEN_HEADER = "x-ucdp-access-token";
  /** The largest page the API serves. */
  static final int PAGE_SIZE = 1000;

  private static final String GET_TOKEN =
      "request an API token from UCDP (https://ucdp.uu.se/apidocs/) and set " + TOKEN_ENV
          + " or call UcdpApi.connect(token)";
  private static final Pattern VERSION = Pattern.compile("\\d{1,2}\\.\\d{1,2}(\\.\\d{1,2}){0,2}");

  private final String token;
  private final Http http;
  private volatile Duration pacing = Duration.ofSeconds(1);

  private UcdpApi(String token, Settings config) {
    this.token = token;
    this.http = new Http(config, "UCDP: 5,000 requests a day");
    http.secret(token);
  }

  /**
   * Connects with the token in the {@code UCDP_API_TOKEN} environment variable.
   *
   * @throws ApiException (status 401) if the variable is not set
   */
  public static UcdpApi connect() {
    String t = System.getenv(TOKEN_ENV);
    if (t == null || t.isBlank()) {
      throw new ApiException(
          401, BASE, TOKEN_ENV + " is not set: the UCDP API requires an access token", GET_TOKEN);
    }
    return connect(t.trim());
  }

  /** Connects with the given access token (sent in the {@code x-ucdp-access-token} header). */
  public static UcdpApi connect(String token) {
    return connect(token, Settings.current());
  }

  static UcdpApi connect(String token, Settings config) {
    if (token == null || token.isBlank()) {
      throw new ApiException(401, BASE, "the UCDP API requires an access token", GET_TOKEN);
    }
    if (token.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
      throw new IllegalArgumentException(
          "the UCDP token holds spaces or non-ASCII characters; check what was copied");
    }
    return new UcdpApi(token, config);
  }

  /**
   * The wait between two page requests (default one second; UCDP has refused rapid requests with
   * HTTP 400). Zero disables pacing.
   */
  public UcdpApi pacing(Duration wait) {
    this.pacing = Http.nonNegative(wait, "pacing");
    return this;
  }

  /**
   * Retry policy: at most {@code maxRetries} retries of one request after 5xx, 400 or network
   * failures, waiting {@code firstBackoff} and doubling; after a 429 the server's {@code
   * Retry-After} is waited if it is at most {@code maxRetryAfter}, else an {@link ApiException}
   * says when to retry. Defaults: 4, 1 s, 2 min.
   */
  public UcdpApi retries(int maxRetries, Duration firstBackoff, Duration maxRetryAfter) {
    http.retries(maxRetries, firstBackoff, maxRetryAfter);
    return this;
  }

  /**
   * Bounds of every call, so a hostile or broken server cannot fill the heap or hang a read: the
   * most bytes one answer may hold and the longest one call may take, body included. Defaults:
   * 64 MB and 5 min. A read also stops after 10,000 pages.
   *
   * @param maxBodyBytes the most bytes of one answer (past them an {@link ApiException})
   * @param callDeadline the longest one call may take (past it an {@link ApiException})
   * @return this
   * @throws IllegalArgumentException for a bound below one byte or a deadline not positive
   */
  public UcdpApi limits(long maxBodyBytes, Duration callDeadline) {
    http.limits(maxBodyBytes, callDeadline);
    return this;
  }

  /**
   * A query of one UCDP dataset and release.
   *
   * @param kind {@code UCDP_GED}, {@code UCDP_PRIO_ACD}, {@code UCDP_BRD_CONFLICT}, {@code
   *     UCDP_DYADIC}, {@code UCDP_NONSTATE} or {@code UCDP_ONESIDED}
   * @param version the release: yearly {@code "25.1"}, monthly candidate {@code "25.0.11"},
   *     quarterly candidate {@code "25.01.25.09"}
   * @throws IllegalArgumentException for another kind or a malformed version
   */
  public Query query(DatasetKind kind, String version) {
    Objects.requireNonNull(kind, "kind");
    Resource r = Resource.of(kind);
    if (version == null || !VERSION.matcher(version).matches()) {
      throw new IllegalArgumentException(
          "UCDP API version must look like 25.1 (yearly), 25.0.11 (monthly candidate) or"
              + " 25.01.25.09 (quarterly candidate), got " + version);
    }
    return new Query(r, version);
  }

  @Override
  public String toString() {
    return "UcdpApi[" + BASE + ", token set, pacing " + pacing + "]";
  }

  /** The API resources and the filters each accepts (UCDP's documented query keys). */
  enum Resource {
    GED("UCDP_GED", "gedevents", Set.of("Country", "StartDate", "EndDate", "TypeOfViolence")),
    ACD("UCDP_PRIO_ACD", "ucdpprioconflict", Set.of("Country", "Conflict", "Year")),
    BRD("UCDP_BRD_CONFLICT", "battledeaths", Set.of("Country", "Conflict", "Year")),
    DYADIC("UCDP_DYADIC", "dyadic", Set.of("Country", "Conflict", "Year")),
    NONSTATE("UCDP_NONSTATE", "nonstate", Set.of("Country", "Conflict", "Year")),
    ONESIDED("UCDP_ONESIDED", "onesided", Set.of("Country", "Conflict", "Year"));

    final String kindName;
    final String path;
    final Set<String> filters;

    Resource(String kindName, String path, Set<String> filters) {
      this.kindName = kindName;
      this.path = path;
      this.filters = filters;
    }

    static Resource of(DatasetKind kind) {
      for (Resource r : values()) {
        if (r.kindName.equals(kind.name())) {
          return r;
        }
      }
      List<String> ok = new ArrayList<>();
      for (Resource r : values()) {
        ok.add(r.kindName);
      }
      throw new IllegalArgumentException(
          "the UCDP API serves " + ok + "; " + kind + " is not one of them");
    }

    DatasetKind kind() {
      return DatasetKind.valueOf(kindName);
    }
  }

  /**
   * One query: filters, then {@link #read()}. Filters combine with AND; several values of one
   * filter with OR. A filter the resource does not take is refused at once rather than sent and
   * silently ignored.
   */
  public final class Query {
    private final Resource resource;
    private final String version;
    private final Map<String, String> filters = new LinkedHashMap<>();

    private Query(Resource resource, String version) {
      this.resource = resource;
      this.version = version;
    }

    /** Country filter: Gleditsch-Ward codes (e.g. 625 Sudan, 365 Russia). */
    public Query country(int... gwno) {
      return ints("Country", gwno);
    }

    /** GED only: events whose date is on or after this day. */
    public Query startDate(LocalDate day) {
      return put("StartDate", Objects.requireNonNull(day, "day").toString());
    }

    /** GED only: events whose date is on or before this day. */
    public Query endDate(LocalDate day) {
      return put("EndDate", Objects.requireNonNull(day, "day").toString());
    }

    /** Yearly datasets (not GED: use startDate/endDate there): these years. */
    public Query year(int... years) {
      return ints("Year", years);
    }

    /** GED only: 1 state-based, 2 non-state, 3 one-sided violence. */
    public Query typeOfViolence(int... types) {
      for (int t : types) {
        if (t < 1 || t > 3) {
          throw new IllegalArgumentException(
              "type of violence is 1 (state-based), 2 (non-state) or 3 (one-sided), got " + t);
        }
      }
      return ints("TypeOfViolence", types);
    }

    /** Yearly datasets: these UCDP conflict ids. */
    public Query conflict(int... conflictIds) {
      return ints("Conflict", conflictIds);
    }

    private Query ints(String key, int... values) {
      if (values == null || values.length == 0) {
        throw new IllegalArgumentException(key + ": give at least one value");
      }
      StringBuilder b = new StringBuilder();
      for (int v : values) {
        if (b.length() > 0) {
          b.append(',');
        }
        b.append(v);
      }
      return put(key, b.toString());
    }

    private Query put(String key, String value) {
      if (!resource.filters.contains(key)) {
        throw new IllegalArgumentException(
            "the UCDP resource " + resource.path + " takes the filters " + resource.filters
                + ", not " + key
                + (key.equals("Year") ? " (for GED use startDate/endDate)" : "")
                + (key.endsWith("Date") ? " (for yearly datasets use year)" : ""));
      }
      filters.put(key, value);
      return this;
    }

    /** The first page's URL (at the publisher; the mirror is applied when calling). */
    URI firstPage() {
      StringBuilder q = new StringBuilder();
      q.append("pagesize=").append(PAGE_SIZE).append("&page=0");
      filters.forEach(
          (k, v) ->
              q.append('&').append(k).append('=')
                  .append(URLEncoder.encode(v, StandardCharsets.UTF_8).replace("%2C", ",")));
      return URI.create(BASE + resource.path + "/" + version + "?" + q);
    }

    /**
     * Reads every page into a {@link Dataset} of the query's kind, with the schema, column types
     * and labels of the release's CSV, and a source naming the API, resource, version, filters
     * and query time.
     *
     * @throws ApiException on HTTP errors (401: token missing or expired), on a response of
     *     another shape, and when the rows received differ from {@code TotalCount}
     */
    public Dataset read() {
      Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS);
      String what = "UCDP API " + resource.path + " " + version;
      URI next = firstPage();
      Set<String> seen = new HashSet<>();
      Long total = null;
      int page = 0;
      try (RecordSink sink = new RecordSink(resource.kind(), what, null)) {
        while (next != null) {
          if (!seen.add(next.toString())) {
            throw new ApiException(0, next.toString(),
                what + ": NextPageUrl points back to a page already read", reportFix());
          }
          if (page >= Http.MAX_PAGES) {
            throw new ApiException(0, next.toString(),
                what + ": more than " + Http.MAX_PAGES + " pages (the page cap)",
                "narrow the query (fewer countries, years or conflicts)");
          }
          if (page > 0) {
            Http.pace(pacing, next.toString());
          }
          Http.Response r =
              http.get(next, Map.of(TOKEN_HEADER, token, "Accept", "application/json"), true);
          check(r);
          Map<String, Object> body = envelope(r, what);
          long count = number(body, "TotalCount", r, what);
          if (total == null) {
            total = count;
          } else if (total != count) {
            throw new ApiException(0, r.endpoint(),
                what + ": TotalCount changed between pages (" + total + " then " + count + ")",
                "read again; if it persists, report it to UCDP");
          }
          Object result = body.get("Result");
          if (!(result instanceof List<?> rows)) {
            throw new ApiException(0, r.endpoint(), what + ": the response has no Result list",
                reportFix());
          }
          for (Object rec : rows) {
            sink.add(rec, r.endpoint());
          }
          Http.LOG.log(page % 10 == 9 ? System.Logger.Level.INFO : System.Logger.Level.DEBUG,
              what + ": page " + page + ", " + sink.rows() + " of " + total + " rows");
          if (sink.rows() > total) {
            throw new ApiException(0, r.endpoint(),
                what + ": more rows (" + sink.rows() + ") than TotalCount " + total, reportFix());
          }
          next = nextPage(body.get("NextPageUrl"), r.endpoint(), what);
          if (rows.isEmpty() && next != null) {
            if (sink.rows() < total) {
              throw new ApiException(0, r.endpoint(),
                  what + ": an empty page after " + sink.rows() + " of " + total + " rows",
                  "read again later; if it persists, report the query to UCDP");
            }
            next = null; // a page past the end, as UCDP's own recipe requests: harmless
          }
          page++;
        }
        if (sink.rows() != total) {
          throw new ApiException(0, firstPage().toString(),
              what + ": the API stated TotalCount " + total + " but its pages held "
                  + sink.rows() + " rows; the table would be short",
              "read again later; if it persists, report the query to UCDP");
        }
        Http.LOG.log(System.Logger.Level.INFO,
            what + ": " + total + " rows in " + page + " pages");
        return sink.finish(describe(at), version);
      }
    }

    private String describe(Instant at) {
      StringBuilder b = new StringBuilder("UCDP API ");
      b.append(BASE).append(resource.path).append('/').append(version);
      if (filters.isEmpty()) {
        b.append(" (no filters)");
      } else {
        b.append(" (");
        int k = 0;
        for (Map.Entry<String, String> e : filters.entrySet()) {
          b.append(k++ > 0 ? ", " : "").append(e.getKey()).append('=').append(e.getValue());
        }
        b.append(')');
      }
      return b.append(", queried ").append(at).toString();
    }

    /** The next page's URL at the publisher, or null; refuses links to any other host. */
    private URI nextPage(Object link, String endpoint, String what) {
      if (link == null || (link instanceof String s && s.isBlank())) {
        return null;
      }
      if (!(link instanceof String s)) {
        throw new ApiException(0, endpoint, what + ": NextPageUrl is not a string", reportFix());
      }
      URI u;
      try {
        u = URI.create(s.trim());
      } catch (IllegalArgumentException e) {
        throw new ApiException(0, endpoint, what + ": NextPageUrl is not a URL", reportFix());
      }
      if (!u.isAbsolute()) {
        u = URI.create(BASE).resolve(u);
      }
      String host = u.getHost() == null ? "" : u.getHost().toLowerCase(Locale.ROOT);
      String mirror = http.config().mirror().orElse(null);
      boolean publisher = host.equals(URI.create(BASE).getHost());
      boolean underMirror = mirror != null && u.toString().startsWith(mirror + "/");
      if (!publisher && !underMirror) {
        throw new ApiException(0, endpoint,
            what + ": NextPageUrl points to another host (" + host + "); the token is not sent"
                + " there",
            reportFix());
      }
      return u;
    }

    private void check(Http.Response r) {
      int st = r.status();
      if (st == 200) {
        return;
      }
      if (st == 401 || st == 403) {
        throw new ApiException(st, r.endpoint(),
            "UCDP API: token required or expired: " + http.excerpt(r.body()), GET_TOKEN);
      }
      if (st == 404) {
        throw new ApiException(st, r.endpoint(),
            "UCDP API: no such resource or version (" + resource.path + " " + version + ")",
            "check the version (yearly releases look like 25.1; the API has no catalogue, see"
                + " https://ucdp.uu.se/apidocs/)");
      }
      if (st == 400) {
        throw new ApiException(st, r.endpoint(),
            "UCDP API refused the request after retries: " + http.excerpt(r.body()),
            "check the filter values; UCDP also answers 400 to rapid requests: raise"
                + " pacing(Duration.ofSeconds(2)) and call again later");
      }
      throw new ApiException(st, r.endpoint(),
          "UCDP API answered an unexpected status: " + http.excerpt(r.body()), reportFix());
    }

    private Map<String, Object> envelope(Http.Response r, String what) {
      Object o;
      try {
        o = Json.parse(r.body());
      } catch (Json.JsonException e) {
        throw new ApiException(0, r.endpoint(),
            what + ": the response is not valid JSON (" + e.getMessage() + ")", reportFix());
      }
      if (!(o instanceof Map<?, ?> m)) {
        throw new ApiException(0, r.endpoint(), what + ": the response is not a JSON object",
            reportFix());
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> body = (Map<String, Object>) m;
      return body;
    }

    private long number(Map<String, Object> body, String key, Http.Response r, String what) {
      Object v = body.get(key);
      String t = v instanceof Json.Num n ? n.text() : v instanceof String s ? s.trim() : null;
      try {
        long n = Long.parseLong(t);
        if (n >= 0) {
          return n;
        }
      } catch (NumberFormatException e) {
        // below
      }
      throw new ApiException(0, r.endpoint(),
          what + ": the response has no whole-number " + key + " (found " + v + ")", reportFix());
    }

    @Override
    public String toString() {
      return "UcdpApi.Query[" + resource.path + " " + version + " " + filters + "]";
    }
  }

  static String reportFix() {
    return "the API's response shape changed or the mirror serves something else; report it with"
        + " the endpoint";
  }
}
