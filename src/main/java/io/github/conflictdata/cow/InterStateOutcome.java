package io.github.conflictdata.cow;

import io.github.conflictdata.CodeLabel;
import java.util.Optional;

/**
 * COW Inter-State War Data v4.0 {@code Outcome}: the outcome of the war for the state in the row.
 *
 * <p>Source: COW "Inter-state Wars (Version 4.0): Definitions and Variables" (Sarkees; shared as
 * docs/Inter-StateWars_Codebook.pdf), Variables Layout p. 4: "Outcome: coded as: 1 = Winner 2 =
 * Loser 3 = Compromise/Tied 4 = The war was transformed into another type of war 5 = The war is
 * ongoing as of 12/31/2007 6 = Stalemate 7 = Conflict continues at below war level 8 = changed
 * sides". Labels and descriptions follow that wording; they replace the earlier secondary source
 * (peacesciencer's restatement), which has the same codes but words 5 and 7 differently ("ongoing
 * at end of 2007", "conflict continues below severity of war"). The shared v4.0 file uses codes 1,
 * 2, 3, 4, 6 and 8; no row is coded 5.
 */
public enum InterStateOutcome implements CodeLabel {
  /** 1: Winner. */
  WINNER(
      1,
      "Winner",
      "Winner"),
  /** 2: Loser. */
  LOSER(
      2,
      "Loser",
      "Loser"),
  /** 3: Compromise/Tied. */
  COMPROMISE_TIED(
      3,
      "Compromise/Tied",
      "Compromise/Tied"),
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
  CONTINUES_BELOW_WAR(
      7,
      "Conflict continues at below war level",
      "Conflict continues at below war level"),
  /** 8: Changed sides. */
  CHANGED_SIDES(
      8,
      "Changed sides",
      "changed sides");

  private final int code;
  private final String label;
  private final String description;

  InterStateOutcome(int code, String label, String description) {
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
  public static Optional<InterStateOutcome> of(int code) {
    return CodeLabel.find(values(), code);
  }
}
