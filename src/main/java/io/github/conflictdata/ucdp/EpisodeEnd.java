package io.github.conflictdata.ucdp;

import io.github.conflictdata.CodeLabel;
import java.util.Optional;

/**
 * UCDP {@code ep_end}: a dummy for whether the conflict is inactive the following year, so that an
 * episode ends.
 *
 * <p>Source: UCDP/PRIO Armed Conflict Dataset Codebook v25.1 (Pettersson 2025), variable table p.
 * 9. For the latest year of a release the codebook says the
 * following year is unknown and the code is always 0. PRIO's {@code epend} is imported from the
 * ACD.
 */
public enum EpisodeEnd implements CodeLabel {
  /** 0: No episode end. */
  NO_EPISODE_END(
      0,
      "No episode end",
      "If not, a 0 is coded. For the latest year in the dataset, it is unknown whether the conflict will be recorded as active or inactive in the following year, and the variable is always given the code 0"),
  /** 1: Episode ends. */
  EPISODE_ENDS(
      1,
      "Episode ends",
      "If the conflict is inactive the following year(s), this variable is coded as 1");

  private final int code;
  private final String label;
  private final String description;

  EpisodeEnd(int code, String label, String description) {
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
  public static Optional<EpisodeEnd> of(int code) {
    return CodeLabel.find(values(), code);
  }
}
