package io.github.conflictdata.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conflictdata.DatasetFormatException;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A concordance file with a bad cell names file, line and column. */
class ConcordanceReader_StrictnessTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "bad-kind.csv            | bad-kind.csv:2:6 (cow_kind): found 'interstate', expected one of extra, inter, intra, non-state",
        "decimal-war-num.csv     | decimal-war-num.csv:2:7 (cow_war_num): found '216.5', expected an integer >= 1",
        "reversed-years.csv      | reversed-years.csv:2:16 (end_year): found '1993', expected a year >= start_year",
        "number-without-kind.csv | number-without-kind.csv:2:7 (cow_war_num): found '216', expected a war number",
      })
  void badFile(String file, String expected) {
    DatasetFormatException e = assertThrows(DatasetFormatException.class,
        () -> Concordance.read(getClass().getResourceAsStream("/concordance/" + file), file));
    assertTrue(e.getMessage().contains(expected),
        "message does not contain\n  " + expected + "\nbut is\n  " + e.getMessage());
  }

  @Test
  void goodFile() {
    Concordance c =
        Concordance.read(getClass().getResourceAsStream("/concordance/good.csv"), "good.csv");
    assertEquals(1, c.entries().size());
    assertEquals(OptionalInt.of(216), c.entries().get(0).cowWarNum());
  }
}
