package io.github.conflictdata.codes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;

/** Numbers a list does not hold: a clear error naming code, system, date and what is near. */
class UnknownCodeTest {
  /** COW files are not bundled (COW's terms): the shared copies go into the test cache. */
  @org.junit.jupiter.api.BeforeAll
  static void cowInCache() {
    io.github.conflictdata.testing.TestFiles.cowInCache();
  }

  private final CountryCodes codes = CountryCodes.load();

  @Test
  void hyderabad751IsInNeitherList() {
    // neither file has a 751 row (checked on the bytes, independently of the parser)
    String cow = new String(SharedData.bundled("states2016.csv"), StandardCharsets.US_ASCII);
    String gw = new String(SharedData.bundled("iisystem.dat"), StandardCharsets.ISO_8859_1);
    assertTrue(!cow.contains(",751,") && !gw.contains("\n751\t"));
    UnknownCodeException e = assertThrows(UnknownCodeException.class,
        () -> codes.gwState(751, LocalDate.of(1948, 1, 1)));
    assertEquals(CodeSystem.GW, e.system());
    assertEquals("751", e.code());
    assertEquals(LocalDate.of(1948, 1, 1), e.date().orElseThrow());
    String m = e.getMessage();
    assertTrue(m.contains("G&W state number 751"), m);
    assertTrue(m.contains("1948-01-01"), m);
    assertTrue(m.contains("Hyderabad"), m);
    assertTrue(m.contains("750 IND India"), m);
    assertTrue(e.nearby().stream().anyMatch(s -> s.code() == 750));
    assertThrows(UnknownCodeException.class, () -> codes.gwToCow(751, Year.of(1948)));
    assertThrows(UnknownCodeException.class, () -> codes.cowToGw(751, Year.of(1948)));
  }

  @Test
  void ucdpUses751ForHyderabad() throws IOException {
    // the evidence quoted in the message: ACD v23.1 rows with gwno_a 751 are Hyderabad's
    String acd = Files.readString(
        SharedData.file("ucdp-prio-acd/UcdpPrioConflict_v23_1.csv"), StandardCharsets.UTF_8);
    long rows = acd.lines().filter(l -> l.contains("\"Government of Hyderabad\"")
        && l.matches(".*\"(1947|1948)\",.*") && l.contains("\"751\"")).count();
    assertEquals(3, rows);
  }

  @Test
  void serbia340IsNotACowNumberAndTheMessageSaysWhatCowUses() {
    UnknownCodeException e = assertThrows(UnknownCodeException.class,
        () -> codes.cowState(340, LocalDate.of(2010, 1, 1)));
    String m = e.getMessage();
    assertEquals(CodeSystem.COW, e.system());
    assertTrue(m.contains("COW state number 340"), m);
    assertTrue(m.contains("2010-01-01"), m);
    assertTrue(m.contains("SER Serbia"), m);
    assertTrue(m.contains("numbers 345"), m);
    assertTrue(m.contains("339 ALB Albania") && m.contains("341 MNG Montenegro"), m);
  }

  @Test
  void listedButNotAMemberIsEmptyNotAnError() {
    assertTrue(codes.gwState(371, LocalDate.of(1990, 1, 1)).isEmpty());
    assertTrue(codes.gwToCow(371, LocalDate.of(1990, 1, 1)).isEmpty());
  }

  @Test
  void isoIsNotANumberSystem() {
    assertThrows(IllegalArgumentException.class,
        () -> codes.state(CodeSystem.ISO3, 373, LocalDate.of(2000, 1, 1)));
  }
}
