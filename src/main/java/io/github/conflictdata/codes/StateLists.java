package io.github.conflictdata.codes;

import io.github.conflictdata.DatasetFormatException;
import io.github.conflictdata.Problem;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Strict parsers for the three reference files. Every problem is collected with its file, line
 * and column, and all are thrown together in one {@link DatasetFormatException}.
 */
final class StateLists {
  private StateLists() {}

  static final String COW_HEADER =
      "stateabb,ccode,statenme,styear,stmonth,stday,endyear,endmonth,endday,version";
  static final String ISO_HEADER = "cown,gwn,iso3c,name";
  private static final String[] COW_COLUMNS = COW_HEADER.split(",");
  private static final String[] GW_COLUMNS = {"gwno", "abbreviation", "name", "start", "end"};
  private static final String[] ISO_COLUMNS = ISO_HEADER.split(",");
  private static final Pattern ABB = Pattern.compile("[A-Z]{3}");
  private static final Pattern INT = Pattern.compile("-?[0-9]+");
  private static final Pattern GW_DATE = Pattern.compile("([0-9]{2}):([0-9]{2}):([0-9]{4})");
  private static final Charset CP1252 = Charset.forName("windows-1252");

  /** A physical line: 1-based number and its bytes without the line terminator. */
  private record Line(long number, byte[] bytes) {}

  /** Parses COW's states2016.csv layout (header row, comma-separated, UTF-8/ASCII). */
  static List<State> parseCow(byte[] data, String file) {
    List<Problem> problems = new ArrayList<>();
    List<String[]> rows = new ArrayList<>();
    List<Long> rowLines = new ArrayList<>();
    csvRows(data, file, COW_HEADER, problems, (ln, text, fields) -> {
      rows.add(fields);
      rowLines.add(ln);
    });
    List<Object[]> parsed = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      String[] f = rows.get(r);
      long ln = rowLines.get(r);
      int before = problems.size();
      String abb = checkAbb(f[0], file, ln, 1, COW_COLUMNS[0], problems);
      int code = checkInt(f[1], file, ln, 2, COW_COLUMNS[1], 1, 999, problems);
      String name = checkName(f[2], file, ln, 3, COW_COLUMNS[2], problems);
      LocalDate start = cowDate(f, 3, file, ln, problems);
      LocalDate end = cowDate(f, 6, file, ln, problems);
      checkInt(f[9], file, ln, 10, COW_COLUMNS[9], 1816, 9999, problems);
      if (problems.size() == before) {
        if (end.isBefore(start)) {
          problems.add(new Problem(file, ln, 7, COW_COLUMNS[6], f[6] + "-" + f[7] + "-" + f[8],
              "an end date on or after the start date " + start));
        } else {
          parsed.add(new Object[] {code, abb, name, start, end, ln});
        }
      }
    }
    return finish(CodeSystem.COW, parsed, file, problems, 7, COW_COLUMNS[6]);
  }

  /** Parses G&amp;W's iisystem.dat layout (no header, tab-separated, cp1252, dd:mm:yyyy dates). */
  static List<State> parseGw(byte[] data, String file) {
    List<Problem> problems = new ArrayList<>();
    List<Line> lines = lines(data, file, problems);
    Charset charset = validUtf8(data) ? StandardCharsets.UTF_8 : CP1252;
    if (lines.isEmpty()) {
      problems.add(new Problem(file, 1, 0, "", "", "at least one state (gwno, abbreviation, name,"
          + " start dd:mm:yyyy, end dd:mm:yyyy, tab-separated)"));
    }
    List<Object[]> parsed = new ArrayList<>();
    for (Line line : lines) {
      String text = decode(line, file, charset, '\t', problems);
      if (text == null) {
        continue;
      }
      if (line.number() == 1 && text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      String[] f = text.split("\t", -1);
      if (f.length != GW_COLUMNS.length) {
        problems.add(new Problem(file, line.number(), 0, "", text,
            "5 tab-separated fields (gwno, abbreviation, name, start, end), found " + f.length));
        continue;
      }
      long ln = line.number();
      int before = problems.size();
      int code = checkInt(f[0].trim(), file, ln, 1, GW_COLUMNS[0], 1, 999, problems);
      String abb = checkAbb(f[1].trim(), file, ln, 2, GW_COLUMNS[1], problems);
      String name = checkName(f[2].trim(), file, ln, 3, GW_COLUMNS[2], problems);
      LocalDate start = gwDate(f[3].trim(), file, ln, 4, GW_COLUMNS[3], problems);
      LocalDate end = gwDate(f[4].trim(), file, ln, 5, GW_COLUMNS[4], problems);
      if (problems.size() == before) {
        if (end.isBefore(start)) {
          problems.add(new Problem(file, ln, 5, GW_COLUMNS[4], f[4],
              "an end date on or after the start date " + f[3]));
        } else {
          parsed.add(new Object[] {code, abb, name, start, end, ln});
        }
      }
    }
    return finish(CodeSystem.GW, parsed, file, problems, 5, GW_COLUMNS[4]);
  }

  /** Parses our iso3-crosswalk.csv (cown,gwn,iso3c,name; UTF-8; RFC 4180 quoting). */
  static List<IsoPair> parseIso(byte[] data, String file) {
    List<Problem> problems = new ArrayList<>();
    List<IsoPair> out = new ArrayList<>();
    csvRows(data, file, ISO_HEADER, problems, (ln, text, f) -> {
      int before = problems.size();
      int cown = f[0].isEmpty() ? 0 : checkInt(f[0], file, ln, 1, "cown", 1, 999, problems);
      int gwn = f[1].isEmpty() ? 0 : checkInt(f[1], file, ln, 2, "gwn", 1, 999, problems);
      String iso = f[2].isEmpty() ? "" : checkAbb(f[2], file, ln, 3, "iso3c", problems);
      String name = checkName(f[3], file, ln, 4, "name", problems);
      if (problems.size() == before) {
        int present = (cown != 0 ? 1 : 0) + (gwn != 0 ? 1 : 0) + (iso.isEmpty() ? 0 : 1);
        if (present < 2) {
          problems.add(new Problem(file, ln, 0, "", text,
              "at least two of cown, gwn and iso3c (a row is a code pair)"));
        } else {
          out.add(new IsoPair(cown, gwn, iso, name));
        }
      }
    });
    if (!problems.isEmpty()) {
      throw new DatasetFormatException(file, null, null, problems);
    }
    return List.copyOf(out);
  }

  /** Receives one data row of a headed CSV file: its line number, its text and its fields. */
  private interface CsvRow {
    void accept(long line, String text, String[] fields);
  }

  /**
   * Reads a UTF-8 comma-separated file whose first line must be {@code header} (a byte-order mark
   * allowed) and hands each later line that has the header's number of fields to {@code row}, in
   * line order. Undecodable lines, bad quoting and wrong field counts become problems instead.
   */
  private static void csvRows(
      byte[] data, String file, String header, List<Problem> problems, CsvRow row) {
    int columns = header.split(",").length;
    List<Line> lines = lines(data, file, problems);
    if (lines.isEmpty()) {
      problems.add(new Problem(file, 1, 0, "", "", "the header " + header));
    }
    for (Line line : lines) {
      String text = decode(line, file, StandardCharsets.UTF_8, ',', problems);
      if (text == null) {
        continue;
      }
      if (line.number() == 1) {
        if (text.startsWith("\uFEFF")) {
          text = text.substring(1);
        }
        if (!text.equals(header)) {
          problems.add(new Problem(file, 1, 0, "", text, "the header " + header));
        }
        continue;
      }
      String[] fields = splitCsv(text, line.number(), file, problems);
      if (fields == null) {
        continue;
      }
      if (fields.length != columns) {
        problems.add(new Problem(file, line.number(), 0, "", text,
            columns + " comma-separated fields, found " + fields.length));
        continue;
      }
      row.accept(line.number(), text, fields);
    }
  }

  /** Marks open spells, checks that no two spells of one code overlap, sorts by code and start. */
  private static List<State> finish(
      CodeSystem system, List<Object[]> parsed, String file, List<Problem> problems,
      int endColumn, String endName) {
    LocalDate listEnd = null;
    for (Object[] p : parsed) {
      LocalDate end = (LocalDate) p[4];
      if (listEnd == null || end.isAfter(listEnd)) {
        listEnd = end;
      }
    }
    List<State> states = new ArrayList<>();
    Map<State, Long> lineOf = new IdentityHashMap<>();
    for (Object[] p : parsed) {
      LocalDate end = (LocalDate) p[4];
      State s = new State(system, (Integer) p[0], (String) p[1], (String) p[2], (LocalDate) p[3],
          end, end.equals(listEnd));
      states.add(s);
      lineOf.put(s, (Long) p[5]);
    }
    states.sort(Comparator.comparingInt(State::code).thenComparing(State::start));
    for (int i = 1; i < states.size(); i++) {
      State a = states.get(i - 1);
      State b = states.get(i);
      if (a.code() == b.code() && !b.start().isAfter(a.end())) {
        long la = lineOf.get(a);
        long lb = lineOf.get(b);
        problems.add(new Problem(file, Math.max(la, lb), 0, "", b.toString(),
            "membership spells of " + a.code() + " that do not overlap (line " + Math.min(la, lb)
                + " ends " + a.end() + ")"));
      }
    }
    if (!problems.isEmpty()) {
      problems.sort(Comparator.comparingLong(Problem::line).thenComparingInt(Problem::column));
      throw new DatasetFormatException(file, null, null, problems);
    }
    return List.copyOf(states);
  }

  private static LocalDate cowDate(
      String[] f, int first, String file, long ln, List<Problem> problems) {
    int before = problems.size();
    int y = checkInt(f[first], file, ln, first + 1, COW_COLUMNS[first], 1, 9999, problems);
    int m = checkInt(f[first + 1], file, ln, first + 2, COW_COLUMNS[first + 1], 1, 12, problems);
    int d = checkInt(f[first + 2], file, ln, first + 3, COW_COLUMNS[first + 2], 1, 31, problems);
    if (problems.size() != before) {
      return null;
    }
    try {
      return LocalDate.of(y, m, d);
    } catch (DateTimeException e) {
      problems.add(new Problem(file, ln, first + 3, COW_COLUMNS[first + 2], f[first + 2],
          "a day that exists in " + y + "-" + m));
      return null;
    }
  }

  private static LocalDate gwDate(
      String s, String file, long ln, int col, String colName, List<Problem> problems) {
    var m = GW_DATE.matcher(s);
    if (!m.matches()) {
      problems.add(new Problem(file, ln, col, colName, s, "a date dd:mm:yyyy"));
      return null;
    }
    try {
      return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(1)));
    } catch (DateTimeException e) {
      problems.add(new Problem(file, ln, col, colName, s, "a valid calendar date dd:mm:yyyy"));
      return null;
    }
  }

  private static int checkInt(String s, String file, long ln, int col, String colName, int min,
      int max, List<Problem> problems) {
    if (!INT.matcher(s).matches() || s.length() > 9) {
      problems.add(new Problem(file, ln, col, colName, s, "an integer"));
      return 0;
    }
    int v = Integer.parseInt(s);
    if (v < min || v > max) {
      problems.add(new Problem(file, ln, col, colName, s, "an integer in " + min + ".." + max));
    }
    return v;
  }

  private static String checkAbb(
      String s, String file, long ln, int col, String colName, List<Problem> problems) {
    if (!ABB.matcher(s).matches()) {
      problems.add(new Problem(file, ln, col, colName, s, "three capital letters A-Z"));
    }
    return s;
  }

  private static String checkName(
      String s, String file, long ln, int col, String colName, List<Problem> problems) {
    if (s.isBlank()) {
      problems.add(new Problem(file, ln, col, colName, s, "a non-empty name"));
    }
    return s;
  }

  /**
   * Splits bytes into physical lines (LF, CRLF or CR). A final line terminator is optional; an
   * empty line elsewhere is a problem.
   */
  private static List<Line> lines(byte[] data, String file, List<Problem> problems) {
    List<Line> out = new ArrayList<>();
    ByteArrayOutputStream cur = new ByteArrayOutputStream();
    long n = 1;
    int i = 0;
    while (i < data.length) {
      byte b = data[i];
      if (b == '\n' || b == '\r') {
        out.add(new Line(n++, cur.toByteArray()));
        cur.reset();
        i += (b == '\r' && i + 1 < data.length && data[i + 1] == '\n') ? 2 : 1;
      } else {
        cur.write(b);
        i++;
      }
    }
    if (cur.size() > 0) {
      out.add(new Line(n, cur.toByteArray()));
    }
    for (Line l : out) {
      if (l.bytes().length == 0) {
        problems.add(new Problem(file, l.number(), 0, "", "", "a record (empty line)"));
      }
    }
    out.removeIf(l -> l.bytes().length == 0);
    return out;
  }

  private static String decode(
      Line line, String file, Charset cs, char separator, List<Problem> problems) {
    CharsetDecoder dec = cs.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer cb = dec.decode(ByteBuffer.wrap(line.bytes()));
      return cb.toString();
    } catch (CharacterCodingException e) {
      int bad = firstBadByte(line.bytes(), cs);
      int column = 1;
      for (int i = 0; i < bad; i++) {
        if (line.bytes()[i] == separator) {
          column++;
        }
      }
      problems.add(new Problem(file, line.number(), column, "",
          String.format("byte 0x%02X at byte offset %d", line.bytes()[bad] & 0xff, bad),
          "text in " + cs.name()));
      return null;
    }
  }

  /** Offset of the first byte the charset cannot decode. */
  private static int firstBadByte(byte[] bytes, Charset cs) {
    CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult r = dec.decode(in, out, true);
    if (r.isError()) {
      return in.position();
    }
    r = dec.flush(out);
    return r.isError() ? in.position() : Math.max(0, bytes.length - 1);
  }

  private static boolean validUtf8(byte[] data) {
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(data));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /** RFC 4180 fields of one line (no embedded line breaks), or null with a problem. */
  static String[] splitCsv(String line, long ln, String file, List<Problem> problems) {
    List<String> out = new ArrayList<>();
    StringBuilder f = new StringBuilder();
    int i = 0;
    int col = 1;
    while (true) {
      if (i < line.length() && line.charAt(i) == '"') {
        i++;
        while (true) {
          if (i >= line.length()) {
            problems.add(new Problem(file, ln, col, "", line, "a closing quote in field " + col));
            return null;
          }
          char c = line.charAt(i);
          if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
            f.append('"');
            i += 2;
          } else if (c == '"') {
            i++;
            break;
          } else {
            f.append(c);
            i++;
          }
        }
        if (i < line.length() && line.charAt(i) != ',') {
          problems.add(new Problem(file, ln, col, "", line,
              "a comma after the closing quote of field " + col));
          return null;
        }
      } else {
        while (i < line.length() && line.charAt(i) != ',') {
          f.append(line.charAt(i++));
        }
      }
      out.add(f.toString());
      f.setLength(0);
      if (i >= line.length()) {
        break;
      }
      i++; // the comma
      col++;
    }
    return out.toArray(new String[0]);
  }
}
