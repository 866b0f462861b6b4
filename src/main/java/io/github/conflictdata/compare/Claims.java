package io.github.conflictdata.compare;

import static io.github.conflictdata.io.ColumnType.DATE;
import static io.github.conflictdata.io.ColumnType.INT;
import static io.github.conflictdata.io.ColumnType.TEXT;

import io.github.conflictdata.Counts;
import io.github.conflictdata.CuratedTable;
import io.github.conflictdata.DatasetFormatException;
import io.github.conflictdata.Source;
import io.github.conflictdata.io.ColumnSpec;
import io.github.conflictdata.io.ColumnType;
import io.github.conflictdata.io.Schema;
import io.github.conflictdata.io.StrictCsv;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * Casualty claims: figures stated by governments and reported in the news, typed and cited (layout
 * in {@code data/claims/README.md}). The reader is strict: any bad cell throws {@link
 * DatasetFormatException} naming file, line and column; nothing is dropped or guessed.
 *
 * <p>Claims are a table this project curates ({@link CuratedTable#CLAIMS}), not a published
 * dataset: {@link #table()} holds the rows, {@link #source()} the file read and its SHA-256, and
 * {@link #citation()} the footnote text.
 *
 * <pre>{@code
 * Claims claims = Claims.bundled();            // same as ConflictData.claims()
 * Claims mine = Claims.read(Path.of("my-claims.csv"));
 * Table t = claims.table();
 * }</pre>
 */
public final class Claims {
  /** The version of the claims layout and of the bundled file. */
  public static final String VERSION = "1.1";

  /** Classpath location of the bundled claims file. */
  public static final String RESOURCE = "/io/github/conflictdata/data/claims/claims.csv";

  static final String LICENCE = "Apache-2.0 (conflictdata)";

  static final String CITATION =
      "conflictdata claims table v" + VERSION + " (data/claims/README.md); each row cites the"
          + " publication it was read in (source_publication, source_title, source_date, source_url)";

  /** Scopes a claim may have. */
  public static final List<String> SCOPES = List.of("military", "civilian", "all");

  /** Measures a claim may have. */
  public static final List<String> MEASURES =
      List.of("killed", "died", "missing", "wounded", "in medical treatment");

  /** Qualifiers a claim may have, as the claimant worded the figure. */
  public static final List<String> QUALIFIERS = List.of("exact", "at least", "more than", "nearly");

  /** Kinds of source a claim may have: the claimant's own statement, a survey's estimate, a reporter's rounding. */
  public static final List<String> SOURCE_KINDS =
      List.of("official statement", "survey estimate", "reporter rounding");

  /** The claims layout, read by {@link StrictCsv}. */
  public static final Schema SCHEMA =
      Schema.curated(CuratedTable.CLAIMS)
          .column(ColumnSpec.key("claim_id", INT).min(1))
          .column(ColumnSpec.key("war", TEXT))
          .column(ColumnSpec.key("year_start", INT).min(1800))
          .column(ColumnSpec.key("year_end", INT).min(1800))
          .column(ColumnSpec.key("claimant", TEXT))
          .column(ColumnSpec.key("date_stated", DATE))
          .column(ColumnSpec.key("party", TEXT))
          .column(ColumnSpec.key("scope", TEXT).allowed(SCOPES.toArray(String[]::new)))
          .column(ColumnSpec.key("measure", TEXT).allowed(MEASURES.toArray(String[]::new)))
          .column(ColumnSpec.key("qualifier", TEXT).allowed(QUALIFIERS.toArray(String[]::new)))
          .column(ColumnSpec.key("value", INT).min(0))
          .column(ColumnSpec.key("source_kind", TEXT).allowed(SOURCE_KINDS.toArray(String[]::new)))
          .column(optional("derived_from", INT).min(1))
          .column(ColumnSpec.key("source_publication", TEXT))
          .column(ColumnSpec.key("source_title", TEXT))
          .column(ColumnSpec.key("source_date", DATE))
          .column(optional("source_url", TEXT))
          .column(ColumnSpec.key("quote", TEXT))
          .column(optional("notes", TEXT))
          // added by issue 13: the period a figure covers and the population it counts; a file
          // without them (layout 1.0) reads with these columns all-missing
          .column(optional("period_start", DATE).mayBeAbsent())
          .column(optional("period_end", DATE).mayBeAbsent())
          .column(optional("population", TEXT).mayBeAbsent())
          .counts("value")
          .citation(CITATION)
          .licence(LICENCE)
          .build();

  private static ColumnSpec optional(String name, ColumnType type) {
    return ColumnSpec.of(name, type, Set.of());
  }

  private final Table table;
  private final Source source;

  private Claims(Table table, Source source) {
    this.table = table;
    this.source = source;
  }

  /** The claims, one row per stated figure, columns as in {@code data/claims/README.md}. */
  public Table table() {
    return table;
  }

  /** The file read: name, SHA-256 of its bytes, citation and licence. */
  public Source source() {
    return source;
  }

  /** The layout version ({@link #VERSION}). */
  public String version() {
    return VERSION;
  }

  /**
   * Footnote text: {@code "Casualty claims (conflictdata) 1.0: conflictdata claims table v1.0
   * ..."}, for {@code chart.cite(String)}.
   */
  public String citation() {
    return CuratedTable.CLAIMS.title() + " " + VERSION + ": " + source.citation();
  }

  /**
   * How many claims, about which wars, from which file: {@code Claims 1.1 (claims.csv): 42 rows;
   * nagorno-karabakh 30, myanmar-rakhine-2017 12}.
   */
  @Override
  public String toString() {
    java.util.Map<String, Integer> byWar = new java.util.TreeMap<>();
    if (table.containsColumn("war")) {
      for (String w : table.stringColumn("war")) {
        byWar.merge(w, 1, Integer::sum);
      }
    }
    StringBuilder sb = new StringBuilder("Claims " + VERSION + " (" + source.name() + "): "
        + table.rowCount() + " rows");
    String sep = "; ";
    for (java.util.Map.Entry<String, Integer> e : byWar.entrySet()) {
      sb.append(sep).append(e.getKey()).append(' ').append(e.getValue());
      sep = ", ";
    }
    return sb.toString();
  }

  /** The claims file shipped in the jar. */
  public static Claims bundled() {
    InputStream in = Claims.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("bundled claims not on the classpath: " + RESOURCE);
    }
    return read(in, "claims.csv");
  }

  /**
   * Reads a claims file strictly.
   *
   * @throws DatasetFormatException on any malformed record or cell
   */
  public static Claims read(Path file) {
    try {
      return read(Files.newInputStream(file), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /**
   * Reads claims from a stream strictly.
   *
   * @param name the name used in problems and in {@link #source()}
   */
  public static Claims read(InputStream in, String name) {
    StrictCsv csv = StrictCsv.read(in, name, SCHEMA);
    Table t = csv.table();
    t.setName("claims");
    csv.requireUnique("claim_id");
    IntColumn start = t.intColumn("year_start");
    IntColumn end = t.intColumn("year_end");
    csv.requireRows("year_end",
        r -> end.getInt(r) >= start.getInt(r), "a year >= year_start");
    Set<Integer> ids = new HashSet<>(t.intColumn("claim_id").asList());
    IntColumn derived = t.intColumn("derived_from");
    csv.requireRows("derived_from",
        r -> derived.isMissing(r) || ids.contains(derived.getInt(r)),
        "empty or the claim_id of another row");
    csv.requireRows("derived_from",
        r -> derived.isMissing(r) != t.stringColumn("source_kind").get(r).equals("reporter rounding"),
        "a claim_id for a reporter rounding, empty otherwise");
    DateColumn ps = t.dateColumn("period_start");
    DateColumn pe = t.dateColumn("period_end");
    csv.requireRows("period_end",
        r -> ps.isMissing(r) == pe.isMissing(r), "set exactly when period_start is set");
    csv.requireRows("period_end",
        r -> ps.isMissing(r) || !pe.get(r).isBefore(ps.get(r)), "a date on or after period_start");
    csv.requireRows("period_start",
        r -> ps.isMissing(r) || (ps.get(r).getYear() >= start.getInt(r)
            && pe.get(r).getYear() <= end.getInt(r)),
        "a period inside year_start..year_end");
    csv.requireRows("source_url",
        r -> {
          String u = t.stringColumn("source_url").get(r);
          return u.isEmpty() || u.startsWith("https://") || u.startsWith("http://");
        },
        "empty or an http(s) URL");
    Source source = new Source(name, csv.sha256(), CITATION, LICENCE);
    Counts.group(t.intColumn("value"));
    return new Claims(t, source);
  }
}
