package io.github.conflictdata.compare;

import static io.github.conflictdata.io.ColumnType.INT;
import static io.github.conflictdata.io.ColumnType.TEXT;

import io.github.conflictdata.CuratedTable;
import io.github.conflictdata.DatasetFormatException;
import io.github.conflictdata.compare.ConcordanceEntry.CowKind;
import io.github.conflictdata.io.ColumnSpec;
import io.github.conflictdata.io.ColumnType;
import io.github.conflictdata.io.Schema;
import io.github.conflictdata.io.StrictCsv;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The war concordance: which UCDP conflict, COW war and PRIO id describe the same war (layout,
 * method and citations in {@code data/concordance/README.md}). Read strictly: a bad cell throws
 * {@link DatasetFormatException} with file, line and column.
 */
public final class Concordance {
  /** Version of the bundled concordance (see its README). */
  public static final String VERSION = "1.1";

  /** Classpath location of the bundled concordance. */
  public static final String RESOURCE =
      "/io/github/conflictdata/data/concordance/war-concordance.csv";

  /** The concordance layout, read by {@link StrictCsv}. */
  public static final Schema SCHEMA =
      Schema.curated(CuratedTable.CONCORDANCE)
          .column(ColumnSpec.key("war", TEXT))
          .column(ColumnSpec.key("ucdp_conflict_id", INT).min(1))
          .column(optional("ucdp_dyad_ids", TEXT))
          .column(ColumnSpec.key("ucdp_start_year", INT).min(1946))
          .column(ColumnSpec.key("ucdp_end_year", INT).min(1946))
          .column(optional("cow_kind", TEXT).allowed("inter", "intra", "extra", "non-state"))
          .column(optional("cow_war_num", INT).min(1))
          .column(optional("cow_intra_v51_war_num", TEXT))
          .column(optional("cow_war_name", TEXT))
          .column(optional("cow_start_year", INT).min(1816))
          .column(optional("cow_end_year", INT).min(1816))
          .column(optional("prio_id", INT).min(1))
          .column(optional("prio_start_year", INT).min(1946))
          .column(optional("prio_end_year", INT).min(1946))
          .column(ColumnSpec.key("start_year", INT).min(1816))
          .column(ColumnSpec.key("end_year", INT).min(1816))
          .column(ColumnSpec.key("confidence", TEXT).allowed("high", "medium"))
          .column(ColumnSpec.key("evidence", TEXT))
          .licence("Apache-2.0 (conflictdata)")
          .build();

  private static ColumnSpec optional(String name, ColumnType type) {
    return ColumnSpec.of(name, type, Set.of());
  }

  private static volatile Concordance bundled;

  private final Table table;
  private final List<ConcordanceEntry> entries;

  private Concordance(Table table) {
    this.table = table;
    List<ConcordanceEntry> list = new ArrayList<>();
    for (int r = 0; r < table.rowCount(); r++) {
      list.add(entry(table, r));
    }
    this.entries = List.copyOf(list);
  }

  /**
   * The concordance shipped in the jar (read once).
   *
   * @return the bundled concordance
   */
  public static Concordance bundled() {
    Concordance c = bundled;
    if (c == null) {
      InputStream in = Concordance.class.getResourceAsStream(RESOURCE);
      if (in == null) {
        throw new IllegalStateException("bundled concordance not on the classpath: " + RESOURCE);
      }
      c = read(in, "war-concordance.csv");
      bundled = c;
    }
    return c;
  }

  /**
   * Reads a concordance file strictly.
   *
   * @param file the concordance CSV file
   * @return the concordance
   */
  public static Concordance read(Path file) {
    try {
      return read(Files.newInputStream(file), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /**
   * Reads a concordance from a stream strictly.
   *
   * @param name the name used in error messages
   * @param in the concordance CSV bytes
   * @return the concordance
   */
  public static Concordance read(InputStream in, String name) {
    StrictCsv csv = StrictCsv.read(in, name, SCHEMA);
    Table t = csv.table();
    t.setName("war-concordance");
    IntColumn s = t.intColumn("start_year");
    IntColumn e = t.intColumn("end_year");
    csv.requireRows("end_year", r -> e.getInt(r) >= s.getInt(r),
        "a year >= start_year");
    StringColumn kind = t.stringColumn("cow_kind");
    IntColumn num = t.intColumn("cow_war_num");
    StringColumn v51 = t.stringColumn("cow_intra_v51_war_num");
    csv.requireRows("cow_war_num",
        r -> kind.get(r).isEmpty() == (num.isMissing(r) && v51.get(r).isEmpty()),
        "a war number (cow_war_num or cow_intra_v51_war_num) exactly when cow_kind is set");
    csv.requireRows("cow_intra_v51_war_num",
        r -> v51.get(r).isEmpty() || (kind.get(r).equals("intra") && v51.get(r).matches("\\d+(\\.\\d+)?")),
        "empty, or a number such as 872 or 723.5 on an intra-state row");
    return new Concordance(t);
  }

  /**
   * The table, one row per link, columns as in the README.
   *
   * @return a table of the links
   */
  public Table table() {
    return table;
  }

  /**
   * All links in file order.
   *
   * @return the links, unmodifiable
   */
  public List<ConcordanceEntry> entries() {
    return entries;
  }

  /**
   * How many links, for how many wars: {@code Concordance 1.0: 61 links, 24 wars (ukraine-2022,
   * ...)}.
   */
  @Override
  public String toString() {
    java.util.Set<String> wars = new java.util.TreeSet<>();
    for (ConcordanceEntry e : entries) {
      wars.add(e.war());
    }
    List<String> first = wars.stream().limit(5).toList();
    return "Concordance " + VERSION + ": " + entries.size() + " links, " + wars.size() + " wars ("
        + String.join(", ", first) + (wars.size() > first.size() ? ", ..." : "") + ")";
  }

  /**
   * The distinct wars, in file order of their first link.
   *
   * @return the wars
   */
  public List<War> wars() {
    Map<String, List<ConcordanceEntry>> by = new LinkedHashMap<>();
    for (ConcordanceEntry e : entries) {
      by.computeIfAbsent(e.war(), k -> new ArrayList<>()).add(e);
    }
    return by.entrySet().stream().map(x -> new War(x.getKey(), x.getValue())).toList();
  }

  /**
   * The war with this key.
   *
   * @param key the war key, e.g. {@code "bosnia"}
   * @return the war
   * @throws IllegalArgumentException if no row has that key, naming the known keys
   */
  public War war(String key) {
    List<ConcordanceEntry> l = entries.stream().filter(e -> e.war().equals(key)).toList();
    if (l.isEmpty()) {
      throw new IllegalArgumentException("no war '" + key + "' in the concordance; known: "
          + String.join(", ", wars().stream().map(War::key).toList()));
    }
    return new War(key, l);
  }

  /**
   * The links of one UCDP conflict (empty if none).
   *
   * @param conflictId the UCDP conflict id
   * @return the links of that conflict
   */
  public List<ConcordanceEntry> byUcdp(int conflictId) {
    return entries.stream().filter(e -> e.ucdpConflictId() == conflictId).toList();
  }

  private static ConcordanceEntry entry(Table t, int r) {
    String kind = t.stringColumn("cow_kind").get(r);
    IntColumn num = t.intColumn("cow_war_num");
    IntColumn prio = t.intColumn("prio_id");
    String v51 = t.stringColumn("cow_intra_v51_war_num").get(r);
    return new ConcordanceEntry(
        t.stringColumn("war").get(r),
        t.intColumn("ucdp_conflict_id").getInt(r),
        t.stringColumn("ucdp_dyad_ids").get(r),
        t.intColumn("ucdp_start_year").getInt(r),
        t.intColumn("ucdp_end_year").getInt(r),
        kind.isEmpty() ? Optional.empty() : Optional.of(CowKind.of(kind)),
        num.isMissing(r) ? OptionalInt.empty() : OptionalInt.of(num.getInt(r)),
        v51.isEmpty() ? Optional.empty() : Optional.of(v51),
        t.stringColumn("cow_war_name").get(r),
        prio.isMissing(r) ? OptionalInt.empty() : OptionalInt.of(prio.getInt(r)),
        t.intColumn("start_year").getInt(r),
        t.intColumn("end_year").getInt(r),
        t.stringColumn("confidence").get(r),
        t.stringColumn("evidence").get(r));
  }
}
