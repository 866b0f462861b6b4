package io.github.conflictdata.display;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Renders a Tablesaw table as HTML and plain text the way pandas shows a DataFrame: text columns
 * left-aligned, number columns right-aligned with thousands separators ({@code 55,184}; years,
 * ids and codes such as {@code year}, {@code conflict_id}, {@code gwno_a} without), a cell cut to
 * {@code maxCellWidth} characters with the full text in its {@code title} (shown on hover), cells
 * that never wrap, the first and last rows of a long table and the first and last columns of a
 * wide one with "…" between, and a "n rows × m columns" line.
 *
 * <p>Immutable; the kernel's {@code TableDisplay} settings make one per rendering. A column
 * with its own print formatter (Tablesaw's {@code setPrintFormatter}, e.g. a ratio with two
 * decimals) keeps that formatting.
 */
public final class TableHtml {
  /** Names printed without thousands separators: years, ids, codes, version numbers. */
  private static final Pattern CODE_NAME = Pattern.compile(
      "(?i).*(year|yr|id|gid|code|ccode|gwno\\w*|cown|gwn|iso3n|num|version|release|month|day|prec\\w*)$");
  /** What Tablesaw's default formatters print for a number: digits, a point, an exponent. */
  private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?(E-?\\d+)?");

  private final int maxRows;
  private final int minRows;
  private final int maxColumns;
  private final int maxCellWidth;

  /**
   * A renderer with these limits (pandas' defaults are 60, 10, 20 and 50).
   *
   * @param maxRows tables with at most this many rows are shown in full (0: always)
   * @param minRows rows shown of a longer table: first and last halves (at least 2)
   * @param maxColumns columns shown: first and last halves of this many (0: all)
   * @param maxCellWidth longer texts are cut to this many characters (0: never)
   * @throws IllegalArgumentException on a negative limit or minRows below 2
   */
  public TableHtml(int maxRows, int minRows, int maxColumns, int maxCellWidth) {
    if (maxRows < 0 || maxColumns < 0 || maxCellWidth < 0 || minRows < 2) {
      throw new IllegalArgumentException("table limits must be 0 (no limit) or more and minRows"
          + " at least 2, not maxRows=" + maxRows + " minRows=" + minRows + " maxColumns="
          + maxColumns + " maxCellWidth=" + maxCellWidth);
    }
    this.maxRows = maxRows;
    this.minRows = minRows;
    this.maxColumns = maxColumns;
    this.maxCellWidth = maxCellWidth == 0 ? 0 : Math.max(4, maxCellWidth);
  }

  /** @return a renderer with pandas' defaults (60 rows, 10 shown, 20 columns, 50 characters) */
  public static TableHtml defaults() {
    return new TableHtml(60, 10, 20, 50);
  }

  /**
   * The row indexes shown of a table with {@code n} rows; -1 marks the gap.
   *
   * @param n the table's rows
   * @return indexes in order
   */
  public int[] rows(int n) {
    return pick(n, maxRows, minRows);
  }

  /**
   * The column indexes shown of a table with {@code n} columns; -1 marks the gap.
   *
   * @param n the table's columns
   * @return indexes in order
   */
  public int[] columns(int n) {
    return pick(n, maxColumns, maxColumns);
  }

  private static int[] pick(int n, int max, int shown) {
    if (max == 0 || n <= max) {
      int[] all = new int[n];
      Arrays.setAll(all, i -> i);
      return all;
    }
    int head = (shown + 1) / 2;
    int tail = shown / 2;
    int[] out = new int[head + 1 + tail];
    for (int i = 0; i < head; i++) {
      out[i] = i;
    }
    out[head] = -1;
    for (int i = 0; i < tail; i++) {
      out[head + 1 + i] = n - tail + i;
    }
    return out;
  }

  /**
   * {@code s} cut to the cell width, ending in "...".
   *
   * @param s a text, or null
   * @return the text, shortened when longer than the width
   */
  public String cut(String s) {
    int w = maxCellWidth;
    if (s == null || w == 0 || s.length() <= w) {
      return s;
    }
    return s.substring(0, w - 3) + "...";
  }

  /**
   * Whether a column is shown right-aligned as numbers.
   *
   * @param c a column
   * @return true for Tablesaw's number columns
   */
  public static boolean numeric(Column<?> c) {
    return c instanceof NumericColumn<?>;
  }

  /**
   * A cell as shown: numbers with thousands separators (not in year, id and code columns),
   * the column's own print formatting when it has one, empty when missing.
   *
   * @param c the column
   * @param row the row index
   * @return the text
   */
  public static String cell(Column<?> c, int row) {
    String s = c.getString(row);
    if (!(c instanceof NumericColumn<?> n) || c.isMissing(row) || !PLAIN_NUMBER.matcher(s).matches()
        || !s.equals(defaultText(c, row))) {
      return s; // text, missing, or printed by the column's own formatter
    }
    double v = n.getDouble(row);
    boolean grouped = !CODE_NAME.matcher(c.name()).matches();
    DecimalFormat f = new DecimalFormat(grouped ? "#,##0.######" : "0.######",
        DecimalFormatSymbols.getInstance(Locale.ROOT));
    return f.format(v);
  }

  /** What a column of the same type with Tablesaw's default formatter prints for the cell. */
  @SuppressWarnings("unchecked")
  private static String defaultText(Column<?> c, int row) {
    Column<Object> fresh = (Column<Object>) c.type().create(c.name());
    fresh.appendObj(c.get(row));
    return fresh.getString(0);
  }

  /**
   * The table as HTML: an optional caption in bold, the table, and its size.
   *
   * @param t the table
   * @param caption e.g. "UCDP/PRIO Armed Conflict Dataset, release 24.1", or null
   * @return an HTML fragment
   */
  public String html(Table t, String caption) {
    StringBuilder sb = new StringBuilder("<div class=\"conflictdata-table\">");
    if (caption != null && !caption.isEmpty()) {
      sb.append("<p><strong>").append(esc(caption)).append("</strong></p>");
    }
    int[] rows = rows(t.rowCount());
    int[] cols = columns(t.columnCount());
    sb.append("<table class=\"dataframe\" border=\"1\" style=\"white-space:nowrap\"><thead><tr><th></th>");
    for (int c : cols) {
      if (c < 0) {
        sb.append("<th>&hellip;</th>");
        continue;
      }
      String name = t.column(c).name();
      String shown = cut(name);
      sb.append(numeric(t.column(c)) ? "<th" : "<th style=\"text-align:left\"")
          .append(shown.equals(name) ? "" : " title=\"" + esc(name) + "\"")
          .append('>').append(esc(shown)).append("</th>");
    }
    sb.append("</tr></thead><tbody>");
    for (int r : rows) {
      if (r < 0) {
        sb.append("<tr><th>&hellip;</th>");
        for (int c = 0; c < cols.length; c++) {
          sb.append("<td>&hellip;</td>");
        }
        sb.append("</tr>");
        continue;
      }
      sb.append("<tr><th>").append(r).append("</th>");
      for (int c : cols) {
        if (c < 0) {
          sb.append("<td>&hellip;</td>");
          continue;
        }
        Column<?> col = t.column(c);
        String full = cell(col, r);
        String shown = cut(full);
        sb.append(numeric(col) ? "<td" : "<td style=\"text-align:left\"")
            .append(shown.equals(full) ? "" : " title=\"" + esc(full) + "\"")
            .append('>').append(esc(shown)).append("</td>");
      }
      sb.append("</tr>");
    }
    sb.append("</tbody></table><p>").append(String.format(Locale.ROOT,
        "%,d rows &times; %,d columns", t.rowCount(), t.columnCount())).append("</p></div>");
    return sb.toString();
  }

  /**
   * The table as plain text: the same cells, text padded on the right, numbers on the left.
   *
   * @param t the table
   * @param caption a first line, or null
   * @return the text
   */
  public String plain(Table t, String caption) {
    int[] rows = rows(t.rowCount());
    int[] cols = columns(t.columnCount());
    int n = cols.length;
    List<String[]> lines = new ArrayList<>();
    String[] header = new String[n + 1];
    header[0] = "";
    boolean[] left = new boolean[n + 1];
    for (int k = 0; k < n; k++) {
      header[k + 1] = cols[k] < 0 ? "..." : cut(t.column(cols[k]).name());
      left[k + 1] = cols[k] >= 0 && !numeric(t.column(cols[k]));
    }
    lines.add(header);
    for (int r : rows) {
      String[] line = new String[n + 1];
      if (r < 0) {
        Arrays.fill(line, "...");
      } else {
        line[0] = Integer.toString(r);
        for (int k = 0; k < n; k++) {
          line[k + 1] = cols[k] < 0 ? "..." : cut(cell(t.column(cols[k]), r));
        }
      }
      lines.add(line);
    }
    int[] width = new int[n + 1];
    for (String[] line : lines) {
      for (int c = 0; c <= n; c++) {
        width[c] = Math.max(width[c], line[c].length());
      }
    }
    StringBuilder sb = new StringBuilder();
    if (caption != null && !caption.isEmpty()) {
      sb.append(caption).append('\n');
    }
    for (String[] line : lines) {
      StringBuilder l = new StringBuilder();
      for (int c = 0; c <= n; c++) {
        if (c > 0) {
          l.append("  ");
        }
        String pad = " ".repeat(width[c] - line[c].length());
        l.append(left[c] ? line[c] + pad : pad + line[c]);
      }
      sb.append(l.toString().stripTrailing()).append('\n');
    }
    sb.append('\n').append(String.format(Locale.ROOT, "%,d rows x %,d columns", t.rowCount(),
        t.columnCount()));
    return sb.toString();
  }

  /**
   * HTML-escapes text for element content and attribute values.
   *
   * @param s a text, or null (empty)
   * @return the escaped text
   */
  public static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return "TableHtml[maxRows=" + maxRows + ", minRows=" + minRows + ", maxColumns=" + maxColumns
        + ", maxCellWidth=" + maxCellWidth + "]";
  }
}
