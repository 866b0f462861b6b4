package io.github.conflictdata.cow;

import io.github.conflictdata.CodeLabel;
import java.util.Optional;

/**
 * COW Intra-State War Data {@code Intnl}: whether the civil war was internationalized.
 *
 * <p>Source, <em>secondary</em>: COW's Intra-State codebooks could not be found. peacesciencer
 * describes the 4.1 column as "a dummy variable for if this is an internationalized civil war"
 * (https://svmiller.com/peacesciencer/reference/cow_war_intra.html), and Our World in Data's
 * processing of 5.1 classifies rows with {@code intnl == 1} as "intra-state (internationalized)"
 * and all others as "intra-state (non-internationalized)" (owid/etl,
 * {@code etl/steps/data/garden/war/2023-09-21/cow.py}, commit 10fa9f5a, {@code make_table_intra}).
 * Both shared files (4.1 and 5.1) use exactly codes 0 and 1.
 */
public enum Intnl implements CodeLabel {
  /** 0: Not internationalized. */
  NOT_INTERNATIONALIZED(0, "Not internationalized", "intra-state (non-internationalized)"),
  /** 1: Internationalized. */
  INTERNATIONALIZED(1, "Internationalized", "intra-state (internationalized)");

  private final int code;
  private final String label;
  private final String description;

  Intnl(int code, String label, String description) {
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
  public static Optional<Intnl> of(int code) {
    return CodeLabel.find(values(), code);
  }
}
