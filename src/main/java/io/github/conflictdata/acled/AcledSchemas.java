package io.github.conflictdata.acled;

import static io.github.conflictdata.io.ColumnType.DATE;
import static io.github.conflictdata.io.ColumnType.DOUBLE;
import static io.github.conflictdata.io.ColumnType.INT;
import static io.github.conflictdata.io.ColumnType.LONG;
import static io.github.conflictdata.io.ColumnType.TEXT;

import io.github.conflictdata.DatasetKind;
import io.github.conflictdata.io.ColumnSpec;
import io.github.conflictdata.io.ColumnType;
import io.github.conflictdata.io.Schema;
import java.util.Set;

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

  /** ACLED events, one row per event. */
  public static final Schema EVENTS = build();

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
        .column(col("inter1", INT))
        .column(col("actor2", TEXT))
        .column(col("assoc_actor_2", TEXT))
        .column(col("inter2", INT))
        .column(col("interaction", INT))
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
        .versionColumn("event_date")
        .citation(CITATION)
        .licence(LICENCE)
        .build();
  }
}
