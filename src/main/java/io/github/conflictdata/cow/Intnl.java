package io.github.conflictdata.cow;

import io.github.conflictdata.CodeLabel;
import java.util.Optional;

/**
 * COW Intra-State War Data {@code Intnl}: whether the civil war was internationalized.
 *
 * <p>Source: COW "Codebook for the Intra-State Wars v.4.0" (Sarkees; shared as
 * docs/Intra-StateWars_Codebook.pdf), Variables Layout p. 7: "Intnl - is the war
 * internationalized? 0=No, 1=Yes"; "Codebook for the Correlates of War (COW) Intra-State Wars
 * Dataset v.5.1" (Sarkees &amp; Dixon 2020; docs/Codebook for Intra-state v5.1 2.9.20.pdf), p. 3:
 * "is the war internationalized? 0=No; 1=Yes". The labels say the same; the descriptions keep the
 * wording of the secondary sources first used, which agree with the codebooks: peacesciencer
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

  /**
   * The constant for {@code code}, so a raw column value reads as its codebook meaning.
   *
   * @param code the numeric code as stored in the data file
   * @return the matching constant; empty when the source does not define {@code code}
   */
  public static Optional<Intnl> of(int code) {
    return CodeLabel.find(values(), code);
  }
}
