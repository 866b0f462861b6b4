package io.github.conflictdata.codes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lookups by number and date, with dates read off states2016.csv and iisystem.dat. */
class MembershipTest {
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
  void armeniaAndAzerbaijanJoinGwOn21DecemberAndCowOn26December1991() {
    for (int n : new int[] {371, 373}) {
      assertTrue(codes.gwState(n, d(1991, 12, 21)).isPresent(), "G&W " + n + " on 1991-12-21");
      assertTrue(codes.gwState(n, d(1991, 12, 20)).isEmpty(), "G&W " + n + " on 1991-12-20");
      assertTrue(codes.cowState(n, d(1991, 12, 25)).isEmpty(), "COW " + n + " on 1991-12-25");
      assertTrue(codes.cowState(n, d(1991, 12, 26)).isPresent(), "COW " + n + " on 1991-12-26");
    }
    State arm = codes.gwState(371, d(1992, 1, 1)).orElseThrow();
    assertEquals("ARM", arm.abbreviation());
    assertEquals("Armenia", arm.name());
    assertEquals(d(1991, 12, 21), arm.start());
    State aze = codes.cowState(373, d(1992, 1, 1)).orElseThrow();
    assertEquals("AZE", aze.abbreviation());
    assertEquals("Azerbaijan", aze.name());
    assertEquals(d(1991, 12, 26), aze.start());
  }

  @Test
  void openSpellsCoverDatesAfterTheListsEnd() {
    // both lists end in 2016/2017; the 2020 Karabakh war still needs 371 and 373
    State aze = codes.gwState(373, d(2020, 9, 27)).orElseThrow();
    assertTrue(aze.open());
    assertEquals(d(2017, 12, 31), aze.end());
    assertTrue(codes.cowState(371, d(2020, 9, 27)).orElseThrow().open());
    assertEquals(d(2016, 12, 31), codes.cowState(371, d(2020, 9, 27)).orElseThrow().end());
    // a closed spell does not stretch: RVN ends 1975-04-30 in both lists
    assertTrue(codes.gwState(817, d(1975, 4, 30)).isPresent());
    assertTrue(codes.gwState(817, d(1975, 5, 1)).isEmpty());
    assertFalse(codes.spells(CodeSystem.GW, 817).get(0).open());
  }

  @Test
  void germanyInCow() {
    // states2016.csv: GMY 255 1816-01-01..1945-05-08 and 1990-10-03..; GFR 260 1955-05-05..
    // 1990-10-02; GDR 265 1954-03-25..1990-10-02
    List<State> gmy = codes.spells(CodeSystem.COW, 255);
    assertEquals(2, gmy.size());
    assertEquals(d(1945, 5, 8), gmy.get(0).end());
    assertEquals(d(1990, 10, 3), gmy.get(1).start());
    assertTrue(codes.cowState(255, d(1960, 1, 1)).isEmpty());
    assertEquals("GFR", codes.cowState(260, d(1960, 1, 1)).orElseThrow().abbreviation());
    assertTrue(codes.cowState(260, d(1955, 5, 4)).isEmpty());
    assertTrue(codes.cowState(260, d(1990, 10, 3)).isEmpty());
    assertEquals("GDR", codes.cowState(265, d(1954, 3, 25)).orElseThrow().abbreviation());
    assertTrue(codes.cowState(265, d(1990, 10, 3)).isEmpty());
  }

  @Test
  void germanyInGw() {
    // iisystem.dat: 255 GMY to 07:05:1945; 260 GFR from 21:09:1949, open; 265 GDR 1949-1990
    assertEquals(d(1945, 5, 7), codes.spells(CodeSystem.GW, 255).get(0).end());
    State gfr = codes.gwState(260, d(2010, 1, 1)).orElseThrow();
    assertEquals(d(1949, 9, 21), gfr.start());
    assertTrue(gfr.open());
    assertTrue(codes.gwState(260, d(1949, 9, 20)).isEmpty());
    assertEquals(d(1949, 10, 5), codes.spells(CodeSystem.GW, 265).get(0).start());
    assertEquals(d(1990, 10, 2), codes.spells(CodeSystem.GW, 265).get(0).end());
  }

  @Test
  void serbiaAndYugoslavia() {
    // COW: YUG 345 1878-07-13..1941-04-20 and 1944-10-20..; no 340
    assertEquals("YUG", codes.cowState(345, d(2010, 1, 1)).orElseThrow().abbreviation());
    assertTrue(codes.cowState(345, d(1942, 1, 1)).isEmpty());
    // G&W: 340 SER 1878-07-13..1915-10-01 and from 2006-06-05; 345 YUG 1918-12-01..2006-06-04
    assertEquals("YUG", codes.gwState(345, d(2006, 6, 4)).orElseThrow().abbreviation());
    assertTrue(codes.gwState(345, d(2006, 6, 5)).isEmpty());
    assertEquals("SER", codes.gwState(340, d(2006, 6, 5)).orElseThrow().abbreviation());
    assertEquals(2, codes.spells(CodeSystem.GW, 340).size());
  }

  @Test
  void kosovo347() {
    // COW KOS from 2008-02-20; G&W KOS from 17:02:2008
    assertTrue(codes.gwState(347, d(2008, 2, 17)).isPresent());
    assertTrue(codes.cowState(347, d(2008, 2, 19)).isEmpty());
    assertEquals("Kosovo", codes.cowState(347, d(2008, 2, 20)).orElseThrow().name());
  }

  @Test
  void republicOfVietnamIsHistorical() {
    // COW RVN 817 1954-06-04..1975-04-30; G&W RVN 817 01:05:1954..30:04:1975
    State cow = codes.spells(CodeSystem.COW, 817).get(0);
    assertEquals(d(1954, 6, 4), cow.start());
    assertEquals(d(1975, 4, 30), cow.end());
    assertEquals(d(1954, 5, 1), codes.spells(CodeSystem.GW, 817).get(0).start());
    assertTrue(codes.cowState(817, d(1980, 1, 1)).isEmpty());
    assertTrue(codes.cowState(817, Year.of(1975)).isPresent());
    assertTrue(codes.cowState(817, Year.of(1976)).isEmpty());
  }

  @Test
  void yearLookupTakesTheLatestSpellTouchingTheYear() {
    // COW 255: spells end 1945-05-08 and start 1990-10-03
    assertEquals(d(1816, 1, 1), codes.cowState(255, Year.of(1945)).orElseThrow().start());
    assertEquals(d(1990, 10, 3), codes.cowState(255, Year.of(1990)).orElseThrow().start());
    assertTrue(codes.cowState(255, Year.of(1946)).isEmpty());
  }

  @Test
  void requireStateListsTheSpellsWhenNotAMember() {
    UnknownCodeException e = org.junit.jupiter.api.Assertions.assertThrows(
        UnknownCodeException.class,
        () -> codes.requireState(CodeSystem.COW, 260, d(1950, 1, 1)));
    assertTrue(e.getMessage().contains("260"), e.getMessage());
    assertTrue(e.getMessage().contains("1950-01-01"), e.getMessage());
    assertTrue(e.getMessage().contains("1955-05-05..1990-10-02"), e.getMessage());
  }
}
