package io.github.conflictdata.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.conflictdata.Dataset;
import java.time.LocalDate;
import java.util.Objects;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** Assertions on read tables shared by the tests of several packages. */
public final class TableAsserts {
  private TableAsserts() {}

  /**
   * Same kind, release, columns, types and cells (and raw missing-value codes), but for the
   * column {@code dropped} (may be null), whose values are not compared.
   */
  public static void assertSameTable(Dataset a, Dataset b, String dropped) {
    assertEquals(a.kind(), b.kind());
    assertEquals(a.version(), b.version());
    Table ta = a.table();
    Table tb = b.table();
    assertEquals(ta.columnNames(), tb.columnNames());
    assertEquals(ta.rowCount(), tb.rowCount());
    for (int c = 0; c < ta.columnCount(); c++) {
      Column<?> ca = ta.column(c);
      Column<?> cb = tb.column(c);
      assertEquals(ca.type(), cb.type(), ca.name());
      if (ca.name().equals(dropped)) {
        continue;
      }
      for (int r = 0; r < ta.rowCount(); r++) {
        if (!Objects.equals(ca.get(r), cb.get(r))) {
          throw new AssertionError(ca.name() + " row " + r + ": " + ca.get(r) + " vs " + cb.get(r));
        }
      }
    }
    for (String col : a.rawMissingValues().keySet()) {
      if (!col.equals(dropped)) {
        assertEquals(a.rawMissingValues().get(col), b.rawMissingValues().get(col), col);
      }
    }
  }

  /**
   * The cell of {@code column} in {@code row} equals {@code raw} as the file wrote it: integers
   * (also "11447.0") by value, doubles by value, dates by their ISO day (a time after it is
   * ignored), flags 1/0/true/false, text after trimming.
   */
  public static void assertCell(Table t, int row, String column, String raw) {
    Column<?> c = t.column(column);
    String v = raw.trim();
    String where = column + " row " + row + " (file: '" + raw + "')";
    switch (c.type().name()) {
      case "INTEGER":
        assertEquals((int) Double.parseDouble(v), t.intColumn(column).getInt(row), where);
        break;
      case "LONG":
        assertEquals(Long.parseLong(v), t.longColumn(column).getLong(row), where);
        break;
      case "DOUBLE":
        assertEquals(Double.parseDouble(v), t.doubleColumn(column).getDouble(row), 1e-9, where);
        break;
      case "LOCAL_DATE":
        assertEquals(LocalDate.parse(v.substring(0, 10)), t.dateColumn(column).get(row), where);
        break;
      case "BOOLEAN":
        assertEquals(v.equals("1") || v.equalsIgnoreCase("true"),
            t.booleanColumn(column).get(row), where);
        break;
      default:
        assertEquals(v, t.stringColumn(column).get(row).trim(), where);
    }
  }
}
