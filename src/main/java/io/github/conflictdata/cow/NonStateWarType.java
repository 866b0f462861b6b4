package io.github.conflictdata.cow;

import io.github.conflictdata.CodeLabel;
import java.util.Optional;

/**
 * COW Non-State War Data {@code WarType}: 8 (in non-state territory) or 9 (across state borders).
 *
 * <p>Source: COW "Non-state Wars (Version 4.0): Definitions and Variables" (Sarkees; shared as
 * docs/Non-StateWars_Codebook.pdf), Variables Layout p. 2: "WarType - 8 = wars between or among
 * non-state entities that take place in non-state territory: 9 = wars between NSAs that take place
 * across state borders"; p. 1 counts sixty-one wars of type 8 and one of type 9, as in the shared
 * file.
 */
public enum NonStateWarType implements CodeLabel {
  /** 8: In non-state territory. */
  IN_NON_STATE_TERRITORY(
      8,
      "In non-state territory",
      "wars between or among non-state entities that take place in non-state territory"),
  /** 9: Across state borders. */
  ACROSS_STATE_BORDERS(
      9,
      "Across state borders",
      "wars between NSAs that take place across state borders");

  private final int code;
  private final String label;
  private final String description;

  NonStateWarType(int code, String label, String description) {
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
  public static Optional<NonStateWarType> of(int code) {
    return CodeLabel.find(values(), code);
  }
}
