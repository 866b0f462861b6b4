package io.github.conflictdata.cow;

import io.github.conflictdata.CodeLabel;
import java.util.Optional;

/**
 * COW Extra-State War Data {@code Initiator}: whether the participant on Side A initiated the war
 * (0 = no, 1 = yes; unlike the inter-state file's 1 = yes, 2 = no).
 *
 * <p>Source: COW "Extra-state Wars (Version 4.0): Definitions and Variables" (Sarkees; shared as
 * docs/Extra-StateWars_Codebook.pdf), Variables Layout p. 8: "Initiator – Did the participant on
 * Side A initiate the war? 0=no, 1=yes".
 */
public enum ExtraStateInitiator implements CodeLabel {
  /** 0: Side A did not initiate. */
  NO(
      0,
      "Side A did not initiate",
      "no"),
  /** 1: Side A initiated. */
  YES(
      1,
      "Side A initiated",
      "yes");

  private final int code;
  private final String label;
  private final String description;

  ExtraStateInitiator(int code, String label, String description) {
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
  public static Optional<ExtraStateInitiator> of(int code) {
    return CodeLabel.find(values(), code);
  }
}
