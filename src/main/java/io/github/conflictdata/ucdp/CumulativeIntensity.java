package io.github.conflictdata.ucdp;

import io.github.conflictdata.CodeLabel;
import java.util.Optional;

/**
 * UCDP {@code cumulative_intensity}: a dummy for whether the conflict has, since its onset,
 * exceeded 1,000 battle-related deaths (fatalities before 1946 not counted).
 *
 * <p>Source: UCDP/PRIO Armed Conflict Dataset Codebook v25.1 (Pettersson 2025), variable table p. 8
 * ("A conflict is coded as 0 as long as it has not over
 * time resulted in more than 1,000 battle-related deaths. Once a conflict reaches this threshold,
 * it is coded as 1."). PRIO's {@code cumint} is imported from the ACD.
 */
public enum CumulativeIntensity implements CodeLabel {
  /** 0: Not over 1,000 deaths since onset. */
  BELOW_1000(
      0,
      "Not over 1,000 deaths since onset",
      "A conflict is coded as 0 as long as it has not over time resulted in more than 1,000 battle-related deaths"),
  /** 1: Over 1,000 deaths since onset. */
  OVER_1000(
      1,
      "Over 1,000 deaths since onset",
      "Once a conflict reaches this threshold, it is coded as 1");

  private final int code;
  private final String label;
  private final String description;

  CumulativeIntensity(int code, String label, String description) {
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
  public static Optional<CumulativeIntensity> of(int code) {
    return CodeLabel.find(values(), code);
  }
}
