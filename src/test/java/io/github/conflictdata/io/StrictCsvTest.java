package io.github.conflictdata.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conflictdata.CuratedTable;
import io.github.conflictdata.DatasetFormatException;
import io.github.conflictdata.DatasetKind;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** The strict reader of curated tables, on inline files, and the constraints it alone checks. */
class StrictCsvTest {

  private static final Schema SCHEMA =
      Schema.curated(CuratedTable.CLAIMS)
          .column(ColumnSpec.key("id", ColumnType.INT).min(1))
          .column(ColumnSpec.key("scope", ColumnType.TEXT).allowed("military", "civilian"))
          .column(ColumnSpec.of("day", ColumnType.DATE, Set.of()))
          .column(ColumnSpec.of("note", ColumnType.TEXT, Set.of()).mayBeAbsent())
          .build();

  private static StrictCsv read(String text) {
    return StrictCsv.read(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t.csv", SCHEMA);
  }

  @Test
  void typedTableWithAnAbsentColumnAllMissing() {
    StrictCsv csv = read("""
        id,scope,day
        1,military,2020-12-03
        2,"civilian",
        """);
    Table t = csv.table();
    assertEquals(List.of("id", "scope", "day", "note"), t.columnNames());
    assertEquals(List.of(1, 2), t.intColumn("id").asList());
    assertEquals(LocalDate.of(2020, 12, 3), t.dateColumn("day").get(0));
    assertTrue(t.dateColumn("day").isMissing(1));
    assertEquals(2, t.stringColumn("note").countMissing());
    assertEquals(3, csv.line(1));
    // FIPS 180-2 test vector
    assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        Sha256.hex("abc".getBytes(StandardCharsets.US_ASCII)));
  }

  @Test
  void theAbsentableColumnMayStandAnywhere() {
    Table t = read("note,id,scope,day\n\"a, b\",1,civilian,\n").table();
    assertEquals("a, b", t.stringColumn("note").get(0));
    assertEquals(1, t.intColumn("id").getInt(0));
  }

  @Test
  void everyBadCellIsReportedWithFileLineAndColumn() {
    DatasetFormatException e = assertThrows(DatasetFormatException.class, () -> read("""
        id,scope,day
        0,soldiers,03/12/2020
        x,,2020-02-30
        """));
    assertEquals(CuratedTable.CLAIMS, e.curatedTable());
    assertNull(e.kind());
    List<String> problems = e.problems().stream().map(Object::toString).toList();
    assertEquals(List.of(
        "t.csv:2:1 (id): found '0', expected an integer >= 1",
        "t.csv:2:2 (scope): found 'soldiers', expected one of civilian, military",
        "t.csv:2:3 (day): found '03/12/2020', expected an ISO date yyyy-mm-dd or an empty cell",
        "t.csv:3:1 (id): found 'x', expected an integer >= 1",
        "t.csv:3:2 (scope): found '', expected one of civilian, military",
        "t.csv:3:3 (day): found '2020-02-30', expected an ISO date yyyy-mm-dd or an empty cell"),
        problems);
  }

  @Test
  void crossRowRulesAndDuplicatesArePositioned() {
    StrictCsv csv = read("id,scope,day\n1,military,\n1,civilian,\n");
    DatasetFormatException dup = assertThrows(DatasetFormatException.class,
        () -> csv.requireUnique("id"));
    assertEquals("t.csv:3:1 (id): found '1', expected a value not used on an earlier line",
        dup.problems().get(0).toString());
    DatasetFormatException rule = assertThrows(DatasetFormatException.class,
        () -> csv.requireRows("scope", r -> r == 0, "the first row only"));
    assertEquals("t.csv:3:2 (scope): found 'civilian', expected the first row only",
        rule.problems().get(0).toString());
  }

  @Test
  void headerAndRecordShapeErrors() {
    DatasetFormatException h = assertThrows(DatasetFormatException.class,
        () -> read("id,day,scope\n1,,military\n"));
    assertTrue(h.getMessage().contains("t.csv:1:2: found 'day', expected column 'scope'"),
        h.getMessage());
    DatasetFormatException f = assertThrows(DatasetFormatException.class,
        () -> read("id,scope,day\n1,military\n"));
    assertTrue(f.getMessage().contains("t.csv:2:3: found '2 fields', expected 3 fields"),
        f.getMessage());
    DatasetFormatException q = assertThrows(DatasetFormatException.class,
        () -> read("id,scope,day\n1,\"military\"x,\n"));
    assertTrue(q.getMessage().contains("t.csv:2:2: found 'x', expected a comma"), q.getMessage());
  }

  @Test
  void constraintsOnlyTheStrictReaderChecksAreRefusedInDatasetSchemas() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Schema.builder(DatasetKind.UCDP_GED)
            .column(ColumnSpec.key("id", ColumnType.INT).min(1)).build());
    assertTrue(e.getMessage().contains("curated tables only"), e.getMessage());
    assertThrows(IllegalStateException.class,
        () -> ColumnSpec.key("id", ColumnType.INT).allowed("1"));
    assertThrows(IllegalArgumentException.class,
        () -> StrictCsv.read(new ByteArrayInputStream(new byte[0]), "x.csv",
            io.github.conflictdata.ConflictData.schema(DatasetKind.UCDP_GED)));
  }
}
