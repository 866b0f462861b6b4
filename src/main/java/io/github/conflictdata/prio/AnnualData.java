package io.github.conflictdata.prio;

import io.github.conflictdata.CodeLabel;
import java.util.Optional;

/**
 * PRIO {@code annualdata}: how specific to the conflict-year the battle-death estimate is.
 *
 * <p>Source: PRIO Battle Deaths Dataset Codebook for Version 3.0 (Lacina, September 2009),
 * "Variables Added", p. 5, item 4.
 */
public enum AnnualData implements CodeLabel {
  /** 0: Not specific to the conflict year. */
  NOT_YEAR_SPECIFIC(
      0,
      "Not specific to the conflict year",
      "Estimated based on battle-deaths data that was not specific to the conflict year"),
  /** 1: Extrapolated from limited data. */
  EXTRAPOLATED(
      1,
      "Extrapolated from limited data",
      "Annual figure estimated based on extrapolation from limited data on trends in the conflict or from annual data for only some of the actors or theaters in the conflict"),
  /** 2: Specific to this conflict-year. */
  YEAR_SPECIFIC(
      2,
      "Specific to this conflict-year",
      "Estimated based on data regarding total battle deaths specific to this conflict-year");

  private final int code;
  private final String label;
  private final String description;

  AnnualData(int code, String label, String description) {
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
  public static Optional<AnnualData> of(int code) {
    return CodeLabel.find(values(), code);
  }
}
