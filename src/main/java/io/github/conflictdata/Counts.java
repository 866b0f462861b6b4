package io.github.conflictdata;

import java.util.EnumMap;
import java.util.Map;
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
  private static final Map<DatasetKind, Set<String>> COLUMNS = new EnumMap<>(DatasetKind.class);

  static {
    // names as each codebook spells them (see README "Reading datasets")
    COLUMNS.put(DatasetKind.UCDP_BRD_CONFLICT, Set.of("bd_best", "bd_low", "bd_high"));
    COLUMNS.put(DatasetKind.UCDP_BRD_DYADIC, Set.of("bd_best", "bd_low", "bd_high"));
    COLUMNS.put(DatasetKind.UCDP_PRIO_ACD, Set.of());
    COLUMNS.put(DatasetKind.COW_INTER_STATE, Set.of("BatDeath"));
    COLUMNS.put(DatasetKind.COW_INTRA_STATE, Set.of("DeathsSideA", "DeathsSideB", "TotalBDeaths"));
    COLUMNS.put(DatasetKind.COW_EXTRA_STATE, Set.of("BatDeath", "NonStateDeaths"));
    COLUMNS.put(
        DatasetKind.COW_NON_STATE, Set.of("SideADeaths", "SideBDeaths", "TotalCombatDeaths"));
    COLUMNS.put(DatasetKind.PRIO_BATTLE_DEATHS, Set.of("bdeadlow", "bdeadhig", "bdeadbes"));
    COLUMNS.put(DatasetKind.ACLED_EVENTS, Set.of("fatalities"));
    COLUMNS.put(DatasetKind.CLAIMS, Set.of("value"));
  }

  private Counts() {}

  /** The count columns of a kind's schema (deaths, casualties); empty if it has none. */
  public static Set<String> columns(DatasetKind kind) {
    Set<String> s = COLUMNS.get(kind);
    if (s != null) {
      return s;
    }
    try {
      return ConflictData.schema(kind).counts();
    } catch (IllegalArgumentException e) {
      return Set.of();
    }
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
