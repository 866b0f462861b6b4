package io.github.conflictdata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Test helper: compares a read {@link Dataset} with the random table that was written, cell by
 * cell, and lists every difference. Column types are taken as the reader chose them (an integer may
 * come back in an int, long or double column); what must not change is the value.
 */
final class ReadBack {
  private ReadBack() {}

  /** The table's column for a header name as written (exact, else trimmed, else case-blind). */
  static Optional<Column<?>> column(Table t, String written) {
    for (Column<?> c : t.columns()) {
      if (c.name().equals(written)) {
        return Optional.of(c);
      }
    }
    for (Column<?> c : t.columns()) {
      if (c.name().equals(written.strip())) {
        return Optional.of(c);
      }
    }
    for (Column<?> c : t.columns()) {
      if (c.name().equalsIgnoreCase(written.strip())) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** Every difference between the dataset and the written table, at most {@code max}. */
  static List<String> differences(Dataset ds, RandomTables.Table written, int max) {
    List<String> out = new ArrayList<>();
    Table t = ds.table();
    if (t.rowCount() != written.rows().size()) {
      out.add("rows: read " + t.rowCount() + ", written " + written.rows().size());
      return out;
    }
    for (int c = 0; c < written.header().size() && out.size() < max; c++) {
      String name = written.header().get(c);
      boolean constant =
          written.spec().cols().stream()
              .anyMatch(col -> col.name().equals(name) && col.type() == RandomTables.T.CONST);
      if (constant) {
        continue; // release markers: checked through Dataset.version()
      }
      Optional<Column<?>> col = column(t, name);
      if (col.isEmpty()) {
        out.add("column '" + name + "' is missing from the table " + t.columnNames());
        continue;
      }
      for (int r = 0; r < written.rows().size() && out.size() < max; r++) {
        RandomTables.Cell cell = written.rows().get(r).get(c);
        String diff = compare(ds, col.get(), r, cell);
        if (diff != null) {
          out.add("row " + r + " column '" + name + "': " + diff);
        }
      }
    }
    return out;
  }

  private static String compare(Dataset ds, Column<?> col, int row, RandomTables.Cell cell) {
    boolean missing = col.isMissing(row);
    String shown = missing ? "<missing>" : "'" + col.getString(row) + "'";
    if (cell.textOrCode()) {
      if (!missing && col.getString(row).equals(cell.written())) {
        return null;
      }
      if (missing && ds.rawValue(col.name(), row).orElse("").equals(cell.rawCode())) {
        return null;
      }
      return "wrote '" + cell.written() + "', read " + shown + " raw " + ds.rawValue(col.name(), row);
    }
    Object want = cell.value();
    if (want == null) {
      boolean emptyText = col instanceof StringColumn && col.getString(row).isEmpty();
      if (!missing && !emptyText) {
        return "wrote '" + cell.written() + "' (a missing value), read " + shown;
      }
      if (cell.rawCode() != null) {
        Optional<String> raw = ds.rawValue(col.name(), row);
        if (!raw.equals(Optional.of(cell.rawCode()))) {
          return "wrote missing-value code " + cell.rawCode() + ", rawValue() gives " + raw;
        }
      }
      return null;
    }
    if (missing) {
      return "wrote '" + cell.written() + "', read <missing>";
    }
    Object got = col.get(row);
    if (want instanceof Boolean b) {
      return b.equals(got) ? null : "wrote '" + cell.written() + "' (" + b + "), read " + shown
          + " in a " + col.type();
    }
    if (want instanceof LocalDate d) {
      if (col instanceof DateColumn && d.equals(got)) {
        return null;
      }
      return "wrote '" + cell.written() + "' (" + d + "), read " + shown + " in a " + col.type();
    }
    if (want instanceof Long l) {
      if (col instanceof NumericColumn<?> && got instanceof Number n) {
        return n.doubleValue() == l.doubleValue() ? null : "wrote " + l + ", read " + shown;
      }
      return col.getString(row).equals(cell.written())
          ? null
          : "wrote " + l + ", read " + shown + " in a " + col.type();
    }
    if (want instanceof Double x) {
      if (col instanceof NumericColumn<?> && got instanceof Number n) {
        return Math.abs(n.doubleValue() - x) < 1e-9 ? null : "wrote " + x + ", read " + shown;
      }
      try {
        return Math.abs(Double.parseDouble(col.getString(row)) - x) < 1e-9
            ? null
            : "wrote " + x + ", read " + shown;
      } catch (NumberFormatException e) {
        return "wrote " + x + ", read " + shown + " in a " + col.type();
      }
    }
    String s = (String) want;
    if (col instanceof NumericColumn<?> && got instanceof Number n) {
      // a text column the reader typed as numbers: only acceptable if the text is that number
      try {
        return Double.parseDouble(s) == n.doubleValue() ? null : "wrote '" + s + "', read " + shown;
      } catch (NumberFormatException e) {
        return "wrote '" + s + "', read " + shown + " in a " + col.type();
      }
    }
    return col.getString(row).equals(s) ? null : "wrote '" + esc(s) + "', read '" + esc(col.getString(row)) + "'";
  }

  static String esc(String s) {
    return s.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
  }
}
