package io.github.conflictdata.kernel;

/**
 * How much of a Tablesaw table a notebook shows, with pandas' defaults: a table of at most {@link
 * #maxRows()} (60) rows is shown in full; a longer one shows its first and last {@link #minRows()}
 * / 2 rows (5 and 5). At most {@link #maxColumns()} (20) columns are shown (the first and last
 * halves), and a cell's text is cut to {@link #maxCellWidth()} (50) characters. Change them in a
 * cell or in the {@code CONFLICTDATA_STARTUP} script: {@code tableDisplay().maxRows(200)}.
 */
public final class TableDisplay {
  /** pandas' {@code display.max_rows}. */
  public static final int DEFAULT_MAX_ROWS = 60;
  /** pandas' {@code display.min_rows}. */
  public static final int DEFAULT_MIN_ROWS = 10;
  /** pandas' {@code display.max_columns} (outside a terminal). */
  public static final int DEFAULT_MAX_COLUMNS = 20;
  /** pandas' {@code display.max_colwidth}. */
  public static final int DEFAULT_MAX_CELL_WIDTH = 50;

  private static final TableDisplay SETTINGS = new TableDisplay();

  private volatile int maxRows = DEFAULT_MAX_ROWS;
  private volatile int minRows = DEFAULT_MIN_ROWS;
  private volatile int maxColumns = DEFAULT_MAX_COLUMNS;
  private volatile int maxCellWidth = DEFAULT_MAX_CELL_WIDTH;

  private TableDisplay() {}

  /** The session's settings (one per session). */
  public static TableDisplay settings() {
    return SETTINGS;
  }

  /** Tables with at most this many rows are shown in full (0: always in full). */
  public int maxRows() {
    return maxRows;
  }

  /** Sets {@link #maxRows()}; 0 shows every row of every table. */
  public TableDisplay maxRows(int rows) {
    this.maxRows = nonNegative(rows, "maxRows");
    return this;
  }

  /** Rows shown of a longer table: the first half and the last half of this many. */
  public int minRows() {
    return minRows;
  }

  /** Sets {@link #minRows()} (at least 2). */
  public TableDisplay minRows(int rows) {
    if (rows < 2) {
      throw new IllegalArgumentException("minRows must be at least 2 (one first and one last row), not " + rows);
    }
    this.minRows = rows;
    return this;
  }

  /** Tables with more columns show the first and last halves of this many (0: all). */
  public int maxColumns() {
    return maxColumns;
  }

  /** Sets {@link #maxColumns()}; 0 shows every column. */
  public TableDisplay maxColumns(int columns) {
    this.maxColumns = nonNegative(columns, "maxColumns");
    return this;
  }

  /** Longer cell texts are cut to this many characters, ending in "..." (0: never cut). */
  public int maxCellWidth() {
    return maxCellWidth;
  }

  /** Sets {@link #maxCellWidth()}; 0 never cuts (values of 1 to 3 are raised to 4). */
  public TableDisplay maxCellWidth(int width) {
    int w = nonNegative(width, "maxCellWidth");
    this.maxCellWidth = w == 0 ? 0 : Math.max(4, w);
    return this;
  }

  /** Back to pandas' defaults. */
  public TableDisplay reset() {
    maxRows = DEFAULT_MAX_ROWS;
    minRows = DEFAULT_MIN_ROWS;
    maxColumns = DEFAULT_MAX_COLUMNS;
    maxCellWidth = DEFAULT_MAX_CELL_WIDTH;
    return this;
  }

  private static int nonNegative(int v, String what) {
    if (v < 0) {
      throw new IllegalArgumentException(what + " must be 0 (no limit) or more, not " + v);
    }
    return v;
  }

  /**
   * A renderer with the current limits (text left, numbers right with thousands separators, long
   * text cut with the full value on hover).
   *
   * @return the renderer the kernel uses for the next table
   */
  public io.github.conflictdata.display.TableHtml renderer() {
    return new io.github.conflictdata.display.TableHtml(maxRows, minRows, maxColumns, maxCellWidth);
  }

  @Override
  public String toString() {
    return "TableDisplay[maxRows=" + maxRows + ", minRows=" + minRows + ", maxColumns=" + maxColumns
        + ", maxCellWidth=" + maxCellWidth + "]";
  }
}
