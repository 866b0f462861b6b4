package io.github.conflictdata.cow;

import io.github.conflictdata.CodeLabel;
import java.util.Optional;

/**
 * COW Non-State War Data {@code Outcome}: the outcome of the war between the non-state sides A and
 * B.
 *
 * <p>Source: COW "Non-state Wars (Version 4.0): Definitions and Variables" (Sarkees; shared as
 * docs/Non-StateWars_Codebook.pdf), Variables Layout p. 3 ("1 - Side A wins 2 - Side B wins 3 -
 * Compromise 4 - The war was transformed into another type of war 5 - The war is ongoing as of
 * 12/31/2007 6 - Stalemate 7 - Conflict continues at below war level"). The shared v4.0 file uses
 * codes 1, 2, 3, 4, 6 and 7.
 */
public enum NonStateOutcome implements CodeLabel {
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
  /** 5: Ongoing as of 12/31/2007. */
  ONGOING(
      5,
      "Ongoing as of 12/31/2007",
      "The war is ongoing as of 12/31/2007"),
  /** 6: Stalemate. */
  STALEMATE(
      6,
      "Stalemate",
      "Stalemate"),
  /** 7: Conflict continues at below war level. */
  CONTINUES_BELOW_WAR_LEVEL(
      7,
      "Conflict continues at below war level",
      "Conflict continues at below war level");

  private final int code;
  private final String label;
  private final String description;

  NonStateOutcome(int code, String label, String description) {
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
  public static Optional<NonStateOutcome> of(int code) {
    return CodeLabel.find(values(), code);
  }
}
