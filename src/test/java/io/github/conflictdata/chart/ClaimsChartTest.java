package io.github.conflictdata.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conflictdata.compare.Compare;
import io.github.conflictdata.compare.War;
import io.github.conflictdata.testing.TestFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategorySeries;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Claims beside the datasets as grouped bars, straight from the claims-beside tables. */
class ClaimsChartTest {
  private static final Path ROOT =
      Path.of(System.getProperty("conflictdata.basedir", System.getProperty("user.dir")));

  /** Value of one bar: the series' y at the category, or null when the series has no bar there. */
  private static Number bar(StyledCategoryChart c, String series, String category) {
    CategorySeries s = c.getSeriesMap().get(series);
    List<?> x = new ArrayList<>(s.getXData());
    List<? extends Number> y = new ArrayList<>(s.getYData());
    int i = x.indexOf(category);
    assertTrue(i >= 0, category + " is not a category of " + x);
    return y.get(i);
  }

  @Test
  void compareClaimsBesideGivesTheClaimsInBlackAndUcdpsBestInUcdpBlue() throws IOException {
    Table beside = Compare.claimsBeside(War.of("nagorno-karabakh"), 2020);
    StyledCategoryChart c = Charts.claims(beside).title("Karabakh 2020").build();
    // the official military-killed claims, read from the claims file with a plain CSV splitter
    List<List<String>> recs = TestFiles.csvRecords(
        Files.readString(ROOT.resolve("data/claims/claims.csv"), StandardCharsets.UTF_8));
    List<String> h = recs.get(0);
    List<Double> expected = new ArrayList<>();
    for (List<String> r : recs.subList(1, recs.size())) {
      if (r.get(h.indexOf("war")).equals("nagorno-karabakh") && r.get(h.indexOf("year_start")).equals("2020")
          && r.get(h.indexOf("measure")).equals("killed") && r.get(h.indexOf("scope")).equals("military")
          && r.get(h.indexOf("derived_from")).isEmpty()) {
        expected.add(Double.parseDouble(r.get(h.indexOf("value"))));
      }
    }
    assertEquals(2, expected.size(), "the claims file's two official military-killed claims");
    List<Double> claimed = new ArrayList<>();
    for (Number n : c.getSeriesMap().get(ClaimsChartBuilder.CLAIMS).getYData()) {
      if (n != null) {
        claimed.add(n.doubleValue());
      }
    }
    assertTrue(claimed.containsAll(expected), "claims bars " + claimed + " lack " + expected);
    // UCDP BRD 24.1, conflict 388, 2020: bd_best 7646 (SOURCES.md)
    String ucdp = c.getSeriesMap().keySet().stream().filter(s -> s.startsWith("UCDP Battle-Related"))
        .findFirst().orElseThrow(() -> new AssertionError("no UCDP series in " + c.getSeriesMap().keySet()));
    assertTrue(c.getSeriesMap().get(ucdp).getYData().stream()
        .anyMatch(n -> n != null && n.doubleValue() == 7646), "UCDP's 7,646 is not drawn");
    assertEquals(Palette.CLAIMS, c.getSeriesMap().get(ClaimsChartBuilder.CLAIMS).getFillColor());
    assertEquals(Palette.UCDP, c.getSeriesMap().get(ucdp).getFillColor());
  }

  /** A table in {@code WarProfile.claims()}'s shape: two claims of one claimant, one without figure. */
  @Test
  void warProfileShapeOneGroupPerClaimAndNoBarWithoutAFigure() {
    IntColumn figure = IntColumn.create("dataset_figure", 7646, 7646);
    figure.appendMissing();
    Table t = Table.create("claims beside the datasets: nagorno-karabakh",
        IntColumn.create("claim_id", 1, 2, 6),
        StringColumn.create("claimant", "Ministry of Defence of Azerbaijan",
            "Ministry of Defence of Azerbaijan", "Ministry of Health of Armenia"),
        IntColumn.create("value", 2783, 100, 2718),
        StringColumn.create("dataset", "UCDP Battle-Related Deaths (conflict level)",
            "UCDP Battle-Related Deaths (conflict level)", ""),
        StringColumn.create("release", "24.1", "24.1", ""),
        figure, DoubleColumn.create("claim_to_dataset", 0.36, Double.NaN, Double.NaN));
    StyledCategoryChart c = Charts.claims(t).title("Karabakh 2020").yAxis("Killed", "people").build();
    String ucdp = "UCDP Battle-Related Deaths (conflict level) 24.1";
    assertEquals(List.of(ClaimsChartBuilder.CLAIMS, ucdp), List.copyOf(c.getSeriesMap().keySet()),
        "no empty series for the claim without a figure");
    String az1 = "Ministry of Defence of Azerbaijan (claim 1)";
    assertEquals(2783.0, bar(c, ClaimsChartBuilder.CLAIMS, az1).doubleValue());
    assertEquals(7646.0, bar(c, ucdp, az1).doubleValue());
    assertEquals(100.0, bar(c, ClaimsChartBuilder.CLAIMS, "Ministry of Defence of Azerbaijan (claim 2)").doubleValue());
    assertEquals(2718.0, bar(c, ClaimsChartBuilder.CLAIMS, "Ministry of Health of Armenia").doubleValue());
    assertNull(bar(c, ucdp, "Ministry of Health of Armenia"), "no figure: no bar, not a zero bar");
    assertEquals("Killed (people)", c.getYAxisTitle());
  }

  @Test
  void aTableOfAnotherShapeIsRefusedNamingItsColumns() {
    Table t = Table.create("yearly", IntColumn.create("year", new int[] {2020}), IntColumn.create("best", new int[] {7646}));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Charts.claims(t).title("x").build());
    assertTrue(e.getMessage().contains("[year, best]") && e.getMessage().contains("WarProfile.claims()"),
        e.getMessage());
  }

  @Test
  void longClaimantsAreShortenedToTheirAcronymOrCut() {
    assertEquals("MSF", ClaimsChartBuilder.shorten("Médecins Sans Frontières (MSF)"));
    String army = ClaimsChartBuilder.shorten("Office of the Commander-in-Chief of Myanmar's Defence Services");
    assertEquals(40, army.length());
    assertTrue(army.startsWith("Office of the Commander-in-Chief of My") && army.endsWith("\u2026"), army);
    assertEquals("Ministry of Health of Armenia", ClaimsChartBuilder.shorten("Ministry of Health of Armenia"));
  }
}
