package io.github.conflictdata.io;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One column of a dataset schema, described as data: the codebook name (as the newest release
 * spells it), its type, the codes that mean "missing" (kept per cell as raw text), the names older
 * releases used for it, and whether every record must hold a value (a key).
 *
 * <p>The curated tables this project keeps (claims, concordance; see {@link StrictCsv}) add three
 * constraints that the dataset reader does not check, so a dataset schema may not use them: the
 * {@link #allowed} values of a text column, the {@link #min} of an integer column, and whether a
 * file may leave the column out ({@link #mayBeAbsent()}, for a column a later layout added).
 *
 * @param name the codebook name, as the newest release spells it
 * @param type the Tablesaw type
 * @param missingCodes raw values that become missing values (e.g. "-8", "-9", "-999")
 * @param renamedFrom header names older releases used for this column
 * @param required true for keys (ids, year): an empty cell makes the record malformed
 * @param allowed the only values a text cell may hold (empty: any); curated tables only
 * @param min the least value of an integer cell, or null for none; curated tables only
 * @param absentAllowed true if a curated file may lack the column (see {@link #mayBeAbsent()})
 */
public record ColumnSpec(
    String name, ColumnType type, Set<String> missingCodes, List<String> renamedFrom,
    boolean required, Set<String> allowed, Integer min, boolean absentAllowed) {

  public ColumnSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    missingCodes = Set.copyOf(missingCodes);
    renamedFrom = List.copyOf(renamedFrom);
    allowed = Set.copyOf(allowed);
  }

  /** A column without the curated-table constraints. */
  public ColumnSpec(
      String name, ColumnType type, Set<String> missingCodes, List<String> renamedFrom,
      boolean required) {
    this(name, type, missingCodes, renamedFrom, required, Set.of(), null, false);
  }

  /** An optional column. */
  public static ColumnSpec of(String name, ColumnType type, Set<String> missingCodes) {
    return new ColumnSpec(name, type, missingCodes, List.of(), false);
  }

  /** A key column: must hold a value in every record. */
  public static ColumnSpec key(String name, ColumnType type) {
    return new ColumnSpec(name, type, Set.of(), List.of(), true);
  }

  /** This column, also matched by the given older header names. */
  public ColumnSpec renamedFrom(String... older) {
    return new ColumnSpec(
        name, type, missingCodes, List.of(older), required, allowed, min, absentAllowed);
  }

  /** This text column, holding only these values (curated tables: "military", "civilian"). */
  public ColumnSpec allowed(String... values) {
    if (type != ColumnType.TEXT) {
      throw new IllegalStateException(name + ": allowed values need a TEXT column, not " + type);
    }
    return new ColumnSpec(
        name, type, missingCodes, renamedFrom, required, Set.of(values), min, absentAllowed);
  }

  /** This integer column, whose values must be at least {@code least} (curated tables). */
  public ColumnSpec min(int least) {
    if (type != ColumnType.INT) {
      throw new IllegalStateException(name + ": a minimum needs an INT column, not " + type);
    }
    return new ColumnSpec(
        name, type, missingCodes, renamedFrom, required, allowed, least, absentAllowed);
  }

  /**
   * This column, which a curated file may leave out (a layout that added it later): absent, it
   * reads as all-missing; present, it may stand anywhere in the header.
   */
  public ColumnSpec mayBeAbsent() {
    return new ColumnSpec(name, type, missingCodes, renamedFrom, required, allowed, min, true);
  }

  /** True if this column uses a constraint only {@link StrictCsv} checks. */
  boolean curatedOnly() {
    return !allowed.isEmpty() || min != null || absentAllowed;
  }

  /** True if {@code header} (trimmed, case-insensitive) names this column or an older name of it. */
  public boolean matches(String header) {
    String h = header.trim();
    if (h.equalsIgnoreCase(name)) {
      return true;
    }
    for (String old : renamedFrom) {
      if (h.equalsIgnoreCase(old)) {
        return true;
      }
    }
    return false;
  }
}
