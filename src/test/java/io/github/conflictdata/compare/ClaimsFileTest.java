package io.github.conflictdata.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conflictdata.ConflictData;
import io.github.conflictdata.testing.TestFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;

/** The bundled claims against the seed article's text. */
class ClaimsFileTest {

  /** Every casualty figure in the seed article, read off the article by hand. */
  record Expected(String claimant, String party, String scope, String measure, String qualifier,
      int value, LocalDate stated) {}

  static final LocalDate THU = LocalDate.of(2020, 12, 3);
  static final LocalDate WED = LocalDate.of(2020, 12, 2);

  static final List<Expected> ARTICLE =
      List.of(
          new Expected("Ministry of Defence of Azerbaijan", "Azerbaijan", "military", "killed",
              "exact", 2783, THU),
          new Expected("Ministry of Defence of Azerbaijan", "Azerbaijan", "military", "missing",
              "more than", 100, THU),
          new Expected("Ministry of Defence of Azerbaijan", "Azerbaijan", "military",
              "in medical treatment", "exact", 1245, THU),
          new Expected("Government of Azerbaijan", "Azerbaijan", "civilian", "killed", "exact", 94,
              THU),
          new Expected("Government of Azerbaijan", "Azerbaijan", "civilian", "wounded",
              "more than", 400, THU),
          new Expected("Ministry of Health of Armenia", "Armenia", "military", "killed",
              "at least", 2718, WED),
          new Expected("reporter (seed article)", "Azerbaijan", "military", "killed", "nearly",
              2800, THU),
          new Expected("reporter (seed article)", "Azerbaijan", "military", "killed", "nearly",
              3000, THU));

  @Test
  void bundledClaimsHoldEveryFigureOfTheArticleTyped() {
    Claims d = ConflictData.claims();
    assertEquals(Claims.VERSION, d.version());
    assertTrue(d.citation().startsWith("Casualty claims (conflictdata) " + Claims.VERSION + ": "), d.citation());
    Table t = d.table();
    assertEquals(ColumnType.INTEGER, t.column("value").type());
    assertEquals(ColumnType.LOCAL_DATE, t.column("date_stated").type());
    List<Expected> found = new ArrayList<>();
    for (int r = 0; r < t.rowCount(); r++) {
      if (t.stringColumn("war").get(r).equals("nagorno-karabakh")
          && t.intColumn("year_start").getInt(r) == 2020) {
        found.add(new Expected(t.stringColumn("claimant").get(r), t.stringColumn("party").get(r),
            t.stringColumn("scope").get(r), t.stringColumn("measure").get(r),
            t.stringColumn("qualifier").get(r), t.intColumn("value").getInt(r),
            t.dateColumn("date_stated").get(r)));
      }
    }
    assertEquals(ARTICLE, found);
  }

  /** Facts carry over, sentences do not: each seed row's figure and wording is in the article. */
  @Test
  void everySeedRowsFigureIsInTheArticleWithItsQualifier() {
    String article = SharedFiles.article();
    Table t = ConflictData.claims().table();
    int seen = 0;
    for (int r = 0; r < t.rowCount(); r++) {
      if (!t.stringColumn("war").get(r).equals("nagorno-karabakh")) {
        continue; // other wars' figures come from other publications
      }
      String shown = String.format(Locale.ROOT, "%,d", t.intColumn("value").getInt(r));
      String q = t.stringColumn("qualifier").get(r);
      Pattern p = Pattern.compile("(?i)" + Pattern.quote(q.equals("exact") ? "" : q + " ")
          + Pattern.quote(shown) + "\\b");
      assertTrue(p.matcher(article).find(), "'" + q + " " + shown + "' not in the article");
      String statement = t.stringColumn("statement").get(r);
      assertFalse(article.contains(statement), "statement copied from the article: " + statement);
      seen++;
    }
    assertEquals(ARTICLE.size(), seen);
  }

  @Test
  void everyNumberNextToACasualtyWordInTheArticleIsAClaim() {
    String article = SharedFiles.article();
    // numbers followed (within a few words) by a casualty word, as a reader would pick them out
    Matcher m = Pattern.compile("(\\d{1,3}(?:,\\d{3})*|\\d+) +(?:[A-Za-z]+ +){0,3}?"
        + "(?:troops|soldiers|servicemen|civilians|are|were)").matcher(article);
    List<Integer> numbers = new ArrayList<>();
    while (m.find()) {
      numbers.add(Integer.parseInt(m.group(1).replace(",", "")));
    }
    Table all = ConflictData.claims().table();
    List<Integer> values =
        all.where(all.stringColumn("war").isEqualTo("nagorno-karabakh")).intColumn("value").asList();
    for (int n : numbers) {
      if (n == 2000) {
        continue; // "nearly 2,000 peacekeepers": a deployment, not a casualty figure
      }
      assertTrue(values.contains(n), n + " in the article but not in claims.csv");
    }
    assertTrue(numbers.size() >= 6, "found only " + numbers);
  }

  /** Read from the raw file with a plain CSV splitter, not the library's reader. */
  static List<Map<String, String>> rawRows() throws IOException {
    String text;
    try (InputStream in = ClaimsFileTest.class.getResourceAsStream(Claims.RESOURCE)) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<List<String>> recs = TestFiles.csvRecords(text);
    List<String> header = recs.get(0);
    List<Map<String, String>> out = new ArrayList<>();
    for (List<String> r : recs.subList(1, recs.size())) {
      if (r.size() == 1 && r.get(0).isEmpty()) {
        continue;
      }
      assertEquals(header.size(), r.size(), "fields in " + r);
      Map<String, String> m = new LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        m.put(header.get(i), r.get(i));
      }
      out.add(m);
    }
    return out;
  }

  @Test
  void everyRowNamesWhereItWasRead() throws IOException {
    List<Map<String, String>> rows = rawRows();
    assertTrue(rows.size() >= 13, "rows: " + rows.size());
    for (Map<String, String> r : rows) {
      assertFalse(r.get("source_publication").isBlank(), "claim " + r.get("claim_id"));
      assertFalse(r.get("source_title").isBlank(), "claim " + r.get("claim_id"));
      assertFalse(r.get("source_date").isBlank(), "claim " + r.get("claim_id"));
      assertFalse(r.get("claimant_role").isBlank(), "claim " + r.get("claim_id"));
      if (!r.get("war").equals("nagorno-karabakh")) { // the seed copy has no address
        assertTrue(r.get("source_url").startsWith("http"), "claim " + r.get("claim_id"));
      }
    }
  }

  /** The Rakhine 2017 figures, read off the news reports of December 2017 by hand. */
  @Test
  void rakhine2017ClaimsArePresentWithTheirPeriodsAndPopulations() throws IOException {
    Map<Integer, Map<String, String>> byValue = new LinkedHashMap<>();
    for (Map<String, String> r : rawRows()) {
      if (r.get("war").equals("myanmar-rakhine-2017")) {
        byValue.put(Integer.parseInt(r.get("value")), r);
      }
    }
    assertEquals(List.of(6700, 730, 9000, 399, 400), new ArrayList<>(byValue.keySet()));
    for (int v : List.of(6700, 730, 9000)) {
      Map<String, String> r = byValue.get(v);
      assertEquals("Médecins Sans Frontières (MSF)", r.get("claimant"));
      assertEquals("at least", r.get("qualifier"));
      assertEquals("2017-08-25", r.get("period_start"));
      assertEquals("2017-09-24", r.get("period_end"));
      assertTrue(r.get("population").startsWith("Rohingya"), r.toString());
      assertTrue(r.get("source_url").startsWith("http"), r.toString());
    }
    assertEquals("killed", byValue.get(6700).get("measure"));
    assertEquals("died", byValue.get(9000).get("measure"));
    assertEquals("Rohingya children under five", byValue.get(730).get("population"));
    assertTrue(byValue.get(399).get("statement").contains("insurgents"));
    assertEquals("reporter rounding", byValue.get(400).get("source_kind"));
    assertEquals(byValue.get(399).get("claim_id"), byValue.get(400).get("derived_from"));
    // the typed table agrees: periods are dates, population text
    Table t = ConflictData.claims().table();
    assertEquals(ColumnType.LOCAL_DATE, t.column("period_start").type());
    Table k = t.where(t.stringColumn("war").isEqualTo("nagorno-karabakh"));
    assertEquals(List.of("own soldiers", "own civilians"),
        k.stringColumn("population").unique().asList());
  }
}
