package io.github.conflictdata;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Test helper: a plain RFC 4180 parser and a writer that saves records in any of the layouts a
 * spreadsheet program produces (delimiter, quoting, line ending, encoding, byte-order mark). Used to
 * build fuzz seeds from the shared files and to write random tables for the no-loss tests; it is
 * independent of the library's own parser on purpose.
 */
final class CsvText {
  private CsvText() {}

  static final Charset CP1252 = Charset.forName("windows-1252");

  /**
   * One way of saving a table.
   *
   * @param delimiter ',', ';' or tab
   * @param lineEnd "\n", "\r\n" or "\r"
   * @param charset UTF-8 or windows-1252
   * @param bom write a UTF-8 byte-order mark first
   * @param quoteAll quote every field (UCDP's CSV style), else only where needed
   * @param finalNewline end the last record with a line ending
   */
  record Layout(
      char delimiter,
      String lineEnd,
      Charset charset,
      boolean bom,
      boolean quoteAll,
      boolean finalNewline) {

    static Layout plain() {
      return new Layout(',', "\n", StandardCharsets.UTF_8, false, false, true);
    }

    Layout withDelimiter(char d) {
      return new Layout(d, lineEnd, charset, bom, quoteAll, finalNewline);
    }

    Layout withLineEnd(String e) {
      return new Layout(delimiter, e, charset, bom, quoteAll, finalNewline);
    }

    Layout withCharset(Charset c, boolean withBom) {
      return new Layout(delimiter, lineEnd, c, withBom, quoteAll, finalNewline);
    }

    Layout withQuoteAll(boolean q) {
      return new Layout(delimiter, lineEnd, charset, bom, q, finalNewline);
    }

    Layout withFinalNewline(boolean f) {
      return new Layout(delimiter, lineEnd, charset, bom, quoteAll, f);
    }

    /** A short description for test output: {@code ';' CRLF cp1252 quoted}. */
    String describe() {
      String d = delimiter == '\t' ? "tab" : "'" + delimiter + "'";
      String e = lineEnd.equals("\n") ? "LF" : lineEnd.equals("\r\n") ? "CRLF" : "CR";
      String c = charset.equals(StandardCharsets.UTF_8) ? (bom ? "utf-8+BOM" : "utf-8") : "cp1252";
      return d + " " + e + " " + c + (quoteAll ? " all-quoted" : "")
          + (finalNewline ? "" : " no-final-newline");
    }
  }

  /** Parses RFC 4180 text with the given delimiter; LF, CRLF and CR all end a record. */
  static List<List<String>> parse(String text, char delimiter) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    int i = 0;
    if (text.startsWith("\uFEFF")) {
      i = 1;
    }
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      any = true;
      if (quoted) {
        if (c == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            cell.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == delimiter) {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        any = false;
      } else {
        cell.append(c);
      }
    }
    if (any) {
      row.add(cell.toString());
      rows.add(row);
    }
    return rows;
  }

  /** One field as the layout writes it. */
  static String field(String v, Layout layout) {
    boolean needs =
        layout.quoteAll()
            || v.indexOf(layout.delimiter()) >= 0
            || v.indexOf('"') >= 0
            || v.indexOf('\n') >= 0
            || v.indexOf('\r') >= 0;
    return needs ? '"' + v.replace("\"", "\"\"") + '"' : v;
  }

  /** One record as text, without its line ending. */
  static String record(List<String> fields, Layout layout) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        sb.append(layout.delimiter());
      }
      sb.append(field(fields.get(i), layout));
    }
    return sb.toString();
  }

  /** The whole table as text (no BOM), records joined by the layout's line ending. */
  static String text(List<List<String>> rows, Layout layout) {
    StringBuilder sb = new StringBuilder();
    for (int r = 0; r < rows.size(); r++) {
      sb.append(record(rows.get(r), layout));
      if (r < rows.size() - 1 || layout.finalNewline()) {
        sb.append(layout.lineEnd());
      }
    }
    return sb.toString();
  }

  /** Encodes text in the layout's charset, with a BOM if asked. */
  static byte[] encode(String text, Layout layout) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (layout.bom()) {
      out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    }
    out.writeBytes(text.getBytes(layout.charset()));
    return out.toByteArray();
  }

  static byte[] write(List<List<String>> rows, Layout layout) {
    return encode(text(rows, layout), layout);
  }

  /** Decodes bytes as strict UTF-8, else as windows-1252 (how the shared COW files are saved). */
  static String decode(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .decode(java.nio.ByteBuffer.wrap(bytes))
          .toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      return new String(bytes, CP1252);
    }
  }

  /** The delimiter of a header line: the most frequent of ',', ';' and tab. */
  static char sniff(String firstLine) {
    char best = ',';
    long n = -1;
    for (char d : new char[] {',', ';', '\t'}) {
      long c = firstLine.chars().filter(ch -> ch == d).count();
      if (c > n) {
        n = c;
        best = d;
      }
    }
    return best;
  }
}
