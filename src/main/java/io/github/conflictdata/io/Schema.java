package io.github.conflictdata.io;

import io.github.conflictdata.DatasetKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One dataset kind's layout, for all of its releases, as data: the columns in codebook order and
 * named as the newest release names them, the columns whose presence identifies the kind, the
 * column that carries the release, the derived date columns, and the citation and licence.
 */
public final class Schema {
  private final DatasetKind kind;
  private final List<ColumnSpec> columns;
  private final List<String> signature;
  private final String versionColumn;
  private final List<DerivedDate> derivedDates;
  private final String citation;
  private final String licence;
  private final java.util.Map<String, String> excludes;
  private final List<String> oneOf;
  private final ReleaseRule releaseRule;
  private final List<Recode> recodes;
  private final java.util.Set<String> counts;

  private Schema(Builder b) {
    this.kind = Objects.requireNonNull(b.kind, "kind");
    this.columns = List.copyOf(b.columns);
    this.signature = List.copyOf(b.signature);
    this.versionColumn = b.versionColumn;
    this.derivedDates = List.copyOf(b.derivedDates);
    this.citation = b.citation;
    this.licence = b.licence;
    this.excludes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(b.excludes));
    this.oneOf = List.copyOf(b.oneOf);
    this.releaseRule = b.releaseRule;
    this.recodes = List.copyOf(b.recodes);
    this.counts = java.util.Set.copyOf(b.counts);
  }

  /** A new schema for {@code kind}. */
  public static Builder builder(DatasetKind kind) {
    return new Builder(kind);
  }

  public DatasetKind kind() {
    return kind;
  }

  /** Columns in table order. */
  public List<ColumnSpec> columns() {
    return columns;
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

  public String citation() {
    return citation;
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

  /** Builder: {@code Schema.builder(kind).column(...).signature(...).build()}. */
  public static final class Builder {
    private final DatasetKind kind;
    private final List<ColumnSpec> columns = new ArrayList<>();
    private final List<String> signature = new ArrayList<>();
    private final List<DerivedDate> derivedDates = new ArrayList<>();
    private String versionColumn;
    private String citation = "";
    private String licence = "";
    private final java.util.Map<String, String> excludes = new java.util.LinkedHashMap<>();
    private final List<String> oneOf = new ArrayList<>();
    private ReleaseRule releaseRule;
    private final List<Recode> recodes = new ArrayList<>();
    private final List<String> counts = new ArrayList<>();

    private Builder(DatasetKind kind) {
      this.kind = kind;
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

    public Schema build() {
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
