package io.github.conflictdata.panel;

import io.github.conflictdata.ucdp.Incompatibility;
import io.github.conflictdata.ucdp.TypeOfConflict;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Which ACD conflict-years a {@link Panel#withAcd(io.github.conflictdata.Dataset, AcdOptions)}
 * join counts: by type of conflict, by incompatibility, wars only (intensity level 2), and an
 * optional column prefix so that several filtered joins can sit in one panel. Immutable: each
 * method returns a new options value. {@link #all()} counts every conflict-year, as
 * {@code withAcd(acd)} does.
 */
public final class AcdOptions {
  private final Set<TypeOfConflict> types;
  private final Set<Incompatibility> incompatibilities;
  private final boolean warsOnly;
  private final String prefix;

  private AcdOptions(
      Set<TypeOfConflict> types, Set<Incompatibility> incompatibilities, boolean warsOnly,
      String prefix) {
    this.types = types;
    this.incompatibilities = incompatibilities;
    this.warsOnly = warsOnly;
    this.prefix = prefix;
  }

  /**
   * Every conflict-year, columns prefixed {@code acd_}.
   *
   * @return options that keep every conflict-year
   */
  public static AcdOptions all() {
    return new AcdOptions(EnumSet.allOf(TypeOfConflict.class),
        EnumSet.allOf(Incompatibility.class), false, "acd_");
  }

  /**
   * Only conflict-years of these types ({@code type_of_conflict}).
   *
   * @param first a type to keep
   * @param more further types to keep
   * @return new options with only these types
   */
  public AcdOptions types(TypeOfConflict first, TypeOfConflict... more) {
    return new AcdOptions(EnumSet.of(first, more), incompatibilities, warsOnly, prefix);
  }

  /**
   * Only conflict-years with these incompatibilities (1 territory, 2 government, 3 both).
   *
   * @param first an incompatibility to keep
   * @param more further incompatibilities to keep
   * @return new options with only these incompatibilities
   */
  public AcdOptions incompatibilities(Incompatibility first, Incompatibility... more) {
    return new AcdOptions(types, EnumSet.of(first, more), warsOnly, prefix);
  }

  /**
   * Only conflict-years of war intensity ({@code intensity_level} 2: at least 1,000 deaths).
   *
   * @return new options that keep only war-intensity conflict-years
   */
  public AcdOptions warsOnly() {
    return new AcdOptions(types, incompatibilities, true, prefix);
  }

  /**
   * The prefix of the added columns instead of {@code acd_}, e.g. {@code "acd_war_"}.
   *
   * @param prefix the column prefix
   * @return new options with this prefix
   * @throws IllegalArgumentException if blank
   */
  public AcdOptions prefix(String prefix) {
    Objects.requireNonNull(prefix, "prefix");
    if (prefix.isBlank()) {
      throw new IllegalArgumentException("a column prefix must not be blank");
    }
    return new AcdOptions(types, incompatibilities, warsOnly, prefix);
  }

  Set<TypeOfConflict> types() {
    return types;
  }

  Set<Incompatibility> incompatibilities() {
    return incompatibilities;
  }

  boolean isWarsOnly() {
    return warsOnly;
  }

  String columnPrefix() {
    return prefix;
  }

  /** Whether any filter is set (for the notes). */
  boolean filters() {
    return warsOnly || types.size() < TypeOfConflict.values().length
        || incompatibilities.size() < Incompatibility.values().length;
  }

  @Override
  public String toString() {
    return "types " + types + ", incompatibilities " + incompatibilities
        + (warsOnly ? ", wars only" : "") + ", prefix " + prefix;
  }
}
