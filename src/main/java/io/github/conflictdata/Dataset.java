package io.github.conflictdata;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import it.unimi.dsi.fastutil.ints.Int2IntMap;
import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;
import it.unimi.dsi.fastutil.ints.Int2ObjectMap;
import it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.columns.strings.IntDictionaryMap;
import tech.tablesaw.joining.JoinType;
import tech.tablesaw.selection.Selection;

/**
 * A dataset read into a typed Tablesaw table, with its kind, release, source and the problems a
 * lenient read skipped.
 *
 * <p>Missing-value codes (COW -7/-8/-9, PRIO -999/-99) become missing values in the table; the raw
 * code is kept per cell and answered by {@link #rawValue(String, int)}, so the reason is not lost.
 *
 * <p>The verbs an analyst chains ({@link #where(Function)}, {@link #select}, {@link #sortOn},
 * {@link #first}, {@link #joinOn}) return a new {@code Dataset} that keeps the kind, release,
 * source and problems, with the raw missing-value codes moved to the rows' new positions, and
 * that lists what was done in {@link #steps()}. The dataset they are called on is not changed:
 *
 * <pre>{@code
 * Dataset acd = ConflictData.bundled(DatasetKind.UCDP_PRIO_ACD);
 * Dataset wars = acd.where(t -> t.intColumn("intensity_level").isEqualTo(2))
 *     .select("conflict_id", "year", "location", "side_a", "side_b").sortOn("-year");
 * }</pre>
 */
public final class Dataset {
  private final DatasetKind kind;
  private final String version;
  private final Table table;
  private final Source source;
  private final List<Problem> problems;
  private final Map<String, Map<Integer, String>> rawMissing;
  private final List<String> steps;

  /**
   * A dataset as a reader made it.
   *
   * @param kind the dataset kind
   * @param version the release, or null when the file holds none
   * @param table the typed table
   * @param source file, checksum, citation and licence
   * @param problems the records a lenient read skipped
   * @param rawMissing per column name, the row indexes whose cell was a missing-value code, mapped
   *     to the raw text found in the file
   */
  public Dataset(
      DatasetKind kind,
      String version,
      Table table,
      Source source,
      List<Problem> problems,
      Map<String, Map<Integer, String>> rawMissing) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.version = version;
    this.table = Counts.group(Objects.requireNonNull(table, "table"), kind);
    this.source = Objects.requireNonNull(source, "source");
    this.problems = List.copyOf(problems);
    this.rawMissing = Map.copyOf(rawMissing);
    this.steps = List.of();
  }

  private Dataset(Dataset from, Table table, Source source, List<Problem> problems,
      Map<String, Map<Integer, String>> rawMissing, String step) {
    this.kind = from.kind;
    this.version = from.version;
    this.table = Counts.group(table, from.kind);
    this.source = source;
    this.problems = List.copyOf(problems);
    this.rawMissing = Map.copyOf(rawMissing);
    List<String> s = new ArrayList<>(from.steps);
    if (step != null) {
      s.add(step);
    }
    this.steps = List.copyOf(s);
  }

  /**
   * The dataset kind.
   *
   * @return the kind
   */
  public DatasetKind kind() {
    return kind;
  }

  /**
   * The release as "major.minor" ("24.1", "4.1", "3.1"), read from the file's version column
   * (PRIO: {@code bdversion}). ACLED exports carry no release number: their release is the ISO
   * date of the latest event ("2020-12-05"). Null when the file holds no release (a header-only
   * file, or a re-save that dropped the version column).
   *
   * @return the release, or null
   */
  public String version() {
    return version;
  }

  /**
   * The typed table: codebook column names, one row per data record. Count columns ({@link
   * Counts#columns}) print with thousands separators.
   *
   * @return the table itself (not a copy): changing it changes this dataset
   */
  public Table table() {
    return table;
  }

  /**
   * File or resource name, checksum, citation and licence. A joined dataset keeps the left one's
   * name, checksum and note and cites both publishers (see {@link #joinOn}).
   *
   * @return the source
   */
  public Source source() {
    return source;
  }

  /**
   * The records a lenient read skipped, with their positions; empty after a strict read. Kept by
   * every verb (a join lists both datasets' problems).
   *
   * @return the problems, unmodifiable
   */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * The raw text of a cell that the reader turned into a missing value, e.g. {@code "-9"} (COW:
   * unknown) or {@code "-999"} (PRIO: no best estimate), or recoded into the kind's one form
   * (ACLED's old {@code interaction} "12", read as "State forces-Rebel group"). Empty for cells
   * that hold a value as written, and for cells that were empty in the file.
   *
   * @param column column name
   * @param row 0-based row index in {@link #table()}
   * @return the raw code, or empty
   */
  public Optional<String> rawValue(String column, int row) {
    Map<Integer, String> m = rawMissing.get(column);
    return m == null ? Optional.empty() : Optional.ofNullable(m.get(row));
  }

  /**
   * Per column, the rows whose value was a missing-value code and that code's raw text.
   *
   * @return column name to (row index to raw text), unmodifiable
   */
  public Map<String, Map<Integer, String>> rawMissingValues() {
    return rawMissing;
  }

  /**
   * What was done to the table as read, in order ("where: 120 of 2,626 rows", "joined with ..."):
   * empty for a dataset as the reader made it.
   *
   * @return the steps, unmodifiable
   */
  public List<String> steps() {
    return steps;
  }

  // ---------------------------------------------------------------- verbs

  /**
   * The rows the selection picks, in their order: {@code acd.where(t ->
   * t.intColumn("year").isGreaterThan(2000))}. Same semantics as Tablesaw's {@link
   * Table#where(Function)}.
   *
   * @param selection the rows to keep, computed from this dataset's table
   * @return a new dataset of those rows, keeping kind, release, source and raw codes
   */
  public Dataset where(Function<Table, Selection> selection) {
    Objects.requireNonNull(selection, "selection");
    return where(selection.apply(table));
  }

  /**
   * The rows the selection picks, in their order.
   *
   * @param selection rows of this dataset's table (indexes past its end are an error)
   * @return a new dataset of those rows, keeping kind, release, source and raw codes
   * @throws IllegalArgumentException if the selection holds a row index this table does not have
   */
  public Dataset where(Selection selection) {
    Objects.requireNonNull(selection, "selection");
    int[] rows = selection.toArray();
    for (int r : rows) {
      if (r < 0 || r >= table.rowCount()) {
        throw new IllegalArgumentException("the selection holds row " + r + " but the table has "
            + table.rowCount() + " rows: make the selection from this dataset's table");
      }
    }
    return new Dataset(this, table.where(selection), source, problems, reindex(rawMissing, rows),
        "where: " + String.format("%,d", rows.length) + " of " + String.format("%,d", table.rowCount())
            + " rows");
  }

  /**
   * Only these columns, in this order.
   *
   * @param columns column names of this table
   * @return a new dataset of those columns, keeping kind, release, source and their raw codes
   * @throws IllegalArgumentException if a column is not in the table (the message lists them)
   */
  public Dataset select(String... columns) {
    requireColumns(table, columns);
    Map<String, Map<Integer, String>> raw = new HashMap<>();
    for (String c : columns) {
      String name = table.column(c).name();
      if (rawMissing.containsKey(name)) {
        raw.put(name, rawMissing.get(name));
      }
    }
    return new Dataset(this, table.selectColumns(columns), source, problems, raw,
        "select: " + String.join(", ", columns));
  }

  /**
   * The rows sorted on these columns, as Tablesaw's {@link Table#sortOn(String...)}: ascending,
   * or descending for a name written with a leading {@code -} ({@code sortOn("-year",
   * "conflict_id")}).
   *
   * @param columns column names, each optionally prefixed with {@code -}
   * @return a new dataset in that order, keeping kind, release, source and raw codes
   * @throws IllegalArgumentException if a column is not in the table
   */
  public Dataset sortOn(String... columns) {
    String[] bare = Arrays.stream(columns)
        .map(c -> c.startsWith("-") || c.startsWith("+") ? c.substring(1) : c)
        .toArray(String[]::new);
    requireColumns(table, bare);
    Table tagged = withRowNumbers(table, ROW);
    Table sorted = tagged.sortOn(columns);
    int[] rows = sorted.intColumn(ROW).asIntArray();
    sorted.removeColumns(ROW);
    return new Dataset(this, sorted, source, problems, reindex(rawMissing, rows),
        "sortOn: " + String.join(", ", columns));
  }

  /**
   * The first {@code n} rows (all of them when the table has fewer).
   *
   * @param n how many rows, at least 0
   * @return a new dataset of those rows, keeping kind, release, source and raw codes
   * @throws IllegalArgumentException if {@code n} is negative
   */
  public Dataset first(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("first(" + n + "): the number of rows must be 0 or more");
    }
    int k = Math.min(n, table.rowCount());
    int[] rows = new int[k];
    Arrays.setAll(rows, i -> i);
    return new Dataset(this, table.first(k), source, problems, reindex(rawMissing, rows),
        "first: " + k + " rows");
  }

  /**
   * The rows of this dataset and {@code other} whose key columns are equal (an inner join, as
   * Tablesaw's {@link Table#joinOn(String...)}): {@code acd.joinOn(brd, "conflict_id", "year")}.
   * The key columns appear once; every other column of {@code other} whose name is already taken
   * here is renamed with the other kind's short name as prefix ({@code brd.gwno_a}, {@code
   * brd.region}; see {@link #prefixOf(DatasetKind)}), so duplicate names never fail the join.
   *
   * <p>A join has no single kind: the result keeps this (the left) dataset's kind, release,
   * source name, checksum and note; its citation and licence name both publishers; {@link
   * #steps()} says what was joined (kind, release, file, keys, renamed columns); the problems of
   * both are kept, and the raw missing-value codes of both follow their rows.
   *
   * @param other the dataset to join (the right side)
   * @param keys the key columns, present in both tables with the same types
   * @return a new dataset, one row per matching pair of rows
   * @throws IllegalArgumentException if a key is missing from either table or its types differ
   */
  public Dataset joinOn(Dataset other, String... keys) {
    return join(other, JoinType.INNER, keys);
  }

  /**
   * Like {@link #joinOn}, but every row of this dataset is kept (a left outer join): where {@code
   * other} has no matching row, its columns are missing.
   *
   * @param other the dataset to join (the right side)
   * @param keys the key columns, present in both tables with the same types
   * @return a new dataset with at least this dataset's rows
   * @throws IllegalArgumentException if a key is missing from either table or its types differ
   */
  public Dataset leftJoinOn(Dataset other, String... keys) {
    return join(other, JoinType.LEFT_OUTER, keys);
  }

  /**
   * The prefix {@link #joinOn} gives the right side's clashing columns: {@code "brd."} for both
   * BRD kinds, {@code "acd."}, {@code "dyadic."}, {@code "ged."}, {@code "nonstate."}, {@code
   * "onesided."}, {@code "cow."} for the COW kinds, {@code "prio."}, {@code "acled."}.
   *
   * @param kind the right side's kind
   * @return the prefix, ending in a dot
   */
  public static String prefixOf(DatasetKind kind) {
    switch (kind) {
      case UCDP_BRD_CONFLICT:
      case UCDP_BRD_DYADIC:
        return "brd.";
      case UCDP_PRIO_ACD:
        return "acd.";
      case UCDP_DYADIC:
        return "dyadic.";
      case UCDP_GED:
        return "ged.";
      case UCDP_NONSTATE:
        return "nonstate.";
      case UCDP_ONESIDED:
        return "onesided.";
      case PRIO_BATTLE_DEATHS:
        return "prio.";
      case ACLED_EVENTS:
      case ACLED_COUNTRY_YEAR:
        return "acled.";
      default:
        return "cow.";
    }
  }

  private Dataset join(Dataset other, JoinType type, String... keys) {
    Objects.requireNonNull(other, "other");
    if (keys.length == 0) {
      throw new IllegalArgumentException("joinOn needs at least one key column, e.g."
          + " joinOn(brd, \"conflict_id\", \"year\")");
    }
    requireColumns(table, keys);
    requireColumns(other.table, keys);
    for (String k : keys) {
      Column<?> a = table.column(k);
      Column<?> b = other.table.column(k);
      if (a.type() != b.type()) {
        throw new IllegalArgumentException("key " + k + " is " + a.type() + " in " + kind
            + " but " + b.type() + " in " + other.kind + ": join on columns of one type");
      }
    }
    java.util.Set<String> keySet = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    keySet.addAll(Arrays.asList(keys));
    // the right side with its clashing columns renamed, and both sides numbered
    String prefix = prefixOf(other.kind);
    Table right = Table.create(other.table.name());
    Map<String, String> renamed = new LinkedHashMap<>();
    for (Column<?> c : other.table.columns()) {
      String name = c.name();
      if (keySet.contains(name) || !table.containsColumn(name)) {
        right.addColumns(c);
        continue;
      }
      String to = prefix + name;
      for (int i = 2; table.containsColumn(to) || other.table.containsColumn(to); i++) {
        to = prefix.substring(0, prefix.length() - 1) + i + "." + name;
      }
      renamed.put(name, to);
      right.addColumns(c.copy().setName(to));
    }
    Table left = withRowNumbers(table, ROW);
    right = withRowNumbers(right, ROW_RIGHT);
    Table joined = left.joinOn(keys).with(right).type(type).join();
    int[] leftRows = joined.intColumn(ROW).asIntArray();
    IntColumn rr = joined.intColumn(ROW_RIGHT);
    int[] rightRows = new int[rr.size()];
    for (int i = 0; i < rightRows.length; i++) {
      rightRows[i] = rr.isMissing(i) ? -1 : rr.getInt(i);
    }
    joined.removeColumns(ROW, ROW_RIGHT);
    joined.setName(table.name() + " joined with " + other.table.name());

    Map<String, Map<Integer, String>> raw = new HashMap<>(reindex(rawMissing, leftRows));
    Map<String, Map<Integer, String>> rawRight = new HashMap<>();
    other.rawMissing.forEach((c, m) -> {
      if (!keySet.contains(c)) {
        rawRight.put(renamed.getOrDefault(c, c), m);
      }
    });
    raw.putAll(reindex(rawRight, rightRows));

    List<Problem> allProblems = new ArrayList<>(problems);
    allProblems.addAll(other.problems);
    Source s = new Source(source.name(), source.sha256(),
        both(source.citation(), other.source.citation()), both(source.licence(), other.source.licence()),
        source.note());
    String step = (type == JoinType.INNER ? "joined with " : "left-joined with ") + other.kind + " "
        + other.version + " (" + other.source.name() + ") on " + String.join(", ", keys)
        + (renamed.isEmpty() ? "" : "; " + renamed.size() + " of its columns renamed "
            + String.join(", ", renamed.values().stream().limit(3).toList())
            + (renamed.size() > 3 ? ", ..." : ""))
        + ": " + String.format("%,d", joined.rowCount()) + " rows";
    return new Dataset(this, joined, s, allProblems, raw, step);
  }

  /**
   * A deep copy: a new table with the same rows (a change to one never reaches the other), and
   * the same kind, release, source, problems, raw codes and steps.
   *
   * @return the copy
   */
  public Dataset copy() {
    return new Dataset(this, copyOf(table), source, problems, rawMissing, null);
  }

  /**
   * A deep copy of {@code t}, column by column. Text columns the reader built (Tablesaw's int
   * dictionary) are copied by their dictionary arrays: Tablesaw's own {@code copy()} sets one
   * cell at a time, which made a copy of the bundled ACD cost about 50 ms instead of a few.
   */
  private static Table copyOf(Table t) {
    Table out = Table.create(t.name());
    for (Column<?> c : t.columns()) {
      if (c instanceof StringColumn sc && sc.getDictionary() instanceof IntDictionaryMap d) {
        Int2ObjectOpenHashMap<String> keyToValue = new Int2ObjectOpenHashMap<>(d.size());
        Object2IntOpenHashMap<String> valueToKey = new Object2IntOpenHashMap<>(d.size());
        valueToKey.defaultReturnValue(Integer.MIN_VALUE); // Tablesaw's "no key yet", as the reader sets it
        for (Int2ObjectMap.Entry<String> e : d.getKeyValueEntries()) {
          keyToValue.put(e.getIntKey(), e.getValue());
          valueToKey.put(e.getValue(), e.getIntKey());
        }
        Int2IntOpenHashMap keyToCount = new Int2IntOpenHashMap(d.size());
        keyToCount.defaultReturnValue(0);
        for (Int2IntMap.Entry e : d.getKeyCountEntries()) {
          keyToCount.put(e.getIntKey(), e.getIntValue());
        }
        StringColumn copy = StringColumn.createInternal(sc.name(),
            new IntDictionaryMap.IntDictionaryBuilder()
                .setNextIndex(d.nextKeyWithoutIncrementing())
                .setKeyToValue(keyToValue)
                .setValueToKey(valueToKey)
                .setKeyToCount(keyToCount)
                .setValues(d.values().toIntArray())
                .build());
        copy.setPrintFormatter(sc.getPrintFormatter());
        out.addColumns(copy);
      } else {
        out.addColumns(c.copy());
      }
    }
    return out;
  }

  private static final String ROW = "__conflictdata_row__";
  private static final String ROW_RIGHT = "__conflictdata_row_right__";

  /** A new table holding {@code t}'s columns (shared, not copied) and a column of row numbers. */
  private static Table withRowNumbers(Table t, String name) {
    Table out = Table.create(t.name());
    out.addColumns(t.columns().toArray(new Column<?>[0]));
    int[] n = new int[t.rowCount()];
    Arrays.setAll(n, i -> i);
    out.addColumns(IntColumn.create(name, n));
    return out;
  }

  /** The raw codes of the rows {@code rows} (old indexes, one per new row), at their new index. */
  private static Map<String, Map<Integer, String>> reindex(
      Map<String, Map<Integer, String>> raw, int[] rows) {
    Map<String, Map<Integer, String>> out = new HashMap<>();
    for (Map.Entry<String, Map<Integer, String>> e : raw.entrySet()) {
      Map<Integer, String> old = e.getValue();
      Map<Integer, String> m = new HashMap<>();
      for (int i = 0; i < rows.length; i++) {
        String v = rows[i] < 0 ? null : old.get(rows[i]);
        if (v != null) {
          m.put(i, v);
        }
      }
      if (!m.isEmpty()) {
        out.put(e.getKey(), Map.copyOf(m));
      }
    }
    return out;
  }

  private static void requireColumns(Table t, String... columns) {
    for (String c : columns) {
      if (c == null || !t.containsColumn(c)) {
        throw new IllegalArgumentException("no column '" + c + "' in " + t.name() + "; columns: "
            + String.join(", ", t.columnNames()));
      }
    }
  }

  private static String both(String a, String b) {
    if (b == null || b.isEmpty() || b.equals(a)) {
      return a;
    }
    return a == null || a.isEmpty() ? b : a + " " + b;
  }

  /**
   * Kind, release, size, source, any steps, and the first columns with their types: {@code
   * UCDP_PRIO_ACD 24.1: 2,626 rows x 28 columns from UcdpPrioConflict_v24_1.xlsx; columns:
   * conflict_id INTEGER, location STRING, ...}.
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append(kind).append(' ').append(version).append(": ")
        .append(String.format("%,d", table.rowCount())).append(" rows x ")
        .append(table.columnCount()).append(" columns from ").append(source.name());
    for (String s : steps) {
      sb.append("; ").append(s);
    }
    if (!problems.isEmpty()) {
      sb.append("; ").append(problems.size()).append(" records skipped (problems())");
    }
    sb.append("; columns: ");
    int shown = Math.min(6, table.columnCount());
    for (int i = 0; i < shown; i++) {
      Column<?> c = table.column(i);
      sb.append(i == 0 ? "" : ", ").append(c.name()).append(' ').append(c.type().name());
    }
    if (table.columnCount() > shown) {
      sb.append(", ... (").append(table.columnCount() - shown).append(" more)");
    }
    return sb.toString();
  }
}
