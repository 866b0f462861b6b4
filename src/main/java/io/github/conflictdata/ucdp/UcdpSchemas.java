package io.github.conflictdata.ucdp;

import static io.github.conflictdata.io.ColumnType.DATE;
import static io.github.conflictdata.io.ColumnType.INT;
import static io.github.conflictdata.io.ColumnType.TEXT;

import io.github.conflictdata.DatasetKind;
import io.github.conflictdata.io.ColumnSpec;
import io.github.conflictdata.io.ColumnType;
import io.github.conflictdata.io.Schema;
import java.util.Set;

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
  /** UCDP's licence. */
  public static final String LICENCE = "CC BY 4.0 (UCDP download page)";

  /** Battle-Related Deaths, one row per conflict-year. */
  public static final Schema BRD_CONFLICT = brd(DatasetKind.UCDP_BRD_CONFLICT, TEXT);
  /** Battle-Related Deaths, one row per dyad-year. */
  public static final Schema BRD_DYADIC = brd(DatasetKind.UCDP_BRD_DYADIC, INT);
  /** UCDP/PRIO Armed Conflict Dataset, one row per conflict-year. */
  public static final Schema ACD = acd();

  private UcdpSchemas() {}

  private static ColumnSpec col(String name, ColumnType t, String... older) {
    return ColumnSpec.of(name, t, Set.of()).renamedFrom(older);
  }

  private static Schema brd(DatasetKind kind, ColumnType dyadType) {
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
        .column(col("type_of_conflict", INT, "TypeOfConflict"))
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
        .versionColumn("version")
        .citation(BRD_CITATION)
        .licence(LICENCE)
        .build();
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
        .signature("conflict_id", "year", "intensity_level", "type_of_conflict")
        .versionColumn("version")
        .citation(ACD_CITATION)
        .licence(LICENCE)
        .build();
  }
}
