package io.github.conflictdata;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Codebook labels for the coded columns of each dataset kind, and label views of tables.
 *
 * <p>Which columns are labelled, and from which codebook (each enum's javadoc gives document,
 * version and page):
 *
 * <ul>
 *   <li>UCDP/PRIO ACD: {@code incompatibility}, {@code intensity_level}, {@code
 *       cumulative_intensity}, {@code type_of_conflict}, {@code start_prec}, {@code start_prec2},
 *       {@code ep_end}, {@code ep_end_prec}, {@code region} (ACD codebook v25.1).
 *   <li>UCDP BRD (conflict and dyadic): {@code incompatibility}, {@code type_of_conflict}, {@code
 *       region} (the ACD's codes, which the BRD files carry).
 *   <li>PRIO Battle Deaths: {@code annualdata}, {@code source} (PRIO codebook 3.0 p. 5); {@code
 *       incomp}, {@code int}, {@code cumint}, {@code type}, {@code epend}, {@code region}, which
 *       that codebook says are imported from the ACD. Not {@code startprec}, {@code startprec2},
 *       {@code ependprec}: the ACD codebook says its precision coding changed in 2014 and 2017,
 *       and the 2009 wording PRIO used was not available.
 *   <li>UCDP GED: {@code type_of_violence}, {@code where_prec}, {@code event_clarity}, {@code
 *       date_prec} (GED codebook 23.1, pp. 6, 9, 10).
 *   <li>UCDP One-Sided Violence: {@code is_government_actor} (one-sided codebook 25.1, p. 6) and
 *       {@code region} (the ACD's five region codes, the same codebook p. 7). UCDP Non-State:
 *       none; no citable codebook text for its {@code org} codes is at hand (UCDP's non-state
 *       codebook is not among the shared documents), so none is guessed.
 *   <li>COW, from COW's own codebooks (shared docs; each enum cites the page): Inter-State {@code
 *       WarType}, {@code WhereFought}, {@code Initiator}, {@code Outcome}; Intra-State {@code
 *       WarType}, {@code Intnl}, {@code Outcome}, 4.1's {@code WhereFought} (the extra-state
 *       regions) and 5.1's {@code V5RegionNum}; Extra-State {@code WarType}, {@code Initiator},
 *       {@code Interven}, {@code Outcome}, {@code WhereFought}; Non-State {@code WarType}, {@code
 *       WhereFought}, {@code Outcome}. Each kind has its own {@code WarType} enum, so another
 *       kind's type shows as unknown. Inter-State {@code Side} is in the file but not in the
 *       codebook: its labels ("Side 1", "Side 2") rest on a <em>secondary</em> source,
 *       peacesciencer. Intra- and Non-State {@code Initiator} are text (a name, "A"/"B"), not codes.
 *   <li>ACLED: none (its coded fields are published as text).
 * </ul>
 *
 * <p>Unknown codes never throw: {@link #label} answers empty, the views show "unknown code 7".
 */
public final class Labels {

  /** The text a view shows for a code the codebook does not define, followed by the code. */
  public static final String UNKNOWN_CODE = "unknown code ";

  /** Suffix of the label columns that {@link #withLabels(Table, DatasetKind)} adds. */
  public static final String LABEL_SUFFIX = "_label";

  /** Separator between the labels of a multi-valued cell ("1, 3" becomes "Europe, Asia"). */
  public static final String JOIN = ", ";

  /** The coded columns of a kind, as its family declares them in the schema. */
  private static Map<String, List<CodeLabel>> codebooks(DatasetKind kind) {
    return ConflictData.schema(kind).labels();
  }

  private Labels() {}

  /**
   * The codebook label of {@code code} in {@code column} of datasets of {@code kind}; empty when
   * the column is not a labelled coded column or the code is not in the codebook.
   */
  public static Optional<String> label(DatasetKind kind, String column, int code) {
    return lookup(kind, column, code).map(CodeLabel::label);
  }

  /**
   * The codebook entry (code, label, codebook wording) of {@code code} in {@code column}; empty
   * when unknown.
   */
  public static Optional<CodeLabel> lookup(DatasetKind kind, String column, int code) {
    for (CodeLabel c : codebook(kind, column)) {
      if (c.code() == code) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** Every code the codebook defines for {@code column}, in code order; empty if unlabelled. */
  public static List<CodeLabel> codebook(DatasetKind kind, String column) {
    Objects.requireNonNull(kind, "kind");
    Map<String, List<CodeLabel>> m = codebooks(kind);
    return column == null ? List.of() : m.getOrDefault(column, List.of());
  }

  /** The labelled coded columns of {@code kind}, in schema order; empty for kinds without any. */
  public static Set<String> codedColumns(DatasetKind kind) {
    Objects.requireNonNull(kind, "kind");
    return Collections.unmodifiableSet(codebooks(kind).keySet());
  }

  /**
   * The codebook of {@code kind} as a table, one row per (column, code): columns {@code column},
   * {@code code}, {@code label} and {@code description} (the codebook's wording). Handy for a
   * notebook legend; empty (zero rows) for kinds without labelled columns.
   */
  public static Table codebookTable(DatasetKind kind) {
    StringColumn column = StringColumn.create("column");
    IntColumn code = IntColumn.create("code");
    StringColumn label = StringColumn.create("label");
    StringColumn description = StringColumn.create("description");
    for (String name : codedColumns(kind)) {
      for (CodeLabel c : codebook(kind, name)) {
        column.append(name);
        code.append(c.code());
        label.append(c.label());
        description.append(c.description());
      }
    }
    return Table.create(kind.title() + " codebook", column, code, label, description);
  }

  /**
   * A copy of {@code table} in which every labelled coded column is <em>replaced</em>, at the same
   * position and under the same name, by a {@link StringColumn} of labels. Codes the codebook does
   * not define show as "unknown code 7"; missing cells stay missing; a multi-valued text cell such
   * as UCDP {@code region} "1, 3, 5" shows its labels joined with ", ". Columns that are not coded,
   * or not in the table, are copied unchanged. The input table is not modified.
   */
  public static Table view(Table table, DatasetKind kind) {
    Objects.requireNonNull(table, "table");
    Table out = table.copy();
    for (String name : codedColumns(kind)) {
      if (out.containsColumn(name)) {
        Column<?> labels = labelColumn(out.column(name), kind, name, name);
        if (labels != null) {
          out.replaceColumn(name, labels);
        }
      }
    }
    return out;
  }

  /**
   * Not possible: a bare table does not say which dataset's codebook applies. Always throws, with
   * the fix: pass the {@link Dataset} ({@code Labels.view(acd.where(...))}, which keeps its kind)
   * or the kind ({@code Labels.view(table, DatasetKind.UCDP_PRIO_ACD)}).
   *
   * @param table a table
   * @return never
   * @throws IllegalArgumentException always, naming the two calls that work
   */
  public static Table view(Table table) {
    throw needsKind("view", table);
  }

  /**
   * Not possible, as {@link #view(Table)}: always throws, naming the fix.
   *
   * @param table a table
   * @return never
   * @throws IllegalArgumentException always, naming the two calls that work
   */
  public static Table withLabels(Table table) {
    throw needsKind("withLabels", table);
  }

  private static IllegalArgumentException needsKind(String method, Table table) {
    return new IllegalArgumentException("Labels." + method + "(table) cannot know which codebook"
        + " labels table '" + (table == null ? null : table.name()) + "': pass the Dataset"
        + " (Labels." + method + "(dataset), or Labels." + method + "(dataset.where(...)) for some"
        + " rows: a Dataset's verbs keep its kind) or the kind (Labels." + method
        + "(table, DatasetKind.UCDP_PRIO_ACD))");
  }

  /** {@link #view(Table, DatasetKind)} of the dataset's table. */
  public static Table view(Dataset dataset) {
    return view(dataset.table(), dataset.kind());
  }

  /**
   * A copy of {@code table} that keeps the codes and adds, right after each labelled coded column
   * {@code c}, a {@link StringColumn} {@code c_label} of its labels (same rules as {@link
   * #view(Table, DatasetKind)}).
   */
  public static Table withLabels(Table table, DatasetKind kind) {
    Objects.requireNonNull(table, "table");
    Table out = table.copy();
    for (String name : codedColumns(kind)) {
      if (out.containsColumn(name) && !out.containsColumn(name + LABEL_SUFFIX)) {
        Column<?> labels = labelColumn(out.column(name), kind, name, name + LABEL_SUFFIX);
        if (labels != null) {
          out.insertColumn(out.columnIndex(name) + 1, labels);
        }
      }
    }
    return out;
  }

  /** {@link #withLabels(Table, DatasetKind)} of the dataset's table. */
  public static Table withLabels(Dataset dataset) {
    return withLabels(dataset.table(), dataset.kind());
  }

  /**
   * The label text of one cell as the views show it: the label, "unknown code N" for a code the
   * codebook lacks, labels joined with ", " for a multi-valued text cell, and {@code null} for a
   * missing or blank cell.
   */
  public static String labelText(DatasetKind kind, String column, String cell) {
    if (cell == null || cell.isBlank()) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    for (String raw : cell.split(",", -1)) {
      String part = raw.strip();
      parts.add(labelPart(kind, column, part));
    }
    return String.join(JOIN, parts);
  }

  private static String labelPart(DatasetKind kind, String column, String part) {
    if (part.matches("[+-]?\\d{1,9}")) {
      int code = Integer.parseInt(part);
      return label(kind, column, code).orElse(UNKNOWN_CODE + code);
    }
    return UNKNOWN_CODE + "'" + part + "'";
  }

  private static StringColumn labelColumn(
      Column<?> col, DatasetKind kind, String codedName, String newName) {
    StringColumn out = StringColumn.create(newName);
    if (col instanceof NumericColumn<?>) {
      NumericColumn<?> num = (NumericColumn<?>) col;
      for (int i = 0; i < num.size(); i++) {
        if (num.isMissing(i)) {
          out.appendMissing();
          continue;
        }
        double v = num.getDouble(i);
        if (v == Math.rint(v) && Math.abs(v) < Integer.MAX_VALUE) {
          int code = (int) v;
          out.append(label(kind, codedName, code).orElse(UNKNOWN_CODE + code));
        } else {
          out.append(UNKNOWN_CODE + v);
        }
      }
      return out;
    }
    if (col instanceof StringColumn) {
      for (int i = 0; i < col.size(); i++) {
        String text = col.isMissing(i) ? null : col.getString(i);
        String label = labelText(kind, codedName, text);
        if (label == null) {
          out.appendMissing();
        } else {
          out.append(label);
        }
      }
      return out;
    }
    return null;
  }
}
