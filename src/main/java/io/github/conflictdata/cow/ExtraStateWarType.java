package io.github.conflictdata.cow;

import io.github.conflictdata.CodeLabel;
import java.util.Optional;

/**
 * COW Extra-State War Data {@code WarType}: 2 (colonial war) or 3 (imperial war).
 *
 * <p>Source: COW "Extra-state Wars (Version 4.0): Definitions and Variables" (Sarkees; shared as
 * docs/Extra-StateWars_Codebook.pdf), Variables Layout p. 7: "WarType - 2= Colonial War; 3=
 * Imperial War". The COW typology essay (docs/COW Website - Typology of war.pdf, p. 10) glosses
 * them "Colonial--conflict with colony (war type 2)" and "Imperial--state vs. nonstate (war type
 * 3)".
 */
public enum ExtraStateWarType implements CodeLabel {
  /** 2: Colonial war. */
  COLONIAL(
      2,
      "Colonial war",
      "Colonial War"),
  /** 3: Imperial war. */
  IMPERIAL(
      3,
      "Imperial war",
      "Imperial War");

  private final int code;
  private final String label;
  private final String description;

  ExtraStateWarType(int code, String label, String description) {
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
  public static Optional<ExtraStateWarType> of(int code) {
    return CodeLabel.find(values(), code);
  }
}
