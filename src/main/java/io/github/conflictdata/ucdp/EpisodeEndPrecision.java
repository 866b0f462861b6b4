package io.github.conflictdata.ucdp;

import io.github.conflictdata.CodeLabel;
import java.util.Optional;

/**
 * UCDP {@code ep_end_prec}: how precisely {@code ep_end_date} is known.
 *
 * <p>Source: UCDP/PRIO Armed Conflict Dataset Codebook v25.1 (Pettersson 2025), section 4.4
 * "Episode end dates temporal precision", p. 12 (codes 1 to 5;
 * the start-date codes 6 and 7 of section 4.3 are not defined for episode ends).
 */
public enum EpisodeEndPrecision implements CodeLabel {
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
      "Day and month are unknown, year is coded precisely");

  private final int code;
  private final String label;
  private final String description;

  EpisodeEndPrecision(int code, String label, String description) {
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
  public static Optional<EpisodeEndPrecision> of(int code) {
    return CodeLabel.find(values(), code);
  }
}
