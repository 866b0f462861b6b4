package io.github.conflictdata.compare;

import io.github.conflictdata.Dataset;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Sums of a column that skip missing values, whatever numeric type the reader chose for it (int,
 * long, double, or numbers as text), with the count of what was skipped, so that a total never
 * silently hides gaps.
 *
 * <pre>{@code
 * double deaths = Sums.total(cow.table(), "BatDeath");   // -9 "unknown" is missing, not summed
 * int unknown = Sums.missing(cow.table(), "BatDeath");
 * }</pre>
 */
public final class Sums {
  private Sums() {}

  /**
   * {@link #total(Table, String)} of a dataset's table.
   *
   * @param d the dataset
   * @param column the column to sum
   * @return the sum of its known values
   */
  public static double total(Dataset d, String column) {
    return total(d.table(), column);
  }

  /**
   * {@link #missing(Table, String)} of a dataset's table.
   *
   * @param d the dataset
   * @param column the column
   * @return how many of its cells are not numbers
   */
  public static int missing(Dataset d, String column) {
    return missing(d.table(), column);
  }

  /** Sum of the column's known values (0 when none is known). */
  public static double total(Table t, String column) {
    Column<?> c = EventCells.require(t, column, "the column to sum");
    double s = 0;
    for (int r = 0; r < t.rowCount(); r++) {
      double v = EventCells.number(c, r);
      if (!Double.isNaN(v)) {
        s += v;
      }
    }
    return s;
  }

  /** How many cells of the column are missing (or not numbers), so not in {@link #total}. */
  public static int missing(Table t, String column) {
    Column<?> c = EventCells.require(t, column, "the column to sum");
    int n = 0;
    for (int r = 0; r < t.rowCount(); r++) {
      if (Double.isNaN(EventCells.number(c, r))) {
        n++;
      }
    }
    return n;
  }
}
