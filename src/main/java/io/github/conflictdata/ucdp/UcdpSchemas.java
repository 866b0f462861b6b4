package io.github.conflictdata.ucdp;

import static io.github.conflictdata.io.ColumnType.BOOLEAN;
import static io.github.conflictdata.io.ColumnType.DATE;
import static io.github.conflictdata.io.ColumnType.DOUBLE;
import static io.github.conflictdata.io.ColumnType.INT;
import static io.github.conflictdata.io.ColumnType.TEXT;

import io.github.conflictdata.DatasetKind;
import io.github.conflictdata.io.ColumnSpec;
import io.github.conflictdata.io.ColumnType;
import io.github.conflictdata.io.ReleaseRule;
import io.github.conflictdata.io.Schema;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * The UCDP schemas: Battle-Related Deaths (conflict level and dyadic) and the UCDP/PRIO Armed
 * Conflict Dataset, with the column names of the 23.1/24.1 releases (older CamelCase names such
 * as {@code ConflictId}, {@code BdBest} or {@code GWNoLoc} are accepted as renamed-from).
 *
 * <p>Multi-valued fields ({@code gwno_a} "651, 645", {@code side_b_id} "1108, 1124", {@code
 * region} "1, 3", and the conflict-level {@code dyad_id}) stay text as published. UCDP writes no
 * missing-value codes: missing is an empty cell.
 */
public final class UcdpSchemas {
  /** UCDP's requested citation for the BRD 24.1 release. */
  public static final String BRD_CITATION =
      "Davies, S., G. Engström, T. Pettersson & M. Öberg (2024). Organized violence 1989-2023, "
          + "and the prevalence of organized crime groups. Journal of Peace Research 61(4).";
  /** UCDP's requested citations for the ACD. */
  public static final String ACD_CITATION =
      "Davies, S., T. Pettersson & M. Öberg (2023). Organized violence 1989-2022 and the return "
          + "of conflicts between states? Journal of Peace Research 60(4); Gleditsch, N.P., P. "
          + "Wallensteen, M. Eriksson, M. Sollenberg & H. Strand (2002). Armed Conflict "
          + "1946-2001: A New Dataset. Journal of Peace Research 39(5): 615-637.";
  /** UCDP's requested citations for the 25.1 releases (Non-State, One-Sided, BRD 25.1). */
  public static final String CITATION_25 =
      "Davies, S., T. Pettersson, M. Sollenberg & M. Öberg (2025). Organized violence 1989-2024,"
          + " and the challenges of identifying civilian victims. Journal of Peace Research 62(4).";
  /** UCDP's requested citations for GED. */
  public static final String GED_CITATION =
      CITATION_25 + " Sundberg, R. & E. Melander (2013). Introducing the UCDP Georeferenced Event"
          + " Dataset. Journal of Peace Research 50(4): 523-532.";
  /** UCDP's requested citations for the Non-State Conflict Dataset. */
  public static final String NONSTATE_CITATION =
      CITATION_25 + " Sundberg, R., K. Eck & J. Kreutz (2012). Introducing the UCDP Non-State"
          + " Conflict Dataset. Journal of Peace Research 49(2): 351-362.";
  /** UCDP's requested citations for the One-Sided Violence Dataset. */
  public static final String ONESIDED_CITATION =
      CITATION_25 + " Eck, K. & L. Hultman (2007). One-Sided Violence Against Civilians in War:"
          + " Insights from New Fatality Data. Journal of Peace Research 44(2): 233-246.";
  /** UCDP's requested citations for the Dyadic Dataset (24.1). */
  public static final String DYADIC_CITATION =
      BRD_CITATION.replace("Research 61(4).", "Research 61(4);")
          + " Harbom, L., E. Melander & P. Wallensteen (2008). Dyadic Dimensions of Armed"
          + " Conflict, 1946-2007. Journal of Peace Research 45(5): 697-710.";
  /**
   * UCDP's annual articles, by the release they come with: each release YY.1 (and the candidate
   * releases YY.0.n of that year) is cited with the article of its year (SOURCES.md; the 26.1
   * article from UCDP's download page).
   */
  private static final String[][] ANNUAL_ARTICLES = {
    {"19", "Pettersson, T., S. Högbladh & M. Öberg (2019). Organized violence, 1989-2018 and peace"
        + " agreements. Journal of Peace Research 56(4)"},
    {"23", "Davies, S., T. Pettersson & M. Öberg (2023). Organized violence 1989-2022 and the return"
        + " of conflicts between states? Journal of Peace Research 60(4)"},
    {"24", "Davies, S., G. Engström, T. Pettersson & M. Öberg (2024). Organized violence 1989-2023,"
        + " and the prevalence of organized crime groups. Journal of Peace Research 61(4)"},
    {"25", "Davies, S., T. Pettersson, M. Sollenberg & M. Öberg (2025). Organized violence"
        + " 1989-2024, and the challenges of identifying civilian victims. Journal of Peace Research"
        + " 62(4)"},
    {"26", "Davies, S., T. Pettersson & M. Öberg (2026). Organized violence 1989-2025, and violent"
        + " political protests. Journal of Peace Research"},
  };

  /**
   * The citation of one UCDP release: the annual article of its year, then the dataset's own
   * article, joined by "; " and ended by one full stop.
   *
   * @param version the release ("19.1", candidate "26.0.8")
   * @param datasetArticle the dataset's own article (e.g. Sundberg &amp; Melander 2013 for GED),
   *     or null
   * @return the citation
   */
  public static String citation(String version, String datasetArticle) {
    String major = version.contains(".") ? version.substring(0, version.indexOf('.')) : version;
    String annual = null;
    for (String[] a : ANNUAL_ARTICLES) {
      if (a[0].equals(major)) {
        annual = a[1];
      }
    }
    if (annual == null) {
      annual = major.matches("\\d{2}")
          ? "UCDP's annual article for release " + version + " (Journal of Peace Research, 20"
              + major + ")"
          : "UCDP's annual article for release " + version;
    }
    return datasetArticle == null ? annual + "." : annual + "; " + stripStop(datasetArticle) + ".";
  }

  private static String stripStop(String s) {
    String t = s.strip();
    return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
  }

  private static final String GLEDITSCH_2002 = "Gleditsch, N.P., P. Wallensteen, M. Eriksson,"
      + " M. Sollenberg & H. Strand (2002). Armed Conflict 1946-2001: A New Dataset. Journal of"
      + " Peace Research 39(5): 615-637";
  private static final String SUNDBERG_MELANDER_2013 = "Sundberg, R. & E. Melander (2013)."
      + " Introducing the UCDP Georeferenced Event Dataset. Journal of Peace Research 50(4):"
      + " 523-532";
  private static final String SUNDBERG_ECK_KREUTZ_2012 = "Sundberg, R., K. Eck & J. Kreutz"
      + " (2012). Introducing the UCDP Non-State Conflict Dataset. Journal of Peace Research 49(2):"
      + " 351-362";
  private static final String ECK_HULTMAN_2007 = "Eck, K. & L. Hultman (2007). One-Sided Violence"
      + " Against Civilians in War: Insights from New Fatality Data. Journal of Peace Research"
      + " 44(2): 233-246";
  private static final String HARBOM_2008 = "Harbom, L., E. Melander & P. Wallensteen (2008)."
      + " Dyadic Dimensions of Armed Conflict, 1946-2007. Journal of Peace Research 45(5): 697-710";

  /** UCDP's licence. */
  public static final String LICENCE = "CC BY 4.0 (UCDP download page)";

  /** Battle-Related Deaths, one row per conflict-year. */
  public static final Schema BRD_CONFLICT = brd(DatasetKind.UCDP_BRD_CONFLICT, TEXT);
  /** Battle-Related Deaths, one row per dyad-year. */
  public static final Schema BRD_DYADIC = brd(DatasetKind.UCDP_BRD_DYADIC, INT);
  /** UCDP/PRIO Armed Conflict Dataset, one row per conflict-year. */
  public static final Schema ACD = acd();
  /** UCDP Dyadic Dataset, one row per dyad-year. */
  public static final Schema DYADIC = dyadic();
  /** UCDP Georeferenced Event Dataset, one row per event. */
  public static final Schema GED = ged();
  /** UCDP Non-State Conflict Dataset, one row per dyad-year. */
  public static final Schema NONSTATE = nonState();
  /** UCDP One-Sided Violence Dataset, one row per actor-year. */
  public static final Schema ONESIDED = oneSided();

  private UcdpSchemas() {}

  private static ColumnSpec col(String name, ColumnType t, String... older) {
    return ColumnSpec.of(name, t, Set.of()).renamedFrom(older);
  }

  private static Schema brd(DatasetKind kind, ColumnType dyadType) {
    Schema.Builder b = brdColumns(kind, dyadType);
    if (dyadType == TEXT) {
      // conflict level: dyad lists, and in 2016/2017 type lists ("3, 4")
      b.refiner(UcdpSchemas::conflictOrDyadic).multiValued(", ", "dyad_id", "type_of_conflict");
    }
    return b.build();
  }

  /**
   * UCDP's yearly release YY.1 covers years through 20YY-1; a two-digit year in a release's dates
   * is resolved against 20YY (as before).
   */
  static int coveredThrough(String version) {
    int major = io.github.conflictdata.io.Versions.major(version);
    return major >= 10 && major < 100 ? 2000 + major : -1;
  }

  /**
   * The conflict-level and dyadic BRD files share one header. Conflict level: one row per
   * conflict-year, {@code dyad_id} may list several dyads. Dyadic: a conflict-year repeats where a
   * conflict had several active dyads. No list and no repeat reads as conflict level. Asked for
   * conflict level, a file that repeats conflict-years is refused.
   */
  static Schema conflictOrDyadic(io.github.conflictdata.io.ParsedRecords r, boolean kindGiven) {
    if (!r.has("dyad_id") || !r.has("conflict_id") || !r.has("year")) {
      return BRD_CONFLICT;
    }
    java.util.Set<Long> seen = new java.util.HashSet<>();
    boolean lists = false;
    int firstRepeat = -1;
    for (int i = 0; i < r.rows(); i++) {
      String d = r.text("dyad_id", i);
      lists |= d != null && d.indexOf(',') >= 0;
      int c = r.integer("conflict_id", i);
      int y = r.integer("year", i);
      if (!seen.add(((long) c << 32) | (y & 0xffffffffL)) && firstRepeat < 0) {
        firstRepeat = i;
      }
    }
    if (kindGiven) {
      if (firstRepeat >= 0) {
        int c = r.integer("conflict_id", firstRepeat);
        int y = r.integer("year", firstRepeat);
        throw r.problem(firstRepeat, "conflict_id", c + " in " + y, "one row per conflict-year:"
            + " this file repeats conflict " + c + " in " + y + ", so it is the dyadic BRD"
            + " (UCDP_BRD_DYADIC)");
      }
      return BRD_CONFLICT;
    }
    return !lists && firstRepeat >= 0 ? BRD_DYADIC : BRD_CONFLICT;
  }

  private static Schema.Builder brdColumns(DatasetKind kind, ColumnType dyadType) {
    ColumnSpec dyad =
        dyadType == INT
            ? ColumnSpec.key("dyad_id", INT).renamedFrom("DyadId")
            : col("dyad_id", TEXT, "DyadId");
    return Schema.builder(kind)
        .column(ColumnSpec.key("conflict_id", INT).renamedFrom("ConflictId"))
        .column(dyad)
        .column(col("location_inc", TEXT, "LocationInc"))
        .column(col("side_a", TEXT, "SideA"))
        .column(col("side_a_id", TEXT, "SideAID"))
        .column(col("side_a_2nd", TEXT, "SideA2nd"))
        .column(col("side_b", TEXT, "SideB"))
        .column(col("side_b_id", TEXT, "SideBID"))
        .column(col("side_b_2nd", TEXT, "SideB2nd"))
        .column(col("incompatibility", INT, "Incompatibility"))
        .column(col("territory_name", TEXT, "TerritoryName"))
        .column(ColumnSpec.key("year", INT))
        .column(col("bd_best", INT, "BdBest", "BattleDeathsBest"))
        .column(col("bd_low", INT, "BdLow", "BattleDeathsLow"))
        .column(col("bd_high", INT, "BdHigh", "BattleDeathsHigh"))
        .column(col("type_of_conflict", dyadType == TEXT ? TEXT : INT, "TypeOfConflict"))
        .column(col("battle_location", TEXT, "BattleLocation"))
        .column(col("gwno_a", TEXT, "GWNoA"))
        .column(col("gwno_a_2nd", TEXT, "GWNoA2nd"))
        .column(col("gwno_b", TEXT, "GWNoB"))
        .column(col("gwno_b_2nd", TEXT, "GWNoB2nd"))
        .column(col("gwno_loc", TEXT, "GWNoLoc"))
        .column(col("gwno_battle", TEXT, "GWNoBattle"))
        .column(col("region", TEXT, "Region"))
        .column(col("version", TEXT, "Version"))
        .signature("conflict_id", "year", "bd_best", "bd_low", "bd_high")
        .labels("incompatibility", Incompatibility.values())
        .labels("type_of_conflict", TypeOfConflict.values())
        .labels("region", Region.values())
        .multiValued(", ", "side_a_id", "side_b_id", "gwno_a", "gwno_a_2nd", "gwno_b", "gwno_b_2nd",
            "gwno_loc", "gwno_battle", "region", "battle_location", "location_inc")
        .counts("bd_best", "bd_low", "bd_high")
        .estimates("bd_best", "bd_low", "bd_high")
        .releaseYear(UcdpSchemas::coveredThrough)
        .versionColumn("version")
        .citation(BRD_CITATION)
        .citationByRelease(v -> citation(v, null))
        .licence(LICENCE);
  }

  private static Schema acd() {
    return Schema.builder(DatasetKind.UCDP_PRIO_ACD)
        .column(ColumnSpec.key("conflict_id", INT).renamedFrom("ConflictId"))
        .column(col("location", TEXT, "Location"))
        .column(col("side_a", TEXT, "SideA"))
        .column(col("side_a_id", TEXT, "SideAID"))
        .column(col("side_a_2nd", TEXT, "SideA2nd"))
        .column(col("side_b", TEXT, "SideB"))
        .column(col("side_b_id", TEXT, "SideBID"))
        .column(col("side_b_2nd", TEXT, "SideB2nd"))
        .column(col("incompatibility", INT, "Incompatibility", "Incomp"))
        .column(col("territory_name", TEXT, "TerritoryName", "Terr"))
        .column(ColumnSpec.key("year", INT))
        .column(col("intensity_level", INT, "IntensityLevel", "Int"))
        .column(col("cumulative_intensity", INT, "CumulativeIntensity", "CumInt"))
        .column(col("type_of_conflict", INT, "TypeOfConflict", "Type"))
        .column(col("start_date", DATE, "StartDate"))
        .column(col("start_prec", INT, "StartPrec"))
        .column(col("start_date2", DATE, "StartDate2"))
        .column(col("start_prec2", INT, "StartPrec2"))
        .column(col("ep_end", INT, "EpEnd"))
        .column(col("ep_end_date", DATE, "EpEndDate"))
        .column(col("ep_end_prec", INT, "EpEndPrec"))
        .column(col("gwno_a", TEXT, "GWNoA"))
        .column(col("gwno_a_2nd", TEXT, "GWNoA2nd"))
        .column(col("gwno_b", TEXT, "GWNoB"))
        .column(col("gwno_b_2nd", TEXT, "GWNoB2nd"))
        .column(col("gwno_loc", TEXT, "GWNoLoc"))
        .column(col("region", TEXT, "Region"))
        .column(col("version", TEXT, "Version"))
        // ids before UCDP's 2017 renumbering that are not integers ("1-193"), as published
        .column(col("old_conflict_id", TEXT))
        .legacyIds("conflict_id", "old_conflict_id")
        .signature("conflict_id", "year", "intensity_level", "type_of_conflict")
        .excludes("dyad_id", "one row per conflict-year has no dyad id; a file with dyad_id and"
            + " intensity_level is the UCDP Dyadic Dataset (UCDP_DYADIC)")
        .labels("incompatibility", Incompatibility.values())
        .labels("intensity_level", IntensityLevel.values())
        .labels("cumulative_intensity", CumulativeIntensity.values())
        .labels("type_of_conflict", TypeOfConflict.values())
        .labels("start_prec", StartPrecision.values())
        .labels("start_prec2", StartPrecision.values())
        .labels("ep_end", EpisodeEnd.values())
        .labels("ep_end_prec", EpisodeEndPrecision.values())
        .labels("region", Region.values())
        .multiValued(", ", "side_a_id", "side_b_id", "gwno_a", "gwno_a_2nd", "gwno_b", "gwno_b_2nd",
            "gwno_loc", "region", "location")
        .releaseYear(UcdpSchemas::coveredThrough)
        .versionColumn("version")
        .citation(ACD_CITATION)
        .citationByRelease(v -> citation(v, GLEDITSCH_2002))
        .licence(LICENCE)
        .build();
  }

  private static Schema dyadic() {
    return Schema.builder(DatasetKind.UCDP_DYADIC)
        .column(ColumnSpec.key("dyad_id", INT).renamedFrom("DyadId"))
        .column(ColumnSpec.key("conflict_id", INT).renamedFrom("ConflictId"))
        .column(col("location", TEXT, "Location"))
        .column(col("side_a", TEXT, "SideA"))
        .column(col("side_a_id", TEXT, "SideAID"))
        .column(col("side_a_2nd", TEXT, "SideA2nd"))
        .column(col("side_b", TEXT, "SideB"))
        .column(col("side_b_id", TEXT, "SideBID"))
        .column(col("side_b_2nd", TEXT, "SideB2nd"))
        .column(col("incompatibility", INT, "Incompatibility"))
        .column(col("territory_name", TEXT, "TerritoryName"))
        .column(ColumnSpec.key("year", INT))
        .column(col("intensity_level", INT, "IntensityLevel"))
        .column(col("type_of_conflict", INT, "TypeOfConflict"))
        .column(col("start_date", DATE, "StartDate"))
        .column(col("start_prec", INT, "StartPrec"))
        .column(col("start_date2", DATE, "StartDate2"))
        .column(col("start_prec2", INT, "StartPrec2"))
        .column(col("gwno_a", TEXT, "GWNoA"))
        .column(col("gwno_a_2nd", TEXT, "GWNoA2nd"))
        .column(col("gwno_b", TEXT, "GWNoB"))
        .column(col("gwno_b_2nd", TEXT, "GWNoB2nd"))
        .column(col("gwno_loc", TEXT, "GWNoLoc"))
        .column(col("region", TEXT, "Region"))
        .column(col("version", TEXT, "Version"))
        .signature("dyad_id", "conflict_id", "year", "intensity_level", "type_of_conflict")
        .excludes("cumulative_intensity", "the Dyadic Dataset has no cumulative_intensity; a file"
            + " with it is the UCDP/PRIO Armed Conflict Dataset (UCDP_PRIO_ACD)")
        .excludes("bd_best", "the Dyadic Dataset has no death counts; a file with bd_best is the"
            + " Battle-Related Deaths Dataset")
        .labels("incompatibility", Incompatibility.values())
        .labels("intensity_level", IntensityLevel.values())
        .labels("type_of_conflict", TypeOfConflict.values())
        .labels("start_prec", StartPrecision.values())
        .labels("start_prec2", StartPrecision.values())
        .labels("region", Region.values())
        .multiValued(", ", "side_a_id", "side_b_id", "gwno_a", "gwno_a_2nd", "gwno_b", "gwno_b_2nd",
            "gwno_loc", "region", "location")
        .releaseYear(UcdpSchemas::coveredThrough)
        .versionColumn("version")
        .citation(DYADIC_CITATION)
        .citationByRelease(v -> citation(v, HARBOM_2008))
        .licence(LICENCE)
        .build();
  }

  /**
   * GED: the 25.1/26.1 names. Web/API exports call the estimates {@code best_est}, {@code
   * high_est}, {@code low_est} (mapped onto {@code best}, {@code high}, {@code low}) and add the
   * legacy {@code *_dset_id} columns (text: not the current ids). {@code gwnoa}/{@code gwnob}
   * hold lists ("2;200;900"): text.
   */
  private static Schema ged() {
    return Schema.builder(DatasetKind.UCDP_GED)
        .column(ColumnSpec.key("id", INT))
        .column(col("relid", TEXT))
        .column(ColumnSpec.key("year", INT))
        .column(col("active_year", BOOLEAN))
        .column(col("code_status", TEXT))
        .column(col("type_of_violence", INT))
        .column(col("conflict_dset_id", TEXT))
        .column(col("conflict_new_id", INT))
        .column(col("conflict_name", TEXT))
        .column(col("dyad_dset_id", TEXT))
        .column(col("dyad_new_id", INT))
        .column(col("dyad_name", TEXT))
        .column(col("side_a_dset_id", TEXT))
        .column(col("side_a_new_id", INT))
        .column(col("side_a", TEXT))
        .column(col("side_b_dset_id", TEXT))
        .column(col("side_b_new_id", INT))
        .column(col("side_b", TEXT))
        .column(col("number_of_sources", INT))
        .column(col("source_article", TEXT))
        .column(col("source_office", TEXT))
        .column(col("source_date", TEXT))
        .column(col("source_headline", TEXT))
        .column(col("source_original", TEXT))
        .column(col("where_prec", INT))
        .column(col("where_coordinates", TEXT))
        .column(col("where_description", TEXT))
        .column(col("adm_1", TEXT))
        .column(col("adm_2", TEXT))
        .column(col("latitude", DOUBLE))
        .column(col("longitude", DOUBLE))
        .column(col("geom_wkt", TEXT))
        .column(col("priogrid_gid", INT))
        .column(col("country", TEXT))
        .column(col("country_id", INT))
        .column(col("region", TEXT))
        .column(col("event_clarity", INT))
        .column(col("date_prec", INT))
        .column(col("date_start", DATE))
        .column(col("date_end", DATE))
        .column(col("deaths_a", INT))
        .column(col("deaths_b", INT))
        .column(col("deaths_civilians", INT))
        .column(col("deaths_unknown", INT))
        .column(col("best", INT, "best_est"))
        .column(col("high", INT, "high_est"))
        .column(col("low", INT, "low_est"))
        .column(col("gwnoa", TEXT))
        .column(col("gwnob", TEXT))
        .signature("id", "year", "type_of_violence", "conflict_new_id", "date_start", "best")
        .releaseRule(UcdpSchemas::gedRelease)
        .multiValued(";", "gwnoa", "gwnob")
        .labels("type_of_violence", TypeOfViolence.values())
        .labels("where_prec", WherePrecision.values())
        .labels("event_clarity", EventClarity.values())
        .labels("date_prec", DatePrecision.values())
        .estimates("best", "low", "high")
        .counts("deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "best", "high", "low")
        .citation(GED_CITATION)
        .citationByRelease(v -> citation(v, SUNDBERG_MELANDER_2013))
        .licence(LICENCE)
        .build();
  }

  private static final Pattern GED_FILE =
      Pattern.compile("(?i)GEDEvent_v(\\d{2})_(\\d+)(?:_(\\d+))?(?:_(\\d{2})(?![\\d_]))?");

  /**
   * GED files carry no version column. A file named as UCDP names its releases ({@code
   * GEDEvent_v25_1.csv}, candidate {@code GEDEvent_v26_0_8.csv}, cumulative candidate {@code
   * GEDEvent_v26_01_26_03.csv} = "26.01.26.03") has that release; any other
   * (extracts, HDX and web exports) gets the release inferred from coverage: UCDP's yearly
   * release YY.1 covers events through 20YY-1 (GED codebook 23.1, p. 5: "corresponds with
   * versions 23.1", events through 2022), so a file ending in 2018 is "19.1".
   */
  static ReleaseRule.Release gedRelease(String fileName, Table t, String stated) {
    if (stated != null) {
      return ReleaseRule.Release.stated(stated);
    }
    String base = fileName.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1);
    Matcher m = GED_FILE.matcher(base);
    if (m.find()) {
      String v = m.group(4) != null
          // cumulative candidate GEDEvent_v26_01_26_03: UCDP's own spelling, "26.01.26.03"
          ? m.group(1) + "." + m.group(2) + "." + m.group(3) + "." + m.group(4)
          : Integer.parseInt(m.group(1)) + "." + m.group(2)
              + (m.group(3) == null ? "" : "." + m.group(3));
      return new ReleaseRule.Release(v, "release " + v + " from UCDP's file name " + base
          + " (GED files carry no version column)");
    }
    IntColumn year = t.intColumn("year");
    if (year.isEmpty() || year.countMissing() == year.size()) {
      return new ReleaseRule.Release(null, "no release: the file holds no events to date it by");
    }
    int last = (int) year.max();
    if (last < 2000 || last > 2098) {
      return new ReleaseRule.Release(null, "no release: latest event year " + last
          + " is outside UCDP's YY.1 numbering");
    }
    String v = (last + 1 - 2000) + ".1";
    return new ReleaseRule.Release(v, "release " + v + " inferred from coverage: the latest event"
        + " is in " + last + ", and UCDP's yearly GED release YY.1 covers events through 20YY-1"
        + " (the file carries no version column; an extract of a later release would read as"
        + " this one)");
  }

  /** Non-State Conflict Dataset: the 23.1-25.1 names. */
  private static Schema nonState() {
    return Schema.builder(DatasetKind.UCDP_NONSTATE)
        .column(ColumnSpec.key("conflict_id", INT).renamedFrom("ConflictId", "conflictid"))
        .column(col("dyad_id", INT, "DyadId", "dyadid"))
        .column(col("org", INT, "Org"))
        .column(col("side_a_name", TEXT, "SideA", "sideaname"))
        .column(col("side_a_name_fulltext", TEXT))
        .column(col("side_a_name_mothertongue", TEXT))
        .column(col("side_a_id", TEXT, "SideAID", "sideaid"))
        .column(col("side_a_components", TEXT, "SideAComponents", "sideacomponents"))
        .column(col("side_a_2nd", TEXT, "SideA2nd", "sidea2nd"))
        .column(col("gwno_a_2nd", TEXT, "GWNoA2nd", "gwnoa2nd"))
        .column(col("side_b_name", TEXT, "SideB", "sidebname"))
        .column(col("side_b_name_fulltext", TEXT))
        .column(col("side_b_name_mothertongue", TEXT))
        .column(col("side_b_id", TEXT, "SideBID", "sidebid"))
        .column(col("side_b_components", TEXT, "SideBComponents", "sidebcomponents"))
        .column(col("side_b_2nd", TEXT, "SideB2nd", "sideb2nd"))
        .column(col("gwno_b_2nd", TEXT, "GWNoB2nd", "gwnob2nd"))
        .column(col("start_date", DATE, "StartDate", "startdate"))
        .column(col("start_prec", INT, "StartPrec", "startprec"))
        .column(col("start_date2", DATE, "StartDate2", "startdate2"))
        .column(col("start_prec2", INT, "StartPrec2", "startprec2"))
        .column(col("ep_end", INT, "EpEnd", "epend"))
        .column(col("ep_end_date", DATE, "EpEndDate", "ependdate"))
        .column(col("ep_end_prec", INT, "EpEndPrec", "ependprec"))
        .column(ColumnSpec.key("year", INT))
        .column(col("best_fatality_estimate", INT, "BestFatalityEstimate", "fatbest"))
        .column(col("low_fatality_estimate", INT, "LowFatalityEstimate", "fatlow"))
        .column(col("high_fatality_estimate", INT, "HighFatalityEstimate", "fathigh"))
        .column(col("location", TEXT, "Location"))
        .column(col("gwno_location", TEXT, "GWNOLocation", "GWNoLoc", "gwnoloc"))
        .column(col("region", TEXT, "Region"))
        .column(col("version", TEXT, "Version"))
        .signature("conflict_id", "org", "side_a_name", "side_b_name", "year",
            "best_fatality_estimate")
        .versionColumn("version")
        .releaseYear(UcdpSchemas::coveredThrough)
        .multiValued(", ", "side_a_id", "side_b_id", "side_a_components", "side_b_components",
            "gwno_a_2nd", "gwno_b_2nd", "gwno_location", "region")
        .counts("best_fatality_estimate", "low_fatality_estimate", "high_fatality_estimate")
        .estimates("best_fatality_estimate", "low_fatality_estimate", "high_fatality_estimate")
        .citation(NONSTATE_CITATION)
        .citationByRelease(v -> citation(v, SUNDBERG_ECK_KREUTZ_2012))
        .licence(LICENCE)
        .build();
  }

  /** One-Sided Violence Dataset: the 25.1 names. */
  private static Schema oneSided() {
    return Schema.builder(DatasetKind.UCDP_ONESIDED)
        // 1.4-2016 has no conflict or dyad ids (UCDP one-sided codebook v1.4-2015, p. 3)
        .column(col("conflict_id", INT, "ConflictId"))
        .column(col("dyad_id", INT, "DyadId"))
        .column(ColumnSpec.key("actor_id", INT).renamedFrom("ActorId"))
        .column(col("coalition_components", TEXT, "CoalitionComponents"))
        .column(col("actor_name", TEXT, "ActorName"))
        .column(col("actor_name_fulltext", TEXT))
        .column(col("actor_name_mothertongue", TEXT))
        .column(ColumnSpec.key("year", INT))
        .column(col("best_fatality_estimate", INT, "BestFatalityEstimate"))
        .column(col("low_fatality_estimate", INT, "LowFatalityEstimate"))
        .column(col("high_fatality_estimate", INT, "HighFatalityEstimate"))
        .column(col("is_government_actor", INT, "IsGovernmentActor"))
        .column(col("location", TEXT, "Location"))
        .column(col("gwno_location", TEXT, "GWNOLocation"))
        .column(col("gwnoa", TEXT, "GWNoA"))
        .column(col("region", TEXT, "Region"))
        .column(col("version", TEXT, "Version"))
        .signature("actor_id", "actor_name", "year", "best_fatality_estimate",
            "is_government_actor")
        .versionColumn("version")
        .releaseYear(UcdpSchemas::coveredThrough)
        .multiValued(", ", "coalition_components", "gwno_location", "gwnoa", "region")
        .labels("is_government_actor", IsGovernmentActor.values())
        .labels("region", Region.values())
        .counts("best_fatality_estimate", "low_fatality_estimate", "high_fatality_estimate")
        .estimates("best_fatality_estimate", "low_fatality_estimate", "high_fatality_estimate")
        .citation(ONESIDED_CITATION)
        .citationByRelease(v -> citation(v, ECK_HULTMAN_2007))
        .licence(LICENCE)
        .build();
  }
}
