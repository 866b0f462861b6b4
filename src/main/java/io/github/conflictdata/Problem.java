package io.github.conflictdata;

import java.util.Objects;

/**
 * One positioned problem found while reading a file: a malformed record, a value of the wrong
 * type, a skipped line. {@code line} is the 1-based physical line in the file (the header is line
 * 1), {@code column} the 1-based field position; either is 0 where it does not apply.
 *
 * @param file the file or resource name
 * @param line 1-based physical line, 0 if unknown
 * @param column 1-based column, 0 if the problem concerns the whole record
 * @param columnName the column's header name, or empty
 * @param found the raw text found (shortened to 80 characters for the message)
 * @param expected what was expected there
 */
public record Problem(
    String file, long line, int column, String columnName, String found, String expected) {

  public Problem {
    Objects.requireNonNull(file, "file");
    columnName = columnName == null ? "" : columnName;
    found = found == null ? "" : found;
    expected = expected == null ? "" : expected;
  }

  /** {@code FILENAME:LINE:COLUMN (column_name): found '...', expected ...}. */
  @Override
  public String toString() {
    String shown = found.length() > 80 ? found.substring(0, 77) + "..." : found;
    StringBuilder sb = new StringBuilder();
    sb.append(file).append(':').append(line).append(':').append(column);
    if (!columnName.isEmpty()) {
      sb.append(" (").append(columnName).append(')');
    }
    sb.append(": found '").append(escape(shown)).append("', expected ").append(expected);
    return sb.toString();
  }

  private static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n') {
        sb.append("\\n");
      } else if (c == '\r') {
        sb.append("\\r");
      } else if (c < 0x20 || c == 0x7f) {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
