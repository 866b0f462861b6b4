package io.github.conflictdata.cow;

import io.github.conflictdata.CodeLabel;
import java.util.Optional;

/**
 * COW Inter-State War Data v4.0 {@code Side}: which of the war's two sides the state in the row
 * fought on (1 or 2). A state that changed sides has two rows, one per side (codebook p. 3: "there
 * is one record for each state war participant, unless the state changed sides during the war, in
 * which case there are two records").
 *
 * <p>Source, <em>secondary</em>: the Inter-State codebook (docs/Inter-StateWars_Codebook.pdf,
 * Variables Layout pp. 3-4) lists no {@code Side} variable, although the file has one. The codes
 * are described by the R package peacesciencer (Steven V. Miller), dataset {@code cow_war_inter}
 * ("Correlates of War Inter-State War Data (v. 4.0)"): "a numeric vector for the side in the war
 * for ccode1, either 1 or 2" (https://rdrr.io/cran/peacesciencer/man/cow_war_inter.html). Nothing
 * more than the number is defined, so the labels only name the side; the shared v4.0 file uses
 * exactly codes 1 and 2.
 */
public enum InterStateSide implements CodeLabel {
  /** 1: Side 1. */
  SIDE_1(
      1,
      "Side 1",
      "side 1 in the war"),
  /** 2: Side 2. */
  SIDE_2(
      2,
      "Side 2",
      "side 2 in the war");

  private final int code;
  private final String label;
  private final String description;

  InterStateSide(int code, String label, String description) {
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
  public static Optional<InterStateSide> of(int code) {
    return CodeLabel.find(values(), code);
  }
}
