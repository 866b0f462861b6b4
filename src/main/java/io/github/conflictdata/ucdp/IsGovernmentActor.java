package io.github.conflictdata.ucdp;

import io.github.conflictdata.CodeLabel;
import java.util.Optional;

/**
 * UCDP One-sided Violence {@code is_government_actor}: whether the actor perpetrating the
 * one-sided violence is the government of a state.
 *
 * <p>Source: UCDP One-sided Violence Codebook Version 25.1 (Pettersson 2025; shared as
 * docs/ucdp-onesided-251.pdf), variable table p. 6: "This variable records if the actor is the
 * government of a state and is coded as 1 for government actors and 0 for non-governmental
 * actors." The v1.4-2015 codebook defines its {@code IsGovernmentActor} in the same words (p. 3).
 *
 * <p>The one-sided file's {@code region} uses the ACD's five region codes (codebook 25.1, p. 7: "1
 * = Europe (GWNo: 200-399)" ... "5 = Americas (GWNo: 2-199)"), so {@link Region} applies to it.
 */
public enum IsGovernmentActor implements CodeLabel {
  /** 0: Non-governmental actor. */
  NON_GOVERNMENTAL(
      0,
      "Non-governmental actor",
      "0 for non-governmental actors"),
  /** 1: Government actor. */
  GOVERNMENT(
      1,
      "Government actor",
      "1 for government actors");

  private final int code;
  private final String label;
  private final String description;

  IsGovernmentActor(int code, String label, String description) {
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
  public static Optional<IsGovernmentActor> of(int code) {
    return CodeLabel.find(values(), code);
  }
}
