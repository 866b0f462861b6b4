package io.github.conflictdata;

/**
 * The armed-conflict datasets conflictdata reads. Each kind has one schema for all of its
 * releases: the union of the releases' columns, named as the newest release names them. The
 * tables the project curates itself (claims, concordance) are not kinds: see {@link CuratedTable}.
 */
public enum DatasetKind {
  /** UCDP Battle-Related Deaths Dataset, one row per conflict-year. */
  UCDP_BRD_CONFLICT("UCDP Battle-Related Deaths (conflict level)"),
  /** UCDP Battle-Related Deaths Dataset, one row per dyad-year. */
  UCDP_BRD_DYADIC("UCDP Battle-Related Deaths (dyadic)"),
  /** UCDP/PRIO Armed Conflict Dataset, one row per conflict-year. */
  UCDP_PRIO_ACD("UCDP/PRIO Armed Conflict Dataset"),
  /** UCDP Dyadic Dataset, one row per dyad-year (dyad ids and intensity; no deaths). */
  UCDP_DYADIC("UCDP Dyadic Dataset"),
  /** UCDP Georeferenced Event Dataset (GED), one row per event. */
  UCDP_GED("UCDP Georeferenced Event Dataset"),
  /** UCDP Non-State Conflict Dataset, one row per dyad-year. */
  UCDP_NONSTATE("UCDP Non-State Conflict Dataset"),
  /** UCDP One-Sided Violence Dataset, one row per actor-year. */
  UCDP_ONESIDED("UCDP One-Sided Violence Dataset"),
  /** Correlates of War Inter-State War Data, one row per state participation in a war. */
  COW_INTER_STATE("COW Inter-State War Data"),
  /** Correlates of War Intra-State War Data, one row per war (5.1) or war side pair (4.1). */
  COW_INTRA_STATE("COW Intra-State War Data"),
  /** Correlates of War Extra-State War Data. */
  COW_EXTRA_STATE("COW Extra-State War Data"),
  /** Correlates of War Non-State War Data. */
  COW_NON_STATE("COW Non-State War Data"),
  /** PRIO Battle Deaths Dataset, one row per conflict-year. */
  PRIO_BATTLE_DEATHS("PRIO Battle Deaths Dataset"),
  /** ACLED event data (an export; never bundled: ACLED's terms forbid redistribution). */
  ACLED_EVENTS("ACLED events"),
  /**
   * ACLED's published country-year aggregates (reported fatalities or political-violence events
   * by country-year), one row per country-year; never bundled.
   */
  ACLED_COUNTRY_YEAR("ACLED country-year aggregates");

  private final String title;

  DatasetKind(String title) {
    this.title = title;
  }

  /** A human-readable name, for summaries and chart footnotes. */
  public String title() {
    return title;
  }
}
