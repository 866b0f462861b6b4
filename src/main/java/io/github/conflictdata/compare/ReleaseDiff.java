package io.github.conflictdata.compare;

import io.github.conflictdata.ConflictData;
import io.github.conflictdata.Counts;
import io.github.conflictdata.Dataset;
import io.github.conflictdata.io.Schema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * What changed between two datasets of one kind: two releases (ACD 23.1 and 24.1), or a release
 * and a re-saved copy. Rows are matched by the kind's key columns ({@link Schema#keys()}: {@code
 * conflict_id} and {@code year} for the ACD); a key that repeats is matched occurrence by
 * occurrence. Every column the two tables share, except the release column ({@code version}), is
 * compared cell by cell as written (no thousands separators; a missing value is the empty text).
 *
 * <p>A changed cell is a {@link #VALUE} change, or a {@link #WHITESPACE} change when the two texts
 * differ only in leading, trailing or repeated whitespace ("FLN" and "FLN "): a re-save or a
 * cleanup, not a recoding.
 *
 * <pre>{@code
 * ReleaseDiff diff = ReleaseDiff.of(ConflictData.bundled(DatasetKind.UCDP_PRIO_ACD, "23.1"),
 *     ConflictData.bundled(DatasetKind.UCDP_PRIO_ACD, "24.1"));
 * diff.byColumn();                              // per column: value and whitespace changes
 * }</pre>
 */
public final class ReleaseDiff implements io.github.conflictdata.Noted {
  /** {@code change} of a cell whose value differs. */
  public static final String VALUE = "value";
  /** {@code change} of a cell that differs only in leading, trailing or repeated whitespace. */
  public static final String WHITESPACE = "whitespace";

  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final Dataset older;
  private final Dataset newer;
  private final List<String> keys;
  private final List<String> compared;
  private final Table added;
  private final Table dropped;
  private final Table changes;
  private final List<String> notes;

  private ReleaseDiff(Dataset older, Dataset newer, List<String> keys, List<String> compared,
      Table added, Table dropped, Table changes, List<String> notes) {
    this.older = older;
    this.newer = newer;
    this.keys = keys;
    this.compared = compared;
    this.added = added;
    this.dropped = dropped;
    this.changes = changes;
    this.notes = List.copyOf(notes);
  }

  /**
   * Compares two datasets of one kind.
   *
   * @param older the earlier release (or the original file)
   * @param newer the later release (or the re-saved copy)
   * @return the rows added and dropped and the cells changed
   * @throws IllegalArgumentException if the two are of different kinds, or the kind declares no
   *     key columns, or a key column is missing from a table
   */
  public static ReleaseDiff of(Dataset older, Dataset newer) {
    Objects.requireNonNull(older, "older");
    Objects.requireNonNull(newer, "newer");
    if (older.kind() != newer.kind()) {
      throw new IllegalArgumentException("a release diff compares two datasets of one kind, not "
          + older.kind() + " (" + older.source().name() + ") with " + newer.kind() + " ("
          + newer.source().name() + "): pass two releases of the same dataset");
    }
    Schema schema = ConflictData.schema(older.kind());
    List<String> keys = schema.keys();
    if (keys.isEmpty()) {
      throw new IllegalArgumentException(older.kind() + " declares no key columns: rows cannot"
          + " be matched (declare them with ColumnSpec.key in its schema)");
    }
    Table a = older.table();
    Table b = newer.table();
    for (String k : keys) {
      for (Dataset d : List.of(older, newer)) {
        if (!d.table().containsColumn(k)) {
          throw new IllegalArgumentException(d.source().name() + " has no key column " + k
              + ": rows cannot be matched by " + keys);
        }
      }
    }
    List<String> notes = new ArrayList<>();
    List<String> compared = new ArrayList<>();
    for (String c : b.columnNames()) {
      if (keys.contains(c) || c.equals(schema.versionColumn())) {
        continue;
      }
      if (a.containsColumn(c)) {
        compared.add(c);
      } else {
        notes.add("column " + c + " is only in " + label(newer) + ": not compared");
      }
    }
    for (String c : a.columnNames()) {
      if (!b.containsColumn(c) && !keys.contains(c) && !c.equals(schema.versionColumn())) {
        notes.add("column " + c + " is only in " + label(older) + ": not compared");
      }
    }
    Map<String, Integer> rowsA = index(a, keys, older, notes);
    Map<String, Integer> rowsB = index(b, keys, newer, notes);

    Table changes = keyTable(b, keys, "changes");
    StringColumn column = StringColumn.create("column");
    StringColumn oldValue = StringColumn.create("old");
    StringColumn newValue = StringColumn.create("new");
    StringColumn change = StringColumn.create("change");
    changes.addColumns(column, oldValue, newValue, change);
    List<Integer> droppedRows = new ArrayList<>();
    for (Map.Entry<String, Integer> e : rowsA.entrySet()) {
      Integer rb = rowsB.get(e.getKey());
      int ra = e.getValue();
      if (rb == null) {
        droppedRows.add(ra);
        continue;
      }
      for (String c : compared) {
        String x = text(a.column(c), ra);
        String y = text(b.column(c), rb);
        if (!x.equals(y)) {
          for (String k : keys) {
            changes.column(k).appendObj(b.column(k).get(rb));
          }
          column.append(c);
          oldValue.append(x);
          newValue.append(y);
          change.append(norm(x).equals(norm(y)) ? WHITESPACE : VALUE);
        }
      }
    }
    List<Integer> addedRows = new ArrayList<>();
    for (Map.Entry<String, Integer> e : rowsB.entrySet()) {
      if (!rowsA.containsKey(e.getKey())) {
        addedRows.add(e.getValue());
      }
    }
    Table added = rows(b, addedRows, "added in " + label(newer));
    Table dropped = rows(a, droppedRows, "dropped from " + label(older));
    return new ReleaseDiff(older, newer, keys, List.copyOf(compared), added, dropped, changes,
        notes);
  }

  private static Table rows(Table t, List<Integer> rows, String name) {
    Table r = rows.isEmpty() ? t.emptyCopy() : t.rows(rows.stream().mapToInt(Integer::intValue).toArray());
    r.setName(name);
    return r;
  }

  /** Key text to row, a repeated key getting its occurrence number ("#2"). */
  private static Map<String, Integer> index(
      Table t, List<String> keys, Dataset d, List<String> notes) {
    Map<String, Integer> rows = new LinkedHashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    int repeated = 0;
    for (int r = 0; r < t.rowCount(); r++) {
      StringBuilder k = new StringBuilder();
      for (String c : keys) {
        k.append(text(t.column(c), r)).append('\u0001');
      }
      int n = seen.merge(k.toString(), 1, Integer::sum);
      if (n > 1) {
        repeated++;
      }
      rows.put(k + "#" + n, r);
    }
    if (repeated > 0) {
      notes.add(label(d) + ": " + repeated + " rows repeat a key " + keys
          + " already seen; they are matched occurrence by occurrence");
    }
    return rows;
  }

  private static Table keyTable(Table t, List<String> keys, String name) {
    Table k = Table.create(name);
    for (String c : keys) {
      k.addColumns(t.column(c).emptyCopy());
    }
    return k;
  }

  private static String text(Column<?> c, int row) {
    return c.isMissing(row) ? "" : c.getUnformattedString(row);
  }

  private static String norm(String s) {
    return SPACES.matcher(s.strip()).replaceAll(" ");
  }

  private static String label(Dataset d) {
    return d.kind() + " " + d.version();
  }

  /** {@return the older dataset} */
  public Dataset older() {
    return older;
  }

  /** {@return the newer dataset} */
  public Dataset newer() {
    return newer;
  }

  /** {@return the key columns rows are matched by, as the schema declares them} */
  public List<String> keys() {
    return keys;
  }

  /** {@return the columns compared cell by cell: both tables' columns but the keys and the release} */
  public List<String> compared() {
    return compared;
  }

  /**
   * Rows of the newer dataset whose key the older lacks.
   *
   * @return those rows, with all of the newer table's columns
   */
  public Table added() {
    return added;
  }

  /**
   * Rows of the older dataset whose key the newer lacks.
   *
   * @return those rows, with all of the older table's columns
   */
  public Table dropped() {
    return dropped;
  }

  /**
   * One row per changed cell of a row in both: the key columns, {@code column}, {@code old} and
   * {@code new} (the cells as written; empty for a missing value) and {@code change} ({@link
   * #VALUE} or {@link #WHITESPACE}).
   *
   * @return the changed cells, in the older table's row order
   */
  public Table changes() {
    return changes;
  }

  /**
   * The cells whose value changed, whitespace-only changes left out.
   *
   * @return the rows of {@link #changes()} whose {@code change} is {@link #VALUE}
   */
  public Table valueChanges() {
    return changes.where(changes.stringColumn("change").isEqualTo(VALUE));
  }

  /**
   * Changed cells per column: {@code column}, {@code value_changes}, {@code whitespace_changes},
   * most value changes first.
   *
   * @return one row per column with at least one change
   */
  public Table byColumn() {
    return summary(List.of("column"), "changes by column");
  }

  /**
   * Changed cells per conflict (the key columns but {@code year}, e.g. {@code conflict_id}):
   * {@code value_changes}, {@code whitespace_changes}, most value changes first.
   *
   * @return one row per conflict with at least one change
   */
  public Table byConflict() {
    List<String> unit = keys.stream().filter(k -> !k.equals("year")).toList();
    return summary(unit.isEmpty() ? keys : unit, "changes by conflict");
  }

  private Table summary(List<String> by, String name) {
    Map<List<Object>, int[]> counts = new LinkedHashMap<>();
    Map<List<Object>, Integer> firstRow = new LinkedHashMap<>();
    for (int r = 0; r < changes.rowCount(); r++) {
      List<Object> k = new ArrayList<>();
      for (String c : by) {
        k.add(changes.column(c).get(r));
      }
      firstRow.putIfAbsent(k, r);
      counts.computeIfAbsent(k, x -> new int[2])[
          changes.stringColumn("change").get(r).equals(VALUE) ? 0 : 1]++;
    }
    Table t = Table.create(name);
    for (String c : by) {
      t.addColumns(changes.column(c).emptyCopy());
    }
    IntColumn values = IntColumn.create("value_changes");
    IntColumn spaces = IntColumn.create("whitespace_changes");
    t.addColumns(values, spaces);
    for (Map.Entry<List<Object>, int[]> e : counts.entrySet()) {
      int r = firstRow.get(e.getKey());
      for (String c : by) {
        t.column(c).appendObj(changes.column(c).get(r));
      }
      values.append(e.getValue()[0]);
      spaces.append(e.getValue()[1]);
    }
    Counts.group(values, spaces);
    return t.sortDescendingOn("value_changes");
  }

  /**
   * What the diff could not compare as asked: columns in one table only, keys that repeat.
   *
   * @return one line per note; empty when both tables share every column and keys are unique
   */
  @Override
  public List<String> notes() {
    return notes;
  }

  /**
   * {@return the counts in one line: rows added and dropped, cells changed by value and by
   * whitespace only, and the key columns}
   */
  @Override
  public String toString() {
    long value = changes.stringColumn("change").isEqualTo(VALUE).size();
    return label(older) + " -> " + newer.version() + ": " + Fmt.count(added.rowCount())
        + " rows added, " + Fmt.count(dropped.rowCount()) + " dropped; "
        + Fmt.count(changes.rowCount()) + " cells changed (" + Fmt.count(value) + " value, "
        + Fmt.count(changes.rowCount() - value) + " whitespace only) in "
        + changes.stringColumn("column").countUnique() + " of " + compared.size()
        + " columns compared, rows matched by " + String.join(", ", keys);
  }
}
