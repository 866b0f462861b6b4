package io.github.conflictdata.codes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** G&W <-> COW on dates and years; expected numbers read off the two lists. */
class CrosswalkTest {
  /** COW files are not bundled (COW's terms): the shared copies go into the test cache. */
  @org.junit.jupiter.api.BeforeAll
  static void cowInCache() {
    io.github.conflictdata.testing.TestFiles.cowInCache();
  }

  private final CountryCodes codes = CountryCodes.load();

  private static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }

  @Test
  void sameNumberWhereBothListsHaveItAsMember() {
    assertEquals(OptionalInt.of(373), codes.gwToCow(373, d(2020, 9, 27)));
    assertEquals(OptionalInt.of(371), codes.cowToGw(371, d(2020, 9, 27)));
  }

  @Test
  void nothingBetweenTheTwoListsStartDates() {
    // G&W has Azerbaijan from 1991-12-21, COW from 1991-12-26
    assertEquals(OptionalInt.empty(), codes.gwToCow(373, d(1991, 12, 23)));
    assertEquals(OptionalInt.of(373), codes.gwToCow(373, d(1991, 12, 26)));
    // but the year 1991 is looked at on its last day
    assertEquals(OptionalInt.of(373), codes.gwToCow(373, Year.of(1991)));
  }

  @Test
  void germany() {
    // G&W 260 from 1949; COW 260 1955-05-05..1990-10-02, then COW 255
    assertEquals(OptionalInt.empty(), codes.gwToCow(260, d(1950, 1, 1)));
    assertEquals(OptionalInt.of(260), codes.gwToCow(260, d(1990, 10, 2)));
    assertEquals(OptionalInt.of(255), codes.gwToCow(260, d(1990, 10, 3)));
    assertEquals(OptionalInt.of(255), codes.gwToCow(260, Year.of(1990)));
    assertEquals(OptionalInt.of(260), codes.cowToGw(255, d(2000, 1, 1)));
    assertEquals(OptionalInt.of(255), codes.cowToGw(255, d(1900, 1, 1)));
    // COW 255 ends 1945-05-08, G&W 255 on 1945-05-07
    assertEquals(OptionalInt.empty(), codes.cowToGw(255, d(1945, 5, 8)));
    assertEquals(OptionalInt.of(265), codes.gwToCow(265, Year.of(1990)));
    assertEquals(OptionalInt.empty(), codes.gwToCow(265, Year.of(1950)));
  }

  @Test
  void serbia() {
    assertEquals(OptionalInt.of(345), codes.gwToCow(340, d(2006, 6, 5)));
    assertEquals(OptionalInt.of(345), codes.gwToCow(345, d(2006, 6, 4)));
    assertEquals(OptionalInt.of(340), codes.cowToGw(345, d(2006, 6, 5)));
    assertEquals(OptionalInt.of(345), codes.cowToGw(345, d(2006, 6, 4)));
    assertEquals(OptionalInt.of(340), codes.cowToGw(345, Year.of(2010)));
    // Serbia before the First World War: G&W 340 from 1878-07-13, COW 345 from the same day
    assertEquals(OptionalInt.of(340), codes.cowToGw(345, d(1900, 1, 1)));
    // between G&W's Serbia (to 1915-10-01) and Yugoslavia (from 1918-12-01)
    assertEquals(OptionalInt.empty(), codes.cowToGw(345, d(1917, 1, 1)));
  }

  @Test
  void yemen() {
    // G&W 678 from 1918, open; COW 678 to 1990-05-21, COW 679 from 1990-05-22
    assertEquals(OptionalInt.of(678), codes.gwToCow(678, d(1990, 5, 21)));
    assertEquals(OptionalInt.of(679), codes.gwToCow(678, d(1990, 5, 22)));
    assertEquals(OptionalInt.of(678), codes.cowToGw(679, d(2015, 1, 1)));
  }

  @Test
  void republicOfVietnam() {
    assertEquals(OptionalInt.of(817), codes.gwToCow(817, d(1970, 1, 1)));
    assertEquals(OptionalInt.empty(), codes.gwToCow(817, d(1980, 1, 1)));
    assertEquals(OptionalInt.of(817), codes.gwToCow(817, Year.of(1975)));
  }

  @Test
  void cowMicrostatesHaveNoGwCounterpart() {
    // Tonga 955: COW member from 1999; G&W lists microstates in a file that is not shipped
    assertTrue(codes.cowState(955, d(2005, 1, 1)).isPresent());
    assertEquals(OptionalInt.empty(), codes.cowToGw(955, d(2005, 1, 1)));
  }

  @Test
  void agreesWithCountrycodesStaticPairsWhereBothAreMembersIn2016() throws IOException {
    // countrycode pairs cown with gwn regardless of date; on 2016-06-30 every such pair whose
    // two numbers are both members must be what our date-aware crosswalk answers
    LocalDate day = d(2016, 6, 30);
    String text = new String(SharedData.bundled("iso3-crosswalk.csv"), StandardCharsets.UTF_8);
    int checked = 0;
    List<String> wrong = new ArrayList<>();
    for (String line : text.split("\n")) {
      String[] f = line.split(",", 3);
      if (f[0].equals("cown") || f[0].isEmpty() || f[1].isEmpty()) {
        continue;
      }
      int cown = Integer.parseInt(f[0]);
      int gwn = Integer.parseInt(f[1]);
      if (codes.cowState(cown, day).isEmpty() || codes.gwState(gwn, day).isEmpty()) {
        continue;
      }
      checked++;
      if (!codes.cowToGw(cown, day).equals(OptionalInt.of(gwn))
          || !codes.gwToCow(gwn, day).equals(OptionalInt.of(cown))) {
        wrong.add(line);
      }
    }
    assertEquals(List.of(), wrong);
    assertTrue(checked > 150, "checked " + checked + " pairs");
  }
}
