package io.github.conflictdata.cow;

import io.github.conflictdata.CodeLabel;
import java.util.Optional;

/**
 * COW Intra-State War Data {@code WarType}: 4 and 5 are civil wars (for central control, over
 * local issues), 6 regional internal and 7 intercommunal wars. Releases 4.1 and 5.1 use the same
 * codes.
 *
 * <p>Source: COW "Codebook for the Intra-State Wars v.4.0" (Sarkees; shared as
 * docs/Intra-StateWars_Codebook.pdf, distributed with release 4.1), Variables Layout p. 6, and
 * "Codebook for the Correlates of War (COW) Intra-State Wars Dataset v.5.1" (Sarkees &amp; Dixon
 * 2020; docs/Codebook for Intra-state v5.1 2.9.20.pdf), p. 3, both: "4 = Civil war for central
 * control; 5 = Civil war over local issues; 6 = Regional internal; 7 = Intercommunal".
 */
public enum IntraStateWarType implements CodeLabel {
  /** 4: Civil war for central control. */
  CIVIL_WAR_CENTRAL_CONTROL(
      4,
      "Civil war for central control",
      "Civil war for central control"),
  /** 5: Civil war over local issues. */
  CIVIL_WAR_LOCAL_ISSUES(
      5,
      "Civil war over local issues",
      "Civil war over local issues"),
  /** 6: Regional internal. */
  REGIONAL_INTERNAL(
      6,
      "Regional internal",
      "Regional internal"),
  /** 7: Intercommunal. */
  INTERCOMMUNAL(
      7,
      "Intercommunal",
      "Intercommunal");

  private final int code;
  private final String label;
  private final String description;

  IntraStateWarType(int code, String label, String description) {
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
  public static Optional<IntraStateWarType> of(int code) {
    return CodeLabel.find(values(), code);
  }
}
