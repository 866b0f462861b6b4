package io.github.conflictdata.api;

import io.github.conflictdata.Settings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conflictdata.ConflictData;
import io.github.conflictdata.Dataset;
import io.github.conflictdata.DatasetKind;
import io.github.conflictdata.testing.TestFiles;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** UCDP API: paging from 0, NextPageUrl through the mirror, TotalCount, typing as the CSV. */
class UcdpApiTest {
  @TempDir Path cache;

  private UcdpApi api(Loopback server) {
    return UcdpApi.connect(UcdpFixtures.TOKEN, Settings.of(cache, server.base(), false, null))
        .pacing(Duration.ofMillis(3))
        .retries(2, Duration.ofMillis(1), Duration.ofSeconds(1));
  }

  private static Dataset csv(String resource, DatasetKind kind) throws Exception {
    try (InputStream in = UcdpFixtures.class.getClassLoader()
        .getResourceAsStream("io/github/conflictdata/data/" + resource)) {
      return ConflictData.reader().kind(kind).read(in, resource);
    }
  }

  @Test
  void readsEveryPageFromPageZeroAndTypesAsTheCsv() throws Exception {
    List<Map<String, Object>> recs = UcdpFixtures.records("ucdp/UcdpPrioConflict_v23_1.csv");
    // the fixture's own count, from the test's CSV splitter: 2,626 conflict-years
    assertEquals(2626, recs.size());
    try (ApiTestSupport t = new ApiTestSupport();
        Loopback server = new Loopback(
            UcdpFixtures.handler("ucdpprioconflict", "23.1", recs, recs.size()))) {
      Dataset d = api(server).query(DatasetKind.UCDP_PRIO_ACD, "23.1").read();

      assertEquals(DatasetKind.UCDP_PRIO_ACD, d.kind());
      assertEquals("23.1", d.version());
      assertEquals(2626, d.table().rowCount());
      List<String> pages = server.requests.stream().map(r -> r.param("page")).toList();
      assertEquals(List.of("0", "1", "2"), pages, "pages 0, 1, 2 (zero-based), no page lost");
      assertTrue(server.requests.stream().allMatch(r -> "1000".equals(r.param("pagesize"))));
      // the first page's first record (a client starting at page 1 loses it)
      assertEquals(Integer.parseInt(String.valueOf(recs.get(0).get("conflict_id"))),
          d.table().intColumn("conflict_id").get(0));
      // same schema, types and values as the CSV read of the same release
      UcdpFixtures.assertSameTable(
          csv("ucdp/UcdpPrioConflict_v23_1.csv", DatasetKind.UCDP_PRIO_ACD).table(), d.table());
      // pacing: one wait before each page after the first
      assertEquals(List.of(Duration.ofMillis(3), Duration.ofMillis(3)), t.waits);
      String src = d.source().name();
      assertTrue(src.contains("https://ucdpapi.pcr.uu.se/api/ucdpprioconflict/23.1"), src);
      assertTrue(src.contains("queried 20"), src);
      assertTrue(d.source().citation().contains("Gleditsch"), d.source().citation());
    }
  }

  @Test
  void battleDeathsThroughTheBattledeathsResource() throws Exception {
    List<Map<String, Object>> recs = UcdpFixtures.records("ucdp/BattleDeaths_v24_1_conf.csv");
    try (ApiTestSupport t = new ApiTestSupport();
        Loopback server = new Loopback(
            UcdpFixtures.handler("battledeaths", "24.1", recs, recs.size()))) {
      Dataset d = api(server).query(DatasetKind.UCDP_BRD_CONFLICT, "24.1").read();
      UcdpFixtures.assertSameTable(
          csv("ucdp/BattleDeaths_v24_1_conf.csv", DatasetKind.UCDP_BRD_CONFLICT).table(),
          d.table());
      assertEquals(recs.size(), d.table().rowCount());
    }
  }

  @Test
  void aShortResultIsAnErrorNotASmallerTable() throws Exception {
    List<Map<String, Object>> recs = UcdpFixtures.records("ucdp/UcdpPrioConflict_v23_1.csv");
    // states 2,626 but serves 1,000 fewer: the shape of a lost page
    try (ApiTestSupport t = new ApiTestSupport();
        Loopback server = new Loopback(UcdpFixtures.handler(
            "ucdpprioconflict", "23.1", recs.subList(0, 1626), 2626))) {
      ApiException e = assertThrows(ApiException.class,
          () -> api(server).query(DatasetKind.UCDP_PRIO_ACD, "23.1").read());
      assertTrue(e.getMessage().contains("TotalCount 2626"), e.getMessage());
      assertTrue(e.getMessage().contains("1626"), e.getMessage());
    }
  }

  @Test
  void moreRowsThanTotalCountIsAnError() throws Exception {
    List<Map<String, Object>> recs = UcdpFixtures.records("ucdp/UcdpPrioConflict_v23_1.csv");
    try (ApiTestSupport t = new ApiTestSupport();
        Loopback server = new Loopback(
            UcdpFixtures.handler("ucdpprioconflict", "23.1", recs, 1500))) {
      ApiException e = assertThrows(ApiException.class,
          () -> api(server).query(DatasetKind.UCDP_PRIO_ACD, "23.1").read());
      assertTrue(e.getMessage().contains("TotalCount 1500"), e.getMessage());
    }
  }

  @Test
  void filtersAreSentAsUcdpQueryKeys() throws Exception {
    try (ApiTestSupport t = new ApiTestSupport();
        Loopback server = new Loopback(r -> Loopback.Reply.json(
            UcdpFixtures.page(0, 0, "", List.of())))) {
      Dataset d = api(server).query(DatasetKind.UCDP_PRIO_ACD, "23.1")
          .country(625, 626).year(2011, 2012).conflict(309).read();
      Loopback.Req r = server.requests.get(0);
      assertEquals("625,626", r.param("Country"));
      assertEquals("2011,2012", r.param("Year"));
      assertEquals("309", r.param("Conflict"));
      assertEquals("0", r.param("page"));
      // an empty answer is an empty table with the schema's columns
      assertEquals(0, d.table().rowCount());
      assertEquals(ConflictData.schema(DatasetKind.UCDP_PRIO_ACD).columns().size(),
          d.table().columnCount());
      assertTrue(d.source().name().contains("Country=625,626"), d.source().name());
      assertTrue(d.source().name().contains("Year=2011,2012"), d.source().name());
    }
  }

  @Test
  void filtersAResourceDoesNotTakeAreRefusedBeforeAnyCall() {
    UcdpApi api = UcdpApi.connect(UcdpFixtures.TOKEN, Settings.of(cache, null, true, null));
    assertThrows(IllegalArgumentException.class,
        () -> api.query(DatasetKind.UCDP_PRIO_ACD, "23.1").startDate(LocalDate.of(2020, 1, 1)));
    assertThrows(IllegalArgumentException.class,
        () -> api.query(DatasetKind.UCDP_PRIO_ACD, "23.1").typeOfViolence(1));
    assertThrows(IllegalArgumentException.class,
        () -> api.query(DatasetKind.COW_INTER_STATE, "23.1"));
    assertThrows(IllegalArgumentException.class,
        () -> api.query(DatasetKind.UCDP_PRIO_ACD, "latest"));
    assertThrows(IllegalArgumentException.class,
        () -> api.query(DatasetKind.UCDP_PRIO_ACD, "23.1").country());
  }

  @Test
  void missingOrWrongTokenIs401WithWhereToGetOne() throws Exception {
    try (ApiTestSupport t = new ApiTestSupport();
        Loopback server = new Loopback(
            UcdpFixtures.handler("ucdpprioconflict", "23.1", List.of(), 0))) {
      UcdpApi wrong = UcdpApi.connect("not-the-token", Settings.of(cache, server.base(), false, null))
          .pacing(Duration.ZERO);
      ApiException e = assertThrows(ApiException.class,
          () -> wrong.query(DatasetKind.UCDP_PRIO_ACD, "23.1").read());
      assertEquals(401, e.status());
      assertTrue(e.getMessage().contains("token required or expired"), e.getMessage());
      assertTrue(e.fix().contains("https://ucdp.uu.se/apidocs/"), e.fix());
      assertTrue(e.endpoint().contains("/ucdpapi.pcr.uu.se/api/ucdpprioconflict/23.1"));
      assertFalse(e.getMessage().contains("not-the-token"));
      assertEquals(1, server.requests.size(), "a 401 is not retried");
    }
    ApiException blank = assertThrows(ApiException.class, () -> UcdpApi.connect(" "));
    assertEquals(401, blank.status());
  }

  @Test
  void aNextPageUrlToAnotherHostIsNotFollowed() throws Exception {
    List<Map<String, Object>> recs = UcdpFixtures.records("ucdp/UcdpPrioConflict_v23_1.csv");
    try (ApiTestSupport t = new ApiTestSupport();
        Loopback server = new Loopback(r -> Loopback.Reply.json(UcdpFixtures.page(
            2626, 3, "https://collector.example.org/steal?page=1", recs.subList(0, 1000))))) {
      ApiException e = assertThrows(ApiException.class,
          () -> api(server).query(DatasetKind.UCDP_PRIO_ACD, "23.1").read());
      assertTrue(e.getMessage().contains("another host"), e.getMessage());
      assertEquals(1, server.requests.size());
    }
  }

  @Test
  void relativeOrMirrorNextPageUrlsWorkToo() throws Exception {
    List<Map<String, Object>> recs = UcdpFixtures.records("ucdp/UcdpPrioConflict_v23_1.csv");
    String[] base = new String[1];
    try (ApiTestSupport t = new ApiTestSupport();
        Loopback server = new Loopback(r -> {
          int page = Integer.parseInt(r.param("page"));
          int to = Math.min((page + 1) * 1000, recs.size());
          String next = to < recs.size()
              ? base[0] + "/ucdpapi.pcr.uu.se/api/ucdpprioconflict/23.1?pagesize=1000&page="
                  + (page + 1)
              : "";
          return Loopback.Reply.json(
              UcdpFixtures.page(recs.size(), 3, next, recs.subList(page * 1000, to)));
        })) {
      base[0] = server.base();
      Dataset d = api(server).query(DatasetKind.UCDP_PRIO_ACD, "23.1").read();
      assertEquals(2626, d.table().rowCount());
      assertEquals(3, server.requests.size());
    }
  }

  @Test
  void sharedCsvIsReadableWithTheTestSplitter() {
    // guards the fixture: the bundled CSV splits into 28 columns per record
    List<List<String>> rows = TestFiles.csvRecords(
        UcdpFixtures.resourceText("ucdp/UcdpPrioConflict_v23_1.csv"));
    assertTrue(rows.stream().allMatch(r -> r.size() == 28));
  }

  @Test
  void anUntypableValueIsAFormatErrorNamingTheQuery() throws Exception {
    List<Map<String, Object>> recs =
        new java.util.ArrayList<>(UcdpFixtures.records("ucdp/UcdpPrioConflict_v23_1.csv").subList(0, 3));
    Map<String, Object> bad = new java.util.LinkedHashMap<>(recs.get(1));
    bad.put("year", "nineteen");
    recs.set(1, bad);
    try (ApiTestSupport t = new ApiTestSupport();
        Loopback server = new Loopback(
            UcdpFixtures.handler("ucdpprioconflict", "23.1", recs, recs.size()))) {
      io.github.conflictdata.DatasetFormatException e = assertThrows(
          io.github.conflictdata.DatasetFormatException.class,
          () -> api(server).query(DatasetKind.UCDP_PRIO_ACD, "23.1").read());
      assertTrue(e.getMessage().contains("UCDP API ucdpprioconflict 23.1"), e.getMessage());
      assertTrue(e.getMessage().contains("nineteen"), e.getMessage());
    }
  }
}
