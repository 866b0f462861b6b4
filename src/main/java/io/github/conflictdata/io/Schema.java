package io.github.conflictdata.io;

import io.github.conflictdata.CuratedTable;
import io.github.conflictdata.DatasetKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One dataset kind's layout, for all of its releases, as data: the columns in codebook order and
 * named as the newest release names them, the columns whose presence identifies the kind, the
 * column that carries the release, the derived date columns, and the citation and licence.
 *
 * <p>The same description serves the tables this project curates ({@link #curated(CuratedTable)}:
 * claims, concordance), which {@link StrictCsv} reads; such a schema has no {@link #kind()}.
 */
public final class Schema {
  private final DatasetKind kind;
  private final CuratedTable curatedTable;
  private final List<ColumnSpec> columns;
  private final List<String> signature;
  private final String versionColumn;
  private final List<DerivedDate> derivedDates;
  private final String citation;
  private final java.util.function.UnaryOperator<String> citationByRelease;
  private final String licence;
  private final java.util.Map<String, String> excludes;
  private final List<String> oneOf;
  private final ReleaseRule releaseRule;
  private final List<Recode> recodes;
  private final java.util.Set<String> counts;
  private final Refiner refiner;
  private final java.util.function.ToIntFunction<String> releaseYear;
  private final java.util.Map<String, List<io.github.conflictdata.CodeLabel>> labels;
  private final java.util.Map<String, String> multiValued;
  private final List<String> estimates;
  private final java.util.Map<String, String> legacyIds;

  private Schema(Builder b) {
    this.kind = b.kind;
    this.curatedTable = b.curatedTable;
    if ((kind == null) == (curatedTable == null)) {
      throw new IllegalStateException("a schema is of a dataset kind or of a curated table");
    }
    this.columns = List.copyOf(b.columns);
    this.signature = List.copyOf(b.signature);
    this.versionColumn = b.versionColumn;
    this.derivedDates = List.copyOf(b.derivedDates);
    this.citation = b.citation;
    this.citationByRelease = b.citationByRelease;
    this.licence = b.licence;
    this.excludes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(b.excludes));
    this.oneOf = List.copyOf(b.oneOf);
    this.releaseRule = b.releaseRule;
    this.recodes = List.copyOf(b.recodes);
    this.counts = java.util.Set.copyOf(b.counts);
    this.refiner = b.refiner;
    this.releaseYear = b.releaseYear;
    this.labels = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(b.labels));
    this.multiValued =
        java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(b.multiValued));
    this.estimates = List.copyOf(b.estimates);
    this.legacyIds =
        java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(b.legacyIds));
  }

  /** A new schema for {@code kind}. */
  public static Builder builder(DatasetKind kind) {
    return new Builder(Objects.requireNonNull(kind, "kind"), null);
  }

  /** A new schema for one of the project's curated tables, read by {@link StrictCsv}. */
  public static Builder curated(CuratedTable table) {
    return new Builder(null, Objects.requireNonNull(table, "table"));
  }

  /** The dataset kind, or null for a {@link #curatedTable()}. */
  public DatasetKind kind() {
    return kind;
  }

  /** The curated table this schema describes, or null for a dataset kind. */
  public CuratedTable curatedTable() {
    return curatedTable;
  }

  /** Columns in table order. */
  public List<ColumnSpec> columns() {
    return columns;
  }

  /**
   * The key columns (ids, year: the columns every record must fill), in table order: the columns
   * that name a row, e.g. {@code conflict_id}, {@code year} for the ACD. Release diffs match rows
   * by them.
   *
   * @return the key column names; empty if the schema declares none
   */
  public List<String> keys() {
    return columns.stream().filter(ColumnSpec::required).map(ColumnSpec::name).toList();
  }

  /** Column names (current names) that a file must have to be this kind. */
  public List<String> signature() {
    return signature;
  }

  /** The column whose values give the release, or null. */
  public String versionColumn() {
    return versionColumn;
  }

  /** Date columns built from year/month/day triples, appended after {@link #columns()}. */
  public List<DerivedDate> derivedDates() {
    return derivedDates;
  }

  /** {@return the publisher's citation for the newest release this schema describes} */
  public String citation() {
    return citation;
  }

  /**
   * The publisher's citation for one release: UCDP asks that each release be cited with the
   * article of its own year (GED 19.1 with "Organized violence, 1989-2018", 2019).
   *
   * @param version the release ("19.1"), or null when the file states none
   * @return that release's citation; {@link #citation()} when the schema has no per-release rule
   *     or the version is null
   */
  public String citation(String version) {
    return citationByRelease == null || version == null ? citation
        : citationByRelease.apply(version);
  }

  public String licence() {
    return licence;
  }

  /**
   * Header names whose presence rules this kind out, each with the reason (the look-alike the
   * column betrays: a {@code dyad_id} column makes a file the UCDP Dyadic Dataset, never the ACD).
   * Checked by detection and by an explicit {@code kind(...)}.
   */
  public java.util.Map<String, String> excludes() {
    return excludes;
  }

  /** Columns of which a file must have at least one (ACLED's aggregates: fatalities or events). */
  public List<String> oneOf() {
    return oneOf;
  }

  /** How the release is found when no version column states it, or null. */
  public ReleaseRule releaseRule() {
    return releaseRule;
  }

  /** Text columns that two layouts code differently, with the mapping onto one form. */
  public List<Recode> recodes() {
    return recodes;
  }

  /** Columns holding counts of people (deaths, events' fatalities), printed with separators. */
  public java.util.Set<String> counts() {
    return counts;
  }

  /** The look-alike hook run on the parsed records, or null. */
  public Refiner refiner() {
    return refiner;
  }

  /**
   * The last year a release covers, for resolving two-digit years ("3/1/39"): the family's rule
   * (UCDP's release YY.1 covers years through 20YY-1), or -1 to use the file's latest year.
   */
  public int releaseYear(String version) {
    return releaseYear == null || version == null ? -1 : releaseYear.applyAsInt(version);
  }

  /** Coded columns and their codebook entries (what {@code Labels} shows). */
  public java.util.Map<String, List<io.github.conflictdata.CodeLabel>> labels() {
    return labels;
  }

  /** Columns that may hold lists, with the separator the publisher writes ("3, 4"). */
  public java.util.Map<String, String> multiValued() {
    return multiValued;
  }

  /**
   * Integer id columns whose older releases wrote ids that are not integers (UCDP before its 2017
   * renumbering: "1-193"), each with the text column that keeps such ids as published. A file
   * whose ids are all integers reads them into the id column; otherwise they go to the text
   * column and the id column is missing for that file.
   */
  public java.util.Map<String, String> legacyIds() {
    return legacyIds;
  }

  /** The best, low and high estimate columns, in that order, or empty. */
  public List<String> estimates() {
    return estimates;
  }

  /** The column called {@code name} (current name), or null. */
  public ColumnSpec column(String name) {
    for (ColumnSpec c : columns) {
      if (c.name().equals(name)) {
        return c;
      }
    }
    return null;
  }

  /** The schema column a file header names (current or older name), or null. */
  public ColumnSpec columnForHeader(String header) {
    for (ColumnSpec c : columns) {
      if (c.name().equalsIgnoreCase(header.trim())) {
        return c;
      }
    }
    for (ColumnSpec c : columns) {
      if (c.matches(header)) {
        return c;
      }
    }
    return null;
  }

  /**
   * The schema as a table, one row per column: {@code column}, {@code type}, {@code key} (an
   * empty cell makes a record malformed), {@code missing_codes} (raw values read as missing,
   * e.g. "-8, -9"), {@code older_names} (headers of older releases) and {@code coded} (labelled
   * by a codebook).
   *
   * @return a new table
   */
  public tech.tablesaw.api.Table table() {
    tech.tablesaw.api.StringColumn name = tech.tablesaw.api.StringColumn.create("column");
    tech.tablesaw.api.StringColumn type = tech.tablesaw.api.StringColumn.create("type");
    tech.tablesaw.api.BooleanColumn key = tech.tablesaw.api.BooleanColumn.create("key");
    tech.tablesaw.api.StringColumn missing = tech.tablesaw.api.StringColumn.create("missing_codes");
    tech.tablesaw.api.StringColumn older = tech.tablesaw.api.StringColumn.create("older_names");
    tech.tablesaw.api.BooleanColumn coded = tech.tablesaw.api.BooleanColumn.create("coded");
    for (ColumnSpec c : columns) {
      name.append(c.name());
      type.append(c.type().name());
      key.append(c.required());
      missing.append(String.join(", ", new java.util.TreeSet<>(c.missingCodes())));
      older.append(String.join(", ", c.renamedFrom()));
      coded.append(labels.containsKey(c.name()));
    }
    return tech.tablesaw.api.Table.create(title() + " schema", name, type, key, missing, older, coded);
  }

  private String title() {
    return kind != null ? kind.name() : curatedTable.name();
  }

  /**
   * What the schema holds, as a text table: its kind, column count and release column, then one
   * line per column (name, type, key, missing-value codes, older names); past 40 columns the
   * rest are counted, not listed ({@link #table()} has them all).
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append(title()).append(" schema: ").append(columns.size()).append(" columns")
        .append(versionColumn == null ? ", no release column" : ", release from " + versionColumn)
        .append('\n');
    int w = 6;
    for (ColumnSpec c : columns) {
      w = Math.max(w, c.name().length());
    }
    sb.append(String.format("  %-" + w + "s  %-7s  %-3s  %s%n", "column", "type", "key",
        "missing codes / older names"));
    int shown = Math.min(columns.size(), 40);
    for (int i = 0; i < shown; i++) {
      ColumnSpec c = columns.get(i);
      String extra = String.join(", ", new java.util.TreeSet<>(c.missingCodes()));
      if (!c.renamedFrom().isEmpty()) {
        extra += (extra.isEmpty() ? "" : "; ") + "was " + String.join(", ", c.renamedFrom());
      }
      sb.append(String.format("  %-" + w + "s  %-7s  %-3s  %s", c.name(), c.type().name(),
          c.required() ? "yes" : "", extra).stripTrailing()).append('\n');
    }
    if (columns.size() > shown) {
      sb.append("  ... ").append(columns.size() - shown).append(" more columns (table() lists all)\n");
    }
    return sb.toString().stripTrailing();
  }

  /** Builder: {@code Schema.builder(kind).column(...).signature(...).build()}. */
  public static final class Builder {
    private final DatasetKind kind;
    private final CuratedTable curatedTable;
    private final List<ColumnSpec> columns = new ArrayList<>();
    private final List<String> signature = new ArrayList<>();
    private final List<DerivedDate> derivedDates = new ArrayList<>();
    private String versionColumn;
    private String citation = "";
    private java.util.function.UnaryOperator<String> citationByRelease;
    private String licence = "";
    private final java.util.Map<String, String> excludes = new java.util.LinkedHashMap<>();
    private final List<String> oneOf = new ArrayList<>();
    private ReleaseRule releaseRule;
    private final List<Recode> recodes = new ArrayList<>();
    private final List<String> counts = new ArrayList<>();
    private Refiner refiner;
    private java.util.function.ToIntFunction<String> releaseYear;
    private final java.util.Map<String, List<io.github.conflictdata.CodeLabel>> labels =
        new java.util.LinkedHashMap<>();
    private final java.util.Map<String, String> multiValued = new java.util.LinkedHashMap<>();
    private final List<String> estimates = new ArrayList<>();
    private final java.util.Map<String, String> legacyIds = new java.util.LinkedHashMap<>();

    private Builder(DatasetKind kind, CuratedTable curatedTable) {
      this.kind = kind;
      this.curatedTable = curatedTable;
    }

    public Builder column(ColumnSpec c) {
      columns.add(c);
      return this;
    }

    public Builder signature(String... names) {
      signature.addAll(List.of(names));
      return this;
    }

    public Builder versionColumn(String name) {
      this.versionColumn = name;
      return this;
    }

    public Builder derivedDate(String name, String year, String month, String day) {
      derivedDates.add(new DerivedDate(name, year, month, day));
      return this;
    }

    /**
     * The citation per release, for publishers that ask for each release's own article.
     *
     * @param byRelease the release ("24.1") to its citation
     * @return this builder
     */
    public Builder citationByRelease(java.util.function.UnaryOperator<String> byRelease) {
      this.citationByRelease = byRelease;
      return this;
    }

    public Builder citation(String citation) {
      this.citation = citation;
      return this;
    }

    public Builder licence(String licence) {
      this.licence = licence;
      return this;
    }

    /** A column whose presence rules this kind out, and why (see {@link Schema#excludes()}). */
    public Builder excludes(String header, String reason) {
      excludes.put(header, reason);
      return this;
    }

    /** Columns of which a file must have at least one. */
    public Builder oneOf(String... names) {
      oneOf.addAll(List.of(names));
      return this;
    }

    /** How the release is found when no version column states it. */
    public Builder releaseRule(ReleaseRule rule) {
      this.releaseRule = rule;
      return this;
    }

    /** A text column two layouts code differently: the table holds {@code mapping}'s form. */
    public Builder recode(String column, java.util.function.UnaryOperator<String> mapping,
        String expected, String source) {
      recodes.add(new Recode(column, mapping, expected, source));
      return this;
    }

    /** Columns that hold counts of people (printed with thousands separators). */
    public Builder counts(String... names) {
      counts.addAll(List.of(names));
      return this;
    }

    /** The hook that tells this kind from a look-alike on the parsed values. */
    public Builder refiner(Refiner refiner) {
      this.refiner = refiner;
      return this;
    }

    /** The last year a release covers (for two-digit years); see {@link Schema#releaseYear}. */
    public Builder releaseYear(java.util.function.ToIntFunction<String> rule) {
      this.releaseYear = rule;
      return this;
    }

    /** A coded column's codebook entries (an enum's values citing the codebook page). */
    public Builder labels(String column, io.github.conflictdata.CodeLabel... codes) {
      labels.put(column, List.of(codes));
      return this;
    }

    /** Columns that may hold lists separated by {@code separator} (kept as text). */
    public Builder multiValued(String separator, String... columns) {
      for (String c : columns) {
        multiValued.put(c, separator);
      }
      return this;
    }

    /** An integer id column whose old non-integer ids go to {@code textColumn} (see {@link Schema#legacyIds}). */
    public Builder legacyIds(String idColumn, String textColumn) {
      legacyIds.put(idColumn, textColumn);
      return this;
    }

    /** The best, low and high estimate columns. */
    public Builder estimates(String best, String low, String high) {
      estimates.clear();
      estimates.addAll(List.of(best, low, high));
      return this;
    }

    public Schema build() {
      for (ColumnSpec c : columns) {
        if (kind != null && c.curatedOnly()) {
          throw new IllegalStateException(kind + " column " + c.name() + ": allowed values,"
              + " minimums and absent columns are checked for curated tables only (StrictCsv)");
        }
      }
      for (java.util.Map.Entry<String, String> e : legacyIds.entrySet()) {
        boolean idInt = columns.stream()
            .anyMatch(c -> c.name().equals(e.getKey()) && c.type() == ColumnType.INT);
        boolean textCol = columns.stream()
            .anyMatch(c -> c.name().equals(e.getValue()) && c.type() == ColumnType.TEXT);
        if (!idInt || !textCol) {
          throw new IllegalStateException("legacy ids " + e + ": need an int and a text column");
        }
      }
      for (String c : labels.keySet()) {
        if (columns.stream().noneMatch(x -> x.name().equals(c))) {
          throw new IllegalStateException("labelled column " + c + " is not in the schema");
        }
      }
      for (String s : oneOf) {
        if (columns.stream().noneMatch(c -> c.name().equals(s))) {
          throw new IllegalStateException("one-of column " + s + " is not in the schema");
        }
      }
      for (Recode r : recodes) {
        if (columns.stream().noneMatch(c -> c.name().equals(r.column()) && c.type() == ColumnType.TEXT)) {
          throw new IllegalStateException("recoded column " + r.column() + " is not a text column");
        }
      }
      for (String s : signature) {
        if (columns.stream().noneMatch(c -> c.name().equals(s))) {
          throw new IllegalStateException("signature column " + s + " is not in the schema");
        }
      }
      return new Schema(this);
    }
  }
}
