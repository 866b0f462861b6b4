package io.github.conflictdata;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Splitting of multi-valued cells, which UCDP and PRIO publish as comma-separated text: UCDP
 * {@code gwno_a} "651,  645" (irregular spacing), {@code side_b_id} "1108, 1124", the
 * conflict-level BRD's {@code dyad_id}, {@code location}, {@code battle_location}, {@code
 * location_inc}, {@code region} "1, 3, 5"; PRIO {@code gwnoa}, {@code gwnoloc} and the like.
 *
 * <p>Rules: a cell is split at every comma and each part is stripped of surrounding white space.
 * A missing or blank cell holds no value (an empty list). An empty part inside a non-blank cell
 * ("651,,645", "651, ") is an error, because it means a damaged cell, not a value; so is a part
 * that is not an integer when integers are asked for. Errors are {@link IllegalArgumentException}s
 * that name the column, the 0-based row and the cell. Names that themselves contain a comma would
 * be split too; none occurs in the UCDP and PRIO columns listed above.
 */
public final class MultiValued {

  private MultiValued() {}

  /**
   * The integers of one cell: "651,  645" gives [651, 645]; a missing ({@code null}) or blank cell
   * gives an empty list.
   *
   * @throws IllegalArgumentException if a part is empty or not an integer
   */
  public static List<Integer> splitInts(String cell) {
    return splitInts(cell, null, -1);
  }

  /**
   * The text values of one cell, each stripped: "Kyrgyzstan, Tajikistan" gives [Kyrgyzstan,
   * Tajikistan]; a missing or blank cell gives an empty list.
   *
   * @throws IllegalArgumentException if a part is empty
   */
  public static List<String> splitStrings(String cell) {
    return splitStrings(cell, null, -1);
  }

  /**
   * The integers of every cell of {@code column}, one list per row (empty for a missing cell). A
   * text column is split as described above; an integer column gives one value per present cell.
   *
   * @throws IllegalArgumentException naming column and row for a part that is empty or not an
   *     integer
   */
  public static List<List<Integer>> splitInts(Column<?> column) {
    Objects.requireNonNull(column, "column");
    List<List<Integer>> out = new ArrayList<>(column.size());
    for (int row = 0; row < column.size(); row++) {
      if (column.isMissing(row)) {
        out.add(List.of());
      } else if (column instanceof NumericColumn<?>) {
        out.add(List.of(wholeNumber((NumericColumn<?>) column, row)));
      } else {
        out.add(splitInts(column.getString(row), column.name(), row));
      }
    }
    return out;
  }

  /**
   * The text values of every cell of {@code column}, one list per row (empty for a missing cell).
   *
   * @throws IllegalArgumentException naming column and row for an empty part
   */
  public static List<List<String>> splitStrings(Column<?> column) {
    Objects.requireNonNull(column, "column");
    List<List<String>> out = new ArrayList<>(column.size());
    for (int row = 0; row < column.size(); row++) {
      if (column.isMissing(row)) {
        out.add(List.of());
      } else {
        out.add(splitStrings(column.getString(row), column.name(), row));
      }
    }
    return out;
  }

  /**
   * One row per value of the multi-valued text column {@code column}: the column is replaced, at
   * the same position and under the same name, by a {@link StringColumn} holding one value per
   * row, and every other column is repeated for each value of its row. A row whose cell is
   * missing or blank is kept once, with a missing value. Row order is kept. The input table is
   * not modified.
   *
   * @throws IllegalArgumentException if the table has no such column, or naming column and row
   *     for an empty part
   */
  public static Table explode(Table table, String column) {
    Column<?> source = column(table, column);
    List<List<String>> parts = splitStrings(source);
    StringColumn values = StringColumn.create(source.name());
    return explode(table, source, parts, values);
  }

  /**
   * {@link #explode(Table, String)} of a dataset's table.
   *
   * @param dataset the dataset
   * @param column the multi-valued text column
   * @return a new table, one row per value
   * @throws IllegalArgumentException as {@link #explode(Table, String)}
   */
  public static Table explode(Dataset dataset, String column) {
    return explode(dataset.table(), column);
  }

  /**
   * {@link #explodeInts(Table, String)} of a dataset's table.
   *
   * @param dataset the dataset
   * @param column the multi-valued column of integer codes
   * @return a new table, one row per code
   * @throws IllegalArgumentException as {@link #explodeInts(Table, String)}
   */
  public static Table explodeInts(Dataset dataset, String column) {
    return explodeInts(dataset.table(), column);
  }

  /**
   * Like {@link #explode(Table, String)} but the new column is an {@link IntColumn}: "651,  645"
   * becomes two rows, 651 and 645.
   *
   * @throws IllegalArgumentException if the table has no such column, or naming column and row
   *     for a part that is empty or not an integer
   */
  public static Table explodeInts(Table table, String column) {
    Column<?> source = column(table, column);
    List<List<Integer>> parts = splitInts(source);
    IntColumn values = IntColumn.create(source.name());
    return explode(table, source, parts, values);
  }

  private static <T> Table explode(
      Table table, Column<?> source, List<List<T>> parts, Column<T> values) {
    int total = 0;
    for (List<T> p : parts) {
      total += Math.max(1, p.size());
    }
    int[] rows = new int[total];
    int k = 0;
    for (int row = 0; row < parts.size(); row++) {
      List<T> p = parts.get(row);
      if (p.isEmpty()) {
        rows[k++] = row;
        values.appendMissing();
      } else {
        for (T v : p) {
          rows[k++] = row;
          values.appendObj(v);
        }
      }
    }
    Table out = Table.create(table.name());
    for (Column<?> c : table.columns()) {
      out.addColumns(c == source ? values : repeat(c, rows));
    }
    return out;
  }

  private static Column<?> repeat(Column<?> column, int[] rows) {
    Column<?> copy = column.emptyCopy(0);
    for (int row : rows) {
      appendFrom(copy, column, row);
    }
    return copy;
  }

  @SuppressWarnings("unchecked")
  private static <T> void appendFrom(Column<T> target, Column<?> source, int row) {
    if (source.isMissing(row)) {
      target.appendMissing();
    } else {
      target.append((Column<T>) source, row);
    }
  }

  private static Column<?> column(Table table, String column) {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(column, "column");
    if (!table.containsColumn(column)) {
      throw new IllegalArgumentException(
          "table " + table.name() + " has no column '" + column + "'; it has "
              + table.columnNames());
    }
    return table.column(column);
  }

  private static int wholeNumber(NumericColumn<?> column, int row) {
    double v = column.getDouble(row);
    if (v != Math.rint(v) || Math.abs(v) > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          where(column.name(), row) + "found '" + column.getString(row) + "', expected an integer");
    }
    return (int) v;
  }

  private static List<Integer> splitInts(String cell, String column, int row) {
    List<String> parts = splitStrings(cell, column, row);
    List<Integer> out = new ArrayList<>(parts.size());
    for (int i = 0; i < parts.size(); i++) {
      String p = parts.get(i);
      if (!p.matches("[+-]?\\d{1,10}")) {
        throw notInteger(cell, column, row, i, p);
      }
      try {
        out.add(Integer.parseInt(p));
      } catch (NumberFormatException e) {
        throw notInteger(cell, column, row, i, p);
      }
    }
    return Collections.unmodifiableList(out);
  }

  private static IllegalArgumentException notInteger(
      String cell, String column, int row, int index, String part) {
    return new IllegalArgumentException(
        where(column, row)
            + "value "
            + (index + 1)
            + " '"
            + part
            + "' of '"
            + cell
            + "' is not an integer; expected comma-separated integers such as \"651, 645\"");
  }

  private static List<String> splitStrings(String cell, String column, int row) {
    if (cell == null || cell.isBlank()) {
      return List.of();
    }
    String[] raw = cell.split(",", -1);
    List<String> out = new ArrayList<>(raw.length);
    for (int i = 0; i < raw.length; i++) {
      String p = raw[i].strip();
      if (p.isEmpty()) {
        throw new IllegalArgumentException(
            where(column, row)
                + "value "
                + (i + 1)
                + " of '"
                + cell
                + "' is empty; expected comma-separated values with none empty (parts: "
                + Arrays.toString(raw)
                + ")");
      }
      out.add(p);
    }
    return Collections.unmodifiableList(out);
  }

  private static String where(String column, int row) {
    return column == null ? "" : "column '" + column + "', row " + row + " (0-based): ";
  }
}
