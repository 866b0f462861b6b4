package io.github.conflictdata.compare;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.api.NumericColumn;

/**
 * Reads cells of dataset tables by column name whatever numeric column type the reader chose (int,
 * long, short, double, or text), so that comparisons do not depend on those choices. Missing cells
 * and absent columns read as null.
 */
final class Cells {
  private Cells() {}

  static boolean has(Table t, String column) {
    return t.columnNames().stream().anyMatch(c -> c.equals(column));
  }

  /** An integer cell, or null if the column is absent, the cell missing or not an integer. */
  static Integer integer(Table t, String column, int row) {
    if (!has(t, column)) {
      return null;
    }
    Column<?> c = t.column(column);
    if (c.isMissing(row)) {
      return null;
    }
    if (c instanceof NumericColumn<?> n) {
      double d = n.getDouble(row);
      if (Double.isNaN(d) || d != Math.rint(d)) {
        return null;
      }
      return (int) d;
    }
    String s = c.getString(row).replace(",", "").strip();
    if (!s.matches("-?\\d+(\\.0+)?")) {
      return null;
    }
    return new BigDecimal(s).intValueExact();
  }

  /** A text cell, "" if absent or missing. */
  static String text(Table t, String column, int row) {
    if (!has(t, column)) {
      return "";
    }
    Column<?> c = t.column(column);
    return c.isMissing(row) ? "" : c.getString(row).strip();
  }

  /**
   * A war number as a canonical string: {@code "872"}, {@code "723.5"}, whether the column is
   * integer, double or text; null if missing.
   */
  static String number(Table t, String column, int row) {
    if (!has(t, column)) {
      return null;
    }
    Column<?> c = t.column(column);
    if (c.isMissing(row)) {
      return null;
    }
    String s;
    if (c instanceof NumericColumn<?> n) {
      s = BigDecimal.valueOf(n.getDouble(row)).toPlainString();
    } else {
      s = c.getString(row).strip();
    }
    return canonical(s);
  }

  /** "872.0" -> "872", "723.50" -> "723.5". */
  static String canonical(String s) {
    try {
      BigDecimal d = new BigDecimal(s).stripTrailingZeros();
      return d.scale() <= 0 ? d.toBigInteger().toString() : d.toPlainString();
    } catch (NumberFormatException e) {
      return s;
    }
  }

  /** The integers in a multi-valued cell such as UCDP's {@code "651,  645"}. */
  static List<Integer> integers(Table t, String column, int row) {
    List<Integer> out = new ArrayList<>();
    if (!has(t, column)) {
      return out;
    }
    Column<?> c = t.column(column);
    if (c.isMissing(row)) {
      return out;
    }
    if (c instanceof NumericColumn<?> n) {
      out.add((int) n.getDouble(row));
      return out;
    }
    for (String p : c.getString(row).split("[,;\\s]+")) {
      if (p.matches("-?\\d+")) {
        out.add(Integer.parseInt(p));
      }
    }
    return out;
  }

  /** Rows where an integer column equals a value. */
  static List<Integer> rowsWhere(Table t, String column, int value) {
    List<Integer> rows = new ArrayList<>();
    for (int r = 0; r < t.rowCount(); r++) {
      Integer v = integer(t, column, r);
      if (v != null && v == value) {
        rows.add(r);
      }
    }
    return rows;
  }

  /** Rows where a war-number column equals a canonical number string. */
  static List<Integer> rowsWhereNumber(Table t, String column, String value) {
    List<Integer> rows = new ArrayList<>();
    String want = canonical(value);
    for (int r = 0; r < t.rowCount(); r++) {
      if (want.equals(number(t, column, r))) {
        rows.add(r);
      }
    }
    return rows;
  }

  /** Column names that hold COW start or end years ({@code StartYear1}, {@code EndYr2}...). */
  static List<String> yearColumns(Table t, boolean start) {
    String prefix = start ? "start" : "end";
    return t.columnNames().stream()
        .filter(n -> n.toLowerCase().matches(prefix + "(year|yr)\\d*"))
        .toList();
  }
}
