package io.github.conflictdata.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** ACLED's country-year fatalities as rows beside Compare.battleDeaths. */
class AcledCountryYearTest {

  /** The shared workbook read with POI's formatter in the test (not the library's reader). */
  static Table fatalities() {
    List<Map<String, String>> recs =
        SharedFiles.excel("acled/number_of_reported_fatalities_by_country-year_as-of-06Mar2026.xlsx");
    StringColumn country = StringColumn.create("country");
    IntColumn year = IntColumn.create("year");
    IntColumn fat = IntColumn.create("fatalities");
    for (Map<String, String> r : recs) {
      country.append(r.get("COUNTRY"));
      year.append(Integer.parseInt(r.get("YEAR")));
      fat.append(Integer.parseInt(r.get("FATALITIES").replace(",", "")));
    }
    return Table.create("acled country-year (test)", country, year, fat);
  }

  @Test
  void azerbaijanAndArmenia2020AreTheWorkbooksCellsWithWhatTheyCover() {
    Table acled;
    try {
      acled = fatalities();
    } catch (RuntimeException e) {
      // POI may refuse the workbook's dangling drawing parts (SOURCES.md); then nothing to compare
      org.junit.jupiter.api.Assumptions.abort("POI cannot open the shared workbook: " + e.getMessage());
      return;
    }
    int az = -1;
    int am = -1;
    for (int r = 0; r < acled.rowCount(); r++) {
      if (acled.intColumn("year").getInt(r) == 2020) {
        if (acled.stringColumn("country").get(r).equals("Azerbaijan")) {
          az = acled.intColumn("fatalities").getInt(r);
        } else if (acled.stringColumn("country").get(r).equals("Armenia")) {
          am = acled.intColumn("fatalities").getInt(r);
        }
      }
    }
    assertEquals(7057, az, "SOURCES.md: Azerbaijan 2020 = 7057");
    Table rows = AcledCountryYear.rows(acled, "nagorno-karabakh", 2020, "06Mar2026",
        "Azerbaijan", "armenia");
    assertEquals(List.of(az, am), rows.intColumn("best").asList());
    assertEquals("Armenia", rows.stringColumn("id").get(1), "the table's spelling");
    assertTrue(rows.stringColumn("notes").get(0).contains("whole calendar year, all event types"));
    // a country-year without a row: missing, and the note says so
    Table none = AcledCountryYear.rows(acled, "nagorno-karabakh", 1900, "06Mar2026", "Azerbaijan");
    assertTrue(none.intColumn("best").isMissing(0));
    assertTrue(none.stringColumn("notes").get(0).startsWith("no ACLED row"));
    // a country the table does not hold is an error naming the nearest spellings
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class,
        () -> AcledCountryYear.rows(acled, "nagorno-karabakh", 2020, "06Mar2026", "Armenai"));
    assertTrue(e.getMessage().contains("Armenia"), e.getMessage());
    // same layout as the comparison table, so it appends
    Table compare = Compare.battleDeaths(War.of("nagorno-karabakh"));
    int before = compare.rowCount();
    compare.append(rows);
    assertEquals(before + 2, compare.rowCount());
  }
}
