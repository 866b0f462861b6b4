package io.github.conflictdata.codes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conflictdata.DatasetFormatException;
import io.github.conflictdata.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Malformed reference lists fail with every problem positioned as file:line:column. */
class ListParserErrorsTest {
  /** COW files are not bundled (COW's terms): the shared copies go into the test cache. */
  @org.junit.jupiter.api.BeforeAll
  static void cowInCache() {
    io.github.conflictdata.testing.TestFiles.cowInCache();
  }


  private static DatasetFormatException cowError(String fixture) {
    return assertThrows(DatasetFormatException.class, () -> CountryCodes.builder()
        .cowStates(SharedData.fixture(fixture), fixture).build());
  }

  private static String positions(List<Problem> problems) {
    StringBuilder sb = new StringBuilder();
    for (Problem p : problems) {
      sb.append(p.line()).append(':').append(p.column()).append(' ');
    }
    return sb.toString().trim();
  }

  @Test
  void cowRowsAreCheckedFieldByField() {
    DatasetFormatException e = cowError("cow-bad.csv");
    assertEquals("cow-bad.csv", e.file());
    // line 3: 1991-02-30; line 4: "Gr"; line 5: 9 fields; line 6: "2O"; line 7: end before start
    assertEquals("3:6 4:1 5:0 6:2 7:7", positions(e.problems()));
    String m = e.getMessage();
    assertTrue(m.contains("cow-bad.csv:3:6 (stday): found '30', expected a day that exists"), m);
    assertTrue(m.contains("cow-bad.csv:4:1 (stateabb): found 'Gr', expected three capital"), m);
    assertTrue(m.contains("cow-bad.csv:5:0: found 'USA,2,"), m);
    assertTrue(m.contains("10 comma-separated fields, found 9"), m);
    assertTrue(m.contains("cow-bad.csv:6:2 (ccode): found '2O', expected an integer"), m);
    assertTrue(m.contains("cow-bad.csv:7:7 (endyear)"), m);
    assertTrue(m.contains("(5 problems)"), m);
  }

  @Test
  void cowFileMustBeUtf8() {
    // 0xF4 (latin-1 "ô") at byte 9 ("CDI,437,C" before it), in the third field
    DatasetFormatException e = cowError("cow-latin1.csv");
    assertEquals("2:3", positions(e.problems()));
    assertTrue(e.getMessage().contains("found 'byte 0xF4 at byte offset 9', expected text in"
        + " UTF-8"), e.getMessage());
  }

  @Test
  void cowFileOfAnotherLayoutIsRejectedAtTheHeader() {
    // COW-country-codes.csv's layout: StateAbb,CCode,StateNme
    DatasetFormatException e = cowError("cow-wrong-layout.csv");
    Problem first = e.problems().get(0);
    assertEquals(1, first.line());
    assertEquals("StateAbb,CCode,StateNme", first.found());
    assertTrue(first.expected().contains(StateLists.COW_HEADER));
  }

  @Test
  void gwRowsAreCheckedFieldByField() {
    DatasetFormatException e = assertThrows(DatasetFormatException.class, () -> CountryCodes
        .builder().gwStates(SharedData.fixture("gw-bad.dat"), "gw-bad.dat").build());
    // line 2: ISO date; line 3: byte 0x81 (undefined in cp1252); line 4: 4 fields;
    // line 6: a second 345 spell overlapping line 5's
    assertEquals("2:4 3:3 4:0 6:0", positions(e.problems()));
    String m = e.getMessage();
    assertTrue(m.contains("gw-bad.dat:2:4 (start): found '1991-12-21', expected a date dd:mm:yyyy"),
        m);
    assertTrue(m.contains("gw-bad.dat:3:3: found 'byte 0x81 at byte offset 14'"), m);
    assertTrue(m.contains("windows-1252"), m);
    assertTrue(m.contains("5 tab-separated fields"), m);
    assertTrue(m.contains("do not overlap (line 5 ends 2006-06-04)"), m);
  }

  @Test
  void gwListInUtf8IsReadAsUtf8() {
    CountryCodes codes = CountryCodes.builder()
        .gwStates(SharedData.fixture("gw-utf8.dat"), "gw-utf8.dat").build();
    assertEquals("Württemberg", codes.spells(CodeSystem.GW, 271).get(0).name());
    assertEquals(2, codes.gwStates().size());
  }

  @Test
  void bundledGwListIsDecodedAsCp1252() {
    // iisystem.dat: 0xFC in Württemberg, 0x92 (right single quote) in Cote D'Ivoire
    CountryCodes codes = CountryCodes.load();
    assertEquals("Württemberg", codes.spells(CodeSystem.GW, 271).get(0).name());
    assertEquals("Cote D\u2019Ivoire", codes.spells(CodeSystem.GW, 437).get(0).name());
  }

  @Test
  void isoPairsAreChecked() {
    DatasetFormatException e = assertThrows(DatasetFormatException.class, () -> CountryCodes
        .builder().isoPairs(SharedData.fixture("iso-bad.csv"), "iso-bad.csv").build());
    // line 3: one code only; line 4: "A1Z"; line 5: unclosed quote
    assertEquals("3:0 4:3 5:1", positions(e.problems()));
    assertTrue(e.getMessage().contains("at least two of cown, gwn and iso3c"), e.getMessage());
    assertTrue(e.getMessage().contains("a closing quote"), e.getMessage());
  }
}
