package io.github.conflictdata.codes;

/**
 * The country-code systems the crosswalk knows. COW and G&amp;W numbers are date-dependent state
 * identities (one number, several membership spells); ISO 3166 alpha-3 codes are attached to them
 * through countrycode's code pairs.
 */
public enum CodeSystem {
  /** Correlates of War state number ({@code ccode}, countrycode's {@code cown}). */
  COW("ccode", "COW state number"),
  /** Gleditsch &amp; Ward state number ({@code gwno}, used by UCDP and PRIO). */
  GW("gwno", "G&W state number"),
  /** ISO 3166-1 alpha-3 ({@code iso3}, countrycode's {@code iso3c}). */
  ISO3("iso3", "ISO 3166 alpha-3 code");

  private final String column;
  private final String title;

  CodeSystem(String column, String title) {
    this.column = column;
    this.title = title;
  }

  /**
   * The column name the helpers give an added column of this system by default.
   *
   * @return the default column name, e.g. {@code "gwno"}
   */
  public String defaultColumn() {
    return column;
  }

  /**
   * A human-readable name for messages, e.g. "G&amp;W state number".
   *
   * @return the name for messages
   */
  public String title() {
    return title;
  }
}
