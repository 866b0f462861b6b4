package io.github.conflictdata.ucdp;

import io.github.conflictdata.CodeLabel;
import java.util.Optional;

/**
 * UCDP GED {@code type_of_violence}: the type of UCDP organised violence an event belongs to
 * (state-based conflict, non-state conflict or one-sided violence).
 *
 * <p>Source: UCDP Georeferenced Event Dataset Codebook Version 23.1 (Högbladh 2023; shared as
 * docs/ged231.pdf), variable table p. 6 ("Type of UCDP conflict: 1: state-based conflict 2:
 * non-state conflict 3: one-sided violence"), repeated in section 5.2, p. 15. The three categories
 * are mutually exclusive (p. 5).
 */
public enum TypeOfViolence implements CodeLabel {
  /** 1: State-based conflict. */
  STATE_BASED(
      1,
      "State-based conflict",
      "state-based conflict"),
  /** 2: Non-state conflict. */
  NON_STATE(
      2,
      "Non-state conflict",
      "non-state conflict"),
  /** 3: One-sided violence. */
  ONE_SIDED(
      3,
      "One-sided violence",
      "one-sided violence");

  private final int code;
  private final String label;
  private final String description;

  TypeOfViolence(int code, String label, String description) {
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
  public static Optional<TypeOfViolence> of(int code) {
    return CodeLabel.find(values(), code);
  }
}
