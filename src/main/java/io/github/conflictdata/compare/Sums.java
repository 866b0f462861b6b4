package io.github.conflictdata.compare;

import io.github.conflictdata.Counts;
import io.github.conflictdata.Dataset;
import java.util.List;
import tech.tablesaw.aggregate.AggregateFunctions;
import tech.tablesaw.api.NumberColumn;
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
 * Table perYear = Sums.by(brd.table(), List.of("year"), "bd_best", "bd_low", "bd_high");
 * Table rows = Sums.count(acd.table(), "year");          // year, rows
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

  /**
   * Sum of the column's known values (0 when none is known).
   *
   * @param t the table
   * @param column a numeric column
   * @return the sum of the known values
   */
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

  /**
   * How many cells of the column are missing (or not numbers), so not in {@link #total}.
   *
   * @param t the table
   * @param column the column to check
   * @return the number of cells left out of {@link #total}
   */
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

  /**
   * The sums of {@code values} per group, a long table ready for a chart: the group columns, then
   * one column per value column under its own name (not "Sum [bd_best]"), printed with thousands
   * separators; missing values are skipped; sorted by the groups.
   *
   * @param t the table
   * @param groups the columns to group by, e.g. {@code List.of("year")}
   * @param values the numeric columns to sum
   * @return one row per group
   * @throws IllegalArgumentException if a column is missing (naming the columns there are)
   */
  public static Table by(Table t, List<String> groups, String... values) {
    for (String g : groups) {
      EventCells.require(t, g, "a group column");
    }
    for (String v : values) {
      EventCells.require(t, v, "a column to sum");
    }
    Table s = t.summarize(List.of(values), AggregateFunctions.sum)
        .by(groups.toArray(new String[0]));
    for (String v : values) {
      s.column("Sum [" + v + "]").setName(v);
      Counts.group((NumberColumn<?, ?>) s.numberColumn(v));
    }
    s.setName(t.name() + " by " + String.join(", ", groups));
    return s.sortAscendingOn(groups.toArray(new String[0]));
  }

  /**
   * The number of rows per group, as a table whose {@code rows} column prints with thousands
   * separators, sorted by the groups.
   *
   * @param t the table
   * @param groups the columns to group by
   * @return the group columns and {@code rows}
   * @throws IllegalArgumentException if a group column is missing
   */
  public static Table count(Table t, String... groups) {
    for (String g : groups) {
      EventCells.require(t, g, "a group column");
    }
    Table c = t.countBy(groups);
    c.column("Count").setName("rows");
    Counts.group((NumberColumn<?, ?>) c.numberColumn("rows"));
    c.setName(t.name() + " rows by " + String.join(", ", groups));
    return c.sortAscendingOn(groups);
  }
}
