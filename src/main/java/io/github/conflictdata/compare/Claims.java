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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Casualty claims: figures stated by governments, armed groups, UN bodies and researchers, one row
 * per figure as one claimant stated it on one day, typed and cited (layout 2.0 in {@code
 * data/claims/README.md}). The reader is strict: any bad cell, a {@code range} without its high
 * end, a {@code revises} that names no earlier claim of the same war, party, scope and measure, or
 * a {@code statement} that does not hold the row's value throws {@link DatasetFormatException}
 * naming file, line and column; nothing is dropped or guessed.
 *
 * <p>Claims are a table this project curates ({@link CuratedTable#CLAIMS}), not a published
 * dataset: {@link #table()} holds the rows, {@link #source()} the file read and its SHA-256, and
 * {@link #citation()} the footnote text. {@link #forWar}, {@link #series} and {@link
 * #revisionsOf} answer the usual questions: one war's claims, a running total over time, the
 * figures a later one replaced.
 *
 * <pre>{@code
 * Claims claims = Claims.bundled();            // same as ConflictData.claims()
 * Claims mine = Claims.read(Path.of("my-claims.csv"));
 * Table gaza = claims.series("israel-hamas-2023", "Ministry of Health (Gaza)");
 * Table chain = claims.revisionsOf(19);        // Russia's own dead: 498 -> 1,351 -> 5,937
 * }</pre>
 */
public final class Claims {
  /** The version of the claims layout and of the bundled file. */
  public static final String VERSION = "2.0";

  /** Classpath location of the bundled claims file. */
  public static final String RESOURCE = "/io/github/conflictdata/data/claims/claims.csv";

  static final String LICENCE = "Apache-2.0 (conflictdata)";

  static final String CITATION =
      "conflictdata claims table v" + VERSION + " (data/claims/README.md); each row cites the"
          + " publication it was read in (source_publication, source_title, source_date, source_url)";

  /** Scopes a claim may have. */
  public static final List<String> SCOPES = List.of("military", "civilian", "all");

  /** Measures a claim may have ({@code killed and wounded}: casualties not split). */
  public static final List<String> MEASURES = List.of("killed", "died", "missing", "wounded",
      "in medical treatment", "killed and wounded");

  /**
   * Qualifiers a claim may have, as the claimant worded the figure; {@code range} gives the low
   * end in {@code value} and the high end in {@code value_high}.
   */
  public static final List<String> QUALIFIERS = List.of("exact", "at least", "more than",
      "nearly", "about", "up to", "under", "range");

  /**
   * Kinds of source: a party's own statement, a count by monitors (UN), an estimate by others
   * (foreign governments, mediators), a survey's estimate, a reporter's rounding.
   */
  public static final List<String> SOURCE_KINDS = List.of("official statement",
      "monitoring count", "independent estimate", "survey estimate", "reporter rounding");

  /** The claims layout 2.0, read by {@link StrictCsv}; columns in this order. */
  public static final Schema SCHEMA =
      Schema.curated(CuratedTable.CLAIMS)
          .column(ColumnSpec.key("claim_id", INT).min(1))
          .column(ColumnSpec.key("war", TEXT))
          .column(ColumnSpec.key("year_start", INT).min(1800))
          .column(ColumnSpec.key("year_end", INT).min(1800))
          .column(ColumnSpec.key("claimant", TEXT))
          .column(ColumnSpec.key("claimant_role", TEXT))
          .column(ColumnSpec.key("date_stated", DATE))
          .column(ColumnSpec.key("party", TEXT))
          .column(ColumnSpec.key("population", TEXT))
          .column(ColumnSpec.key("scope", TEXT).allowed(SCOPES.toArray(String[]::new)))
          .column(ColumnSpec.key("measure", TEXT).allowed(MEASURES.toArray(String[]::new)))
          .column(ColumnSpec.key("qualifier", TEXT).allowed(QUALIFIERS.toArray(String[]::new)))
          .column(ColumnSpec.key("value", INT).min(0))
          .column(optional("value_high", INT).min(0))
          .column(ColumnSpec.key("source_kind", TEXT).allowed(SOURCE_KINDS.toArray(String[]::new)))
          .column(optional("derived_from", INT).min(1))
          .column(optional("revises", INT).min(1))
          .column(ColumnSpec.key("source_publication", TEXT))
          .column(ColumnSpec.key("source_title", TEXT))
          .column(ColumnSpec.key("source_date", DATE))
          .column(optional("source_url", TEXT))
          .column(ColumnSpec.key("statement", TEXT))
          .column(optional("notes", TEXT))
          .column(optional("period_start", DATE))
          .column(optional("period_end", DATE))
          .counts("value", "value_high")
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

  /**
   * The claims, one row per stated figure, columns as in {@code data/claims/README.md}.
   *
   * @return the typed table
   */
  public Table table() {
    return table;
  }

  /**
   * The file read: name, SHA-256 of its bytes, citation and licence.
   *
   * @return the source of these claims
   */
  public Source source() {
    return source;
  }

  /**
   * The layout version ({@link #VERSION}).
   *
   * @return the version string
   */
  public String version() {
    return VERSION;
  }

  /**
   * Footnote text: {@code "Casualty claims (conflictdata) 2.0: conflictdata claims table v2.0
   * ..."}, for {@code chart.cite(String)}.
   *
   * @return the citation
   */
  public String citation() {
    return CuratedTable.CLAIMS.title() + " " + VERSION + ": " + source.citation();
  }

  /**
   * The claims file shipped in the jar.
   *
   * @return the bundled claims, read strictly
   * @throws IllegalStateException if the resource is missing from the classpath
   */
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
   * @param file a claims file in layout 2.0
   * @return the claims
   * @throws DatasetFormatException on any malformed record or cell
   * @throws UncheckedIOException if the file cannot be read
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
   * @param in the bytes of a claims file in layout 2.0
   * @param name the name used in problems and in {@link #source()}
   * @return the claims
   * @throws DatasetFormatException on any malformed record or cell
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
    IntColumn value = t.intColumn("value");
    IntColumn high = t.intColumn("value_high");
    StringColumn qualifier = t.stringColumn("qualifier");
    csv.requireRows("value_high",
        r -> high.isMissing(r) != qualifier.get(r).equals("range"),
        "the high end for qualifier 'range', empty otherwise");
    csv.requireRows("value_high",
        r -> high.isMissing(r) || high.getInt(r) > value.getInt(r), "a number above value");
    csv.requireRows("statement",
        r -> statesValue(t.stringColumn("statement").get(r), value.getInt(r)),
        "a sentence holding the row's value, written as in 'value' or with thousands separators");
    Map<Integer, Integer> rowOf = new HashMap<>();
    for (int r = 0; r < t.rowCount(); r++) {
      rowOf.put(t.intColumn("claim_id").getInt(r), r);
    }
    IntColumn revises = t.intColumn("revises");
    DateColumn stated = t.dateColumn("date_stated");
    csv.requireRows("revises",
        r -> revises.isMissing(r) || rowOf.containsKey(revises.getInt(r)),
        "empty or the claim_id of another row");
    // the row a revision points to, or -1 for a row that revises nothing (or nothing that exists)
    java.util.function.IntUnaryOperator revised =
        r -> revises.isMissing(r) ? -1 : rowOf.getOrDefault(revises.getInt(r), -1);
    csv.requireRows("revises",
        r -> revised.applyAsInt(r) < 0 || stated.get(revised.applyAsInt(r)).isBefore(stated.get(r)),
        "the claim_id of a claim stated on an earlier day");
    csv.requireRows("revises",
        r -> revised.applyAsInt(r) < 0 || FAMILY.stream().allMatch(c ->
            t.stringColumn(c).get(revised.applyAsInt(r)).equals(t.stringColumn(c).get(r))),
        "the claim_id of a claim of the same war, party, scope and measure");
    Source source = new Source(name, csv.sha256(), CITATION, LICENCE);
    Counts.group(t.intColumn("value"), t.intColumn("value_high"));
    return new Claims(t, source);
  }

  /** The columns a revision shares with the claim it revises. */
  static final List<String> FAMILY = List.of("war", "party", "scope", "measure");

  /** Whether a statement writes {@code value} plainly (2783) or with separators (2,783). */
  static boolean statesValue(String statement, int value) {
    String plain = Integer.toString(value);
    String grouped = String.format(Locale.ROOT, "%,d", value);
    return Pattern.compile("(?<![0-9,])(" + Pattern.quote(plain) + "|" + Pattern.quote(grouped)
        + ")(?![0-9]|,[0-9])").matcher(statement).find();
  }

  /**
   * The claims of one war, as a new {@code Claims} over the same file.
   *
   * @param war a {@code war} key of the file, e.g. {@code "russia-ukraine"}
   * @return the rows of that war, in file order
   * @throws IllegalArgumentException if the file has no claim for that war (the message lists the
   *     wars it has)
   */
  public Claims forWar(String war) {
    Table t = table.where(table.stringColumn("war").isEqualTo(war));
    if (t.rowCount() == 0) {
      throw new IllegalArgumentException("no claims for war '" + war + "'; the claims cover "
          + String.join(", ", wars()));
    }
    t.setName("claims: " + war);
    return new Claims(t, source);
  }

  /**
   * The distinct {@code war} keys, in the order they first appear in the file.
   *
   * @return the wars these claims cover
   */
  public List<String> wars() {
    return table.stringColumn("war").unique().asList().stream()
        .sorted(java.util.Comparator.comparingInt(w -> table.stringColumn("war").indexOf(w)))
        .toList();
  }

  /**
   * A running total as a time series: the claims of one war and claimant (e.g. the Gaza health
   * ministry's death toll, OHCHR's verified civilian dead in Ukraine), sorted by {@code
   * date_stated}. Reporter roundings are left out.
   *
   * @param war a {@code war} key
   * @param claimant the {@code claimant} exactly as in the file
   * @return columns {@code date_stated}, {@code value}, {@code qualifier}, {@code party}, {@code
   *     population}, {@code scope}, {@code measure}, {@code period_end}, {@code claim_id}
   * @throws IllegalArgumentException if that war has no claim by that claimant (the message lists
   *     the war's claimants)
   */
  public Table series(String war, String claimant) {
    Table w = forWar(war).table();
    Table t = w.where(w.stringColumn("claimant").isEqualTo(claimant)
        .and(w.intColumn("derived_from").isMissing()));
    if (t.rowCount() == 0) {
      throw new IllegalArgumentException("no claims by '" + claimant + "' for war '" + war
          + "'; its claimants are " + String.join("; ", w.stringColumn("claimant").unique().asList()));
    }
    Table s = t.sortAscendingOn("date_stated", "claim_id")
        .selectColumns("date_stated", "value", "qualifier", "party", "population", "scope",
            "measure", "period_end", "claim_id");
    s.setName("series: " + claimant + ", " + war);
    return s;
  }

  /**
   * The revision chain of a claim: the claims it revises, earliest first, then the claim itself,
   * then the claims that revise it (each later figure replaces the one before).
   *
   * @param claimId a {@code claim_id} of the file
   * @return the rows of the chain, earliest first
   * @throws IllegalArgumentException if no row has that {@code claim_id}
   */
  public Table revisionsOf(int claimId) {
    IntColumn ids = table.intColumn("claim_id");
    IntColumn rev = table.intColumn("revises");
    int row = ids.indexOf(claimId);
    if (row < 0) {
      throw new IllegalArgumentException("no claim with claim_id " + claimId + " (ids run "
          + (int) ids.min() + ".." + (int) ids.max() + ")");
    }
    java.util.LinkedList<Integer> chain = new java.util.LinkedList<>();
    chain.add(row);
    Set<Integer> seen = new HashSet<>(chain);
    for (int r = row; !rev.isMissing(r) && seen.add(ids.indexOf(rev.getInt(r)));) {
      r = ids.indexOf(rev.getInt(r));
      chain.addFirst(r);
    }
    for (int r = row, next; (next = revisedBy(rev, ids.getInt(r))) >= 0 && seen.add(next);
        r = next) {
      chain.addLast(next);
    }
    Table out = table.rows(chain.stream().mapToInt(Integer::intValue).toArray());
    out.setName("revisions of claim " + claimId);
    return out;
  }

  /** The first row whose {@code revises} is {@code id}, or -1. */
  private static int revisedBy(IntColumn revises, int id) {
    for (int r = 0; r < revises.size(); r++) {
      if (!revises.isMissing(r) && revises.getInt(r) == id) {
        return r;
      }
    }
    return -1;
  }

  /** How many claims for which wars, and the file read: "Claims 2.0: 104 rows, 13 wars (...)". */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Claims " + VERSION + ": " + table.rowCount() + " rows, "
        + wars().size() + " wars (");
    List<String> ws = wars();
    for (int i = 0; i < ws.size(); i++) {
      String w = ws.get(i);
      sb.append(i == 0 ? "" : ", ").append(w).append(' ')
          .append(table.stringColumn("war").isEqualTo(w).size());
    }
    return sb.append("), from ").append(source.name()).toString();
  }
}
