package io.github.conflictdata.api;

import io.github.conflictdata.Settings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conflictdata.ConflictData;
import io.github.conflictdata.Dataset;
import io.github.conflictdata.DatasetKind;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/** ACLED API: paging from 1, total_count, typing, both multi-value syntaxes, both inter forms. */
class AcledApiTest {
  static final String USER = "analyst@university.example";
  static final String PASSWORD = "pw-SECRET-9";

  @TempDir Path cache;

  static FakeAcled fake(int events) {
    FakeAcled f = new FakeAcled();
    f.passwords.put(USER, PASSWORD);
    for (int n = 1; n <= events; n++) {
      f.events.add(FakeAcled.event(n, "Mali", LocalDate.of(2024, 1, 1).plusDays(n * 5L),
          1_717_000_000L + n));
    }
    return f;
  }

  AcledApi api(Loopback server) {
    return AcledApi.connect(USER, PASSWORD.toCharArray(), Settings.of(cache, server.base(), false, null))
        .retries(1, Duration.ZERO, Duration.ZERO);
  }

  @Test
  void pagesFromOneUntilAShortPageWithTotalCountRows() throws Exception {
    FakeAcled f = fake(12);
    try (ApiTestSupport t = new ApiTestSupport(); Loopback server = new Loopback(f)) {
      Dataset d = api(server).events().pageSize(5).read();
      assertEquals(List.of(1, 2, 3), f.servedPages);
      assertTrue(server.requestsTo("/acled/read").stream()
          .allMatch(r -> "5".equals(r.param("limit")) && "json".equals(r.param("_format"))));
      assertEquals(DatasetKind.ACLED_EVENTS, d.kind());
      assertEquals(12, d.table().rowCount());
      List<String> ids = d.table().stringColumn("event_id_cnty").asList();
      assertEquals(12, new HashSet<>(ids).size());
      assertEquals("MAL1", ids.get(0));
      assertTrue(d.source().name().startsWith("ACLED API " + AcledApi.READ_URL), d.source().name());
      assertTrue(d.source().name().contains("queried 20"), d.source().name());
      assertTrue(d.source().citation().contains("Raleigh"));
    }
  }

  @Test
  void anExactMultipleOfThePageSizeEndsAtTheStatedTotal() throws Exception {
    FakeAcled f = fake(10);
    try (ApiTestSupport t = new ApiTestSupport(); Loopback server = new Loopback(f)) {
      assertEquals(10, api(server).events().pageSize(5).read().table().rowCount());
      assertEquals(List.of(1, 2), f.servedPages, "total_count 10 reached: no empty third page");
    }
  }

  @Test
  void fewerRowsThanTotalCountIsAnError() throws Exception {
    FakeAcled f = fake(12);
    f.statedTotalOverride = 20L;
    try (ApiTestSupport t = new ApiTestSupport(); Loopback server = new Loopback(f)) {
      ApiException e = assertThrows(ApiException.class,
          () -> api(server).events().pageSize(5).read());
      assertTrue(e.getMessage().contains("total_count 20"), e.getMessage());
      assertTrue(e.getMessage().contains("12 rows"), e.getMessage());
    }
  }

  @Test
  void jsonStringsNullsAndNumbersLandInTheExportsTypedColumns() throws Exception {
    FakeAcled f = fake(12);
    try (ApiTestSupport t = new ApiTestSupport(); Loopback server = new Loopback(f)) {
      Table tb = api(server).events().pageSize(5).read().table();
      // typed as the schema says, values as the fixture wrote them
      assertEquals(LocalDate.of(2024, 1, 6), tb.dateColumn("event_date").get(0));
      assertEquals(2024, tb.intColumn("year").get(0));
      assertEquals(14.01, tb.doubleColumn("latitude").get(0), 1e-9);
      assertEquals(-4.25, tb.doubleColumn("longitude").get(1), 1e-9);
      assertEquals(1_717_000_001L, tb.longColumn("timestamp").get(0));
      assertEquals(1_717_000_002L, tb.longColumn("timestamp").get(1)); // a JSON number
      assertEquals(466, tb.intColumn("iso").get(2)); // a JSON number
      assertEquals(1, tb.intColumn("fatalities").get(0));
      assertTrue(tb.intColumn("fatalities").isMissing(3), "JSON null is a missing value");
      assertTrue(tb.stringColumn("admin2").isMissing(0));
      assertEquals("Line one,\nline two 1", tb.stringColumn("notes").get(0));
      assertEquals("Place, \"quoted\" 1", tb.stringColumn("location").get(0));
    }
  }

  @Test
  void bothInterForms() throws Exception {
    // odd events carry actor types as labels ("State forces"), even ones as codes ("1", "13"):
    // both land in the schema's one form, the 2024 labels (ACLED codebook codes 1-8)
    FakeAcled f = fake(12);
    try (ApiTestSupport t = new ApiTestSupport(); Loopback server = new Loopback(f)) {
      Dataset d = api(server).events().pageSize(5).read();
      Table tb = d.table();
      for (int row = 0; row < 12; row++) {
        int n = row + 1;
        String form = (n % 2 == 1 ? "labels" : "codes") + " row " + row;
        assertEquals("State forces", tb.stringColumn("inter1").get(row), form);
        if (n % 5 == 0) {
          assertEquals("State forces only", tb.stringColumn("interaction").get(row), form);
          assertTrue(tb.stringColumn("inter2").isMissing(row), form);
        } else {
          assertEquals("Political militia", tb.stringColumn("inter2").get(row), form);
          assertEquals("State forces-Political militia", tb.stringColumn("interaction").get(row),
              form);
        }
      }
      // the code as sent stays retrievable
      assertEquals("13", d.rawValue("interaction", 1).orElse(null));
    }
  }

  @Test
  void sameTableAsTheCsvOfTheSameRecords() throws Exception {
    FakeAcled f = fake(0);
    for (int n = 2; n <= 20; n += 2) { // numeric form, as exports write it
      f.events.add(FakeAcled.event(n, "Mali", LocalDate.of(2024, 2, 1).plusDays(n), 1_717_100_000L + n));
    }
    try (ApiTestSupport t = new ApiTestSupport(); Loopback server = new Loopback(f)) {
      Dataset api = api(server).events().pageSize(4).read();
      // the same records written as an export CSV by this test, read by the project's reader
      StringBuilder csv = new StringBuilder();
      List<String> header = new ArrayList<>(f.events.get(0).keySet());
      csv.append(String.join(",", header)).append('\n');
      for (Map<String, Object> e : f.events) {
        List<String> cells = new ArrayList<>();
        for (String h : header) {
          Object v = e.get(h);
          String s = v == null ? "" : v instanceof JsonText.Raw r ? r.text() : v.toString();
          cells.add('"' + s.replace("\"", "\"\"") + '"');
        }
        csv.append(String.join(",", cells)).append('\n');
      }
      Dataset file = ConflictData.reader().kind(DatasetKind.ACLED_EVENTS).read(
          new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), "export.csv");
      UcdpFixtures.assertSameTable(file.table(), api.table());
      assertEquals(file.version(), api.version());
    }
  }

  @Test
  void bothMultiValueSyntaxes() throws Exception {
    FakeAcled f = fake(0);
    String[] countries = {"Mali", "Niger", "Chad"};
    for (int n = 1; n <= 9; n++) {
      f.events.add(FakeAcled.event(n, countries[n % 3], LocalDate.of(2024, 3, n), 1_717_000_000L + n));
    }
    try (ApiTestSupport t = new ApiTestSupport(); Loopback server = new Loopback(f)) {
      AcledApi api = api(server);
      Dataset pipe = api.events().country("Mali", "Niger").read();
      String raw = server.requests.get(server.requests.size() - 1).rawQuery();
      assertTrue(raw.contains("country=Mali%7CNiger"), raw);

      Dataset or = api.events().country("Mali", "Niger").syntax(AcledApi.Syntax.OR).read();
      raw = server.requests.get(server.requests.size() - 1).rawQuery();
      assertTrue(raw.contains("country=Mali:OR:country=Niger"), raw);

      Dataset given = api.events().country("Mali|Niger").read();
      Dataset givenOr = api.events().country("Mali:OR:country=Niger").read();
      for (Dataset d : List.of(pipe, or, given, givenOr)) {
        assertEquals(6, d.table().rowCount());
        assertEquals(Set.of("Mali", "Niger"), new HashSet<>(d.table().stringColumn("country").asList()));
      }
      assertTrue(pipe.source().name().contains("country=Mali|Niger"), pipe.source().name());
    }
  }

  @Test
  void betweenSendsBothDatesWithBetween() throws Exception {
    FakeAcled f = fake(12); // events every 5 days from 2024-01-06
    try (ApiTestSupport t = new ApiTestSupport(); Loopback server = new Loopback(f)) {
      Dataset d = api(server).events()
          .between(LocalDate.of(2024, 1, 10), LocalDate.of(2024, 1, 31)).read();
      Loopback.Req r = server.requestsTo("/acled/read").get(0);
      assertEquals("2024-01-10|2024-01-31", r.param("event_date"));
      assertEquals("BETWEEN", r.param("event_date_where"));
      assertEquals(List.of(LocalDate.of(2024, 1, 11), LocalDate.of(2024, 1, 16),
          LocalDate.of(2024, 1, 21), LocalDate.of(2024, 1, 26), LocalDate.of(2024, 1, 31)),
          d.table().dateColumn("event_date").asList());
      assertThrows(IllegalArgumentException.class, () -> api(server).events()
          .between(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 1)));
    }
  }

  @Test
  void fieldsAlwaysKeepTheKeys() throws Exception {
    FakeAcled f = fake(3);
    try (ApiTestSupport t = new ApiTestSupport(); Loopback server = new Loopback(f)) {
      Dataset d = api(server).events().fields("fatalities", "country").read();
      assertEquals("event_id_cnty|event_date|event_type|year|fatalities|country|timestamp",
          server.requestsTo("/acled/read").get(0).param("fields"));
      // the schema's other columns are there, empty
      assertEquals(3, d.table().rowCount());
      assertEquals(List.of(1, 2, 3), d.table().intColumn("fatalities").asList());
      assertTrue(d.table().containsColumn("notes"));
      assertEquals(3, d.table().stringColumn("notes").countMissing());
      assertThrows(IllegalArgumentException.class, () -> api(server).events().fields("no_such"));
    }
  }

  @Test
  void updatedSinceAsksFromTheLatestTimestampAndDropsDeletedEvents() throws Exception {
    FakeAcled f = fake(6); // timestamps 1717000001..1717000006
    try (ApiTestSupport t = new ApiTestSupport(); Loopback server = new Loopback(f)) {
      AcledApi api = api(server);
      Dataset earlier = api.events().read();
      // a week later: two new events, one revision of MAL6, and MAL7 deleted again
      f.events.set(5, FakeAcled.event(6, "Mali", LocalDate.of(2024, 1, 31), 1_717_000_100L));
      f.events.add(FakeAcled.event(7, "Mali", LocalDate.of(2024, 2, 5), 1_717_000_101L));
      f.events.add(FakeAcled.event(8, "Mali", LocalDate.of(2024, 2, 10), 1_717_000_102L));
      f.deleted.add(Map.of("event_id_cnty", "MAL7", "deleted_timestamp", "1717000200"));
      Dataset delta = api.events().updatedSince(earlier);
      Loopback.Req read = server.requestsTo("/acled/read").get(server.requestsTo("/acled/read").size() - 1);
      assertEquals("1717000006", read.param("timestamp"));
      assertEquals(">=", read.param("timestamp_where"));
      Loopback.Req del = server.requestsTo("/deleted/read").get(0);
      assertEquals("1717000006", del.param("deleted_timestamp"));
      assertEquals(">=", del.param("deleted_timestamp_where"));
      assertEquals(List.of("MAL6", "MAL8"), delta.table().stringColumn("event_id_cnty").asList());
      assertTrue(delta.source().name().contains("timestamp>=1717000006"), delta.source().name());
      assertTrue(delta.source().name().contains("1 deleted events dropped"));
      assertThrows(IllegalArgumentException.class,
          () -> api.events().updatedSince(ConflictData.bundled(DatasetKind.UCDP_PRIO_ACD)));
    }
  }

  @Test
  void noUsernameInTheEnvironmentIsA401WithTheFix() {
    if (System.getenv(AcledApi.USERNAME_ENV) != null) {
      return; // a developer machine with an account: nothing to check here
    }
    ApiException e = assertThrows(ApiException.class, AcledApi::connect);
    assertEquals(401, e.status());
    assertTrue(e.fix().contains("ACLED_USERNAME"), e.fix());
    assertFalse(e.getMessage().isEmpty());
  }
}
