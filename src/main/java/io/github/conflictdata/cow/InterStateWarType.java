package io.github.conflictdata.cow;

import io.github.conflictdata.CodeLabel;
import java.util.Optional;

/**
 * COW Inter-State War Data {@code WarType}: always 1 in this dataset, the COW war type of wars
 * between or among members of the inter-state system. The other types (2-3 extra-state, 4-7
 * intra-state, 8-9 non-state) have their own enums, so a code of another kind in an inter-state
 * file shows as unknown.
 *
 * <p>Source: COW "Inter-state Wars (Version 4.0): Definitions and Variables" (Sarkees; shared as
 * docs/Inter-StateWars_Codebook.pdf), Variables Layout p. 3: "WarType - 1 = Inter-state war".
 */
public enum InterStateWarType implements CodeLabel {
  /** 1: Inter-state war. */
  INTER_STATE(
      1,
      "Inter-state war",
      "Inter-state war");

  private final int code;
  private final String label;
  private final String description;

  InterStateWarType(int code, String label, String description) {
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
  public static Optional<InterStateWarType> of(int code) {
    return CodeLabel.find(values(), code);
  }
}
