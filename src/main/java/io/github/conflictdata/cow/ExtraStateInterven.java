package io.github.conflictdata.cow;

import io.github.conflictdata.CodeLabel;
import java.util.Optional;

/**
 * COW Extra-State War Data {@code Interven}: whether an additional state intervened in the war.
 *
 * <p>Source: COW "Extra-state Wars (Version 4.0): Definitions and Variables" (Sarkees; shared as
 * docs/Extra-StateWars_Codebook.pdf), Variables Layout p. 8: "Interven – was there an additional
 * state that intervened in the war? 0=no, 1=yes". Pages 6-7 explain that a state entering on
 * either side without taking over the bulk of the fighting is coded as an intervention, not as a
 * transformation of the war.
 */
public enum ExtraStateInterven implements CodeLabel {
  /** 0: No intervention. */
  NO(
      0,
      "No intervention",
      "no"),
  /** 1: Additional state intervened. */
  YES(
      1,
      "Additional state intervened",
      "yes");

  private final int code;
  private final String label;
  private final String description;

  ExtraStateInterven(int code, String label, String description) {
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
  public static Optional<ExtraStateInterven> of(int code) {
    return CodeLabel.find(values(), code);
  }
}
