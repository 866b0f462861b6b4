package io.github.conflictdata.io;

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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntPredicate;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The one strict reader for the small comma-separated tables this project curates itself (the
 * claims, the war concordance), typed by a {@link Schema#curated curated schema}: UTF-8 only, a
 * header row holding the schema's columns in order (columns that {@link ColumnSpec#mayBeAbsent() may
 * be absent} anywhere, once), RFC 4180 quoting, every record as many fields as the header. Integer
 * cells are plain integers at least {@link ColumnSpec#min}, dates ISO {@code yyyy-mm-dd}, text
 * without leading or trailing blanks and one of {@link ColumnSpec#allowed} where given; {@link
 * ColumnSpec#required} cells are not empty. Every bad cell is reported at once as {@code
 * FILE:LINE:COLUMN (name): found '...', expected ...}, the line being the physical line a record
 * starts on (the header is line 1); nothing is dropped or guessed.
 *
 * <pre>{@code
 * StrictCsv csv = StrictCsv.read(in, "claims.csv", SCHEMA);
 * csv.requireUnique("claim_id");
 * csv.requireRows("year_end", r -> end.getInt(r) >= start.getInt(r), "a year >= year_start");
 * Table t = csv.table();
 * }</pre>
 */
public final class StrictCsv {
  private final String name;
  private final CuratedTable curated;
  private final String sha256;
  private final Table table;
  private final List<Long> lines;
  private final List<List<String>> fields;
  private final Map<String, Integer> fieldOf;

  private StrictCsv(String name, CuratedTable curated, String sha256, Table table, List<Long> lines,
      List<List<String>> fields, Map<String, Integer> fieldOf) {
    this.name = name;
    this.curated = curated;
    this.sha256 = sha256;
    this.table = table;
    this.lines = lines;
    this.fields = fields;
    this.fieldOf = fieldOf;
  }

  /**
   * Reads {@code in} (closed here) strictly as {@code schema} describes.
   *
   * @param name the file or resource name used in problems
   * @throws DatasetFormatException listing every problem, naming the schema's curated table
   * @throws IllegalArgumentException if {@code schema} is not a curated schema or has a column
   *     type this reader does not read (it reads INT, TEXT and DATE)
   */
  public static StrictCsv read(InputStream in, String name, Schema schema) {
    CuratedTable curated = schema.curatedTable();
    if (curated == null) {
      throw new IllegalArgumentException(
          "StrictCsv reads curated tables; " + schema.kind() + " is a dataset kind");
    }
    for (ColumnSpec c : schema.columns()) {
      if (c.type() != ColumnType.INT && c.type() != ColumnType.TEXT
          && c.type() != ColumnType.DATE) {
        throw new IllegalArgumentException(c.name() + ": StrictCsv does not read " + c.type());
      }
    }
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
      throw fail(name, curated,
          List.of(new Problem(name, 0, 0, "", "bytes that are not UTF-8", "a UTF-8 file")));
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<Record> all = parse(text, name, curated);
    if (all.isEmpty()) {
      throw fail(name, curated,
          List.of(new Problem(name, 1, 0, "", "an empty file", "a header row")));
    }
    List<String> header = all.get(0).fields();
    List<Record> rows = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (Record r : all.subList(1, all.size())) {
      if (r.fields().size() == 1 && r.fields().get(0).isEmpty()) {
        problems.add(new Problem(name, r.line(), 0, "", "an empty line", "a record"));
      } else if (r.fields().size() != header.size()) {
        problems.add(new Problem(name, r.line(), Math.min(r.fields().size(), header.size()) + 1,
            "", r.fields().size() + " fields", header.size() + " fields, as in the header"));
      } else {
        rows.add(r);
      }
    }
    if (!problems.isEmpty()) {
      throw fail(name, curated, problems);
    }
    Map<String, Integer> fieldOf = header(name, curated, header, schema.columns());
    Table t = typed(name, curated, schema.columns(), rows, fieldOf);
    List<Long> lines = new ArrayList<>(rows.size());
    List<List<String>> fields = new ArrayList<>(rows.size());
    for (Record r : rows) {
      lines.add(r.line());
      fields.add(r.fields());
    }
    return new StrictCsv(name, curated, Sha256.hex(bytes), t, List.copyOf(lines),
        List.copyOf(fields), fieldOf);
  }

  /** The typed table, columns in schema order. */
  public Table table() {
    return table;
  }

  /** Lower-case hex SHA-256 of the bytes read. */
  public String sha256() {
    return sha256;
  }

  /** The physical line (the header is line 1) on which row {@code row} of the table starts. */
  public long line(int row) {
    return lines.get(row);
  }

  /**
   * Checks that the integer column's values are unique.
   *
   * @throws DatasetFormatException naming every repeated value's file, line and column
   */
  public void requireUnique(String column) {
    Set<Integer> seen = new HashSet<>();
    List<Problem> problems = new ArrayList<>();
    IntColumn c = table.intColumn(column);
    for (int r = 0; r < table.rowCount(); r++) {
      if (!c.isMissing(r) && !seen.add(c.getInt(r))) {
        problems.add(problem(r, column, String.valueOf(c.getInt(r)),
            "a value not used on an earlier line"));
      }
    }
    if (!problems.isEmpty()) {
      throw fail(name, curated, problems);
    }
  }

  /**
   * Checks a rule across columns on every row; a row that breaks it is reported at {@code
   * column}, with the cell as written and {@code expected}.
   *
   * @throws DatasetFormatException naming every breaking row's file, line and column
   */
  public void requireRows(String column, IntPredicate ok, String expected) {
    List<Problem> problems = new ArrayList<>();
    for (int r = 0; r < table.rowCount(); r++) {
      if (!ok.test(r)) {
        Integer field = fieldOf.get(column);
        problems.add(problem(r, column, field == null ? "" : fields.get(r).get(field), expected));
      }
    }
    if (!problems.isEmpty()) {
      throw fail(name, curated, problems);
    }
  }

  private Problem problem(int row, String column, String found, String expected) {
    Integer field = fieldOf.get(column);
    return new Problem(name, lines.get(row), field == null ? 0 : field + 1, column, found,
        expected);
  }

  private static DatasetFormatException fail(
      String name, CuratedTable curated, List<Problem> problems) {
    return DatasetFormatException.curated(name, curated, null, problems);
  }

  /** The header: the columns that must be there, in order; absent-able ones anywhere, once. */
  private static Map<String, Integer> header(
      String name, CuratedTable curated, List<String> header, List<ColumnSpec> cols) {
    List<String> expected = cols.stream().filter(c -> !c.absentAllowed()).map(ColumnSpec::name)
        .toList();
    Map<String, Integer> fieldOf = new LinkedHashMap<>();
    List<String> fixedFound = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      String h = header.get(i);
      boolean optional = cols.stream().anyMatch(c -> c.absentAllowed() && c.name().equals(h));
      if (optional && !fieldOf.containsKey(h)) {
        fieldOf.put(h, i);
      } else {
        fixedFound.add(h);
        fieldOf.putIfAbsent(h, i);
      }
    }
    if (fixedFound.equals(expected)) {
      return fieldOf;
    }
    for (int i = 0; ; i++) {
      String found = i < fixedFound.size() ? fixedFound.get(i) : "(no column)";
      String want = i < expected.size() ? expected.get(i) : "(no column)";
      if (!found.equals(want)) {
        int at = found.equals("(no column)") ? header.size() + 1 : header.indexOf(found) + 1;
        String optional = cols.stream().filter(ColumnSpec::absentAllowed).map(ColumnSpec::name)
            .reduce((a, b) -> a + ", " + b).map(o -> "; optional anywhere: " + o).orElse("");
        throw fail(name, curated, List.of(new Problem(name, 1, at, "", found, "column '" + want
            + "' (header: " + String.join(",", expected) + optional + ")")));
      }
    }
  }

  private static Table typed(String name, CuratedTable curated, List<ColumnSpec> cols,
      List<Record> rows, Map<String, Integer> fieldOf) {
    List<Problem> problems = new ArrayList<>();
    Map<String, Column<?>> columns = new LinkedHashMap<>();
    for (ColumnSpec c : cols) {
      columns.put(c.name(), switch (c.type()) {
        case INT -> IntColumn.create(c.name());
        case DATE -> DateColumn.create(c.name());
        default -> StringColumn.create(c.name());
      });
    }
    for (Record row : rows) {
      for (ColumnSpec c : cols) {
        Integer field = fieldOf.get(c.name());
        Column<?> col = columns.get(c.name());
        if (field == null) {
          col.appendMissing(); // a column the file may leave out, and does
          continue;
        }
        String raw = row.fields().get(field);
        Problem bad = new Problem(name, row.line(), field + 1, c.name(), raw, expected(c));
        if (raw.isEmpty()) {
          if (c.required()) {
            problems.add(bad);
          }
          col.appendMissing();
          continue;
        }
        switch (c.type()) {
          case INT -> {
            Integer v = raw.matches("-?\\d{1,9}") ? Integer.valueOf(raw) : null;
            if (v == null || (c.min() != null && v < c.min())) {
              problems.add(bad);
              col.appendMissing();
            } else {
              ((IntColumn) col).append(v);
            }
          }
          case DATE -> {
            LocalDate d = null;
            if (raw.matches("\\d{4}-\\d{2}-\\d{2}")) {
              try {
                d = LocalDate.parse(raw);
              } catch (DateTimeParseException e) {
                d = null;
              }
            }
            if (d == null) {
              problems.add(bad);
              col.appendMissing();
            } else {
              ((DateColumn) col).append(d);
            }
          }
          default -> {
            if (!c.allowed().isEmpty() && !c.allowed().contains(raw)) {
              problems.add(bad);
            } else if (!raw.equals(raw.strip())) {
              problems.add(new Problem(name, row.line(), field + 1, c.name(), raw,
                  "text without leading or trailing blanks"));
            }
            ((StringColumn) col).append(raw);
          }
        }
      }
    }
    if (!problems.isEmpty()) {
      throw fail(name, curated, problems);
    }
    Table t = Table.create(curated.title());
    columns.values().forEach(t::addColumns);
    return t;
  }

  /** What a cell of {@code c} must hold, as problems word it. */
  static String expected(ColumnSpec c) {
    String what = switch (c.type()) {
      case INT -> c.min() == null ? "an integer" : "an integer >= " + c.min();
      case DATE -> "an ISO date yyyy-mm-dd";
      default -> c.allowed().isEmpty() ? "text"
          : "one of " + String.join(", ", c.allowed().stream().sorted().toList());
    };
    return c.required() ? what : what + " or an empty cell";
  }

  /** One record: its fields and the physical line it starts on. */
  private record Record(long line, List<String> fields) {}

  /** RFC 4180 records; a quote closed before anything but a comma or line end is an error. */
  private static List<Record> parse(String text, String name, CuratedTable curated) {
    List<Record> out = new ArrayList<>();
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
        out.add(new Record(recordLine, List.copyOf(fields)));
        fields.clear();
        afterQuote = false;
        line++;
        recordLine = line;
      } else if (afterQuote) {
        throw fail(name, curated, List.of(new Problem(name, line, fields.size() + 1, "",
            String.valueOf(c), "a comma or the end of the line after a closing quote")));
      } else if (c == '"' && field.length() == 0) {
        quoted = true;
      } else {
        field.append(c);
      }
    }
    if (quoted) {
      throw fail(name, curated, List.of(new Problem(name, recordLine, fields.size() + 1, "",
          "end of file", "a closing quote")));
    }
    char last = text.charAt(n - 1);
    if (last != '\n' && last != '\r') {
      fields.add(field.toString());
      out.add(new Record(recordLine, List.copyOf(fields)));
    }
    return out;
  }

  @Override
  public String toString() {
    return "StrictCsv[" + name + ", " + curated + ", " + table.rowCount() + " rows]";
  }

  /** The file name used in problems. */
  public String name() {
    return Objects.toString(name);
  }
}
