package io.github.conflictdata.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conflictdata.ConflictData;
import io.github.conflictdata.Dataset;
import io.github.conflictdata.DatasetKind;
import java.time.LocalDate;
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
    Dataset d = ConflictData.claims();
    assertEquals(DatasetKind.CLAIMS, d.kind());
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

  @Test
  void quotesAreVerbatimAndHoldTheValueAndQualifier() {
    String article = SharedFiles.article();
    Table t = ConflictData.claims().table();
    for (int r = 0; r < t.rowCount(); r++) {
      String quote = t.stringColumn("quote").get(r);
      assertTrue(article.contains(quote), "quote not in the article: " + quote);
      String shown = String.format("%,d", t.intColumn("value").getInt(r));
      String q = t.stringColumn("qualifier").get(r);
      String words = q.equals("exact") ? "" : q.substring(0, 1).toUpperCase() + q.substring(1);
      Pattern p = Pattern.compile("(?i)" + Pattern.quote(q.equals("exact") ? "" : q + " ")
          + Pattern.quote(shown) + "\\b");
      Matcher m = p.matcher(quote);
      assertTrue(m.find(), "'" + words + " " + shown + "' not in quote: " + quote);
    }
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
    List<Integer> values = ConflictData.claims().table().intColumn("value").asList();
    for (int n : numbers) {
      if (n == 2000) {
        continue; // "nearly 2,000 peacekeepers": a deployment, not a casualty figure
      }
      assertTrue(values.contains(n), n + " in the article but not in claims.csv");
    }
    assertTrue(numbers.size() >= 6, "found only " + numbers);
  }
}
