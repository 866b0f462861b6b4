package io.github.conflictdata.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conflictdata.ConflictData;
import io.github.conflictdata.Dataset;
import io.github.conflictdata.DatasetKind;
import io.github.conflictdata.testing.TestFiles;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/**
 * Grid panels of GED 19.1's Myanmar/Bangladesh rows, checked against sums the test computes from
 * the raw CSV records (plain splitting, not the library's reader): every cell-month's events,
 * best/low/high, deaths by type of violence and civilians. The dense panel (DuckDB) has cells x
 * months rows and the same sums as the sparse one.
 */
class GridPanelTest {
  @TempDir Path tmp;

  private static final String GED = "ucdp-ged/ged191.csv";

  /** cell*10000 + year*100 + month (0 for years) -> [events, best, low, high, sb, ns, os, civ]. */
  private static Map<Long, long[]> rawSums(boolean months) {
    Map<Long, long[]> out = new TreeMap<>();
    for (Map<String, String> r : RawFiles.csv(TestFiles.sharedFile(GED))) {
      int gid = Integer.parseInt(r.get("priogrid_gid").strip());
      LocalDate d = LocalDate.parse(r.get("date_start").strip().substring(0, 10));
      long key = gid * 1_000_000L + d.getYear() * 100L + (months ? d.getMonthValue() : 0);
      long[] s = out.computeIfAbsent(key, k -> new long[8]);
      long best = Long.parseLong(r.get("best").strip());
      int tov = Integer.parseInt(r.get("type_of_violence").strip());
      s[0]++;
      s[1] += best;
      s[2] += Long.parseLong(r.get("low").strip());
      s[3] += Long.parseLong(r.get("high").strip());
      s[3 + tov] += best;
      s[7] += Long.parseLong(r.get("deaths_civilians").strip());
    }
    return out;
  }

  private static Map<Long, long[]> panelSums(Table t, boolean months) {
    Map<Long, long[]> out = new TreeMap<>();
    String[] cols = {"events", "best", "low", "high", "deaths_state_based", "deaths_non_state",
        "deaths_one_sided", "deaths_civilians"};
    for (int r = 0; r < t.rowCount(); r++) {
      long key = t.intColumn("priogrid_gid").getInt(r) * 1_000_000L
          + t.intColumn("year").getInt(r) * 100L + (months ? t.intColumn("month").getInt(r) : 0);
      long[] s = new long[8];
      for (int i = 0; i < cols.length; i++) {
        s[i] = (long) t.numberColumn(cols[i]).getDouble(r);
      }
      out.put(key, s);
    }
    return out;
  }

  private static Dataset ged() {
    return ConflictData.read(TestFiles.sharedFile(GED));
  }

  @Test
  void gridMonthsEqualsSumsOfTheRawRows() {
    Dataset ged = ged();
    GridPanel p = Panels.gridMonths(ged);
    Table t = p.table();
    Map<Long, long[]> expected = rawSums(true);
    Map<Long, long[]> actual = panelSums(t, true);
    assertEquals(expected.keySet(), actual.keySet());
    expected.forEach((k, v) -> assertEquals(List.of(toBoxed(v)), List.of(toBoxed(actual.get(k))),
        "cell-month " + k));
    assertEquals(3194, t.intColumn("events").sum());
    assertEquals(20936, t.intColumn("best").sum()); // SOURCES.md: sum(best) 20936
    assertTrue(p.notes().stream().anyMatch(n -> n.contains("start date")), p.notes().toString());
  }

  @Test
  void gridYearsEqualsSumsOfTheRawRows() {
    Table t = Panels.gridYears(ged()).table();
    assertFalse(t.containsColumn("month"));
    Map<Long, long[]> expected = rawSums(false);
    Map<Long, long[]> actual = panelSums(t, false);
    assertEquals(expected.keySet(), actual.keySet());
    expected.forEach((k, v) -> assertEquals(List.of(toBoxed(v)), List.of(toBoxed(actual.get(k)))));
  }

  @Test
  void centroidsAndCountriesComeFromTheCellAndItsEvents() {
    Table t = Panels.gridMonths(ged()).table();
    Map<Integer, Map<String, Integer>> names = new HashMap<>();
    for (Map<String, String> r : RawFiles.csv(TestFiles.sharedFile(GED))) {
      int gid = Integer.parseInt(r.get("priogrid_gid").strip());
      double lat = Double.parseDouble(r.get("latitude"));
      double lon = Double.parseDouble(r.get("longitude"));
      // the cell's centre is within a quarter degree of each of its events
      assertTrue(Math.abs(PrioGrid.centroidLat(gid) - lat) <= 0.25 + 1e-9, "lat of " + gid);
      assertTrue(Math.abs(PrioGrid.centroidLon(gid) - lon) <= 0.25 + 1e-9, "lon of " + gid);
      assertEquals(gid, PrioGrid.cellOf(lat, lon));
      names.computeIfAbsent(gid, g -> new HashMap<>()).merge(r.get("country"), 1, Integer::sum);
    }
    for (int r = 0; r < t.rowCount(); r++) {
      String country = t.stringColumn("country").get(r);
      assertTrue(country.equals("Myanmar (Burma)") || country.equals("Bangladesh"), country);
    }
  }

  @Test
  void peaceMonthsCountTheEventFreeMonthsBefore() {
    Table t = Panels.gridMonths(ged()).withPeace().table();
    Map<Integer, Integer> last = new HashMap<>();
    int first = Integer.MAX_VALUE;
    for (int r = 0; r < t.rowCount(); r++) {
      first = Math.min(first, t.intColumn("year").getInt(r) * 12 + t.intColumn("month").getInt(r) - 1);
    }
    for (int r = 0; r < t.rowCount(); r++) {
      int gid = t.intColumn("priogrid_gid").getInt(r);
      int m = t.intColumn("year").getInt(r) * 12 + t.intColumn("month").getInt(r) - 1;
      Integer prev = last.put(gid, m);
      int expected = prev == null ? m - first : m - prev - 1;
      assertEquals(expected, t.intColumn("peace_months").getInt(r), "row " + r);
      assertEquals(prev == null, t.booleanColumn("peace_censored").get(r), "row " + r);
    }
  }

  @Test
  void spreadKeepsTheTotalsAndDividesMultiDayEvents() {
    Table spread = Panels.gridMonths(ged()).spread().table();
    assertEquals(3194, spread.doubleColumn("events").sum(), 1e-6);
    assertEquals(20936, spread.doubleColumn("best").sum(), 1e-6);
  }

  @Test
  void otherKindsAreRefused() {
    Dataset acd = ConflictData.bundled(DatasetKind.UCDP_PRIO_ACD);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Panels.gridMonths(acd));
    assertTrue(e.getMessage().contains("GED"), e.getMessage());
  }

  @Test
  void densePanelHasCellsTimesMonthsAndTheSparseSums() {
    // Rakhine State's north, where the 2017 events are: a box of 4 x 4 cells
    DenseGridSpec spec = DenseGridSpec.parse("--events", TestFiles.sharedFile(GED).toString(),
        "--out", tmp.resolve("out").toString(), "--from", "2016-01", "--to", "2018-12",
        "--covered-until", "2018-06", "--cells", "box:20.0,92.0,21.99,93.99");
    Table dense = DenseGrid.table(spec);
    assertEquals(16 * 36, dense.rowCount());
    Map<Long, long[]> sparse = rawSums(true);
    long[] total = new long[2];
    for (int r = 0; r < dense.rowCount(); r++) {
      int gid = ((Number) dense.column("priogrid_gid").get(r)).intValue();
      int year = ((Number) dense.column("year").get(r)).intValue();
      int month = ((Number) dense.column("month").get(r)).intValue();
      long[] s = sparse.get(gid * 1_000_000L + year * 100L + month);
      boolean covered = !YearMonth.of(year, month).isAfter(YearMonth.of(2018, 6));
      if (!covered) {
        assertTrue(dense.column("events").isMissing(r), "past coverage is missing, not 0");
        continue;
      }
      long events = ((Number) dense.column("events").get(r)).longValue();
      long best = ((Number) dense.column("best").get(r)).longValue();
      assertEquals(s == null ? 0 : s[0], events, gid + " " + year + "-" + month);
      assertEquals(s == null ? 0 : s[1], best, gid + " " + year + "-" + month);
      total[0] += events;
      total[1] += best;
    }
    assertTrue(total[0] > 0, "the box holds events");
    DenseGrid.Result w = DenseGrid.write(spec);
    assertEquals(16 * 36, w.rows());
    assertTrue(java.nio.file.Files.isDirectory(tmp.resolve("out").resolve("year=2017")));
  }

  private static Long[] toBoxed(long[] v) {
    Long[] out = new Long[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = v[i];
    }
    return out;
  }
}
