package io.github.conflictdata.compare;

import io.github.conflictdata.DatasetFormatException;
import io.github.conflictdata.CuratedTable;
import io.github.conflictdata.Problem;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The layout of one of our curated tables as data: column name, type, whether it may be empty, and
 * the allowed values. {@link #toTable} checks every cell and reports every problem at once.
 */
final class TypedCsv {
  enum Type {
    INT,
    TEXT,
    DATE
  }

  record Col(
      String name, Type type, boolean required, Set<String> allowed, int min, boolean optional) {
    Col(String name, Type type, boolean required, Set<String> allowed, int min) {
      this(name, type, required, allowed, min, false);
    }

    /**
     * This column, which a file may leave out (a layout that added it later): absent, it reads
     * as all-missing; present, it may stand anywhere in the header.
     */
    Col optionalColumn() {
      return new Col(name, type, required, allowed, min, true);
    }

    static Col integer(String name, boolean required, int min) {
      return new Col(name, Type.INT, required, Set.of(), min);
    }

    static Col text(String name, boolean required) {
      return new Col(name, Type.TEXT, required, Set.of(), 0);
    }

    static Col oneOf(String name, boolean required, String... values) {
      return new Col(name, Type.TEXT, required, Set.of(values), 0);
    }

    static Col date(String name, boolean required) {
      return new Col(name, Type.DATE, required, Set.of(), 0);
    }

    String expected() {
      String what =
          switch (type) {
            case INT -> "an integer >= " + min;
            case DATE -> "an ISO date yyyy-mm-dd";
            case TEXT -> allowed.isEmpty() ? "text" : "one of " + String.join(", ", sorted(allowed));
          };
      return required ? what : what + " or an empty cell";
    }

    private static List<String> sorted(Set<String> s) {
      List<String> l = new ArrayList<>(s);
      l.sort(null);
      return l;
    }
  }

  private TypedCsv() {}

  /**
   * Builds the typed table. The header must hold exactly these columns in this order.
   *
   * @throws DatasetFormatException listing every bad cell as file:line:column
   */
  static Table toTable(CsvRecords csv, List<Col> cols, CuratedTable kind, String tableName) {
    String name = csv.name;
    List<Problem> problems = new ArrayList<>();
    // the header: the fixed columns in this order; optional columns may stand anywhere, once
    List<String> expectedHeader =
        cols.stream().filter(c -> !c.optional()).map(Col::name).toList();
    Map<String, Integer> fieldOf = new LinkedHashMap<>();
    List<String> fixedFound = new ArrayList<>();
    for (int i = 0; i < csv.header.size(); i++) {
      String h = csv.header.get(i);
      Col opt = cols.stream().filter(c -> c.optional() && c.name().equals(h)).findFirst().orElse(null);
      if (opt != null && !fieldOf.containsKey(h)) {
        fieldOf.put(h, i);
      } else {
        fixedFound.add(h);
        fieldOf.putIfAbsent(h, i);
      }
    }
    if (!fixedFound.equals(expectedHeader)) {
      for (int i = 0; i < Math.max(fixedFound.size(), expectedHeader.size()); i++) {
        String found = i < fixedFound.size() ? fixedFound.get(i) : "(no column)";
        String want = i < expectedHeader.size() ? expectedHeader.get(i) : "(no column)";
        if (!found.equals(want)) {
          int at = found.equals("(no column)") ? csv.header.size() + 1
              : csv.header.indexOf(found) + 1;
          String optional = cols.stream().filter(Col::optional).map(Col::name)
              .reduce((a, b) -> a + ", " + b).map(o -> "; optional anywhere: " + o).orElse("");
          problems.add(
              new Problem(name, 1, at, "", found, "column '" + want + "' (header: "
                  + String.join(",", expectedHeader) + optional + ")"));
          break;
        }
      }
      throw DatasetFormatException.curated(name, kind, null, problems);
    }
    Map<String, Column<?>> columns = new LinkedHashMap<>();
    for (Col c : cols) {
      columns.put(
          c.name(),
          switch (c.type()) {
            case INT -> IntColumn.create(c.name());
            case DATE -> DateColumn.create(c.name());
            case TEXT -> StringColumn.create(c.name());
          });
    }
    for (CsvRecords.Row row : csv.rows) {
      for (Col c : cols) {
        Integer field = fieldOf.get(c.name());
        Column<?> col = columns.get(c.name());
        if (field == null) {
          col.appendMissing(); // an optional column the file does not have
          continue;
        }
        int i = field;
        String raw = row.fields().get(i);
        if (raw.isEmpty()) {
          if (c.required()) {
            problems.add(new Problem(name, row.line(), i + 1, c.name(), raw, c.expected()));
          }
          col.appendMissing();
          continue;
        }
        switch (c.type()) {
          case INT -> {
            Integer v = parseInt(raw);
            if (v == null || v < c.min()) {
              problems.add(new Problem(name, row.line(), i + 1, c.name(), raw, c.expected()));
              col.appendMissing();
            } else {
              ((IntColumn) col).append(v);
            }
          }
          case DATE -> {
            try {
              if (!raw.matches("\\d{4}-\\d{2}-\\d{2}")) {
                throw new DateTimeParseException("not ISO", raw, 0);
              }
              ((DateColumn) col).append(LocalDate.parse(raw));
            } catch (DateTimeParseException e) {
              problems.add(new Problem(name, row.line(), i + 1, c.name(), raw, c.expected()));
              col.appendMissing();
            }
          }
          case TEXT -> {
            if (!c.allowed().isEmpty() && !c.allowed().contains(raw)) {
              problems.add(new Problem(name, row.line(), i + 1, c.name(), raw, c.expected()));
            } else if (!raw.equals(raw.strip())) {
              problems.add(
                  new Problem(name, row.line(), i + 1, c.name(), raw,
                      "text without leading or trailing blanks"));
            }
            ((StringColumn) col).append(raw);
          }
        }
      }
    }
    if (!problems.isEmpty()) {
      throw DatasetFormatException.curated(name, kind, null, problems);
    }
    Table t = Table.create(tableName);
    columns.values().forEach(t::addColumns);
    return t;
  }

  /** Checks that an int column's values are unique; reports duplicates by line. */
  static void requireUnique(CsvRecords csv, Table t, String column, CuratedTable kind) {
    Set<Integer> seen = new HashSet<>();
    List<Problem> problems = new ArrayList<>();
    IntColumn c = t.intColumn(column);
    int idx = t.columnIndex(column);
    for (int r = 0; r < t.rowCount(); r++) {
      if (!c.isMissing(r) && !seen.add(c.getInt(r))) {
        problems.add(new Problem(csv.name, csv.rows.get(r).line(), idx + 1, column,
            String.valueOf(c.getInt(r)), "a value not used on an earlier line"));
      }
    }
    if (!problems.isEmpty()) {
      throw DatasetFormatException.curated(csv.name, kind, null, problems);
    }
  }

  /** Reports rows that break a cross-column rule. */
  static void requireRows(CsvRecords csv, Table t, CuratedTable kind, String column,
      Predicate<Integer> ok, String expected) {
    List<Problem> problems = new ArrayList<>();
    int idx = t.columnIndex(column);
    for (int r = 0; r < t.rowCount(); r++) {
      if (!ok.test(r)) {
        problems.add(new Problem(csv.name, csv.rows.get(r).line(), idx + 1, column,
            csv.rows.get(r).fields().get(idx), expected));
      }
    }
    if (!problems.isEmpty()) {
      throw DatasetFormatException.curated(csv.name, kind, null, problems);
    }
  }

  static Integer parseInt(String raw) {
    if (!raw.matches("-?\\d{1,9}")) {
      return null;
    }
    return Integer.parseInt(raw);
  }
}
