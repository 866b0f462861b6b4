package io.github.conflictdata.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Fmt, Pick and Sums: what notebooks need, independent of the machine's locale. */
class NotebookHelpersTest {

  @Test
  void numbersFormatTheSameUnderAGermanDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      assertEquals("7,646", Fmt.count(7646.4));
      assertEquals("1,234,567", Fmt.count(1234567L));
      assertEquals("1.39", Fmt.decimal(1.3871, 2));
      assertEquals("2,165 deaths, 3.09 times", Fmt.format("%s deaths, %.2f times", Fmt.count(2165), 3.094));
      assertEquals("missing", Fmt.count(Double.NaN));
    } finally {
      Locale.setDefault(before);
    }
  }

  static Table table() {
    IntColumn id = IntColumn.create("conflict_id", 388, 388, 389);
    IntColumn year = IntColumn.create("year", 2020, 2021, 2020);
    DoubleColumn best = DoubleColumn.create("best", 7646, Double.NaN, 12);
    StringColumn name = StringColumn.create("name", "a", "b", "c");
    return Table.create("t", id, year, best, name);
  }

  @Test
  void pickByKeyValuesWhateverTheColumnType() {
    Table t = table();
    assertEquals(2, Pick.rows(t, "conflict_id", 388).rowCount());
    assertEquals(7646, Pick.value(t, "best", "conflict_id", 388, "year", 2020));
    assertEquals(7646, Pick.value(t, "best", "conflict_id", 388.0, "year", 2020L));
    assertEquals("c", Pick.one(t, "name", "c").getString("name"));
    assertTrue(Double.isNaN(Pick.value(t, "best", "conflict_id", 388, "year", 2021)));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Pick.one(t, "conflict_id", 388));
    assertTrue(e.getMessage().contains("2 rows with conflict_id = 388"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Pick.rows(t, "conflict_id"));
    assertThrows(IllegalArgumentException.class, () -> Pick.rows(t, "no_such", 1));
  }

  @Test
  void maxAndMinLeaveMissingValuesOut() {
    Table t = table();
    assertEquals("a", Pick.max(t, "best").getString("name"));
    assertEquals("c", Pick.min(t, "best").getString("name"));
  }

  @Test
  void sumsSkipMissingValuesAndCountThem() {
    Table t = table();
    assertEquals(7658, Sums.total(t, "best"));
    assertEquals(1, Sums.missing(t, "best"));
    assertEquals(388 + 388 + 389, Sums.total(t, "conflict_id"));
  }
}
