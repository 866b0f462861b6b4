package io.github.conflictdata.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The version spellings issue 3 lists, as the files write them. */
class VersionsTest {
  @ParameterizedTest
  @CsvSource({"24.1,24.1", "241,24.1", "221,22.1", "4,4.0", "4.1,4.1", "5.1,5.1", "2009-4,2009.4",
      "23.1,23.1", "3,3.0", "3.1,3.1", "'\"24.1\"',24.1", "4.0-2016,4.0-2016",
      "2.5-2016,2.5-2016", "v1.4-2016,1.4-2016", "17,17", "5,5.0"})
  void normalizes(String raw, String expected) {
    assertEquals(expected, Versions.normalize(raw));
  }

  @org.junit.jupiter.api.Test
  void newestFirstByYearThenNumber() {
    assertEquals(1, Integer.signum(Versions.compare("2.5-2016", "2.5-2015")));
    assertEquals(1, Integer.signum(Versions.compare("24.1", "23.1")));
    assertEquals(-1, Integer.signum(Versions.compare("4.9", "4.10")));
    assertEquals(1, Integer.signum(Versions.compare("17", "5.0")));
  }

  @ParameterizedTest
  @CsvSource({"abc", "''", "24.x", "12345"})
  void rejects(String raw) {
    assertNull(Versions.normalize(raw));
  }
}
