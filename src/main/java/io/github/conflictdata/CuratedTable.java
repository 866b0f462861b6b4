package io.github.conflictdata;

/**
 * The tables this project curates itself, as opposed to the published datasets of {@link
 * DatasetKind}: they have a fixed layout of our own, are read strictly by their own entry points
 * ({@link ConflictData#claims()}, {@link ConflictData#concordance()}) and are never detected by
 * {@link ConflictData#read}. A {@link DatasetFormatException} about one of them names it in {@link
 * DatasetFormatException#curatedTable()}.
 */
public enum CuratedTable {
  /**
   * Casualty figures stated by governments and reported in the news ({@code
   * data/claims/claims.csv}): one row per stated figure.
   */
  CLAIMS("Casualty claims (conflictdata)"),
  /**
   * Which UCDP conflict, COW war and PRIO id describe the same war ({@code
   * data/concordance/war-concordance.csv}): one row per link.
   */
  CONCORDANCE("War concordance (conflictdata)"),
  /**
   * Other names of the concordance's wars, for {@code War.find} ({@code
   * data/concordance/aliases.csv}): one row per name.
   */
  ALIASES("War aliases (conflictdata)");

  private final String title;

  CuratedTable(String title) {
    this.title = title;
  }

  /** A human-readable name, for summaries and chart footnotes. */
  public String title() {
    return title;
  }
}
