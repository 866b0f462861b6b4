package io.github.conflictdata;

import java.util.Set;
import tech.tablesaw.api.NumberColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.numbers.NumberColumnFormatter;

/**
 * Which columns hold counts of people (battle deaths, claimed casualties), and how they print.
 *
 * <p>Count columns print with thousands separators ({@code 7,646}) in {@code table.print()}, in
 * the kernel's HTML tables and in reports, so that a figure reads as a figure; ids, years and
 * codes stay plain ({@code 388}, {@code 2020}). Only the print format changes, never a value.
 */
public final class Counts {
  private Counts() {}

  /** The count columns of a kind's schema (deaths, casualties); empty if it has none. */
  public static Set<String> columns(DatasetKind kind) {
    // each family declares its count columns in the kind's schema
    return ConflictData.schema(kind).counts();
  }

  /** Sets thousands-separator printing on the given numeric columns. */
  public static void group(NumberColumn<?, ?>... columns) {
    for (NumberColumn<?, ?> c : columns) {
      c.setPrintFormatter(NumberColumnFormatter.intsWithGrouping());
    }
  }

  /** Sets thousands-separator printing on every count column of {@code kind} present in {@code t}. */
  public static Table group(Table t, DatasetKind kind) {
    for (String name : columns(kind)) {
      if (t.containsColumn(name) && t.column(name) instanceof NumberColumn<?, ?> n) {
        group(n);
      }
    }
    return t;
  }
}
