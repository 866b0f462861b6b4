package io.github.conflictdata.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conflictdata.DatasetFormatException;
import io.github.conflictdata.CuratedTable;
import java.io.InputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad claims files: each names file, line and column and what was expected. */
class ClaimsReader_StrictnessTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "bad-value.csv        | bad-value.csv:3:13 (value): found '2,783', expected an integer >= 0",
        "negative-value.csv   | negative-value.csv:2:13 (value): found '-5', expected an integer >= 0",
        "bad-scope.csv        | bad-scope.csv:2:10 (scope): found 'soldiers', expected one of all, civilian, military",
        "bad-qualifier.csv    | bad-qualifier.csv:2:12 (qualifier): found 'roughly', expected one of about, at least, exact, more than, nearly, range, under, up to",
        "bad-date.csv         | bad-date.csv:2:7 (date_stated): found '03/12/2020', expected an ISO date yyyy-mm-dd",
        "missing-field.csv    | missing-field.csv:2:25: found '24 fields', expected 25 fields, as in the header",
        "duplicate-id.csv     | duplicate-id.csv:3:1 (claim_id): found '1', expected a value not used on an earlier line",
        "dangling-derived.csv | dangling-derived.csv:3:16 (derived_from): found '9', expected empty or the claim_id of another row",
        "wrong-header.csv     | wrong-header.csv:1:13: found 'count', expected column 'value'",
        "unclosed-quote.csv   | unclosed-quote.csv:3:23: found 'end of file', expected a closing quote",
        "range-without-high.csv | range-without-high.csv:3:14 (value_high): found '', expected the high end for qualifier 'range', empty otherwise",
        "dangling-revises.csv | dangling-revises.csv:3:17 (revises): found '9', expected empty or the claim_id of another row",
        "statement-without-value.csv | statement-without-value.csv:3:22 (statement): found 'The ministry counted many servicemen still missing.', expected a sentence holding the row's value",
      })
  void badFileGivesPositionedProblem(String file, String expected) {
    InputStream in = getClass().getResourceAsStream("/claims/" + file);
    DatasetFormatException e =
        assertThrows(DatasetFormatException.class, () -> Claims.read(in, file));
    assertEquals(CuratedTable.CLAIMS, e.curatedTable());
    assertEquals(null, e.kind(), "claims are not a dataset kind");
    assertTrue(e.getMessage().contains(expected),
        "message does not contain\n  " + expected + "\nbut is\n  " + e.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"good-crlf.csv, 2", "good.csv, 2"})
  void goodFileReads(String file, int rows) {
    InputStream in = getClass().getResourceAsStream("/claims/" + file);
    assertEquals(rows, Claims.read(in, file).table().rowCount());
  }
}
