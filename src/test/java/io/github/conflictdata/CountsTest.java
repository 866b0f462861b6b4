package io.github.conflictdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/** Count columns print with thousands separators; ids and years stay plain; values unchanged. */
class CountsTest {

  @Test
  void bundledBattleDeathsPrintWithSeparatorsIdsAndYearsDoNot() {
    // SOURCES.md: BattleDeaths_v24_1_conf.csv, 388/2020: bd_best 7646, bd_low 7548, bd_high 9077
    Table t = ConflictData.bundled(DatasetKind.UCDP_BRD_CONFLICT).table();
    Table row = t.where(t.intColumn("conflict_id").isEqualTo(388)
        .and(t.intColumn("year").isEqualTo(2020)));
    assertEquals(1, row.rowCount());
    assertEquals(7646, row.intColumn("bd_best").getInt(0));
    assertEquals("7,646", row.getString(0, "bd_best"));
    assertEquals("7,548", row.getString(0, "bd_low"));
    assertEquals("9,077", row.getString(0, "bd_high"));
    assertEquals("2020", row.getString(0, "year"));
    assertEquals("388", row.getString(0, "conflict_id"));
    assertTrue(row.print().contains("7,646"), row.print());
  }

  @Test
  void cowSideTotalsAreCounts() {
    // SOURCES.md: COW inter-state war 216, BatDeath Azerbaijan 8500
    Table t = ConflictData.read(io.github.conflictdata.testing.TestFiles.sharedFile(
        "cow-wars/Inter-StateWarData_v4.0.csv")).table();
    Table az = t.where(t.intColumn("WarNum").isEqualTo(216).and(t.intColumn("ccode").isEqualTo(373)));
    assertEquals("8,500", az.getString(0, "BatDeath"));
  }

  @Test
  void everyNamedCountColumnExistsInItsSchema() {
    for (DatasetKind kind : DatasetKind.values()) {
      for (String name : Counts.columns(kind)) {
        assertTrue(ConflictData.schema(kind).column(name) != null,
            kind + " lacks count column " + name);
      }
    }
    Table claims = ConflictData.claims().table();
    assertTrue(claims.containsColumn("value"));
    assertEquals("2,783", claims.where(claims.intColumn("value").isEqualTo(2783)).getString(0, "value"));
  }

  @Test
  void groupChangesOnlyThePrintFormat() {
    IntColumn c = IntColumn.create("n", 1234567, 12);
    Counts.group(c);
    assertEquals("1,234,567", c.getString(0));
    assertEquals(1234567, c.getInt(0));
    assertEquals("12", c.getString(1));
  }
}
