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
 * <p>No other COW column is labelled: the text of the Inter-State, Intra-State (4.1, 5.1) and
 * Non-State codebooks could not be found, and their codes are not guessed.
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
