package io.github.conflictdata.cow;

import io.github.conflictdata.CodeLabel;
import java.util.Optional;

/**
 * COW Inter-State War Data v4.0 {@code WhereFought}: the region or regions where the state in the
 * row fought. Unlike the extra- and non-state files, codes 11-19 combine regions.
 *
 * <p>Source: COW "Inter-state Wars (Version 4.0): Definitions and Variables" (Sarkees; shared as
 * docs/Inter-StateWars_Codebook.pdf), Variables Layout p. 4: "WhereFought - Region(s) where combat
 * involving the state occurred. Values are:" followed by the fifteen codes and wordings below (1 =
 * W. Hemisphere ... 19 = Europe, Africa, Middle East, Asia &amp; Oceania). The codes were first
 * taken from a secondary source that lists them in the same words, Our World in Data's processing
 * of the COW war data (owid/etl, {@code etl/steps/data/garden/war/2023-09-21/cow.py}, commit
 * 10fa9f5a, module docstring "ON REGIONS", "Originally encoded regions"). The single-region codes
 * are those of the other COW files (see {@link ExtraStateWhereFought}). The shared v4.0 file uses
 * every one of these codes except 9.
 */
public enum InterStateWhereFought implements CodeLabel {
  /** 1: W. Hemisphere. */
  W_HEMISPHERE(1, "W. Hemisphere", "W. Hemisphere"),
  /** 2: Europe. */
  EUROPE(2, "Europe", "Europe"),
  /** 4: Africa. */
  AFRICA(4, "Africa", "Africa"),
  /** 6: Middle East. */
  MIDDLE_EAST(6, "Middle East", "Middle East"),
  /** 7: Asia. */
  ASIA(7, "Asia", "Asia"),
  /** 9: Oceania. */
  OCEANIA(9, "Oceania", "Oceania"),
  /** 11: Europe &amp; Middle East. */
  EUROPE_MIDDLE_EAST(11, "Europe & Middle East", "Europe & Middle East"),
  /** 12: Europe &amp; Asia. */
  EUROPE_ASIA(12, "Europe & Asia", "Europe & Asia"),
  /** 13: W. Hemisphere &amp; Asia. */
  W_HEMISPHERE_ASIA(13, "W. Hemisphere & Asia", "W. Hemisphere & Asia"),
  /** 14: Europe, Africa &amp; Middle East. */
  EUROPE_AFRICA_MIDDLE_EAST(14, "Europe, Africa & Middle East", "Europe, Africa & Middle East"),
  /** 15: Europe, Africa, Middle East &amp; Asia. */
  EUROPE_AFRICA_MIDDLE_EAST_ASIA(
      15,
      "Europe, Africa, Middle East & Asia",
      "Europe, Africa, Middle East, & Asia"),
  /** 16: Africa, Middle East, Asia &amp; Oceania. */
  AFRICA_MIDDLE_EAST_ASIA_OCEANIA(
      16,
      "Africa, Middle East, Asia & Oceania",
      "Africa, Middle East, Asia & Oceania"),
  /** 17: Asia &amp; Oceania. */
  ASIA_OCEANIA(17, "Asia & Oceania", "Asia & Oceania"),
  /** 18: Africa &amp; Middle East. */
  AFRICA_MIDDLE_EAST(18, "Africa & Middle East", "Africa & Middle East"),
  /** 19: Europe, Africa, Middle East, Asia &amp; Oceania. */
  EUROPE_AFRICA_MIDDLE_EAST_ASIA_OCEANIA(
      19,
      "Europe, Africa, Middle East, Asia & Oceania",
      "Europe, Africa, Middle East, Asia & Oceania");

  private final int code;
  private final String label;
  private final String description;

  InterStateWhereFought(int code, String label, String description) {
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
  public static Optional<InterStateWhereFought> of(int code) {
    return CodeLabel.find(values(), code);
  }
}
