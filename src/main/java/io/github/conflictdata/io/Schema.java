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

  private Schema(Builder b) {
    this.kind = Objects.requireNonNull(b.kind, "kind");
    this.columns = List.copyOf(b.columns);
    this.signature = List.copyOf(b.signature);
    this.versionColumn = b.versionColumn;
    this.derivedDates = List.copyOf(b.derivedDates);
    this.citation = b.citation;
    this.licence = b.licence;
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

    public Schema build() {
      for (String s : signature) {
        if (columns.stream().noneMatch(c -> c.name().equals(s))) {
          throw new IllegalStateException("signature column " + s + " is not in the schema");
        }
      }
      return new Schema(this);
    }
  }
}
