package io.github.conflictdata.ucdp;

import io.github.conflictdata.CodeLabel;
import java.util.Optional;

/**
 * UCDP {@code start_prec} and {@code start_prec2}: how precisely {@code start_date} and
 * {@code start_date2} are known.
 *
 * <p>Source: UCDP/PRIO Armed Conflict Dataset Codebook v25.1 (Pettersson 2025), section 4.3 "Start
 * dates temporal precision", pp. 11-12. Its footnote 7 says
 * the format was changed in 2014 and again in 2017, so these labels are not applied to PRIO's
 * {@code startprec} (PRIO Battle Deaths 3.0 follows the ACD of 2009).
 */
public enum StartPrecision implements CodeLabel {
  /** 1: Day, month and year precise. */
  EXACT(
      1,
      "Day, month and year precise",
      "Day, month and year are precisely coded; we have good information on the event"),
  /** 2: Day assigned; month and year precise. */
  DAY_ASSIGNED(
      2,
      "Day assigned; month and year precise",
      "Day is assigned; month and year are precisely coded"),
  /** 3: Day unknown; month and year precise. */
  DAY_UNKNOWN(
      3,
      "Day unknown; month and year precise",
      "Day is unknown; month (or a period of 30 days, not necessarily a calendar month) and year are precisely coded"),
  /** 4: Month assigned; year precise. */
  MONTH_ASSIGNED(
      4,
      "Month assigned; year precise",
      "Month is assigned; year is coded precisely"),
  /** 5: Day and month unknown; year precise. */
  DAY_MONTH_UNKNOWN(
      5,
      "Day and month unknown; year precise",
      "Day and month are unknown, year is coded precisely"),
  /** 6: Year assigned. */
  YEAR_ASSIGNED(
      6,
      "Year assigned",
      "Year is assigned. There is a wide disagreement between different sources, so that not even year can be coded precisely"),
  /** 7: Year missing. */
  YEAR_MISSING(
      7,
      "Year missing",
      "Year is missing. No reliable information on the start year is available");

  private final int code;
  private final String label;
  private final String description;

  StartPrecision(int code, String label, String description) {
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
  public static Optional<StartPrecision> of(int code) {
    return CodeLabel.find(values(), code);
  }
}
