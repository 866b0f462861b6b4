package io.github.conflictdata.cow;

import io.github.conflictdata.CodeLabel;
import java.util.Optional;

/**
 * COW Inter-State War Data {@code Initiator}: whether the state in the row initiated the war. Note
 * the coding 1 = yes, 2 = no; the extra-state file codes its {@code Initiator} 0/1 instead (see
 * {@link ExtraStateInitiator}).
 *
 * <p>Source: COW "Inter-state Wars (Version 4.0): Definitions and Variables" (Sarkees; shared as
 * docs/Inter-StateWars_Codebook.pdf), Variables Layout p. 4: "Initiator - whether the state
 * initiated the war 1 = Yes 2 = No". The intra-state and non-state files' {@code Initiator} is not
 * a code (a participant's name; the side "A" or "B").
 */
public enum InterStateInitiator implements CodeLabel {
  /** 1: Initiated the war. */
  YES(
      1,
      "Initiated the war",
      "Yes"),
  /** 2: Did not initiate the war. */
  NO(
      2,
      "Did not initiate the war",
      "No");

  private final int code;
  private final String label;
  private final String description;

  InterStateInitiator(int code, String label, String description) {
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
  public static Optional<InterStateInitiator> of(int code) {
    return CodeLabel.find(values(), code);
  }
}
