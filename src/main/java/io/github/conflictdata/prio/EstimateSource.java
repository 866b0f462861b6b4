package io.github.conflictdata.prio;

import io.github.conflictdata.CodeLabel;
import java.util.Optional;

/**
 * PRIO {@code source}: whether the estimate rests on information beyond the UCDP/PRIO coding
 * rules. Under code 0 the best estimate is missing (-999) and low/high are 25/999 or
 * 1,000/9,999.
 *
 * <p>Source: PRIO Battle Deaths Dataset Codebook for Version 3.0 (Lacina, September 2009),
 * "Variables Added", p. 5, item 5.
 */
public enum EstimateSource implements CodeLabel {
  /** 0: UCDP/PRIO coding rules only. */
  CODING_RULES_ONLY(
      0,
      "UCDP/PRIO coding rules only",
      "The only available information was the UCDP/PRIO coding rules"),
  /** 1: Other information. */
  OTHER_INFORMATION(
      1,
      "Other information",
      "Information available other than UCDP/PRIO coding rules");

  private final int code;
  private final String label;
  private final String description;

  EstimateSource(int code, String label, String description) {
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
  public static Optional<EstimateSource> of(int code) {
    return CodeLabel.find(values(), code);
  }
}
