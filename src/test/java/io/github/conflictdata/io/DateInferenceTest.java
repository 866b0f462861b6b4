package io.github.conflictdata.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One date format per column, inferred from all of its values. */
class DateInferenceTest {
  @Test
  void isoDates() {
    DateInference.Result r = DateInference.infer(List.of("1991-12-29", "2020-07-16"), 2024);
    assertEquals(LocalDate.of(1991, 12, 29), r.dates.get("1991-12-29"));
    assertTrue(r.bad.isEmpty());
  }

  @Test
  void aDayAbove12DecidesDayFirst() {
    DateInference.Result r = DateInference.infer(List.of("05-06-1990", "29-12-1991"), 2024);
    assertEquals(LocalDate.of(1990, 6, 5), r.dates.get("05-06-1990"));
    assertEquals("d-m-yyyy", r.format);
  }

  @Test
  void aSecondNumberAbove12DecidesMonthFirst() {
    // PRIO's CSV export: 6/1/1946 and 7/21/1946
    DateInference.Result r = DateInference.infer(List.of("6/1/1946", "7/21/1946"), 2009);
    assertEquals(LocalDate.of(1946, 6, 1), r.dates.get("6/1/1946"));
    assertEquals(LocalDate.of(1946, 7, 21), r.dates.get("7/21/1946"));
  }

  @Test
  void slashWithoutEvidenceIsMonthFirstAndDashIsDayFirst() {
    assertEquals(LocalDate.of(1946, 6, 1), DateInference.infer(List.of("6/1/1946"), 2009).dates.get("6/1/1946"));
    assertEquals(LocalDate.of(1946, 1, 6), DateInference.infer(List.of("6-1-1946"), 2009).dates.get("6-1-1946"));
  }

  @Test
  void twoDigitYearsNeverLieAfterTheReleaseYear() {
    // ACD start dates go back to 1939; a 2023 release
    DateInference.Result r = DateInference.infer(List.of("3/31/39", "7/16/20", "12/31/23"), 2023);
    assertEquals(LocalDate.of(1939, 3, 31), r.dates.get("3/31/39"));
    assertEquals(LocalDate.of(2020, 7, 16), r.dates.get("7/16/20"));
    assertEquals(LocalDate.of(2023, 12, 31), r.dates.get("12/31/23"));
  }

  @Test
  void mixedOrdersAndNonDatesAreReported() {
    DateInference.Result r = DateInference.infer(List.of("13/01/2000", "01/13/2000"), 2024);
    assertEquals(2, r.bad.size());
    DateInference.Result s = DateInference.infer(List.of("2000-02-30", "soon"), 2024);
    assertTrue(s.bad.containsKey("2000-02-30"));
    assertTrue(s.bad.containsKey("soon"));
  }

  @Test
  void acledLongDates() {
    assertEquals(LocalDate.of(2020, 12, 5),
        DateInference.infer(List.of("05 December 2020"), 2021).dates.get("05 December 2020"));
  }
}
