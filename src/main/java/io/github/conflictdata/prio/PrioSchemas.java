package io.github.conflictdata.prio;

import static io.github.conflictdata.io.ColumnType.DATE;
import static io.github.conflictdata.io.ColumnType.INT;
import static io.github.conflictdata.io.ColumnType.TEXT;

import io.github.conflictdata.DatasetKind;
import io.github.conflictdata.io.ColumnSpec;
import io.github.conflictdata.io.ColumnType;
import io.github.conflictdata.io.Schema;
import java.util.Set;

/**
 * The PRIO Battle Deaths Dataset schema (releases 3.0 and 3.1; names from the 3.0 codebook,
 * PRIObd3.0_codebook.pdf). {@code -999} ({@code bdeadbes}: no best estimate) and {@code -99}
 * (not applicable / unknown) become missing values, their raw text kept per cell. The release
 * comes from {@code bdversion}; the {@code version} column ("2009-4") is the ACD release the
 * conflict data were taken from.
 */
public final class PrioSchemas {
  /** PRIO's requested citation. */
  public static final String CITATION =
      "Lacina, Bethany & Nils Petter Gleditsch (2005). Monitoring Trends in Global Combat: A New "
          + "Dataset of Battle Deaths. European Journal of Population 21(2-3): 145-166.";
  /** No licence is stated in the files. */
  public static final String LICENCE =
      "No licence stated in file; PRIO distributes it free for research with citation";

  private static final Set<String> CODES = Set.of("-999", "-99");

  /** PRIO Battle Deaths, one row per conflict-year. */
  public static final Schema BATTLE_DEATHS = build();

  private PrioSchemas() {}

  private static ColumnSpec col(String name, ColumnType t) {
    return ColumnSpec.of(name, t, CODES);
  }

  private static Schema build() {
    return Schema.builder(DatasetKind.PRIO_BATTLE_DEATHS)
        .column(ColumnSpec.key("id", INT))
        .column(ColumnSpec.key("year", INT))
        .column(col("bdeadlow", INT))
        .column(col("bdeadhig", INT))
        .column(col("bdeadbes", INT))
        .column(col("annualdata", INT))
        .column(col("source", INT))
        .column(col("bdversion", TEXT))
        .column(col("location", TEXT))
        .column(col("sidea", TEXT))
        .column(col("sidea2nd", TEXT))
        .column(col("sideb", TEXT))
        .column(col("sideb2nd", TEXT))
        .column(col("incomp", INT))
        .column(col("terr", TEXT))
        .column(col("int", INT))
        .column(col("cumint", INT))
        .column(col("type", INT))
        .column(col("startdate", DATE))
        .column(col("startprec", INT))
        .column(col("startdate2", DATE))
        .column(col("startprec2", INT))
        .column(col("epend", INT))
        .column(col("ependdate", DATE))
        .column(col("ependprec", INT))
        .column(col("gwnoa", TEXT))
        .column(col("gwnoa2nd", TEXT))
        .column(col("gwnob", TEXT))
        .column(col("gwnob2nd", TEXT))
        .column(col("gwnoloc", TEXT))
        .column(col("region", INT))
        .column(col("version", TEXT))
        .signature("id", "year", "bdeadlow", "bdeadhig", "bdeadbes")
        .labels("annualdata", AnnualData.values())
        .labels("source", EstimateSource.values())
        .labels("incomp", io.github.conflictdata.ucdp.Incompatibility.values())
        .labels("int", io.github.conflictdata.ucdp.IntensityLevel.values())
        .labels("cumint", io.github.conflictdata.ucdp.CumulativeIntensity.values())
        .labels("type", io.github.conflictdata.ucdp.TypeOfConflict.values())
        .labels("epend", io.github.conflictdata.ucdp.EpisodeEnd.values())
        .labels("region", io.github.conflictdata.ucdp.Region.values())
        .counts("bdeadlow", "bdeadhig", "bdeadbes")
        .estimates("bdeadbes", "bdeadlow", "bdeadhig")
        .versionColumn("bdversion")
        .citation(CITATION)
        .licence(LICENCE)
        .build();
  }
}
