package io.github.conflictdata.compare;

import io.github.conflictdata.CuratedTable;
import io.github.conflictdata.DatasetFormatException;
import io.github.conflictdata.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A strict reader for the small comma-separated tables this project curates itself (the war
 * concordance, the claims): UTF-8 only, a header row, RFC 4180 quoting. Every record must have as
 * many fields as the header. Problems carry the physical line (the header is line 1) and the 1-based
 * column.
 */
final class CsvRecords {
  /** One record: its fields and the physical line it starts on. */
  record Row(long line, List<String> fields) {}

  final String name;
  final String sha256;
  final List<String> header;
  final List<Row> rows;

  private CsvRecords(String name, String sha256, List<String> header, List<Row> rows) {
    this.name = name;
    this.sha256 = sha256;
    this.header = header;
    this.rows = rows;
  }

  static CsvRecords read(InputStream in, String name, CuratedTable kind) {
    byte[] bytes;
    try (in) {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw DatasetFormatException.curated(name, kind, null, new Problem(name, 0, 0, "", "bytes that are not UTF-8", "a UTF-8 file"));
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<Row> all = parse(text, name, kind);
    if (all.isEmpty()) {
      throw DatasetFormatException.curated(name, kind, null, new Problem(name, 1, 0, "", "an empty file", "a header row"));
    }
    List<String> header = all.get(0).fields();
    List<Row> rows = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (Row r : all.subList(1, all.size())) {
      if (r.fields().size() == 1 && r.fields().get(0).isEmpty()) {
        problems.add(new Problem(name, r.line(), 0, "", "an empty line", "a record"));
      } else if (r.fields().size() != header.size()) {
        problems.add(
            new Problem(
                name,
                r.line(),
                Math.min(r.fields().size(), header.size()) + 1,
                "",
                r.fields().size() + " fields",
                header.size() + " fields, as in the header"));
      } else {
        rows.add(r);
      }
    }
    if (!problems.isEmpty()) {
      throw DatasetFormatException.curated(name, kind, null, problems);
    }
    return new CsvRecords(name, sha256(bytes), header, rows);
  }

  private static List<Row> parse(String text, String name, CuratedTable kind) {
    List<Row> out = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    long line = 1;
    long recordLine = 1;
    boolean quoted = false;
    boolean afterQuote = false;
    int n = text.length();
    if (n == 0) {
      return out;
    }
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < n && text.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
            afterQuote = true;
          }
        } else {
          if (c == '\n') {
            line++;
          }
          field.append(c);
        }
        continue;
      }
      if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
        afterQuote = false;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        fields.add(field.toString());
        field.setLength(0);
        out.add(new Row(recordLine, List.copyOf(fields)));
        fields.clear();
        afterQuote = false;
        line++;
        recordLine = line;
      } else if (afterQuote) {
        throw DatasetFormatException.curated(name,
            kind,
            null,
            new Problem(
                name,
                line,
                fields.size() + 1,
                "",
                String.valueOf(c),
                "a comma or the end of the line after a closing quote"));
      } else if (c == '"' && field.length() == 0) {
        quoted = true;
      } else {
        field.append(c);
      }
    }
    if (quoted) {
      throw DatasetFormatException.curated(name,
          kind,
          null,
          new Problem(name, recordLine, fields.size() + 1, "", "end of file", "a closing quote"));
    }
    char last = text.charAt(n - 1);
    if (last != '\n' && last != '\r') {
      fields.add(field.toString());
      out.add(new Row(recordLine, List.copyOf(fields)));
    }
    return out;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
