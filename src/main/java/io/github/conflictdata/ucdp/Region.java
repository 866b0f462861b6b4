package io.github.conflictdata.ucdp;

import io.github.conflictdata.CodeLabel;
import java.util.Optional;

/**
 * UCDP {@code region}: the region of the incompatibility, by Gleditsch and Ward country-number
 * range. The column is text: a conflict in several regions lists several codes ("1, 3, 5"); see
 * {@link io.github.conflictdata.MultiValued}.
 *
 * <p>Source: UCDP/PRIO Armed Conflict Dataset Codebook v25.1 (Pettersson 2025), variable table p.
 * 10. PRIO's {@code region} is imported from the ACD.
 */
public enum Region implements CodeLabel {
  /** 1: Europe. */
  EUROPE(
      1,
      "Europe",
      "Europe (GWNo: 200-399)"),
  /** 2: Middle East. */
  MIDDLE_EAST(
      2,
      "Middle East",
      "Middle East (GWNo: 630-699)"),
  /** 3: Asia. */
  ASIA(
      3,
      "Asia",
      "Asia (GWNo: 700-999)"),
  /** 4: Africa. */
  AFRICA(
      4,
      "Africa",
      "Africa (GWNo: 400-626)"),
  /** 5: Americas. */
  AMERICAS(
      5,
      "Americas",
      "Americas (GWNo: 2-199)");

  private final int code;
  private final String label;
  private final String description;

  Region(int code, String label, String description) {
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
  public static Optional<Region> of(int code) {
    return CodeLabel.find(values(), code);
  }
}
