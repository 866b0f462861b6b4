package io.github.conflictdata.ucdp;

import io.github.conflictdata.CodeLabel;
import java.util.Optional;

/**
 * UCDP {@code incompatibility}: the main conflict issue.
 *
 * <p>Source: UCDP/PRIO Armed Conflict Dataset Codebook v25.1 (Pettersson 2025), variable table
 * p. 7 ("1= Incompatibility about territory, 2= Incompatibility about government,
 * 3=Incompatibility about government AND territory") and section 4.2 "Incompatibility" p. 11,
 * which says the three categories hold from Version 4-2007 on. Code 3 is one category of its own
 * (both issues at once), not "either": peacesciencer issue #14 came from users reading it as a
 * bug. The UCDP Battle-Related Deaths files and PRIO's {@code incomp} carry the same codes.
 */
public enum Incompatibility implements CodeLabel {
  /** 1 = Incompatibility about territory. */
  TERRITORY(1, "Territory", "Incompatibility about territory"),
  /** 2 = Incompatibility about government. */
  GOVERNMENT(2, "Government", "Incompatibility about government"),
  /** 3 = Incompatibility about government AND territory (both at once). */
  GOVERNMENT_AND_TERRITORY(
      3, "Government AND territory", "Incompatibility about government AND territory");

  private final int code;
  private final String label;
  private final String description;

  Incompatibility(int code, String label, String description) {
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
  public static Optional<Incompatibility> of(int code) {
    return CodeLabel.find(values(), code);
  }
}
