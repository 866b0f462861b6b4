package io.github.conflictdata.compare;

import java.time.LocalDate;
import java.time.LocalDateTime;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Cell access for event tables whatever column types the reader chose (GED's {@code active_year}
 * boolean or 0/1, dates as dates, date-times or ISO text, counts as int, long or double). Columns
 * are looked up once per table, not per cell.
 */
final class EventCells {
  private EventCells() {}

  /** The column, or null if the table has none of that name (case-insensitive). */
  static Column<?> column(Table t, String name) {
    for (Column<?> c : t.columns()) {
      if (c.name().equalsIgnoreCase(name)) {
        return c;
      }
    }
    return null;
  }

  /** The column; an error naming the table, the column and what the method needs it for. */
  static Column<?> require(Table t, String name, String why) {
    Column<?> c = column(t, name);
    if (c == null) {
      throw new IllegalArgumentException("table '" + t.name() + "' has no column '" + name
          + "' (" + why + "); columns: " + String.join(", ", t.columnNames()));
    }
    return c;
  }

  /** A number; NaN when missing or not a number. */
  static double number(Column<?> c, int r) {
    if (c == null || c.isMissing(r)) {
      return Double.NaN;
    }
    if (c instanceof NumericColumn<?> n) {
      return n.getDouble(r);
    }
    if (c instanceof BooleanColumn b) {
      return b.get(r) ? 1 : 0;
    }
    try {
      return Double.parseDouble(c.getString(r).replace(",", "").strip());
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  /** A number, 0 when missing (for sums of counts that are zero when absent). */
  static double count(Column<?> c, int r) {
    double v = number(c, r);
    return Double.isNaN(v) ? 0 : v;
  }

  /** A date from a date, date-time or ISO text cell ({@code 2017-08-25}, {@code 2017-08-25 00:00:00.000}); null if missing. */
  static LocalDate date(Column<?> c, int r) {
    if (c == null || c.isMissing(r)) {
      return null;
    }
    if (c instanceof DateColumn d) {
      return d.get(r);
    }
    if (c instanceof DateTimeColumn d) {
      LocalDateTime t = d.get(r);
      return t == null ? null : t.toLocalDate();
    }
    String s = c.getString(r).strip();
    if (s.length() >= 10 && s.charAt(4) == '-') {
      return LocalDate.parse(s.substring(0, 10));
    }
    throw new IllegalArgumentException("column '" + c.name() + "', row " + (r + 1)
        + ": found '" + s + "', expected a date");
  }

  /** True for a boolean true, a number 1 or the text "1"/"true" (GED's active_year forms). */
  static boolean truth(Column<?> c, int r) {
    if (c == null || c.isMissing(r)) {
      return false;
    }
    if (c instanceof BooleanColumn b) {
      return b.get(r);
    }
    if (c instanceof NumericColumn<?> n) {
      return n.getDouble(r) == 1;
    }
    String s = c.getString(r).strip();
    return s.equals("1") || s.equalsIgnoreCase("true");
  }

  /** The text of a cell, "" when missing. */
  static String text(Column<?> c, int r) {
    return c == null || c.isMissing(r) ? "" : c.getString(r).strip();
  }
}
