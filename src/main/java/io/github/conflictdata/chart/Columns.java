package io.github.conflictdata.chart;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.api.NumericColumn;

/** Column look-ups with errors that name the table, the column and what was expected. */
final class Columns {
  private Columns() {}

  static Column<?> any(Table t, String name) {
    if (name == null) {
      throw new IllegalArgumentException("no column name given for table '" + t.name() + "'");
    }
    if (!t.containsColumn(name)) {
      throw new IllegalArgumentException(
          "table '" + t.name() + "' has no column '" + name + "'; it has " + t.columnNames());
    }
    return t.column(name);
  }

  static NumericColumn<?> number(Table t, String name) {
    Column<?> c = any(t, name);
    if (!(c instanceof NumericColumn<?> n)) {
      throw new IllegalArgumentException(
          "column '" + name + "' of table '" + t.name() + "' is " + c.type().name()
              + ", expected a number column (INTEGER, LONG, SHORT, FLOAT or DOUBLE)");
    }
    return n;
  }

  /** The value as a double, NaN where missing. */
  static double value(NumericColumn<?> c, int row) {
    return c.isMissing(row) ? Double.NaN : c.getDouble(row);
  }

  /** The cell as text, for category and series labels. */
  static String label(Column<?> c, int row) {
    return c.isMissing(row) ? "(missing)" : c.getString(row);
  }

  /** A date from a DATE column or an ISO-8601 text column; null where missing. */
  static LocalDate date(Table t, String name, int row) {
    Column<?> c = any(t, name);
    if (c.isMissing(row)) {
      return null;
    }
    if (c instanceof DateColumn d) {
      return d.get(row);
    }
    String s = c.getString(row).strip();
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "table '" + t.name() + "', row " + (row + 1) + ", column '" + name + "': found '" + s
              + "', expected a date as yyyy-MM-dd", e);
    }
  }
}
