package io.github.conflictdata.codes;

import io.github.conflictdata.Problem;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * The result of {@link CodeColumns#apply()}: the new table, and one problem per code that could
 * not be converted (its cells in the added columns are missing).
 *
 * @param table the input's columns (rows repeated when exploding) plus the added code columns
 * @param problems positioned problems; {@code line} is the 1-based row of the input table
 */
public record CodedTable(Table table, List<Problem> problems) {
  /**
   * Copies {@code problems} so the result cannot change after it is made.
   *
   * @param table the input's columns plus the added code columns
   * @param problems positioned problems, one per code not converted
   */
  public CodedTable {
    problems = List.copyOf(problems);
  }

  @Override
  public String toString() {
    return table.name() + ": " + table.rowCount() + " rows, " + problems.size()
        + (problems.size() == 1 ? " code not converted" : " codes not converted");
  }
}
