package io.github.conflictdata.io;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One column of a dataset schema, described as data: the codebook name (as the newest release
 * spells it), its type, the codes that mean "missing" (kept per cell as raw text), the names older
 * releases used for it, and whether every record must hold a value (a key).
 *
 * @param name the codebook name, as the newest release spells it
 * @param type the Tablesaw type
 * @param missingCodes raw values that become missing values (e.g. "-8", "-9", "-999")
 * @param renamedFrom header names older releases used for this column
 * @param required true for keys (ids, year): an empty cell makes the record malformed
 */
public record ColumnSpec(
    String name, ColumnType type, Set<String> missingCodes, List<String> renamedFrom,
    boolean required) {

  public ColumnSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    missingCodes = Set.copyOf(missingCodes);
    renamedFrom = List.copyOf(renamedFrom);
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
    return new ColumnSpec(name, type, missingCodes, List.of(older), required);
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
