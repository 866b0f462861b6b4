package io.github.conflictdata.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conflictdata.ConflictData;
import io.github.conflictdata.DatasetFormatException;
import io.github.conflictdata.Problem;
import io.github.conflictdata.testing.TestFiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/**
 * Claims layout 2.0 (issue 26): the bundled file's size, statements, revisions and series, counted
 * from the raw file with the test's own CSV splitter ({@link TestFiles#csvRecords}), and bad rows.
 */
class ClaimsTest {

  /** The war keys the issue names (issue 26, "Wars since 2008 join the concordance"). */
  static final Set<String> WAR_KEYS = Set.of("russia-ukraine", "israel-hamas-2023", "tigray-2020",
      "sudan-2023", "myanmar-rakhine-2017", "georgia-2008", "nagorno-karabakh", "karabakh-2016",
      "karabakh-2022", "karabakh-2023", "sri-lanka-2009", "lebanon-2006", "ethiopia-eritrea");

  static List<Map<String, String>> raw() throws IOException {
    return ClaimsFileTest.rawRows();
  }

  static Map<String, Map<String, String>> byId(List<Map<String, String>> rows) {
    Map<String, Map<String, String>> m = new HashMap<>();
    rows.forEach(r -> m.put(r.get("claim_id"), r));
    return m;
  }

  @Test
  void theBundledFileHoldsAtLeast60ClaimsOfAtLeast10WarsFromTheIssuesList() throws IOException {
    List<Map<String, String>> rows = raw();
    Set<String> wars = new LinkedHashSet<>();
    rows.forEach(r -> wars.add(r.get("war")));
    assertTrue(rows.size() >= 60, "rows: " + rows.size());
    assertTrue(wars.size() >= 10, "wars: " + wars);
    assertTrue(WAR_KEYS.containsAll(wars), "keys not in the issue's list: " + wars);
    Claims c = ConflictData.claims();
    assertEquals(rows.size(), c.table().rowCount());
    assertEquals(new ArrayList<>(wars), c.wars());
    String s = c.toString();
    assertTrue(s.startsWith("Claims 2.0: " + rows.size() + " rows, " + wars.size() + " wars ("), s);
    long karabakh = rows.stream().filter(r -> r.get("war").equals("nagorno-karabakh")).count();
    assertTrue(s.contains("nagorno-karabakh " + karabakh), s);
    assertEquals(karabakh, c.forWar("nagorno-karabakh").table().rowCount());
  }

  @Test
  void everyRowsValueIsWrittenInItsStatement() throws IOException {
    for (Map<String, String> r : raw()) {
      int v = Integer.parseInt(r.get("value"));
      String plain = Integer.toString(v);
      String grouped = String.format(Locale.ROOT, "%,d", v);
      boolean found = Pattern.compile("(?<![\\d,])(" + Pattern.quote(plain) + "|"
          + Pattern.quote(grouped) + ")(?!\\d|,\\d)").matcher(r.get("statement")).find();
      assertTrue(found, "claim " + r.get("claim_id") + ": " + grouped + " not in " + r.get("statement"));
    }
  }

  @Test
  void rangesHaveAHighEndAboveTheLowAndOnlyRangesHaveOne() throws IOException {
    int ranges = 0;
    for (Map<String, String> r : raw()) {
      boolean range = r.get("qualifier").equals("range");
      assertEquals(range, !r.get("value_high").isEmpty(), "claim " + r.get("claim_id"));
      if (range) {
        assertTrue(Integer.parseInt(r.get("value_high")) > Integer.parseInt(r.get("value")));
        ranges++;
      }
    }
    assertTrue(ranges >= 1);
  }

  @Test
  void everyRevisionPointsToAnEarlierClaimOfTheSameWarAndParty() throws IOException {
    List<Map<String, String>> rows = raw();
    Map<String, Map<String, String>> ids = byId(rows);
    int revisions = 0;
    for (Map<String, String> r : rows) {
      String to = r.get("revises");
      if (to.isEmpty()) {
        continue;
      }
      Map<String, String> o = ids.get(to);
      assertTrue(o != null, "claim " + r.get("claim_id") + " revises missing " + to);
      assertTrue(LocalDate.parse(o.get("date_stated")).isBefore(LocalDate.parse(r.get("date_stated"))),
          "claim " + r.get("claim_id") + " revises a claim not stated earlier");
      for (String c : List.of("war", "party", "scope", "measure")) {
        assertEquals(o.get(c), r.get(c), "claim " + r.get("claim_id") + " " + c);
      }
      revisions++;
    }
    assertTrue(revisions >= 4, "revisions: " + revisions);
  }

  /** The chains the issue names, found by their values in the raw file. */
  @Test
  void theNamedRevisionChainsAreLinked() throws IOException {
    List<Map<String, String>> rows = raw();
    Claims c = ConflictData.claims();
    for (List<Integer> chain : List.of(List.of(498, 1351, 5937), List.of(1400, 1200),
        List.of(215, 295))) {
      int last = chain.get(chain.size() - 1);
      Map<String, String> end = rows.stream()
          .filter(r -> Integer.parseInt(r.get("value")) == last && !r.get("revises").isEmpty())
          .findFirst().orElseThrow(() -> new AssertionError("no revising claim of " + last));
      Table t = c.revisionsOf(Integer.parseInt(end.get("claim_id")));
      assertEquals(chain, t.intColumn("value").asList());
      // the chain from its first member is the same
      assertEquals(chain, c.revisionsOf(t.intColumn("claim_id").getInt(0)).intColumn("value").asList());
    }
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> c.revisionsOf(100_000));
    assertTrue(e.getMessage().contains("no claim with claim_id 100000"), e.getMessage());
  }

  @Test
  void seriesReturnsTheClaimantsDatedRowsInDateOrder() throws IOException {
    Claims c = ConflictData.claims();
    for (String[] wc : new String[][] {{"israel-hamas-2023", "Ministry of Health (Gaza)"},
        {"russia-ukraine", "UN Office of the High Commissioner for Human Rights (OHCHR)"}}) {
      List<Map<String, String>> expected = new ArrayList<>(raw().stream()
          .filter(r -> r.get("war").equals(wc[0]) && r.get("claimant").equals(wc[1]))
          .toList());
      expected.sort(Comparator.comparing((Map<String, String> r) -> r.get("date_stated")));
      assertTrue(expected.size() >= 4, wc[1] + ": " + expected.size());
      Table s = c.series(wc[0], wc[1]);
      assertEquals(expected.stream().map(r -> LocalDate.parse(r.get("date_stated"))).toList(),
          s.dateColumn("date_stated").asList());
      assertEquals(expected.stream().map(r -> Integer.parseInt(r.get("value"))).toList(),
          s.intColumn("value").asList());
      // a running total: never falls
      List<Integer> v = s.intColumn("value").asList();
      for (int i = 1; i < v.size(); i++) {
        assertTrue(v.get(i) >= v.get(i - 1), wc[1] + " falls at " + s.dateColumn("date_stated").get(i));
      }
    }
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> c.series("israel-hamas-2023", "nobody"));
    assertTrue(e.getMessage().contains("Ministry of Health (Gaza)"), e.getMessage());
    IllegalArgumentException w = assertThrows(IllegalArgumentException.class,
        () -> c.forWar("atlantis"));
    assertTrue(w.getMessage().contains("russia-ukraine"), w.getMessage());
  }

  // ------------------------------------------------------------------ bad rows, built in the test

  private static String good() throws IOException {
    try (InputStream in = ClaimsTest.class.getResourceAsStream("/claims/good.csv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** good.csv with cells of its second data row (claim 2) replaced. */
  private static byte[] withRow2(Map<String, String> cells) throws IOException {
    List<List<String>> recs = TestFiles.csvRecords(good());
    List<String> header = recs.get(0);
    StringBuilder sb = new StringBuilder();
    for (int r = 0; r < 3; r++) {
      List<String> f = new ArrayList<>(recs.get(r));
      if (r == 2) {
        cells.forEach((k, v) -> f.set(header.indexOf(k), v));
      }
      sb.append(csvLine(f));
    }
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** One CSV record, quoted where needed, with its line end. */
  private static String csvLine(List<String> fields) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      String v = fields.get(i);
      sb.append(i > 0 ? "," : "").append(v.contains(",") || v.contains("\"")
          ? "\"" + v.replace("\"", "\"\"") + "\"" : v);
    }
    return sb.append('\n').toString();
  }

  private static Problem problem(Map<String, String> cells) throws IOException {
    byte[] b = withRow2(cells);
    DatasetFormatException e = assertThrows(DatasetFormatException.class,
        () -> Claims.read(new ByteArrayInputStream(b), "bad.csv"));
    Problem p = e.problems().get(0);
    assertEquals(3, p.line(), e.getMessage());
    return p;
  }

  @Test
  void aRevisionOfALaterOrOtherFamilyClaimIsAPositionedError() throws IOException {
    List<String> header = TestFiles.csvRecords(good()).get(0);
    // claim 2 (stated 2020-12-03) revising claim 1 (also 2020-12-03): not earlier
    Problem same = problem(Map.of("revises", "1"));
    assertEquals("revises", same.columnName());
    assertEquals(header.indexOf("revises") + 1, same.column());
    // stated later, but another measure (missing vs killed)
    Problem family = problem(Map.of("revises", "1", "date_stated", "2020-12-04"));
    assertEquals("revises", family.columnName());
    // a row revising itself is not earlier either
    assertEquals("revises", problem(Map.of("revises", "2")).columnName());
    // the same claim stated later and of the same family reads
    assertEquals(2, Claims.read(new ByteArrayInputStream(withRow2(Map.of("revises", "1",
        "date_stated", "2020-12-04", "measure", "killed"))), "ok.csv").table().rowCount());
  }

  @Test
  void aHighEndWithoutARangeAndABadPeriodArePositionedErrors() throws IOException {
    List<String> header = TestFiles.csvRecords(good()).get(0);
    Problem high = problem(Map.of("value_high", "200"));
    assertEquals("value_high", high.columnName());
    assertEquals(header.indexOf("value_high") + 1, high.column());
    Problem low = problem(Map.of("qualifier", "range", "value_high", "50"));
    assertEquals("value_high", low.columnName());
    Problem period = problem(Map.of("period_start", "27.09.2020", "period_end", "2020-11-10"));
    assertEquals("period_start", period.columnName());
    Problem empty = problem(Map.of("statement", ""));
    assertEquals("statement", empty.columnName());
  }
  /**
   * Compare's claims total adds each party's latest claim about its own dead: an earlier figure of
   * the same party and a claim about the enemy's dead are listed but not added.
   */
  @Test
  void claimsBesideAddsEachPartysLatestOwnClaimOnly() throws IOException {
    String text;
    try (InputStream in = ClaimsTest.class.getResourceAsStream(Claims.RESOURCE)) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<List<String>> recs = TestFiles.csvRecords(text);
    List<String> header = recs.get(0);
    List<String> armenia = null;
    for (List<String> r : recs) {
      if (r.size() == header.size() && r.get(header.indexOf("claimant")).equals("Ministry of Health of Armenia")) {
        armenia = r;
      }
    }
    assertTrue(armenia != null);
    StringBuilder sb = new StringBuilder(text.endsWith("\n") ? text : text + "\n");
    int id = 9000;
    for (String[] change : new String[][] {
        {"1000", "2020-11-01", "own soldiers", "Armenia", "An earlier count of 1000 dead."},
        {"5000", "2020-11-05", "enemy soldiers", "Armenia", "A claim of 5000 enemy dead."}}) {
      List<String> f = new ArrayList<>(armenia);
      f.set(header.indexOf("claim_id"), Integer.toString(id++));
      f.set(header.indexOf("value"), change[0]);
      f.set(header.indexOf("qualifier"), "exact");
      f.set(header.indexOf("date_stated"), change[1]);
      f.set(header.indexOf("population"), change[2]);
      f.set(header.indexOf("party"), change[3]);
      f.set(header.indexOf("statement"), change[4]);
      sb.append(csvLine(f));
    }
    Claims claims = Claims.read(new ByteArrayInputStream(sb.toString().getBytes(StandardCharsets.UTF_8)),
        "extended.csv");
    Table t = Compare.claimsBeside(War.of("nagorno-karabakh"), 2020, Sources.bundled(), claims);
    Table total = t.where(t.stringColumn("kind").isEqualTo("claims total")
        .and(t.stringColumn("scope").isEqualTo("military"))
        .and(t.stringColumn("measure").isEqualTo("killed")));
    assertEquals(1, total.rowCount());
    assertEquals(2783 + 2718, total.intColumn("value").getInt(0));
    assertTrue(t.intColumn("value").asList().containsAll(List.of(1000, 5000)), "both listed as claims");
  }
  /** Layout 2.0 names every row's population: one side's soldiers or civilians are nearest, not equal. */
  @Test
  void eventsCompareOneSidesDeadAsNearestAndAllAsEverySide() {
    assertEquals("best", ClaimsBesideEvents.comparison("killed", "all")[0]);
    assertTrue(ClaimsBesideEvents.comparison("killed", "all")[1].startsWith("comparable"));
    String[] soldiers = ClaimsBesideEvents.comparison("killed", "own soldiers");
    assertEquals("best", soldiers[0]);
    assertTrue(soldiers[1].startsWith("nearest, not the same people"), soldiers[1]);
    assertTrue(soldiers[1].contains("'own soldiers'"), soldiers[1]);
    String[] civilians = ClaimsBesideEvents.comparison("killed", "own civilians");
    assertEquals("deaths_civilians", civilians[0]);
    assertTrue(civilians[1].contains("one side's civilians"), civilians[1]);
  }
}
