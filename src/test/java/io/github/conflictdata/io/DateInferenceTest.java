package io.github.conflictdata.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

  /** The ISO test without regex agrees with the pattern it replaces, on near-miss strings too. */
  @Test
  void isoFastPathAgreesWithTheIsoPattern() {
    Pattern iso = Pattern.compile("(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?:[ T].*)?");
    String alphabet = "0123456789-/ T:.x\n\r\u2028\u0085\u0660";
    Random rnd = new Random(1989);
    int matched = 0;
    for (int n = 0; n < 200_000; n++) {
      StringBuilder b = new StringBuilder();
      if (n % 2 == 0) {
        // mostly date-like: yyyy-m(m)-d(d) with a random tail or a random change
        b.append(1900 + rnd.nextInt(130)).append(rnd.nextBoolean() ? '-' : '/')
            .append(rnd.nextInt(rnd.nextBoolean() ? 13 : 120))
            .append(rnd.nextInt(4) == 0 ? '/' : '-').append(rnd.nextInt(rnd.nextBoolean() ? 32 : 150));
        int tail = rnd.nextInt(5);
        for (int k = 0; k < tail; k++) {
          b.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
        }
        if (rnd.nextInt(4) == 0) {
          b.setCharAt(rnd.nextInt(b.length()), alphabet.charAt(rnd.nextInt(alphabet.length())));
        }
      } else {
        int len = rnd.nextInt(14);
        for (int k = 0; k < len; k++) {
          b.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
        }
      }
      String v = b.toString();
      Matcher m = iso.matcher(v);
      int[] fast = DateInference.iso(v);
      if (m.matches()) {
        matched++;
        assertTrue(fast != null, v);
        assertEquals(Integer.parseInt(m.group(1)), fast[0], v);
        assertEquals(Integer.parseInt(m.group(2)), fast[1], v);
        assertEquals(Integer.parseInt(m.group(3)), fast[2], v);
      } else {
        assertEquals(null, fast, v);
      }
    }
    assertTrue(matched > 10_000, "the generator makes matching strings too: " + matched);
  }
}
