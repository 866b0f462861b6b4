package io.github.conflictdata.cow;

import io.github.conflictdata.CodeLabel;
import java.util.Optional;

/**
 * COW Extra-State War Data {@code WhereFought}: the region where combat occurred.
 *
 * <p>Source: COW Extra-State War Data v4.0 codebook ("Extra-state Wars (Version 4.0):
 * Definitions and Variables", Sarkees), pp. 8-9: "Region where combat occurred. Values are:
 * 1 = W. Hemisphere 2 = Europe 4 = Africa 6 = Middle East 7 = Asia 9 = Oceania" (shared as
 * docs/Extra-StateWars_Codebook.pdf; first quoted here from the Conflict Database Compass at
 * https://cdc.univ-lille.fr/cow-extra-state-war-data-v-4-0, which matches the PDF). The shared
 * v4.0 file uses exactly these six codes.
 *
 * <p>The same six codes and wordings define {@code WhereFought} in two more COW files: the
 * Non-State v4.0 file (codebook docs/Non-StateWars_Codebook.pdf, Variables Layout p. 2; the
 * shared file uses codes 1, 4, 6, 7 and 9; earlier taken from Our World in Data's processing,
 * owid/etl {@code etl/steps/data/garden/war/2023-09-21/cow.py}, commit 10fa9f5a) and the
 * Intra-State 4.1 file (codebook v4.0, docs/Intra-StateWars_Codebook.pdf, Variables Layout p. 7:
 * "WhereFought - Region where combat occurred"; the shared file uses codes 1, 2, 4, 6 and 7).
 * Release 5.1 of the intra-state data replaces it by {@link V5RegionNum}.
 */
public enum ExtraStateWhereFought implements CodeLabel {
  /** 1: W. Hemisphere. */
  W_HEMISPHERE(
      1,
      "W. Hemisphere",
      "W. Hemisphere"),
  /** 2: Europe. */
  EUROPE(
      2,
      "Europe",
      "Europe"),
  /** 4: Africa. */
  AFRICA(
      4,
      "Africa",
      "Africa"),
  /** 6: Middle East. */
  MIDDLE_EAST(
      6,
      "Middle East",
      "Middle East"),
  /** 7: Asia. */
  ASIA(
      7,
      "Asia",
      "Asia"),
  /** 9: Oceania. */
  OCEANIA(
      9,
      "Oceania",
      "Oceania");

  private final int code;
  private final String label;
  private final String description;

  ExtraStateWhereFought(int code, String label, String description) {
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
  public static Optional<ExtraStateWhereFought> of(int code) {
    return CodeLabel.find(values(), code);
  }
}
