package io.github.conflictdata.api;

import io.github.conflictdata.testing.TestFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * UCDP API fixtures: the records of a bundled UCDP CSV as the API's JSON would carry them
 * (integers alternately as JSON numbers and as strings, empty cells as null), split with the
 * test's own CSV splitter, and a loopback handler replaying UCDP's documented page shape.
 */
final class UcdpFixtures {
  static final String TOKEN = "ucdp-SECRET-token-4711";

  private UcdpFixtures() {}

  static String resourceText(String path) {
    try (InputStream in = UcdpFixtures.class.getClassLoader()
        .getResourceAsStream("io/github/conflictdata/data/" + path)) {
      Objects.requireNonNull(in, path);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The CSV's records as JSON objects in header order. */
  static List<Map<String, Object>> records(String csvResource) {
    return recordsOf(resourceText(csvResource));
  }

  /** As {@link #records}, from CSV text. */
  static List<Map<String, Object>> recordsOf(String csvText) {
    List<List<String>> rows = TestFiles.csvRecords(csvText);
    List<String> header = rows.get(0);
    List<Map<String, Object>> out = new ArrayList<>();
    for (int r = 1; r < rows.size(); r++) {
      Map<String, Object> m = new LinkedHashMap<>();
      for (int c = 0; c < header.size(); c++) {
        String v = rows.get(r).get(c);
        Object j;
        if (v.isEmpty()) {
          j = null;
        } else if (v.matches("-?\\d{1,9}") && r % 2 == 0) {
          j = new JsonText.Raw(v); // a JSON number
        } else {
          j = v; // a string, also for numbers ("numbers as strings")
        }
        m.put(header.get(c), j);
      }
      out.add(m);
    }
    return out;
  }

  /** A page of UCDP's envelope. */
  static String page(long total, int pages, String next, List<Map<String, Object>> rows) {
    Map<String, Object> env = new LinkedHashMap<>();
    env.put("TotalCount", total);
    env.put("TotalPages", pages);
    env.put("PreviousPageUrl", "");
    env.put("NextPageUrl", next);
    env.put("Result", rows);
    return JsonText.of(env);
  }

  /**
   * Serves {@code records} as {@code resource/version} (pagesize 1000 from page 0, absolute
   * NextPageUrl links at ucdpapi.pcr.uu.se), stating {@code statedTotal} as TotalCount; answers
   * 401 with UCDP's message when the token header is missing or wrong.
   */
  static Loopback.Handler handler(
      String resource, String version, List<Map<String, Object>> records, long statedTotal) {
    return r -> {
      if (!r.path().equals("/ucdpapi.pcr.uu.se/api/" + resource + "/" + version)) {
        return Loopback.Reply.status(404, "no such resource");
      }
      if (!TOKEN.equals(r.header("x-ucdp-access-token"))) {
        return Loopback.Reply.status(401, "API token required. Add header: x-ucdp-access-token");
      }
      int size = Integer.parseInt(r.param("pagesize"));
      int page = Integer.parseInt(r.param("page"));
      int from = Math.min(page * size, records.size());
      int to = Math.min(from + size, records.size());
      int pages = (int) Math.ceil(records.size() / (double) size);
      String next = to < records.size()
          ? "https://ucdpapi.pcr.uu.se/api/" + resource + "/" + version + "?pagesize=" + size
              + "&page=" + (page + 1)
          : "";
      return Loopback.Reply.json(page(statedTotal, pages, next, records.subList(from, to)));
    };
  }

  /** Same columns (names, types, order) and equal cells. */
  static void assertSameTable(Table expected, Table actual) {
    assertEquals(expected.columnNames(), actual.columnNames());
    assertEquals(expected.rowCount(), actual.rowCount());
    for (int c = 0; c < expected.columnCount(); c++) {
      Column<?> e = expected.column(c);
      Column<?> a = actual.column(c);
      assertEquals(e.type(), a.type(), e.name());
      for (int r = 0; r < e.size(); r++) {
        assertEquals(e.get(r), a.get(r), e.name() + " row " + r);
      }
    }
  }
}
