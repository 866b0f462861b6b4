package io.github.conflictdata.acled;

import static io.github.conflictdata.io.ColumnType.DATE;
import static io.github.conflictdata.io.ColumnType.DOUBLE;
import static io.github.conflictdata.io.ColumnType.INT;
import static io.github.conflictdata.io.ColumnType.LONG;
import static io.github.conflictdata.io.ColumnType.TEXT;

import io.github.conflictdata.DatasetKind;
import io.github.conflictdata.io.ColumnSpec;
import io.github.conflictdata.io.ColumnType;
import io.github.conflictdata.io.ReleaseRule;
import io.github.conflictdata.io.Schema;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tech.tablesaw.api.Table;

/**
 * The ACLED event schema: the union of the columns of ACLED's HDX country exports (with {@code
 * data_id}, {@code event_id_no_cnty} and {@code iso3}) and of its current API exports (with
 * {@code disorder_type}, {@code civilian_targeting}, {@code iso}, {@code admin3}, {@code
 * fatalities}, {@code tags}). A column an export lacks reads as all-missing. The release of an
 * export is the date of its latest event. ACLED data are never bundled: its terms of use forbid
 * redistribution.
 */
public final class AcledSchemas {
  /** ACLED's requested citation. */
  public static final String CITATION =
      "Raleigh, C., A. Linke, H. Hegre & J. Karlsen (2010). Introducing ACLED: An Armed Conflict "
          + "Location and Event Dataset. Journal of Peace Research 47(5): 651-660.";
  /** ACLED's terms. */
  public static final String LICENCE =
      "ACLED Terms of Use: attribution required; public redistribution restricted";

  /**
   * ACLED's actor types, by the numeric code of the pre-2024 exports ({@code inter1} "2"), named
   * as the 2024 layout writes them ({@code inter1} "Rebel group"). Source: ACLED Codebook (2019,
   * 2021 editions), section "Actor types" / "Interaction codes": 1 State Forces, 2 Rebel Groups,
   * 3 Political Militias, 4 Identity Militias, 5 Rioters, 6 Protesters, 7 Civilians, 8
   * External/Other Forces; interaction is the two actor codes, lower first, with 0 for an event
   * with one actor ("10" sole state forces action). The text forms are those of ACLED's 2024
   * API/export layout (acled/acled_data.csv: "State forces", "Rebel group-External/Other forces",
   * "Protesters only").
   */
  public static final List<String> ACTOR_TYPES =
      List.of("State forces", "Rebel group", "Political militia", "Identity militia", "Rioters",
          "Protesters", "Civilians", "External/Other forces");

  /** Where the inter/interaction mapping comes from. */
  public static final String INTER_SOURCE =
      "ACLED Codebook (2019/2021), actor types 1-8 and two-digit interaction codes; text forms as"
          + " in ACLED's 2024 export layout";

  /** ACLED events, one row per event. */
  public static final Schema EVENTS = build();
  /** ACLED's published country-year aggregates (fatalities or events), one row per country-year. */
  public static final Schema COUNTRY_YEAR = countryYear();

  private AcledSchemas() {}

  private static ColumnSpec col(String name, ColumnType t) {
    return ColumnSpec.of(name, t, Set.of());
  }

  private static Schema build() {
    return Schema.builder(DatasetKind.ACLED_EVENTS)
        .column(col("data_id", INT))
        .column(col("iso", INT))
        .column(ColumnSpec.key("event_id_cnty", TEXT))
        .column(col("event_id_no_cnty", INT))
        .column(ColumnSpec.key("event_date", DATE))
        .column(ColumnSpec.key("year", INT))
        .column(col("time_precision", INT))
        .column(col("disorder_type", TEXT))
        .column(col("event_type", TEXT))
        .column(col("sub_event_type", TEXT))
        .column(col("actor1", TEXT))
        .column(col("assoc_actor_1", TEXT))
        .column(col("inter1", TEXT))
        .column(col("actor2", TEXT))
        .column(col("assoc_actor_2", TEXT))
        .column(col("inter2", TEXT))
        .column(col("interaction", TEXT))
        .column(col("civilian_targeting", TEXT))
        .column(col("region", TEXT))
        .column(col("country", TEXT))
        .column(col("admin1", TEXT))
        .column(col("admin2", TEXT))
        .column(col("admin3", TEXT))
        .column(col("location", TEXT))
        .column(col("latitude", DOUBLE))
        .column(col("longitude", DOUBLE))
        .column(col("geo_precision", INT))
        .column(col("source", TEXT))
        .column(col("source_scale", TEXT))
        .column(col("notes", TEXT))
        .column(col("fatalities", INT))
        .column(col("tags", TEXT))
        .column(col("timestamp", LONG))
        .column(col("iso3", TEXT))
        .signature("event_id_cnty", "event_date", "event_type")
        .recode("inter1", AcledSchemas::actorType, "an ACLED actor type: a code 1-8 or its name"
            + " (" + String.join(", ", ACTOR_TYPES) + ")", INTER_SOURCE)
        .recode("inter2", AcledSchemas::actorType, "an ACLED actor type: a code 0-8 or its name"
            + " (" + String.join(", ", ACTOR_TYPES) + ")", INTER_SOURCE)
        .recode("interaction", AcledSchemas::interaction, "an ACLED interaction: a two-digit code"
            + " (12, 10) or its text (\"State forces-Rebel group\", \"Rebel group only\")",
            INTER_SOURCE)
        .counts("fatalities")
        .versionColumn("event_date")
        .citation(CITATION)
        .licence(LICENCE)
        .build();
  }

  /**
   * An actor type in the 2024 text form: "2" becomes "Rebel group"; a name (any case) becomes
   * ACLED's spelling; "0" (no second actor, in old exports) becomes missing, its raw "0" kept.
   */
  static String actorType(String raw) {
    if (raw.matches("\\d+")) {
      int code = Integer.parseInt(raw);
      if (code == 0) {
        return "";
      }
      return code >= 1 && code <= 8 ? ACTOR_TYPES.get(code - 1) : null;
    }
    for (String t : ACTOR_TYPES) {
      if (t.equalsIgnoreCase(raw)) {
        return t;
      }
    }
    return null;
  }

  /** An interaction in the 2024 text form: "12" becomes "State forces-Rebel group". */
  static String interaction(String raw) {
    if (raw.matches("\\d{2}")) {
      int a = raw.charAt(0) - '0';
      int b = raw.charAt(1) - '0';
      if (a < 1 || a > 8 || b > 8) {
        return null;
      }
      return b == 0 ? ACTOR_TYPES.get(a - 1) + " only"
          : ACTOR_TYPES.get(a - 1) + "-" + ACTOR_TYPES.get(b - 1);
    }
    if (raw.endsWith(" only")) {
      String a = actorType(raw.substring(0, raw.length() - 5));
      return a == null || a.isEmpty() ? null : a + " only";
    }
    for (String t : ACTOR_TYPES) {
      if (raw.regionMatches(true, 0, t + "-", 0, t.length() + 1)) {
        String b = actorType(raw.substring(t.length() + 1));
        if (b != null && !b.isEmpty()) {
          return t + "-" + b;
        }
      }
    }
    // one actor type alone (a few 2024 rows write "Political militia")
    String single = actorType(raw);
    return single == null || single.isEmpty() ? null : single;
  }

  private static Schema countryYear() {
    return Schema.builder(DatasetKind.ACLED_COUNTRY_YEAR)
        .column(ColumnSpec.key("country", TEXT))
        .column(ColumnSpec.key("year", INT))
        .column(col("fatalities", INT))
        .column(col("events", INT))
        .signature("country", "year")
        .oneOf("fatalities", "events")
        .excludes("event_id_cnty", "an event file (ACLED_EVENTS), not country-year aggregates")
        .excludes("event_date", "an event file (ACLED_EVENTS), not country-year aggregates")
        .releaseRule(AcledSchemas::asOfRelease)
        .counts("fatalities", "events")
        .citation(CITATION)
        .licence(LICENCE)
        .build();
  }

  private static final Pattern AS_OF = Pattern.compile("(?i)as-of-(\\d{1,2}[A-Za-z]{3}\\d{4})");

  /**
   * ACLED's aggregates carry no release column; their file names do ("..._as-of-06Mar2026.xlsx"):
   * the release is that date, as ISO ("2026-03-06"). Without it, no release.
   */
  static ReleaseRule.Release asOfRelease(String fileName, Table t, String stated) {
    Matcher m = AS_OF.matcher(fileName);
    if (m.find()) {
      try {
        LocalDate d = LocalDate.parse(m.group(1),
            DateTimeFormatter.ofPattern("dMMMyyyy", Locale.ENGLISH));
        return new ReleaseRule.Release(d.toString(),
            "release " + d + " from the file name's \"as-of\" date (ACLED's aggregates carry no"
                + " version column)");
      } catch (DateTimeParseException e) {
        // not a date: no release
      }
    }
    return new ReleaseRule.Release(null, "no release: the file states none and its name has no"
        + " ACLED \"as-of\" date");
  }
}
