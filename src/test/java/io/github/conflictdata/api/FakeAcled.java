package io.github.conflictdata.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback stand-in for ACLED's API, replaying the documented shapes: the OAuth token endpoint
 * (password and refresh grants, client "acled"), the read endpoint's envelope with count and
 * total_count, limit/page paging from 1, both multi-value syntaxes, BETWEEN dates and timestamp
 * filters, and the deleted-events endpoint. Events are synthetic (no ACLED data).
 */
final class FakeAcled implements Loopback.Handler {
  final Map<String, String> passwords = new HashMap<>();
  final Map<String, String> accessUser = new HashMap<>();
  final Map<String, String> refreshUser = new HashMap<>();
  final List<Map<String, Object>> events = new ArrayList<>();
  final List<Map<String, Object>> deleted = new ArrayList<>();
  final AtomicInteger passwordGrants = new AtomicInteger();
  final AtomicInteger refreshGrants = new AtomicInteger();
  /** Pages served with data, in order ("page" parameter of each 200 answer). */
  final List<Integer> servedPages = new ArrayList<>();
  /** Revoke every access token once this many data pages have been served (-1: never). */
  int revokeAfterPages = -1;
  boolean forbidden;
  Long statedTotalOverride;
  int tokenCounter;
  String accessPrefix = "acc-SECRET-";
  String refreshPrefix = "ref-SECRET-";

  @Override
  public synchronized Loopback.Reply handle(Loopback.Req r) {
    if (r.path().equals("/acleddata.com/oauth/token")) {
      return token(r);
    }
    if (r.path().equals("/acleddata.com/api/acled/read")
        || r.path().equals("/acleddata.com/api/deleted/read")) {
      String auth = r.header("Authorization");
      String token = auth != null && auth.startsWith("Bearer ") ? auth.substring(7) : null;
      if (token == null || !accessUser.containsKey(token)) {
        return Loopback.Reply.status(401, "{\"message\":\"Unauthorized\"}");
      }
      if (forbidden) {
        return Loopback.Reply.status(403, "{\"message\":\"Access denied\"}");
      }
      Loopback.Reply reply =
          r.path().endsWith("/deleted/read") ? page(r, deleted, false) : page(r, events, true);
      if (r.path().endsWith("/acled/read")) {
        servedPages.add(Integer.parseInt(r.param("page")));
        if (revokeAfterPages >= 0 && servedPages.size() == revokeAfterPages) {
          accessUser.clear();
        }
      }
      return reply;
    }
    return Loopback.Reply.status(404, "not found");
  }

  private Loopback.Reply token(Loopback.Req r) {
    if (!"acled".equals(r.form("client_id"))) {
      return Loopback.Reply.status(400, "{\"error\":\"invalid_client\"}");
    }
    String user;
    if ("password".equals(r.form("grant_type"))) {
      passwordGrants.incrementAndGet();
      user = r.form("username");
      if (!"authenticated".equals(r.form("scope")) || user == null
          || !r.form("password").equals(passwords.get(user))) {
        return Loopback.Reply.status(400, "{\"error\":\"invalid_grant\","
            + "\"error_description\":\"bad credentials for " + r.form("password") + "\"}");
      }
    } else if ("refresh_token".equals(r.form("grant_type"))) {
      refreshGrants.incrementAndGet();
      user = refreshUser.remove(r.form("refresh_token")); // rotating
      if (user == null) {
        return Loopback.Reply.status(400, "{\"error\":\"invalid_grant\"}");
      }
    } else {
      return Loopback.Reply.status(400, "{\"error\":\"unsupported_grant_type\"}");
    }
    tokenCounter++;
    String access = accessPrefix + tokenCounter;
    String refresh = refreshPrefix + tokenCounter;
    accessUser.put(access, user);
    refreshUser.put(refresh, user);
    return Loopback.Reply.json("{\"token_type\":\"Bearer\",\"expires_in\":86400,"
        + "\"access_token\":\"" + access + "\",\"refresh_token\":\"" + refresh + "\"}");
  }

  private Loopback.Reply page(Loopback.Req r, List<Map<String, Object>> rows, boolean filter) {
    List<Map<String, Object>> match = new ArrayList<>();
    for (Map<String, Object> e : rows) {
      if (!filter || matches(r, e)) {
        match.add(e);
      }
    }
    int limit = Integer.parseInt(r.param("limit"));
    int page = Integer.parseInt(r.param("page"));
    if (page < 1) {
      return Loopback.Reply.status(400, "{\"status\":400,\"success\":false}");
    }
    int from = Math.min((page - 1) * limit, match.size());
    int to = Math.min(from + limit, match.size());
    Map<String, Object> env = new LinkedHashMap<>();
    env.put("status", 200);
    env.put("success", true);
    env.put("last_update", 12);
    env.put("count", to - from);
    env.put("total_count", statedTotalOverride != null ? statedTotalOverride : match.size());
    env.put("messages", List.of());
    List<Map<String, Object>> data = new ArrayList<>(match.subList(from, to));
    String fields = r.param("fields");
    if (fields != null) { // projection, as ACLED's fields=a|b does
      Set<String> keep = new HashSet<>(Arrays.asList(fields.split("\\|")));
      List<Map<String, Object>> projected = new ArrayList<>();
      for (Map<String, Object> e : data) {
        Map<String, Object> p = new LinkedHashMap<>();
        e.forEach((k, v) -> {
          if (keep.contains(k)) {
            p.put(k, v);
          }
        });
        projected.add(p);
      }
      data = projected;
    }
    env.put("data", data);
    return Loopback.Reply.json(JsonText.of(env));
  }

  /** Parses both syntaxes: country=A|B and country=A:OR:country=B. */
  static Set<String> values(String param) {
    return new HashSet<>(Arrays.asList(param.split("\\||:OR:country=")));
  }

  private static boolean matches(Loopback.Req r, Map<String, Object> e) {
    String country = r.param("country");
    if (country != null && !values(country).contains(String.valueOf(e.get("country")))) {
      return false;
    }
    String dates = r.param("event_date");
    if (dates != null) {
      if (!"BETWEEN".equals(r.param("event_date_where"))) {
        throw new IllegalStateException("event_date without BETWEEN");
      }
      String[] ab = dates.split("\\|");
      LocalDate d = LocalDate.parse(String.valueOf(e.get("event_date")));
      if (d.isBefore(LocalDate.parse(ab[0])) || d.isAfter(LocalDate.parse(ab[1]))) {
        return false;
      }
    }
    String ts = r.param("timestamp");
    if (ts != null) {
      if (!">=".equals(r.param("timestamp_where"))) {
        throw new IllegalStateException("timestamp without >=");
      }
      Object v = e.get("timestamp");
      String text = v instanceof JsonText.Raw raw ? raw.text() : String.valueOf(v);
      if (Long.parseLong(text) < Long.parseLong(ts)) {
        return false;
      }
    }
    return true;
  }

  /** A synthetic event; odd n use the label form of the actor types, even n the numeric form. */
  static Map<String, Object> event(int n, String country, LocalDate date, long timestamp) {
    boolean labels = n % 2 == 1;
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("event_id_cnty", country.substring(0, 3).toUpperCase() + n);
    m.put("event_date", date.toString());
    m.put("year", String.valueOf(date.getYear()));
    m.put("time_precision", "1");
    m.put("disorder_type", "Political violence");
    m.put("event_type", "Battles");
    m.put("sub_event_type", "Armed clash");
    m.put("actor1", "Military Forces of " + country);
    m.put("assoc_actor_1", "");
    m.put("inter1", labels ? "State forces" : "1");
    m.put("actor2", n % 5 == 0 ? "" : "Militia " + n);
    m.put("assoc_actor_2", null);
    m.put("inter2", n % 5 == 0 ? (labels ? "" : "0") : labels ? "Political militia" : "3");
    m.put("interaction", n % 5 == 0
        ? (labels ? "State forces only" : "10")
        : labels ? "State forces-Political militia" : "13");
    m.put("civilian_targeting", "");
    m.put("iso", n % 3 == 0 ? new JsonText.Raw("466") : "466");
    m.put("region", "Western Africa");
    m.put("country", country);
    m.put("admin1", "Region " + n);
    m.put("admin2", null);
    m.put("admin3", "");
    m.put("location", "Place, \"quoted\" " + n);
    m.put("latitude", String.valueOf(14 + n / 100.0));
    m.put("longitude", n % 2 == 0 ? new JsonText.Raw("-4.25") : "-4.25");
    m.put("geo_precision", "2");
    m.put("source", "Test Wire");
    m.put("source_scale", "National");
    m.put("notes", "Line one,\nline two " + n);
    m.put("fatalities", n % 4 == 0 ? null : String.valueOf(n));
    m.put("tags", "");
    m.put("timestamp", n % 2 == 0 ? new JsonText.Raw(String.valueOf(timestamp))
        : String.valueOf(timestamp));
    return m;
  }
}
