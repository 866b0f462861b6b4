package io.github.conflictdata.cow;

import io.github.conflictdata.CodeLabel;
import java.util.Optional;

/**
 * COW Extra-State War Data {@code WhereFought}: the region where combat occurred.
 *
 * <p>Source: COW Extra-State War Data v4.0 codebook ("Extra-state Wars (Version 4.0):
 * Definitions and Variables", Sarkees), pp. 8-9: "Region where combat occurred. Values are:
 * 1 = W. Hemisphere 2 = Europe 4 = Africa 6 = Middle East 7 = Asia 9 = Oceania", as quoted by
 * the Conflict Database Compass at https://cdc.univ-lille.fr/cow-extra-state-war-data-v-4-0
 * (the codebook PDF itself was not reachable here). The shared v4.0 file uses exactly these six
 * codes.
 *
 * <p>{@link io.github.conflictdata.Labels} also uses these codes for the Non-State v4.0 file's
 * {@code WhereFought}: Our World in Data's processing of the COW war data lists the same six
 * "Originally encoded regions" for the non-state file as for the extra-state one (owid/etl, {@code
 * etl/steps/data/garden/war/2023-09-21/cow.py}, commit 10fa9f5a, a secondary source; the Non-State
 * codebook text was not found). The shared non-state file uses codes 1, 4, 6, 7 and 9.
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

  /** The constant for {@code code}; empty when the codebook does not define it. */
  public static Optional<ExtraStateWhereFought> of(int code) {
    return CodeLabel.find(values(), code);
  }
}
