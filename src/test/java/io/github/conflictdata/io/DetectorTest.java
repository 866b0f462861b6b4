package io.github.conflictdata.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conflictdata.DatasetFormatException;
import io.github.conflictdata.DatasetKind;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Detection from what schemas declare, on small made-up schemas (no dataset knowledge). */
class DetectorTest {
  private static final Schema A = Schema.builder(DatasetKind.UCDP_PRIO_ACD)
      .column(ColumnSpec.key("id", ColumnType.INT))
      .column(ColumnSpec.of("level", ColumnType.INT, Set.of()))
      .column(ColumnSpec.of("kind", ColumnType.INT, Set.of()))
      .column(ColumnSpec.of("start", ColumnType.DATE, Set.of()))
      .signature("id", "level", "kind", "start")
      .excludes("pair", "a file with pair is B")
      .build();
  private static final Schema B = Schema.builder(DatasetKind.UCDP_DYADIC)
      .column(ColumnSpec.key("pair", ColumnType.INT))
      .column(ColumnSpec.key("id", ColumnType.INT))
      .column(ColumnSpec.of("level", ColumnType.INT, Set.of()))
      .signature("pair", "id", "level")
      .build();
  private static final Schema C = Schema.builder(DatasetKind.ACLED_COUNTRY_YEAR)
      .column(ColumnSpec.key("country", ColumnType.TEXT))
      .column(ColumnSpec.of("deaths", ColumnType.INT, Set.of()))
      .column(ColumnSpec.of("events", ColumnType.INT, Set.of()))
      .signature("country")
      .oneOf("deaths", "events")
      .build();
  private static final List<Schema> ALL = List.of(A, B, C);

  private static Schema choose(String... header) {
    return Detector.choose(ALL, null, List.of(header), "x.csv", 1);
  }

  @Test
  void aLookAlikeColumnRulesAKindOut() {
    assertEquals(DatasetKind.UCDP_PRIO_ACD, choose("id", "level", "kind", "start").kind());
    assertEquals(DatasetKind.UCDP_DYADIC, choose("pair", "id", "level", "kind", "start").kind());
    String why = Detector.mismatch(A, List.of("pair", "id", "level", "kind", "start"));
    assertTrue(why.contains("pair") && why.contains("a file with pair is B"), why);
  }

  @Test
  void oneMissingSignatureColumnIsToleratedFromFourUp() {
    assertNull(Detector.mismatch(A, List.of("id", "level", "kind")));
    assertTrue(Detector.mismatch(A, List.of("id", "level")).contains("kind, start"));
    assertTrue(Detector.mismatch(B, List.of("pair", "id")).contains("level"));
  }

  @Test
  void oneOfNeedsAtLeastOne() {
    assertEquals(DatasetKind.ACLED_COUNTRY_YEAR, choose("COUNTRY", "EVENTS").kind());
    assertTrue(Detector.mismatch(C, List.of("country")).contains("one of deaths, events"));
  }

  @Test
  void noKindNamesWhyForEach() {
    DatasetFormatException e = assertThrows(DatasetFormatException.class, () -> choose("a", "b"));
    assertEquals(3, e.problems().size());
    assertEquals(List.of(1L, 1L, 1L), e.problems().stream().map(p -> p.line()).toList());
  }

  @Test
  void aGivenKindPassesTheSameChecks() {
    DatasetFormatException e = assertThrows(DatasetFormatException.class, () ->
        Detector.choose(ALL, DatasetKind.UCDP_PRIO_ACD, List.of("pair", "id", "level", "kind"),
            "x.csv", 3));
    assertEquals(DatasetKind.UCDP_PRIO_ACD, e.kind());
    assertEquals(3, e.problems().get(0).line());
  }
}
