package io.github.conflictdata.compare;

import io.github.conflictdata.Dataset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Rows picked by key values, whatever type the reader gave the key columns (an id is matched as a
 * number in an int, long or double column and as text in a text column), and the rows of the
 * largest and smallest values with missing values left out.
 *
 * <pre>{@code
 * Table c388 = Pick.rows(brd.table(), "conflict_id", 388);
 * double best = Pick.value(brd.table(), "bd_best", "conflict_id", 388, "year", 2020);
 * Row peak = Pick.max(perYear, "best");
 * }</pre>
 */
public final class Pick {
  private Pick() {}

  /**
   * {@link #rows(Table, Object...)} of a dataset's table.
   *
   * @param d the dataset
   * @param columnsAndValues column names and values in pairs
   * @return the matching rows
   */
  public static Table rows(Dataset d, Object... columnsAndValues) {
    return rows(d.table(), columnsAndValues);
  }

  /**
   * {@link #one(Table, Object...)} of a dataset's table.
   *
   * @param d the dataset
   * @param columnsAndValues column names and values in pairs
   * @return the one matching row
   */
  public static Row one(Dataset d, Object... columnsAndValues) {
    return one(d.table(), columnsAndValues);
  }

  /**
   * {@link #value(Table, String, Object...)} of a dataset's table.
   *
   * @param d the dataset
   * @param column the value column
   * @param columnsAndValues column names and values in pairs
   * @return the number, NaN when missing
   */
  public static double value(Dataset d, String column, Object... columnsAndValues) {
    return value(d.table(), column, columnsAndValues);
  }

  /**
   * {@link #max(Table, String)} of a dataset's table.
   *
   * @param d the dataset
   * @param column the column to rank
   * @return the row with the largest known value
   */
  public static Row max(Dataset d, String column) {
    return max(d.table(), column);
  }

  /**
   * {@link #min(Table, String)} of a dataset's table.
   *
   * @param d the dataset
   * @param column the column to rank
   * @return the row with the smallest known value
   */
  public static Row min(Dataset d, String column) {
    return min(d.table(), column);
  }

  /**
   * The rows whose columns equal the values: {@code rows(t, "conflict_id", 388, "year", 2020)}.
   *
   * @param t the table
   * @param columnsAndValues column names and values, in pairs
   * @return the matching rows; empty when none match
   */
  public static Table rows(Table t, Object... columnsAndValues) {
    if (columnsAndValues.length == 0 || columnsAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("give column names and values in pairs, e.g."
          + " rows(t, \"conflict_id\", 388, \"year\", 2020)");
    }
    List<Column<?>> cols = new ArrayList<>();
    for (int i = 0; i < columnsAndValues.length; i += 2) {
      cols.add(EventCells.require(t, String.valueOf(columnsAndValues[i]), "a key column"));
    }
    List<Integer> keep = new ArrayList<>();
    for (int r = 0; r < t.rowCount(); r++) {
      boolean ok = true;
      for (int k = 0; k < cols.size() && ok; k++) {
        ok = matches(cols.get(k), r, columnsAndValues[2 * k + 1]);
      }
      if (ok) {
        keep.add(r);
      }
    }
    return t.rows(keep.stream().mapToInt(Integer::intValue).toArray());
  }

  /**
   * The one row with these key values; an error naming the keys when there are none or several.
   *
   * @param t the table
   * @param columnsAndValues column names and values, in pairs
   * @return the row
   */
  public static Row one(Table t, Object... columnsAndValues) {
    Table m = rows(t, columnsAndValues);
    if (m.rowCount() != 1) {
      throw new IllegalArgumentException("table '" + t.name() + "': " + m.rowCount()
          + " rows with " + keys(columnsAndValues) + ", expected exactly one");
    }
    Row row = m.row(0);
    return row;
  }

  /**
   * A number in the one row with these key values; NaN when that cell is missing.
   *
   * @param t the table
   * @param column the numeric column to read
   * @param columnsAndValues key column names and values, in pairs
   * @return the value, or NaN
   */
  public static double value(Table t, String column, Object... columnsAndValues) {
    Table m = rows(t, columnsAndValues);
    if (m.rowCount() != 1) {
      throw new IllegalArgumentException("table '" + t.name() + "': " + m.rowCount()
          + " rows with " + keys(columnsAndValues) + ", expected exactly one");
    }
    return EventCells.number(EventCells.require(m, column, "the value column"), 0);
  }

  /**
   * The row with the largest known value of the column; an error if every value is missing.
   *
   * @param t the table
   * @param column a numeric column
   * @return the row with the largest known value
   */
  public static Row max(Table t, String column) {
    return t.row(extreme(t, column, 1));
  }

  /**
   * The row with the smallest known value of the column; an error if every value is missing.
   *
   * @param t the table
   * @param column a numeric column
   * @return the row with the smallest known value
   */
  public static Row min(Table t, String column) {
    return t.row(extreme(t, column, -1));
  }

  private static int extreme(Table t, String column, int sign) {
    Column<?> c = EventCells.require(t, column, "the column to rank");
    int best = -1;
    for (int r = 0; r < t.rowCount(); r++) {
      double v = EventCells.number(c, r);
      if (!Double.isNaN(v) && (best < 0 || sign * (v - EventCells.number(c, best)) > 0)) {
        best = r;
      }
    }
    if (best < 0) {
      throw new IllegalArgumentException("table '" + t.name() + "': no known value in '" + column + "'");
    }
    return best;
  }

  private static boolean matches(Column<?> c, int r, Object want) {
    if (c.isMissing(r)) {
      return want == null;
    }
    if (want instanceof Number n) {
      return EventCells.number(c, r) == n.doubleValue();
    }
    if (want instanceof LocalDate d) {
      return d.equals(EventCells.date(c, r));
    }
    if (want instanceof Boolean b) {
      return EventCells.truth(c, r) == b;
    }
    return c.getString(r).strip().equals(String.valueOf(want));
  }

  private static String keys(Object[] kv) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < kv.length; i += 2) {
      sb.append(i == 0 ? "" : ", ").append(kv[i]).append(" = ").append(kv[i + 1]);
    }
    return sb.toString();
  }
}
