package io.github.conflictdata.ucdp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conflictdata.CodeLabel;
import io.github.conflictdata.testing.CodebookText;
import io.github.conflictdata.testing.TestFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The GED label enums ({@code type_of_violence}, {@code where_prec}, {@code date_prec}, {@code
 * event_clarity}) against the shared GED files (every code in the column is defined) and against
 * the GED codebook 23.1 (docs/ged231.pdf: every description is its wording, beside its code).
 */
class GedCodebookLabelsTest {

  private static final Map<String, CodeLabel[]> COLUMNS =
      Map.of(
          "type_of_violence", TypeOfViolence.values(),
          "where_prec", WherePrecision.values(),
          "date_prec", DatePrecision.values(),
          "event_clarity", EventClarity.values());

  @Test
  void everyCodeInTheSharedGedFilesIsDefined() throws Exception {
    for (String file : List.of("ucdp-ged/ged191.csv", "ucdp-ged/conflict_data_BGD.csv")) {
      String text = Files.readString(TestFiles.sharedFile(file), StandardCharsets.UTF_8);
      List<List<String>> records = TestFiles.csvRecords(text);
      for (Map.Entry<String, CodeLabel[]> e : COLUMNS.entrySet()) {
        Set<Integer> codes = CodebookText.codes(CodebookText.distinct(records, e.getKey()));
        assertFalse(codes.isEmpty(), file + " " + e.getKey() + " has no codes");
        for (int code : codes) {
          assertTrue(
              CodeLabel.find(e.getValue(), code).isPresent(),
              file + " " + e.getKey() + ": code " + code + " is not in the enum");
        }
        if (file.endsWith("ged191.csv")) {
          // the 3,194 Myanmar and Bangladesh events use every code the codebook defines
          assertEquals(codesOf(e.getValue()), new TreeSet<>(codes), file + " " + e.getKey());
        }
      }
    }
  }

  @Test
  void labelsAndWordingOfNamedCodes() {
    // GED codebook 23.1 p. 6: "1: state-based conflict", "3: one-sided violence"
    assertEquals("State-based conflict", TypeOfViolence.of(1).orElseThrow().label());
    assertEquals("One-sided violence", TypeOfViolence.of(3).orElseThrow().label());
    // p. 9: "6: only the country where the event took place in is known.", "7: event in
    // international waters or airspace."
    assertEquals("Country only", WherePrecision.of(6).orElseThrow().label());
    assertEquals(
        "only the country where the event took place in is known.",
        WherePrecision.of(6).orElseThrow().description());
    assertEquals("International waters or airspace", WherePrecision.of(7).orElseThrow().label());
    // p. 10: "1: exact date of event is known;", "3: only the week of the event is known"
    assertEquals("Exact date", DatePrecision.of(1).orElseThrow().label());
    assertEquals("Week", DatePrecision.of(3).orElseThrow().label());
    assertEquals(
        "only the week of the event is known", DatePrecision.of(3).orElseThrow().description());
    // p. 10: "1 (high) for events ...", "2 (lower) for events ..."
    assertEquals("High", EventClarity.of(1).orElseThrow().label());
    assertEquals("Lower", EventClarity.of(2).orElseThrow().label());
    // codes outside the codebook's lists
    assertFalse(TypeOfViolence.of(0).isPresent());
    assertFalse(WherePrecision.of(8).isPresent());
    assertFalse(DatePrecision.of(6).isPresent());
    assertFalse(EventClarity.of(3).isPresent());
  }

  @Test
  void everyDescriptionIsTheCodebookWording() throws Exception {
    String text = CodebookText.pdf("ged231.pdf");
    CodebookText.assertDescriptionsIn(text, TypeOfViolence.values(), true, "ged231.pdf");
    CodebookText.assertDescriptionsIn(text, WherePrecision.values(), true, "ged231.pdf");
    CodebookText.assertDescriptionsIn(text, DatePrecision.values(), true, "ged231.pdf");
    // event_clarity: "1 (high) for events where ...": the wording follows a few words later
    CodebookText.assertDescriptionsIn(text, EventClarity.values(), false, "ged231.pdf");
    assertTrue(text.contains("1 (high) for events"));
    assertTrue(text.contains("2 (lower) for events"));
  }

  private static TreeSet<Integer> codesOf(CodeLabel[] values) {
    TreeSet<Integer> out = new TreeSet<>();
    for (CodeLabel v : values) {
      out.add(v.code());
    }
    return out;
  }
}
