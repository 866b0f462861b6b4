package io.github.conflictdata.ucdp;

import io.github.conflictdata.CodeLabel;
import java.util.Optional;

/**
 * UCDP GED {@code date_prec}: how precise the information is about the date of an event, from 1
 * (exact date known) to 5 (known only within a range of up to a calendar year). {@code date_start}
 * and {@code date_end} bound the range.
 *
 * <p>Source: UCDP Georeferenced Event Dataset Codebook Version 23.1 (Högbladh 2023; shared as
 * docs/ged231.pdf), variable table p. 10. Section 5.6 repeats the list (p. 24), where code 5 reads
 * "less than one calendar year" instead of p. 10's "not more than one calendar year"; the
 * descriptions here follow p. 10.
 */
public enum DatePrecision implements CodeLabel {
  /** 1: Exact date. */
  EXACT_DATE(
      1,
      "Exact date",
      "exact date of event is known"),
  /** 2: Within 2-6 days. */
  WITHIN_2_TO_6_DAYS(
      2,
      "Within 2-6 days",
      "the date of the event is known only within a 2-6 day range."),
  /** 3: Week. */
  WEEK(
      3,
      "Week",
      "only the week of the event is known"),
  /** 4: Within 8-30 days or month. */
  WITHIN_8_TO_30_DAYS_OR_MONTH(
      4,
      "Within 8-30 days or month",
      "the date of the event is known only within an 8-30 day range or only the month when the event has taken place is known"),
  /** 5: Within a calendar year. */
  WITHIN_YEAR(
      5,
      "Within a calendar year",
      "the date of the event is known only within a range longer than one month but not more than one calendar year.");

  private final int code;
  private final String label;
  private final String description;

  DatePrecision(int code, String label, String description) {
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
  public static Optional<DatePrecision> of(int code) {
    return CodeLabel.find(values(), code);
  }
}
