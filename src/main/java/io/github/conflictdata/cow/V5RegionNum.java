package io.github.conflictdata.cow;

import io.github.conflictdata.CodeLabel;
import java.util.Optional;

/**
 * COW Intra-State War Data v5.1 {@code V5RegionNum}: the region of the civil war. Release 5.1
 * numbers regions differently from the v4 files' {@code WhereFought}; release 4.1 has no such
 * column.
 *
 * <p>Source: "Codebook for the Correlates of War (COW) Intra-State Wars Dataset v.5.1" (Sarkees
 * &amp; Dixon 2020; shared as docs/Codebook for Intra-state v5.1 2.9.20.pdf), p. 3: "the
 * geographical region where combat occurred. The values here are a variation of those used in the
 * state system dataset. Values are: 1= North America; 2=South America; 3=Europe; 4=Sub-Saharan
 * Africa; 5=Middle East and North Africa; 6=Asia and Oceania." The same codes and words were first
 * taken from Our World in Data's processing of the 5.1 file (owid/etl, {@code
 * etl/steps/data/garden/war/2023-09-21/cow.py}, commit 10fa9f5a, module docstring "ON REGIONS",
 * "Originally encoded regions"). The shared 5.1 file uses exactly codes 1-6.
 */
public enum V5RegionNum implements CodeLabel {
  /** 1: North America. */
  NORTH_AMERICA(1, "North America", "North America"),
  /** 2: South America. */
  SOUTH_AMERICA(2, "South America", "South America"),
  /** 3: Europe. */
  EUROPE(3, "Europe", "Europe"),
  /** 4: Sub-Saharan Africa. */
  SUB_SAHARAN_AFRICA(4, "Sub-Saharan Africa", "Sub-Saharan Africa"),
  /** 5: Middle East and North Africa. */
  MIDDLE_EAST_NORTH_AFRICA(5, "Middle East and North Africa", "Middle East and North Africa"),
  /** 6: Asia and Oceania. */
  ASIA_OCEANIA(6, "Asia and Oceania", "Asia and Oceania");

  private final int code;
  private final String label;
  private final String description;

  V5RegionNum(int code, String label, String description) {
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
   * @return the matching constant; empty when the source does not define {@code code}
   */
  public static Optional<V5RegionNum> of(int code) {
    return CodeLabel.find(values(), code);
  }
}
