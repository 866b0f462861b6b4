package io.github.conflictdata.ucdp;

import io.github.conflictdata.CodeLabel;
import java.util.Optional;

/**
 * UCDP {@code type_of_conflict}: extrasystemic, interstate, intrastate or internationalized
 * intrastate.
 *
 * <p>Source: UCDP/PRIO Armed Conflict Dataset Codebook v25.1 (Pettersson 2025), variable table p. 8
 * ("One of the following four types of conflict").
 * The UCDP Battle-Related Deaths codebook defines the same four codes for its
 * {@code type_of_conflict} (v22.1, as quoted at cdc.univ-lille.fr); PRIO's {@code type} is
 * imported from the ACD (PRIO Battle Deaths codebook v3.0, p. 5).
 */
public enum TypeOfConflict implements CodeLabel {
  /** 1: Extrasystemic. */
  EXTRASYSTEMIC(
      1,
      "Extrasystemic",
      "extrasystemic (between a state and a non-state group outside its own territory, where the government side is fighting to retain control of a territory outside the state system)"),
  /** 2: Interstate. */
  INTERSTATE(
      2,
      "Interstate",
      "interstate (both sides are states in the Gleditsch and Ward membership system)"),
  /** 3: Intrastate. */
  INTRASTATE(
      3,
      "Intrastate",
      "intrastate (side A is always a government; side B is always one or more rebel groups; there is no involvement of foreign governments with troops, i.e. there is no side_a_2nd or side_b_2nd coded)"),
  /** 4: Internationalized intrastate. */
  INTERNATIONALIZED_INTRASTATE(
      4,
      "Internationalized intrastate",
      "internationalized intrastate (side A is always a government; side B is always one or more rebel groups; there is involvement of foreign governments with troops, i.e. there is at least ONE side_a_2nd or side_b_2nd coded)");

  private final int code;
  private final String label;
  private final String description;

  TypeOfConflict(int code, String label, String description) {
    this.code = code;
    this.label = label;
    this.description = description;
  }

  @Override
  public int code() {
    return code;
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public String description() {
    return description;
  }

  /**
   * The constant for {@code code}, so a raw column value reads as its codebook meaning.
   *
   * @param code the numeric code as stored in the data file
   * @return the matching constant; empty when the codebook does not define {@code code}
   */
  public static Optional<TypeOfConflict> of(int code) {
    return CodeLabel.find(values(), code);
  }
}
