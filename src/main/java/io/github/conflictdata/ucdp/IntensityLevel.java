package io.github.conflictdata.ucdp;

import io.github.conflictdata.CodeLabel;
import java.util.Optional;

/**
 * UCDP {@code intensity_level}: battle-related deaths in the calendar year, in two categories.
 *
 * <p>Source: UCDP/PRIO Armed Conflict Dataset Codebook v25.1 (Pettersson 2025), variable table p.
 * 8. Footnote 5 there: earlier releases had a third,
 * "intermediate" category, since replaced by the {@code cumulative_intensity} dummy
 * ({@link CumulativeIntensity}). PRIO's {@code int} (with its {@code cumint} column) is
 * imported from the ACD (PRIO Battle Deaths codebook v3.0, p. 5) and holds only 1 and 2.
 */
public enum IntensityLevel implements CodeLabel {
  /** 1: Minor. */
  MINOR(
      1,
      "Minor",
      "Minor: between 25 and 999 battle-related deaths in a given year"),
  /** 2: War. */
  WAR(
      2,
      "War",
      "War: at least 1,000 battle-related deaths in a given year");

  private final int code;
  private final String label;
  private final String description;

  IntensityLevel(int code, String label, String description) {
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
  public static Optional<IntensityLevel> of(int code) {
    return CodeLabel.find(values(), code);
  }
}
