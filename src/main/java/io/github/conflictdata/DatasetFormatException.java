package io.github.conflictdata;

import java.util.List;

/**
 * A file could not be read as the dataset it claims or appears to be. The message names the file,
 * the kind and release where known, and every problem, one per line, as {@code
 * FILENAME:LINE:COLUMN (column_name): found '...', expected ...}.
 */
public class DatasetFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final transient DatasetKind kind;
  private final transient CuratedTable curatedTable;
  private final String version;
  private final transient List<Problem> problems;

  /**
   * @param file file or resource name
   * @param kind the dataset kind, or null if not known
   * @param version the release, or null if not known
   * @param problems every problem found, at least one
   */
  public DatasetFormatException(
      String file, DatasetKind kind, String version, List<Problem> problems) {
    this(file, kind, null, version, problems);
  }

  private DatasetFormatException(
      String file, DatasetKind kind, CuratedTable table, String version, List<Problem> problems) {
    super(message(file, kind != null ? kind.name() : table != null ? table.name() : null, version,
        problems));
    this.file = file;
    this.kind = kind;
    this.curatedTable = table;
    this.version = version;
    this.problems = List.copyOf(problems);
  }

  /**
   * A problem with one of the project's own curated tables (claims, concordance); the message
   * reads "cannot read as CLAIMS 1.0".
   *
   * @param file file or resource name
   * @param table the curated table the file was read as
   * @param version the layout version, or null if not known
   * @param problems every problem found, at least one
   */
  public static DatasetFormatException curated(
      String file, CuratedTable table, String version, List<Problem> problems) {
    return new DatasetFormatException(file, null, table, version, problems);
  }

  /** A single problem with a curated table. */
  public static DatasetFormatException curated(
      String file, CuratedTable table, String version, Problem problem) {
    return curated(file, table, version, List.of(problem));
  }

  /** A single problem. */
  public DatasetFormatException(String file, DatasetKind kind, String version, Problem problem) {
    this(file, kind, version, List.of(problem));
  }

  private static String message(
      String file, String kind, String version, List<Problem> problems) {
    StringBuilder sb = new StringBuilder();
    sb.append(file).append(": cannot read");
    if (kind != null) {
      sb.append(" as ").append(kind);
      if (version != null) {
        sb.append(' ').append(version);
      }
    }
    sb.append(" (").append(problems.size()).append(problems.size() == 1 ? " problem)" : " problems)");
    for (Problem p : problems) {
      sb.append('\n').append(p);
    }
    return sb.toString();
  }

  /** The file or resource name. */
  public String file() {
    return file;
  }

  /** The dataset kind, or null if detection failed or the file is a {@link #curatedTable()}. */
  public DatasetKind kind() {
    return kind;
  }

  /** The curated table (claims, concordance) the file was read as, or null for a dataset. */
  public CuratedTable curatedTable() {
    return curatedTable;
  }

  /** The release, or null if not known. */
  public String version() {
    return version;
  }

  /** Every problem found, in file order. */
  public List<Problem> problems() {
    return problems;
  }
}
