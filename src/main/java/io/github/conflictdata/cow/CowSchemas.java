package io.github.conflictdata.cow;

import static io.github.conflictdata.io.ColumnType.DOUBLE;
import static io.github.conflictdata.io.ColumnType.INT;
import static io.github.conflictdata.io.ColumnType.TEXT;

import io.github.conflictdata.DatasetKind;
import io.github.conflictdata.io.ColumnSpec;
import io.github.conflictdata.io.ColumnType;
import io.github.conflictdata.io.Schema;
import java.util.Set;

/**
 * The Correlates of War war-data schemas (inter-, intra-, extra- and non-state). COW's codes
 * {@code -7} (ongoing), {@code -8} (not applicable) and {@code -9} (unknown), and a lone {@code ?}
 * (written once for an unknown day in intra-state 5.1), become missing values with the raw text
 * kept per cell. Month/day/year triples stay as published and also give date columns ({@code
 * StartDate1}, {@code EndDate1}, ...) where all three parts are known.
 *
 * <p>Intra-state uses the 5.1 names; 4.1 files map onto them ({@code StartMonth1} to {@code
 * StartMo1}, {@code SideADeaths} to {@code DeathsSideA}...), and 4.1's {@code CcodeB} and {@code
 * WhereFought}, which 5.1 lacks, are kept. In 5.1, {@code WarNum}, {@code TransFrom} and {@code
 * TransTo} hold decimal war numbers (502.1), so they are double columns there.
 */
public final class CowSchemas {
  /** COW's requested citation for the v4 war data. */
  public static final String CITATION_V4 =
      "Sarkees, Meredith Reid & Frank Wayman (2010). Resort to War: 1816-2007. Washington DC: CQ "
          + "Press.";
  /** COW's requested citation for intra-state 5.1. */
  public static final String CITATION_INTRA =
      "Dixon, Jeffrey & Meredith Reid Sarkees (2016). A Guide to Intra-state Wars: An Examination "
          + "of Civil Wars, 1816-2014. CQ Press; Sarkees, Meredith Reid & Frank Wayman (2010). "
          + "Resort to War: 1816-2007. Washington DC: CQ Press.";
  /** COW states no licence; it asks for citation. */
  public static final String LICENCE =
      "No licence in file; COW distributes the data free with a citation requirement";

  /** COW's missing-value codes. */
  public static final Set<String> CODES = Set.of("-7", "-8", "-9", "?");

  /** Inter-State War Data, one row per state's participation in a war. */
  public static final Schema INTER_STATE = inter();
  /** Intra-State War Data. */
  public static final Schema INTRA_STATE = intra();
  /** Extra-State War Data. */
  public static final Schema EXTRA_STATE = extra();
  /** Non-State War Data. */
  public static final Schema NON_STATE = non();

  private CowSchemas() {}

  private static ColumnSpec col(String name, ColumnType t, String... older) {
    return ColumnSpec.of(name, t, CODES).renamedFrom(older);
  }

  private static ColumnSpec plain(String name, ColumnType t) {
    return ColumnSpec.of(name, t, Set.of());
  }

  private static Schema.Builder triples(Schema.Builder b, int episodes) {
    for (int i = 1; i <= episodes; i++) {
      b.column(col("StartMonth" + i, INT))
          .column(col("StartDay" + i, INT))
          .column(col("StartYear" + i, INT))
          .column(col("EndMonth" + i, INT))
          .column(col("EndDay" + i, INT))
          .column(col("EndYear" + i, INT));
    }
    for (int i = 1; i <= episodes; i++) {
      b.derivedDate("StartDate" + i, "StartYear" + i, "StartMonth" + i, "StartDay" + i)
          .derivedDate("EndDate" + i, "EndYear" + i, "EndMonth" + i, "EndDay" + i);
    }
    return b;
  }

  private static Schema inter() {
    Schema.Builder b =
        Schema.builder(DatasetKind.COW_INTER_STATE)
            .column(ColumnSpec.key("WarNum", INT))
            .column(plain("WarName", TEXT))
            .column(col("WarType", INT))
            .column(ColumnSpec.key("ccode", INT))
            .column(col("StateName", TEXT))
            .column(col("Side", INT));
    triples(b, 2);
    return b.column(col("TransFrom", TEXT))
        .column(col("WhereFought", INT))
        .column(col("Initiator", INT))
        .column(col("Outcome", INT))
        .column(col("TransTo", TEXT))
        .column(col("BatDeath", INT))
        .column(plain("Version", TEXT))
        .signature("WarNum", "ccode", "StateName", "BatDeath")
        .labels("WarType", InterStateWarType.values())
        .labels("Side", InterStateSide.values())
        .labels("WhereFought", InterStateWhereFought.values())
        .labels("Initiator", InterStateInitiator.values())
        .labels("Outcome", InterStateOutcome.values())
        .counts("BatDeath")
        .versionColumn("Version")
        .citation(CITATION_V4)
        .licence(LICENCE)
        .build();
  }

  private static Schema intra() {
    Schema.Builder b =
        Schema.builder(DatasetKind.COW_INTRA_STATE)
            .column(ColumnSpec.key("WarNum", DOUBLE))
            .column(plain("WarName", TEXT))
            .column(col("V5RegionNum", INT))
            .column(col("WarType", INT))
            .column(col("CcodeA", INT))
            .column(col("SideA", TEXT))
            .column(col("CcodeB", INT))
            .column(col("SideB", TEXT))
            .column(col("Intnl", INT));
    for (int i = 1; i <= 4; i++) {
      b.column(col("StartMo" + i, INT, "StartMonth" + i))
          .column(col("StartDy" + i, INT, "StartDay" + i))
          .column(col("StartYr" + i, INT, "StartYear" + i))
          .column(col("EndMo" + i, INT, "EndMonth" + i))
          .column(col("EndDy" + i, INT, "EndDay" + i))
          .column(col("EndYr" + i, INT, "EndYear" + i));
    }
    for (int i = 1; i <= 4; i++) {
      b.derivedDate("StartDate" + i, "StartYr" + i, "StartMo" + i, "StartDy" + i)
          .derivedDate("EndDate" + i, "EndYr" + i, "EndMo" + i, "EndDy" + i);
    }
    return b.column(col("WDuratDays", INT))
        .column(col("WDuratMo", DOUBLE))
        .column(col("TotNatMonWar", DOUBLE))
        .column(col("TransFrom", DOUBLE))
        .column(col("WhereFought", INT))
        .column(col("Initiator", TEXT))
        .column(col("Outcome", INT))
        .column(col("TransTo", DOUBLE))
        .column(col("DeathsSideA", INT, "SideADeaths"))
        .column(col("DeathsSideB", INT, "SideBDeaths"))
        .column(col("TotalBDeaths", INT))
        .column(plain("Version", TEXT))
        .signature("WarNum", "CcodeA", "SideA", "SideB", "Intnl")
        .labels("V5RegionNum", V5RegionNum.values())
        .labels("WarType", IntraStateWarType.values())
        .labels("Intnl", Intnl.values())
        .labels("WhereFought", ExtraStateWhereFought.values())
        .labels("Outcome", IntraStateOutcome.values())
        .counts("DeathsSideA", "DeathsSideB", "TotalBDeaths")
        .versionColumn("Version")
        .citation(CITATION_INTRA)
        .licence(LICENCE)
        .build();
  }

  private static Schema extra() {
    Schema.Builder b =
        Schema.builder(DatasetKind.COW_EXTRA_STATE)
            .column(ColumnSpec.key("WarNum", INT))
            .column(plain("WarName", TEXT))
            .column(col("WarType", INT))
            .column(col("ccode1", INT))
            .column(col("SideA", TEXT))
            .column(col("ccode2", INT))
            .column(col("SideB", TEXT));
    triples(b, 2);
    return b.column(col("Initiator", INT))
        .column(col("Interven", INT))
        .column(col("TransFrom", INT))
        .column(col("Outcome", INT))
        .column(col("TransTo", INT))
        .column(col("WhereFought", INT))
        .column(col("BatDeath", INT))
        .column(col("NonStateDeaths", INT))
        .column(plain("Version", TEXT))
        .signature("WarNum", "ccode1", "ccode2", "BatDeath", "NonStateDeaths")
        .labels("WarType", ExtraStateWarType.values())
        .labels("Initiator", ExtraStateInitiator.values())
        .labels("Interven", ExtraStateInterven.values())
        .labels("Outcome", ExtraStateOutcome.values())
        .labels("WhereFought", ExtraStateWhereFought.values())
        .counts("BatDeath", "NonStateDeaths")
        .versionColumn("Version")
        .citation(CITATION_V4)
        .licence(LICENCE)
        .build();
  }

  private static Schema non() {
    return Schema.builder(DatasetKind.COW_NON_STATE)
        .column(ColumnSpec.key("WarNum", INT))
        .column(plain("WarName", TEXT))
        .column(col("WarType", INT))
        .column(col("WhereFought", INT))
        .column(col("SideA1", TEXT))
        .column(col("SideA2", TEXT))
        .column(col("SideB1", TEXT))
        .column(col("SideB2", TEXT))
        .column(col("SideB3", TEXT))
        .column(col("SideB4", TEXT))
        .column(col("SideB5", TEXT))
        .column(col("StartYear", INT))
        .column(col("StartMonth", INT))
        .column(col("StartDay", INT))
        .column(col("EndYear", INT))
        .column(col("EndMonth", INT))
        .column(col("EndDay", INT))
        .column(col("Initiator", TEXT))
        .column(col("TransFrom", INT))
        .column(col("TransTo", INT))
        .column(col("Outcome", INT))
        .column(col("SideADeaths", INT))
        .column(col("SideBDeaths", INT))
        .column(col("TotalCombatDeaths", INT))
        .column(plain("Version", TEXT))
        .derivedDate("StartDate", "StartYear", "StartMonth", "StartDay")
        .derivedDate("EndDate", "EndYear", "EndMonth", "EndDay")
        .signature("WarNum", "SideA1", "SideB1", "TotalCombatDeaths")
        .labels("WarType", NonStateWarType.values())
        .labels("WhereFought", ExtraStateWhereFought.values())
        .labels("Outcome", NonStateOutcome.values())
        .counts("SideADeaths", "SideBDeaths", "TotalCombatDeaths")
        .versionColumn("Version")
        .citation(CITATION_V4)
        .licence(LICENCE)
        .build();
  }
}
