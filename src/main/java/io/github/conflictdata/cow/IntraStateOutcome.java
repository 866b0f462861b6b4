package io.github.conflictdata.cow;

import io.github.conflictdata.CodeLabel;
import java.util.Optional;

/**
 * COW Intra-State War Data {@code Outcome}: the outcome of the civil war. Releases 4.1 and 5.1 use
 * the same seven codes.
 *
 * <p>Source: COW "Codebook for the Intra-State Wars v.4.0" (Sarkees; shared as
 * docs/Intra-StateWars_Codebook.pdf, distributed with release 4.1), Variables Layout p. 8 ("1 -
 * Side A wins 2 - Side B wins 3 - Compromise 4 - The war was transformed into another type of war
 * 5 - The war is ongoing as of 12/31/2007 6 - Stalemate 7 - Conflict continues at below war
 * level"), and "Codebook for the Correlates of War (COW) Intra-State Wars Dataset v.5.1" (Sarkees
 * &amp; Dixon 2020; docs/Codebook for Intra-state v5.1 2.9.20.pdf), p. 5, with the same wording
 * except "5 = The war is ongoing as of 12/31/2014". Labels and descriptions follow that wording;
 * they replace the earlier secondary source (peacesciencer), whose codes are the same but whose
 * wording of 4 and 7 differs ("war transformed into another type of war", "conflict continues
 * below severity of war").
 *
 * <p>Code 5 is labelled "War ongoing" and described as "The war is ongoing", without the year,
 * which differs between the releases (end of 2007 for 4.x, end of 2014 for 5.1). In both shared
 * files every war coded 5, and only those, has end year {@code -7}, COW's code for "war ongoing"
 * (checked by the tests).
 */
public enum IntraStateOutcome implements CodeLabel {
  /** 1: Side A wins. */
  SIDE_A_WINS(
      1,
      "Side A wins",
      "Side A wins"),
  /** 2: Side B wins. */
  SIDE_B_WINS(
      2,
      "Side B wins",
      "Side B wins"),
  /** 3: Compromise. */
  COMPROMISE(
      3,
      "Compromise",
      "Compromise"),
  /** 4: Transformed into another type of war. */
  TRANSFORMED(
      4,
      "Transformed into another type of war",
      "The war was transformed into another type of war"),
  /** 5: War ongoing. */
  ONGOING(
      5,
      "War ongoing",
      "The war is ongoing"),
  /** 6: Stalemate. */
  STALEMATE(
      6,
      "Stalemate",
      "Stalemate"),
  /** 7: Conflict continues at below war level. */
  CONTINUES_BELOW_WAR(
      7,
      "Conflict continues at below war level",
      "Conflict continues at below war level");

  private final int code;
  private final String label;
  private final String description;

  IntraStateOutcome(int code, String label, String description) {
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
  public static Optional<IntraStateOutcome> of(int code) {
    return CodeLabel.find(values(), code);
  }
}
