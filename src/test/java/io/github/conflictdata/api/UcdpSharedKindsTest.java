package io.github.conflictdata.api;

import io.github.conflictdata.Settings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conflictdata.ConflictData;
import io.github.conflictdata.Dataset;
import io.github.conflictdata.DatasetKind;
import io.github.conflictdata.testing.TestFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The newer UCDP kinds through the API (GED, non-state, dyadic), replayed from the shared UCDP
 * files (skipped when ../shared/data is absent): same table as the CSV read, GED's active_year sent
 * as JSON booleans, GED's filters.
 */
class UcdpSharedKindsTest {
  @TempDir Path cache;

  private UcdpApi api(Loopback server) {
    return UcdpApi.connect(UcdpFixtures.TOKEN, Settings.of(cache, server.base(), false, null))
        .pacing(Duration.ZERO);
  }

  private void sameAsCsv(String shared, DatasetKind kind, String resource, String version,
      boolean booleans) throws Exception {
    Path file = TestFiles.sharedFile(shared);
    List<Map<String, Object>> recs =
        UcdpFixtures.recordsOf(Files.readString(file, StandardCharsets.UTF_8));
    if (booleans) { // GED 25.1+ and the API write active_year as true/false
      List<Map<String, Object>> b = new ArrayList<>();
      for (Map<String, Object> r : recs) {
        Map<String, Object> m = new LinkedHashMap<>(r);
        Object o = m.get("active_year");
        String v = o instanceof JsonText.Raw raw ? raw.text() : String.valueOf(o);
        m.put("active_year", v.equals("1") ? Boolean.TRUE : v.equals("0") ? Boolean.FALSE : null);
        b.add(m);
      }
      recs = b;
    }
    try (ApiTestSupport t = new ApiTestSupport();
        Loopback server = new Loopback(
            UcdpFixtures.handler(resource, version, recs, recs.size()))) {
      Dataset api = api(server).query(kind, version).read();
      Dataset csv = ConflictData.reader().kind(kind).read(file);
      assertEquals(kind, api.kind());
      assertEquals(version, api.version());
      assertEquals(recs.size(), api.table().rowCount());
      UcdpFixtures.assertSameTable(csv.table(), api.table());
      assertEquals((recs.size() + 999) / 1000, server.requests.size());
    }
  }

  @Test
  void gedWithBooleanActiveYear() throws Exception {
    sameAsCsv("ucdp-ged/ged191.csv", DatasetKind.UCDP_GED, "gedevents", "19.1", true);
  }

  @Test
  void nonState() throws Exception {
    sameAsCsv("ucdp-nonstate/Nonstate_v23_1.csv", DatasetKind.UCDP_NONSTATE, "nonstate", "23.1",
        false);
  }

  @Test
  void dyadic() throws Exception {
    sameAsCsv("ucdp-dyadic/Dyadic_v24_1.csv", DatasetKind.UCDP_DYADIC, "dyadic", "24.1", false);
  }

  @Test
  void gedFilters() throws Exception {
    try (ApiTestSupport t = new ApiTestSupport();
        Loopback server = new Loopback(r -> Loopback.Reply.json(
            UcdpFixtures.page(0, 0, "", List.of())))) {
      Dataset d = api(server).query(DatasetKind.UCDP_GED, "25.1")
          .country(775, 771)
          .startDate(LocalDate.of(2015, 1, 1))
          .endDate(LocalDate.of(2015, 12, 31))
          .typeOfViolence(1, 3)
          .read();
      Loopback.Req r = server.requests.get(0);
      assertEquals("/ucdpapi.pcr.uu.se/api/gedevents/25.1", r.path());
      assertEquals("775,771", r.param("Country"));
      assertEquals("2015-01-01", r.param("StartDate"));
      assertEquals("2015-12-31", r.param("EndDate"));
      assertEquals("1,3", r.param("TypeOfViolence"));
      assertEquals(DatasetKind.UCDP_GED, d.kind());
      assertEquals(0, d.table().rowCount());
      assertTrue(d.source().name().contains("StartDate=2015-01-01"), d.source().name());
    }
    UcdpApi offline = UcdpApi.connect(UcdpFixtures.TOKEN, Settings.of(cache, null, true, null));
    assertThrows(IllegalArgumentException.class,
        () -> offline.query(DatasetKind.UCDP_GED, "25.1").year(2015));
    assertThrows(IllegalArgumentException.class,
        () -> offline.query(DatasetKind.UCDP_GED, "25.1").typeOfViolence(4));
    assertThrows(IllegalArgumentException.class,
        () -> offline.query(DatasetKind.UCDP_BRD_DYADIC, "25.1"));
  }
}
