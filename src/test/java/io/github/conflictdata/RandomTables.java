package io.github.conflictdata;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Test helper: random, valid tables in each dataset kind's published layout, with the value each
 * cell must read back as. Column names are the files' own headers (SOURCES.md, newest release per
 * kind); value ranges, missing-value codes and multi-valued cells follow the shared files and the
 * codebooks (COW -7/-8/-9, PRIO -999 and -99). Nothing here asks the library what to expect.
 */
final class RandomTables {
  private RandomTables() {}

  /** What a column holds. */
  enum T {
    /** A positive integer id. */
    ID,
    /** A year in the column's range. */
    YEAR,
    /** A non-negative count. */
    COUNT,
    /** A small integer code in [lo, hi]. */
    CODE,
    /** Like CODE but may be empty. */
    CODE_OPT,
    /** Free text, never empty. */
    TEXT,
    /** Free text or empty. */
    TEXT_OPT,
    /** Comma-separated integers ("703, 702"), kept as text. */
    MULTI_INT,
    /** MULTI_INT or empty. */
    MULTI_INT_OPT,
    /** Comma-separated names ("Kyrgyzstan, Tajikistan"), kept as text. */
    LIST_TEXT,
    /** A date in the table's date layout. */
    DATE,
    /** A date or empty. */
    DATE_OPT,
    /** A decimal with up to 4 digits after the point. */
    DEC,
    /** COW integer: a value in [lo, hi] or -8 (not applicable) / -9 (unknown). */
    COW_INT,
    /** COW end-of-war field: also -7 (ongoing). */
    COW_END,
    /** COW text field that may hold the code -8 (as Non-State's SideA2 does). */
    COW_TEXT,
    /** PRIO count: a value or -999 (no best estimate). */
    PRIO_COUNT,
    /** PRIO code: a value in [lo, hi] or -99. */
    PRIO_CODE,
    /** The same text in every row (release markers). */
    CONST,
    /** A yes/no flag written 1/0, true/false or True/False (GED's active_year). */
    FLAG,
    /** An ACLED actor type, written as its old code ("2") or its 2024 name ("Rebel group"). */
    ACTOR,
    /** An ACLED interaction, written as its old code ("12") or its 2024 text. */
    INTERACTION
  }

  record Col(String name, T type, int lo, int hi, String constant) {
    static Col of(String name, T type) {
      return new Col(name, type, 0, 0, null);
    }

    static Col of(String name, T type, int lo, int hi) {
      return new Col(name, type, lo, hi, null);
    }

    static Col constant(String name, String value) {
      return new Col(name, T.CONST, 0, 0, value);
    }
  }

  /**
   * What a cell must read back as.
   *
   * @param written the text written to the file
   * @param value Long, Double, String or LocalDate; null for a missing value
   * @param rawCode the missing-value code written, or null
   * @param textOrCode a text cell holding a code (-8): either the text or a missing value with that
   *     raw code is accepted
   */
  record Cell(String written, Object value, String rawCode, boolean textOrCode) {
    static Cell of(String written, Object value) {
      return new Cell(written, value, null, false);
    }

    static Cell missing(String written) {
      return new Cell(written, null, written.isEmpty() ? null : written, false);
    }

    /** A text cell: reads back as the text written. */
    Cell withValueFromWritten() {
      return new Cell(written, written, rawCode, textOrCode);
    }
  }

  /** A kind's published columns (newest release) and the release marker written in them. */
  record KindSpec(
      DatasetKind kind, List<Col> cols, int releaseYear, String expectedVersion, String hxl) {}

  /** A generated table: header, rows of cells, and the layout facts the writer needs. */
  record Table(KindSpec spec, List<String> header, List<List<Cell>> rows, DateStyle dates) {
    List<List<String>> writtenRows(boolean withHeader) {
      List<List<String>> out = new ArrayList<>();
      if (withHeader) {
        out.add(header);
        if (spec.hxl() != null) {
          out.add(hxlRow());
        }
      }
      for (List<Cell> r : rows) {
        List<String> w = new ArrayList<>();
        for (Cell c : r) {
          w.add(c.written());
        }
        out.add(w);
      }
      return out;
    }

    List<String> hxlRow() {
      Map<String, String> tags = acledHxl();
      List<String> out = new ArrayList<>();
      for (String h : header) {
        out.add(tags.getOrDefault(h, ""));
      }
      return out;
    }

    /** The number of lines before the first data record (header, and ACLED's HXL row). */
    int headerLines() {
      return spec.hxl() != null ? 2 : 1;
    }
  }

  /** How dates are written: the layouts issue 3 lists. */
  enum DateStyle {
    ISO("yyyy-MM-dd"),
    DMY("d-M-yyyy"),
    MDY("M/d/yyyy"),
    MDYY("M/d/yy");

    final DateTimeFormatter format;

    DateStyle(String pattern) {
      this.format = DateTimeFormatter.ofPattern(pattern);
    }
  }

  private static Map<String, String> acledHxl() {
    // The HXL hashtags of ACLED's HDX export, per column (the shared file's second line).
    return Map.ofEntries(
        Map.entry("event_id_cnty", "#event+code"),
        Map.entry("event_date", "#date+occurred"),
        Map.entry("year", "#date+year"),
        Map.entry("event_type", "#event+type"),
        Map.entry("actor1", "#group+name+first"),
        Map.entry("assoc_actor_1", "#group+name+first+assoc"),
        Map.entry("actor2", "#group+name+second"),
        Map.entry("assoc_actor_2", "#group+name+second+assoc"),
        Map.entry("region", "#region+name"),
        Map.entry("country", "#country+name"),
        Map.entry("admin1", "#adm1+name"),
        Map.entry("admin2", "#adm2+name"),
        Map.entry("location", "#loc+name"),
        Map.entry("latitude", "#geo+lat"),
        Map.entry("longitude", "#geo+lon"),
        Map.entry("source", "#meta+source"),
        Map.entry("notes", "#description"),
        Map.entry("iso3", "#country+code"));
  }

  // ---------------------------------------------------------------- the kinds' layouts

  private static List<Col> brd(boolean dyadic) {
    return List.of(
        Col.of("conflict_id", T.ID, 200, 16000),
        dyadic ? Col.of("dyad_id", T.ID, 400, 16000) : Col.of("dyad_id", T.MULTI_INT, 400, 16000),
        Col.of("location_inc", T.LIST_TEXT),
        Col.of("side_a", T.TEXT),
        Col.of("side_a_id", T.MULTI_INT, 1, 2000),
        Col.of("side_a_2nd", T.TEXT_OPT),
        Col.of("side_b", T.TEXT),
        Col.of("side_b_id", T.MULTI_INT, 1, 2000),
        Col.of("side_b_2nd", T.TEXT_OPT),
        Col.of("incompatibility", T.CODE, 1, 3),
        Col.of("territory_name", T.TEXT_OPT),
        Col.of("year", T.YEAR, 1989, 2023),
        Col.of("bd_best", T.COUNT),
        Col.of("bd_low", T.COUNT),
        Col.of("bd_high", T.COUNT),
        Col.of("type_of_conflict", T.CODE, 1, 4),
        Col.of("battle_location", T.LIST_TEXT),
        Col.of("gwno_a", T.MULTI_INT, 2, 990),
        Col.of("gwno_a_2nd", T.MULTI_INT_OPT, 2, 990),
        Col.of("gwno_b", T.MULTI_INT_OPT, 2, 990),
        Col.of("gwno_b_2nd", T.MULTI_INT_OPT, 2, 990),
        Col.of("gwno_loc", T.MULTI_INT, 2, 990),
        Col.of("gwno_battle", T.MULTI_INT, 2, 990),
        Col.of("region", T.MULTI_INT, 1, 5),
        Col.constant("version", "24.1"));
  }

  private static List<Col> acd() {
    return List.of(
        Col.of("conflict_id", T.ID, 200, 16000),
        Col.of("location", T.LIST_TEXT),
        Col.of("side_a", T.TEXT),
        Col.of("side_a_id", T.MULTI_INT, 1, 2000),
        Col.of("side_a_2nd", T.TEXT_OPT),
        Col.of("side_b", T.TEXT),
        Col.of("side_b_id", T.MULTI_INT, 1, 2000),
        Col.of("side_b_2nd", T.TEXT_OPT),
        Col.of("incompatibility", T.CODE, 1, 3),
        Col.of("territory_name", T.TEXT_OPT),
        Col.of("year", T.YEAR, 1946, 2022),
        Col.of("intensity_level", T.CODE, 1, 2),
        Col.of("cumulative_intensity", T.CODE, 0, 1),
        Col.of("type_of_conflict", T.CODE, 1, 4),
        Col.of("start_date", T.DATE, 1939, 2022),
        Col.of("start_prec", T.CODE, 1, 6),
        Col.of("start_date2", T.DATE, 1946, 2022),
        Col.of("start_prec2", T.CODE, 1, 6),
        Col.of("ep_end", T.CODE, 0, 1),
        Col.of("ep_end_date", T.DATE_OPT, 1946, 2022),
        Col.of("ep_end_prec", T.CODE_OPT, 1, 5),
        Col.of("gwno_a", T.MULTI_INT, 2, 990),
        Col.of("gwno_a_2nd", T.MULTI_INT_OPT, 2, 990),
        Col.of("gwno_b", T.MULTI_INT_OPT, 2, 990),
        Col.of("gwno_b_2nd", T.MULTI_INT_OPT, 2, 990),
        Col.of("gwno_loc", T.MULTI_INT, 2, 990),
        Col.of("region", T.MULTI_INT, 1, 5),
        Col.constant("version", "23.1"));
  }

  /** COW start/end month, day, year triples: names given, ranges as the codebooks'. */
  private static void cowTriple(List<Col> out, String mo, String dy, String yr, boolean end) {
    T t = end ? T.COW_END : T.COW_INT;
    out.add(Col.of(mo, t, 1, 12));
    out.add(Col.of(dy, t, 1, 28));
    out.add(Col.of(yr, t, 1816, 2007));
  }

  private static List<Col> cowInter() {
    List<Col> c = new ArrayList<>();
    c.add(Col.of("WarNum", T.ID, 1, 230));
    c.add(Col.of("WarName", T.TEXT));
    c.add(Col.of("WarType", T.CODE, 1, 1));
    c.add(Col.of("ccode", T.CODE, 2, 990));
    c.add(Col.of("StateName", T.TEXT));
    c.add(Col.of("Side", T.CODE, 1, 2));
    cowTriple(c, "StartMonth1", "StartDay1", "StartYear1", false);
    cowTriple(c, "EndMonth1", "EndDay1", "EndYear1", true);
    cowTriple(c, "StartMonth2", "StartDay2", "StartYear2", false);
    cowTriple(c, "EndMonth2", "EndDay2", "EndYear2", true);
    c.add(Col.of("TransFrom", T.COW_INT, 100, 999));
    c.add(Col.of("WhereFought", T.CODE, 1, 13));
    c.add(Col.of("Initiator", T.CODE, 1, 2));
    c.add(Col.of("Outcome", T.CODE, 1, 8));
    c.add(Col.of("TransTo", T.COW_INT, 100, 999));
    c.add(Col.of("BatDeath", T.COW_INT, 0, 2_000_000));
    c.add(Col.constant("Version", "4"));
    return c;
  }

  private static List<Col> cowIntra() {
    List<Col> c = new ArrayList<>();
    c.add(Col.of("WarNum", T.ID, 500, 1000));
    c.add(Col.of("WarName", T.TEXT));
    c.add(Col.of("V5RegionNum", T.CODE, 1, 6));
    c.add(Col.of("WarType", T.CODE, 4, 7));
    c.add(Col.of("CcodeA", T.COW_INT, 2, 990));
    c.add(Col.of("SideA", T.TEXT));
    c.add(Col.of("SideB", T.TEXT));
    c.add(Col.of("Intnl", T.CODE, 0, 1));
    for (int i = 1; i <= 4; i++) {
      cowTriple(c, "StartMo" + i, "StartDy" + i, "StartYr" + i, false);
      cowTriple(c, "EndMo" + i, "EndDy" + i, "EndYr" + i, true);
    }
    c.add(Col.of("WDuratDays", T.COUNT));
    c.add(Col.of("WDuratMo", T.DEC));
    c.add(Col.of("TotNatMonWar", T.DEC));
    c.add(Col.of("TransFrom", T.COW_INT, 100, 999));
    c.add(Col.of("Initiator", T.TEXT));
    c.add(Col.of("Outcome", T.CODE, 1, 7));
    c.add(Col.of("TransTo", T.COW_INT, 100, 999));
    c.add(Col.of("DeathsSideA", T.COW_INT, 0, 2_000_000));
    c.add(Col.of("DeathsSideB", T.COW_INT, 0, 2_000_000));
    c.add(Col.of("TotalBDeaths", T.COW_INT, 0, 4_000_000));
    c.add(Col.constant("Version", "5.1"));
    return c;
  }

  private static List<Col> cowExtra() {
    List<Col> c = new ArrayList<>();
    c.add(Col.of("WarNum", T.ID, 300, 480));
    c.add(Col.of("WarName", T.TEXT));
    c.add(Col.of("WarType", T.CODE, 2, 3));
    c.add(Col.of("ccode1", T.COW_INT, 2, 990));
    c.add(Col.of("SideA", T.TEXT));
    c.add(Col.of("ccode2", T.COW_INT, 2, 990));
    c.add(Col.of("SideB", T.TEXT));
    cowTriple(c, "StartMonth1", "StartDay1", "StartYear1", false);
    cowTriple(c, "EndMonth1", "EndDay1", "EndYear1", true);
    c.add(Col.of("StartMonth2", T.COW_INT, 1, 12));
    c.add(Col.of("StartDay2", T.COW_INT, 1, 28));
    c.add(Col.of("StartYear2", T.COW_INT, 1816, 2007));
    c.add(Col.of("EndMonth2", T.COW_END, 1, 12));
    // The published v4.0 header spells this one with a trailing space.
    c.add(Col.of("EndDay2 ", T.COW_END, 1, 28));
    c.add(Col.of("EndYear2", T.COW_END, 1816, 2007));
    c.add(Col.of("Initiator", T.CODE, 1, 2));
    c.add(Col.of("Interven", T.COW_INT, 0, 1));
    c.add(Col.of("TransFrom", T.COW_INT, 100, 999));
    c.add(Col.of("Outcome", T.CODE, 1, 8));
    c.add(Col.of("TransTo", T.COW_INT, 100, 999));
    c.add(Col.of("WhereFought", T.CODE, 1, 9));
    c.add(Col.of("BatDeath", T.COW_INT, 0, 2_000_000));
    c.add(Col.of("NonStateDeaths", T.COW_INT, 0, 2_000_000));
    c.add(Col.constant("Version", "4"));
    return c;
  }

  private static List<Col> cowNonState() {
    List<Col> c = new ArrayList<>();
    c.add(Col.of("WarNum", T.ID, 1500, 1600));
    c.add(Col.of("WarName", T.TEXT));
    c.add(Col.of("WarType", T.CODE, 8, 9));
    c.add(Col.of("WhereFought", T.CODE, 1, 9));
    c.add(Col.of("SideA1", T.TEXT));
    c.add(Col.of("SideA2", T.COW_TEXT));
    c.add(Col.of("SideB1", T.TEXT));
    c.add(Col.of("SideB2", T.COW_TEXT));
    c.add(Col.of("SideB3", T.COW_TEXT));
    c.add(Col.of("SideB4", T.COW_TEXT));
    c.add(Col.of("SideB5", T.COW_TEXT));
    c.add(Col.of("StartYear", T.COW_INT, 1816, 2007));
    c.add(Col.of("StartMonth", T.COW_INT, 1, 12));
    c.add(Col.of("StartDay", T.COW_INT, 1, 28));
    c.add(Col.of("EndYear", T.COW_END, 1816, 2007));
    c.add(Col.of("EndMonth", T.COW_END, 1, 12));
    c.add(Col.of("EndDay", T.COW_END, 1, 28));
    c.add(Col.of("Initiator", T.TEXT));
    c.add(Col.of("TransFrom", T.COW_INT, 100, 999));
    c.add(Col.of("TransTo", T.COW_INT, 100, 999));
    c.add(Col.of("Outcome", T.CODE, 1, 6));
    c.add(Col.of("SideADeaths", T.COW_INT, 0, 2_000_000));
    c.add(Col.of("SideBDeaths", T.COW_INT, 0, 2_000_000));
    c.add(Col.of("TotalCombatDeaths", T.COW_INT, 0, 4_000_000));
    c.add(Col.constant("Version", "4"));
    return c;
  }

  private static List<Col> prio() {
    return List.of(
        Col.of("id", T.ID, 1, 300),
        Col.of("year", T.YEAR, 1946, 2008),
        Col.of("bdeadlow", T.COUNT),
        Col.of("bdeadhig", T.COUNT),
        Col.of("bdeadbes", T.PRIO_COUNT),
        Col.of("annualdata", T.CODE, 1, 2),
        Col.of("source", T.CODE, 1, 3),
        Col.constant("bdversion", "3"),
        Col.of("location", T.LIST_TEXT),
        Col.of("sidea", T.TEXT),
        Col.of("sidea2nd", T.TEXT_OPT),
        Col.of("sideb", T.TEXT),
        Col.of("sideb2nd", T.TEXT_OPT),
        Col.of("incomp", T.CODE, 1, 3),
        Col.of("terr", T.TEXT_OPT),
        Col.of("int", T.CODE, 1, 2),
        Col.of("cumint", T.CODE, 0, 1),
        Col.of("type", T.CODE, 1, 4),
        Col.of("startdate", T.DATE, 1946, 2008),
        Col.of("startprec", T.CODE, 1, 5),
        Col.of("startdate2", T.DATE, 1946, 2008),
        Col.of("startprec2", T.CODE, 1, 5),
        Col.of("epend", T.CODE, 0, 1),
        Col.of("ependdate", T.DATE_OPT, 1946, 2008),
        Col.of("ependprec", T.PRIO_CODE, 1, 5),
        Col.of("gwnoa", T.MULTI_INT, 2, 990),
        Col.of("gwnoa2nd", T.MULTI_INT_OPT, 2, 990),
        Col.of("gwnob", T.MULTI_INT_OPT, 2, 990),
        Col.of("gwnob2nd", T.MULTI_INT_OPT, 2, 990),
        Col.of("gwnoloc", T.MULTI_INT, 2, 990),
        // one region per row in PRIO 3.0 (values 1-5 only), unlike UCDP's "1, 3" lists
        Col.of("region", T.CODE, 1, 5),
        Col.constant("version", "2009-4"));
  }

  private static List<Col> acled() {
    return List.of(
        Col.of("data_id", T.ID, 7_000_000, 8_000_000),
        Col.of("event_id_cnty", T.TEXT),
        Col.of("event_id_no_cnty", T.ID, 1, 9999),
        Col.of("event_date", T.DATE, 1997, 2020),
        Col.of("year", T.YEAR, 1997, 2020),
        Col.of("time_precision", T.CODE, 1, 3),
        Col.of("event_type", T.TEXT),
        Col.of("sub_event_type", T.TEXT),
        Col.of("actor1", T.TEXT),
        Col.of("assoc_actor_1", T.TEXT_OPT),
        Col.of("inter1", T.ACTOR),
        Col.of("actor2", T.TEXT_OPT),
        Col.of("assoc_actor_2", T.TEXT_OPT),
        Col.of("inter2", T.ACTOR),
        Col.of("interaction", T.INTERACTION),
        Col.of("region", T.TEXT),
        Col.of("country", T.TEXT),
        Col.of("admin1", T.TEXT),
        Col.of("admin2", T.TEXT_OPT),
        Col.of("location", T.TEXT),
        Col.of("latitude", T.DEC),
        Col.of("longitude", T.DEC),
        Col.of("geo_precision", T.CODE, 1, 3),
        Col.of("source", T.TEXT),
        Col.of("source_scale", T.TEXT),
        Col.of("notes", T.TEXT),
        Col.of("timestamp", T.ID, 1_500_000_000, 1_700_000_000),
        Col.of("iso3", T.TEXT));
  }

  private static List<Col> dyadic() {
    return List.of(
        Col.of("dyad_id", T.ID, 400, 16000),
        Col.of("conflict_id", T.ID, 200, 16000),
        Col.of("location", T.LIST_TEXT),
        Col.of("side_a", T.TEXT),
        Col.of("side_a_id", T.MULTI_INT, 1, 2000),
        Col.of("side_a_2nd", T.TEXT_OPT),
        Col.of("side_b", T.TEXT),
        Col.of("side_b_id", T.MULTI_INT, 1, 2000),
        Col.of("side_b_2nd", T.TEXT_OPT),
        Col.of("incompatibility", T.CODE, 1, 3),
        Col.of("territory_name", T.TEXT_OPT),
        Col.of("year", T.YEAR, 1946, 2023),
        Col.of("intensity_level", T.CODE, 1, 2),
        Col.of("type_of_conflict", T.CODE, 1, 4),
        Col.of("start_date", T.DATE, 1946, 2023),
        Col.of("start_prec", T.CODE, 1, 6),
        Col.of("start_date2", T.DATE, 1946, 2023),
        Col.of("start_prec2", T.CODE, 1, 6),
        Col.of("gwno_a", T.MULTI_INT, 2, 990),
        Col.of("gwno_a_2nd", T.MULTI_INT_OPT, 2, 990),
        Col.of("gwno_b", T.MULTI_INT_OPT, 2, 990),
        Col.of("gwno_b_2nd", T.MULTI_INT_OPT, 2, 990),
        Col.of("gwno_loc", T.MULTI_INT, 2, 990),
        Col.of("region", T.MULTI_INT, 1, 5),
        Col.constant("version", "24.1"));
  }

  private static List<Col> ged() {
    return List.of(
        Col.of("id", T.ID, 1, 600_000),
        Col.of("relid", T.TEXT),
        Col.of("year", T.YEAR, 1989, 2024),
        Col.of("active_year", T.FLAG),
        Col.of("type_of_violence", T.CODE, 1, 3),
        Col.of("conflict_new_id", T.ID, 200, 16000),
        Col.of("conflict_name", T.TEXT),
        Col.of("dyad_new_id", T.ID, 400, 16000),
        Col.of("dyad_name", T.TEXT),
        Col.of("side_a_new_id", T.ID, 1, 9000),
        Col.of("gwnoa", T.MULTI_INT_OPT, 2, 990),
        Col.of("side_a", T.TEXT),
        Col.of("side_b_new_id", T.ID, 1, 9000),
        Col.of("gwnob", T.MULTI_INT_OPT, 2, 990),
        Col.of("side_b", T.TEXT),
        Col.of("number_of_sources", T.COUNT),
        Col.of("source_article", T.TEXT_OPT),
        Col.of("where_prec", T.CODE, 1, 7),
        Col.of("adm_1", T.TEXT_OPT),
        Col.of("latitude", T.DEC),
        Col.of("longitude", T.DEC),
        Col.of("priogrid_gid", T.ID, 1, 259_200),
        Col.of("country", T.TEXT),
        Col.of("country_id", T.CODE, 2, 990),
        Col.of("region", T.TEXT),
        Col.of("event_clarity", T.CODE, 1, 2),
        Col.of("date_prec", T.CODE, 1, 5),
        Col.of("date_start", T.DATE, 1989, 2024),
        Col.of("date_end", T.DATE, 1989, 2024),
        Col.of("deaths_a", T.COUNT),
        Col.of("deaths_b", T.COUNT),
        Col.of("deaths_civilians", T.COUNT),
        Col.of("deaths_unknown", T.COUNT),
        Col.of("best", T.COUNT),
        Col.of("high", T.COUNT),
        Col.of("low", T.COUNT));
  }

  private static List<Col> nonState() {
    return List.of(
        Col.of("conflict_id", T.ID, 200, 16000),
        Col.of("dyad_id", T.ID, 400, 16000),
        Col.of("org", T.CODE, 1, 3),
        Col.of("side_a_name", T.TEXT),
        Col.of("side_a_id", T.MULTI_INT, 1, 9000),
        Col.of("side_a_components", T.MULTI_INT_OPT, 1, 9000),
        Col.of("side_b_name", T.TEXT),
        Col.of("side_b_id", T.MULTI_INT, 1, 9000),
        Col.of("start_date", T.DATE, 1989, 2024),
        Col.of("start_prec", T.CODE, 1, 6),
        Col.of("ep_end", T.CODE, 0, 1),
        Col.of("ep_end_date", T.DATE_OPT, 1989, 2024),
        Col.of("year", T.YEAR, 1989, 2024),
        Col.of("best_fatality_estimate", T.COUNT),
        Col.of("low_fatality_estimate", T.COUNT),
        Col.of("high_fatality_estimate", T.COUNT),
        Col.of("location", T.LIST_TEXT),
        Col.of("gwno_location", T.MULTI_INT, 2, 990),
        Col.of("region", T.MULTI_INT, 1, 5),
        Col.constant("version", "25.1"));
  }

  private static List<Col> oneSided() {
    return List.of(
        Col.of("conflict_id", T.ID, 200, 16000),
        Col.of("dyad_id", T.ID, 400, 16000),
        Col.of("actor_id", T.ID, 1, 9000),
        Col.of("coalition_components", T.MULTI_INT_OPT, 1, 9000),
        Col.of("actor_name", T.TEXT),
        Col.of("year", T.YEAR, 1989, 2024),
        Col.of("best_fatality_estimate", T.COUNT),
        Col.of("low_fatality_estimate", T.COUNT),
        Col.of("high_fatality_estimate", T.COUNT),
        Col.of("is_government_actor", T.CODE, 0, 1),
        Col.of("location", T.LIST_TEXT),
        Col.of("gwno_location", T.MULTI_INT, 2, 990),
        Col.of("gwnoa", T.MULTI_INT_OPT, 2, 990),
        Col.of("region", T.MULTI_INT, 1, 5),
        Col.constant("version", "25.1"));
  }

  private static List<Col> acledCountryYear() {
    return List.of(
        Col.of("country", T.TEXT),
        Col.of("year", T.YEAR, 1997, 2025),
        Col.of("fatalities", T.COUNT));
  }

  static KindSpec spec(DatasetKind kind) {
    return switch (kind) {
      case UCDP_BRD_CONFLICT -> new KindSpec(kind, brd(false), 2024, "24.1", null);
      case UCDP_BRD_DYADIC -> new KindSpec(kind, brd(true), 2024, "24.1", null);
      case UCDP_PRIO_ACD -> new KindSpec(kind, acd(), 2023, "23.1", null);
      case COW_INTER_STATE -> new KindSpec(kind, cowInter(), 2010, "4.0", null);
      case COW_INTRA_STATE -> new KindSpec(kind, cowIntra(), 2016, "5.1", null);
      case COW_EXTRA_STATE -> new KindSpec(kind, cowExtra(), 2010, "4.0", null);
      case COW_NON_STATE -> new KindSpec(kind, cowNonState(), 2010, "4.0", null);
      case PRIO_BATTLE_DEATHS -> new KindSpec(kind, prio(), 2009, null, null);
      case ACLED_EVENTS -> new KindSpec(kind, acled(), 2020, null, "hxl");
      case UCDP_DYADIC -> new KindSpec(kind, dyadic(), 2023, "24.1", null);
      case UCDP_GED -> new KindSpec(kind, ged(), 2024, null, null);
      case UCDP_NONSTATE -> new KindSpec(kind, nonState(), 2024, "25.1", null);
      case UCDP_ONESIDED -> new KindSpec(kind, oneSided(), 2024, "25.1", null);
      case ACLED_COUNTRY_YEAR -> new KindSpec(kind, acledCountryYear(), 2025, null, null);
    };
  }

  // ---------------------------------------------------------------- generation

  private static final String[] WORDS = {
    "Government", "of", "Forces", "Front", "Liberation", "Army", "People's", "Movement", "North",
    "South", "Kyrgyzstan", "Tajikistan", "Artsakh", "Nagorno-Karabakh", "Azerbaijan", "Armenia",
    "Common", "Border", "Rebels", "Patriotic", "Union", "(Military)", "Council", "National",
    "Democratic", "Party", "Region", "Syunik", "Gegharkunik", "Protesters", "St.", "&", "O'Neil"
  };
  private static final String[] UTF8_ONLY = {"Ə", "ş", "ğ", "Ö", "Ա", "–", "’", "é", "ü"};
  private static final String[] CP1252_OK = {"é", "ü", "ö", "ç", "ñ", "’", "–", "Š", "ô"};
  private static final String[] NASTY = {",", ";", "\"", "\t", "\"\"", "'", ", ", "; "};

  /**
   * A random word sequence. Non-ASCII characters are always followed by an ASCII letter so that a
   * cp1252 file is never also valid UTF-8 by accident (which would make its encoding undecidable).
   */
  static String text(Random rnd, boolean cp1252, boolean allowNewline) {
    int n = 1 + rnd.nextInt(5);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        sb.append(rnd.nextInt(8) == 0 ? NASTY[rnd.nextInt(NASTY.length)] : " ");
      }
      sb.append(WORDS[rnd.nextInt(WORDS.length)]);
      if (rnd.nextInt(6) == 0) {
        String[] pool = cp1252 ? CP1252_OK : UTF8_ONLY;
        sb.append(pool[rnd.nextInt(pool.length)]).append((char) ('a' + rnd.nextInt(26)));
      }
      if (allowNewline && rnd.nextInt(15) == 0) {
        sb.append('\n').append(WORDS[rnd.nextInt(WORDS.length)]);
      }
    }
    // no leading/trailing white space: a reader may trim, and the published files never have it
    return sb.toString().strip();
  }

  private static String multiInt(Random rnd, int lo, int hi, int maxParts) {
    int n = 1 + rnd.nextInt(maxParts);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        sb.append(rnd.nextBoolean() ? ", " : rnd.nextBoolean() ? ",  " : ",");
      }
      sb.append(lo + rnd.nextInt(hi - lo + 1));
    }
    return sb.toString();
  }

  private static String listText(Random rnd, boolean cp1252) {
    int n = 1 + rnd.nextInt(3);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(WORDS[10 + rnd.nextInt(6)]);
      if (cp1252 && rnd.nextInt(5) == 0) {
        sb.append("ée");
      }
    }
    return sb.toString();
  }

  private static Cell cell(Col col, Random rnd, boolean cp1252, DateStyle dates) {
    switch (col.type()) {
      case ID:
      case CODE:
      case YEAR:
        {
          long v = col.lo() + (long) rnd.nextInt(col.hi() - col.lo() + 1);
          return Cell.of(Long.toString(v), v);
        }
      case CODE_OPT:
        if (rnd.nextInt(3) == 0) {
          return Cell.missing("");
        }
        {
          long v = col.lo() + rnd.nextInt(col.hi() - col.lo() + 1);
          return Cell.of(Long.toString(v), v);
        }
      case COUNT:
        {
          long v = rnd.nextInt(4) == 0 ? rnd.nextInt(10) : rnd.nextInt(200_000);
          return Cell.of(Long.toString(v), v);
        }
      case TEXT:
        return Cell.of(
            text(rnd, cp1252, col.name().equals("notes")), null)
            .withValueFromWritten();
      case TEXT_OPT:
        return rnd.nextInt(3) == 0
            ? Cell.missing("")
            : Cell.of(text(rnd, cp1252, false), null).withValueFromWritten();
      case MULTI_INT:
        return Cell.of(multiInt(rnd, col.lo(), col.hi(), 3), null).withValueFromWritten();
      case MULTI_INT_OPT:
        return rnd.nextInt(2) == 0
            ? Cell.missing("")
            : Cell.of(multiInt(rnd, col.lo(), col.hi(), 2), null).withValueFromWritten();
      case LIST_TEXT:
        return Cell.of(listText(rnd, cp1252), null).withValueFromWritten();
      case DATE:
      case DATE_OPT:
        {
          if (col.type() == T.DATE_OPT && rnd.nextInt(3) == 0) {
            return Cell.missing("");
          }
          LocalDate d =
              LocalDate.of(
                  col.lo() + rnd.nextInt(col.hi() - col.lo() + 1),
                  1 + rnd.nextInt(12),
                  1 + rnd.nextInt(28));
          return Cell.of(d.format(dates.format), d);
        }
      case DEC:
        {
          double v = Math.round((rnd.nextDouble() * 180 - 90) * 10_000) / 10_000.0;
          if (rnd.nextInt(4) == 0) {
            v = Math.round(v * 100) / 100.0;
          }
          return Cell.of(Double.toString(v), v);
        }
      case COW_INT:
      case COW_END:
        {
          int r = rnd.nextInt(10);
          if (r == 0) {
            return Cell.missing("-8");
          } else if (r == 1) {
            return Cell.missing("-9");
          } else if (r == 2 && col.type() == T.COW_END) {
            return Cell.missing("-7");
          }
          long v = col.lo() + (long) rnd.nextInt(col.hi() - col.lo() + 1);
          return Cell.of(Long.toString(v), v);
        }
      case COW_TEXT:
        if (rnd.nextInt(3) == 0) {
          return new Cell("-8", "-8", "-8", true);
        }
        return Cell.of(text(rnd, cp1252, false), null).withValueFromWritten();
      case PRIO_COUNT:
        if (rnd.nextInt(4) == 0) {
          return Cell.missing("-999");
        }
        {
          long v = rnd.nextInt(100_000);
          return Cell.of(Long.toString(v), v);
        }
      case PRIO_CODE:
        if (rnd.nextInt(3) == 0) {
          return Cell.missing("-99");
        }
        {
          long v = col.lo() + rnd.nextInt(col.hi() - col.lo() + 1);
          return Cell.of(Long.toString(v), v);
        }
      case CONST:
        return Cell.of(col.constant(), col.constant());
      case FLAG:
        {
          boolean b = rnd.nextBoolean();
          String[] forms = b ? new String[] {"1", "true", "True", "TRUE"}
              : new String[] {"0", "false", "False", "FALSE"};
          return Cell.of(forms[rnd.nextInt(forms.length)], b);
        }
      case ACTOR:
        {
          int code = 1 + rnd.nextInt(8);
          String name = io.github.conflictdata.acled.AcledSchemas.ACTOR_TYPES.get(code - 1);
          return Cell.of(rnd.nextBoolean() ? Integer.toString(code) : name, name);
        }
      case INTERACTION:
        {
          int a = 1 + rnd.nextInt(8);
          int b = rnd.nextInt(3) == 0 ? 0 : a + rnd.nextInt(9 - a);
          java.util.List<String> types = io.github.conflictdata.acled.AcledSchemas.ACTOR_TYPES;
          String text = b == 0 ? types.get(a - 1) + " only" : types.get(a - 1) + "-" + types.get(b - 1);
          return Cell.of(rnd.nextBoolean() ? "" + a + b : text, text);
        }
      default:
        throw new AssertionError(col.type());
    }
  }

  /**
   * A random valid table of {@code kind}: {@code rows} records, columns shuffled if asked, maybe an
   * unknown extra column, dates in {@code dates} (a day above 12 in every day-month column so that
   * the order can be told).
   */
  static Table generate(
      KindSpec spec, Random rnd, int rows, boolean cp1252, DateStyle dates, boolean shuffle,
      boolean extraColumn) {
    List<Col> cols = new ArrayList<>(spec.cols());
    if (extraColumn) {
      cols.add(Col.of("analyst_note", T.TEXT_OPT));
    }
    if (shuffle) {
      java.util.Collections.shuffle(cols, rnd);
    }
    List<String> header = new ArrayList<>();
    for (Col c : cols) {
      header.add(c.name());
    }
    List<List<Cell>> out = new ArrayList<>();
    while (out.size() < rows) {
      List<Cell> r = new ArrayList<>();
      for (Col c : cols) {
        r.add(cell(c, rnd, cp1252, dates));
      }
      out.add(r);
    }
    keys(spec, cols, out, rnd);
    datesNotAfterLastYear(cols, out, dates);
    dayAbove12(cols, out, dates);
    return new Table(spec, header, out, dates);
  }

  private static int idx(List<Col> cols, String name) {
    for (int i = 0; i < cols.size(); i++) {
      if (cols.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Key structure: UCDP conflict-level and ACD tables have one row per (conflict_id, year), and a
   * conflict-level table has a dyad list somewhere; dyadic tables have 2-3 dyads per conflict-year.
   */
  private static void keys(KindSpec spec, List<Col> cols, List<List<Cell>> rows, Random rnd) {
    DatasetKind k = spec.kind();
    if (k != DatasetKind.UCDP_BRD_CONFLICT
        && k != DatasetKind.UCDP_BRD_DYADIC
        && k != DatasetKind.UCDP_PRIO_ACD) {
      return;
    }
    int ci = idx(cols, "conflict_id");
    int yi = idx(cols, "year");
    int di = idx(cols, "dyad_id");
    int conflict = 200 + rnd.nextInt(1000);
    int year = 1989 + rnd.nextInt(10);
    int dyad = 400 + rnd.nextInt(1000);
    int perGroup = k == DatasetKind.UCDP_BRD_DYADIC ? 2 + rnd.nextInt(2) : 1;
    for (int r = 0; r < rows.size(); r++) {
      if (r % perGroup == 0) {
        year++;
        if (year > 2022) {
          year = 1989 + rnd.nextInt(5);
          conflict += 1 + rnd.nextInt(50);
        }
        if (rnd.nextInt(4) == 0) {
          conflict += 1 + rnd.nextInt(50);
        }
      }
      rows.get(r).set(ci, Cell.of(Integer.toString(conflict), (long) conflict));
      rows.get(r).set(yi, Cell.of(Integer.toString(year), (long) year));
      if (k == DatasetKind.UCDP_BRD_DYADIC) {
        dyad++;
        rows.get(r).set(di, Cell.of(Integer.toString(dyad), (long) dyad));
      }
    }
    if (k == DatasetKind.UCDP_BRD_DYADIC && rows.size() % perGroup == 1 && rows.size() > 1) {
      // the last group must have several dyads too: drop the lone row
      rows.remove(rows.size() - 1);
    }
    if (k == DatasetKind.UCDP_BRD_CONFLICT && !rows.isEmpty()) {
      String two = (dyad + 1) + ", " + (dyad + 2);
      rows.get(0).set(di, Cell.of(two, two));
    }
  }

  /**
   * As in the published files, no date lies after the table's last {@code year}: a two-digit year
   * can only be resolved against the years the file covers (a date the file could not yet know of
   * would be read a century early, and rightly so).
   */
  private static void datesNotAfterLastYear(
      List<Col> cols, List<List<Cell>> rows, DateStyle dates) {
    int yi = idx(cols, "year");
    if (yi < 0) {
      return;
    }
    long last = Long.MIN_VALUE;
    for (List<Cell> r : rows) {
      if (r.get(yi).value() instanceof Long y) {
        last = Math.max(last, y);
      }
    }
    for (int c = 0; c < cols.size(); c++) {
      for (List<Cell> r : rows) {
        if (r.get(c).value() instanceof LocalDate d && d.getYear() > last) {
          LocalDate e = d.withYear((int) last);
          r.set(c, Cell.of(e.format(dates.format), e));
        }
      }
    }
  }

  private static void dayAbove12(List<Col> cols, List<List<Cell>> rows, DateStyle dates) {
    if (dates == DateStyle.ISO) {
      return;
    }
    for (int c = 0; c < cols.size(); c++) {
      T t = cols.get(c).type();
      if (t != T.DATE && t != T.DATE_OPT) {
        continue;
      }
      boolean decided = false;
      int first = -1;
      for (int r = 0; r < rows.size(); r++) {
        Object v = rows.get(r).get(c).value();
        if (v instanceof LocalDate d) {
          decided |= d.getDayOfMonth() > 12;
          if (first < 0) {
            first = r;
          }
        }
      }
      if (!decided && first >= 0) {
        LocalDate d = ((LocalDate) rows.get(first).get(c).value()).withDayOfMonth(20);
        rows.get(first).set(c, Cell.of(d.format(dates.format), d));
      }
    }
  }
}
