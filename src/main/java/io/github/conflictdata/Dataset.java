package io.github.conflictdata;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import tech.tablesaw.api.Table;

/**
 * A dataset read into a typed Tablesaw table, with its kind, release, source and the problems a
 * lenient read skipped.
 *
 * <p>Missing-value codes (COW -7/-8/-9, PRIO -999/-99) become missing values in the table; the raw
 * code is kept per cell and answered by {@link #rawValue(String, int)}, so the reason is not lost.
 */
public final class Dataset {
  private final DatasetKind kind;
  private final String version;
  private final Table table;
  private final Source source;
  private final List<Problem> problems;
  private final Map<String, Map<Integer, String>> rawMissing;

  /**
   * @param rawMissing per column name, the row indexes whose cell was a missing-value code, mapped
   *     to the raw text found in the file
   */
  public Dataset(
      DatasetKind kind,
      String version,
      Table table,
      Source source,
      List<Problem> problems,
      Map<String, Map<Integer, String>> rawMissing) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.version = version;
    this.table = Counts.group(Objects.requireNonNull(table, "table"), kind);
    this.source = Objects.requireNonNull(source, "source");
    this.problems = List.copyOf(problems);
    this.rawMissing = Map.copyOf(rawMissing);
  }

  /** The dataset kind. */
  public DatasetKind kind() {
    return kind;
  }

  /**
   * The release as "major.minor" ("24.1", "4.1", "3.1"), read from the file's version column
   * (PRIO: {@code bdversion}). ACLED exports carry no release number: their release is the ISO
   * date of the latest event ("2020-12-05"). Null when the file holds no release (a header-only
   * file, or a re-save that dropped the version column).
   */
  public String version() {
    return version;
  }

  /**
   * The typed table: codebook column names, one row per data record. Count columns ({@link
   * Counts#columns}) print with thousands separators.
   */
  public Table table() {
    return table;
  }

  /** File or resource name, checksum, citation and licence. */
  public Source source() {
    return source;
  }

  /** The records a lenient read skipped, with their positions; empty after a strict read. */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * The raw text of a cell that the reader turned into a missing value, e.g. {@code "-9"} (COW:
   * unknown) or {@code "-999"} (PRIO: no best estimate), or recoded into the kind's one form
   * (ACLED's old {@code interaction} "12", read as "State forces-Rebel group"). Empty for cells
   * that hold a value as written, and for cells that were empty in the file.
   *
   * @param column column name
   * @param row 0-based row index in {@link #table()}
   */
  public Optional<String> rawValue(String column, int row) {
    Map<Integer, String> m = rawMissing.get(column);
    return m == null ? Optional.empty() : Optional.ofNullable(m.get(row));
  }

  /** Per column, the rows whose value was a missing-value code and that code's raw text. */
  public Map<String, Map<Integer, String>> rawMissingValues() {
    return rawMissing;
  }

  @Override
  public String toString() {
    return kind + " " + version + " (" + table.rowCount() + " rows x " + table.columnCount()
        + " columns) from " + source.name();
  }
}
