package io.github.conflictdata.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conflictdata.ConflictData;
import io.github.conflictdata.Dataset;
import io.github.conflictdata.DatasetKind;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;

/** Datasets registered in the embedded engine, queried, and the results typed as Tablesaw tables. */
class SqlTest {
  @TempDir Path dir;

  @Test
  void joinBrdAndPrioPerYear() {
    Dataset brd = ConflictData.bundled(DatasetKind.UCDP_BRD_CONFLICT);
    Dataset prio = ConflictData.bundled(DatasetKind.PRIO_BATTLE_DEATHS);
    Table t;
    try (Sql sql = Sql.open()) {
      sql.register("brd", brd).register("prio", prio);
      t = sql.query("SELECT b.year, b.ucdp_best, p.prio_best, p.prio_rows"
          + " FROM (SELECT year, sum(bd_best) AS ucdp_best FROM brd GROUP BY year) b"
          + " JOIN (SELECT year, sum(bdeadbes) AS prio_best, count(*) AS prio_rows FROM prio GROUP BY year) p"
          + " USING (year) ORDER BY year");
    }
    assertEquals(ColumnType.INTEGER, t.column("year").type());
    assertEquals(ColumnType.LONG, t.column("ucdp_best").type());  // sum over INTEGER is HUGEINT
    assertEquals(ColumnType.LONG, t.column("prio_rows").type());

    // the same figures computed here, from the Tablesaw tables
    Map<Integer, Long> ucdp = new TreeMap<>();
    Table b = brd.table();
    for (int r = 0; r < b.rowCount(); r++) {
      if (!b.column("bd_best").isMissing(r)) {
        ucdp.merge(b.intColumn("year").getInt(r), (long) b.intColumn("bd_best").getInt(r), Long::sum);
      }
    }
    Map<Integer, Long> prioBest = new TreeMap<>();
    Map<Integer, Long> prioRows = new TreeMap<>();
    Table p = prio.table();
    for (int r = 0; r < p.rowCount(); r++) {
      int y = p.intColumn("year").getInt(r);
      prioRows.merge(y, 1L, Long::sum);
      if (!p.column("bdeadbes").isMissing(r)) {
        prioBest.merge(y, (long) p.intColumn("bdeadbes").getInt(r), Long::sum);
      }
    }
    assertEquals(20, t.rowCount(), "UCDP BRD from 1989 and PRIO to 2008 overlap in 20 years");
    for (int r = 0; r < t.rowCount(); r++) {
      int y = t.intColumn("year").getInt(r);
      assertEquals(ucdp.get(y), t.longColumn("ucdp_best").get(r), "UCDP " + y);
      assertEquals(prioBest.get(y), t.longColumn("prio_best").get(r), "PRIO " + y);
      assertEquals(prioRows.get(y), t.longColumn("prio_rows").get(r), "PRIO rows " + y);
    }
  }

  @Test
  void resultTypesMatchTheRegisteredColumns() {
    Dataset acd = ConflictData.bundled(DatasetKind.UCDP_PRIO_ACD);
    Table t;
    try (Sql sql = Sql.open()) {
      sql.register("acd", acd);
      t = sql.query("SELECT * FROM acd");
    }
    ExportFixtures.assertSameCells(acd.table(), t, "SELECT * FROM acd");
    try (Sql sql = Sql.open()) {
      sql.register("types", ParquetTypesTest.everyType());
      Table back = sql.query("SELECT * FROM types");
      ExportFixtures.assertSameCells(ParquetTypesTest.everyType(), back, "SELECT * FROM types");
      Table avg = sql.query("SELECT avg(ints) AS mean, CAST(1.25 AS DECIMAL(5, 2)) AS dec, 'x' AS s FROM types");
      assertEquals(ColumnType.DOUBLE, avg.column("mean").type());
      assertEquals(-999_999_999.5, avg.doubleColumn("mean").get(0));
      assertEquals(1.25, avg.doubleColumn("dec").get(0));
      assertEquals("x", avg.stringColumn("s").get(0));
    }
  }

  @Test
  void parquetFilesAsViews() {
    Path file = dir.resolve("brd.parquet");
    Dataset brd = ConflictData.bundled(DatasetKind.UCDP_BRD_CONFLICT);
    Parquet.write(brd, file);
    try (Sql sql = Sql.open()) {
      sql.registerParquet("brd", file);
      Table t = sql.query("SELECT count(*) AS n FROM brd WHERE conflict_id = 388");
      long expected = brd.table().intColumn("conflict_id").isEqualTo(388).size();
      assertEquals(expected, t.longColumn("n").get(0));
      assertTrue(expected > 0);
    }
  }

  @Test
  void clearErrors() {
    try (Sql sql = Sql.open()) {
      sql.register("t", ParquetTypesTest.everyType());
      IllegalArgumentException dup = assertThrows(IllegalArgumentException.class,
          () -> sql.register("T", ParquetTypesTest.everyType()));
      assertTrue(dup.getMessage().contains("already registered"), dup.getMessage());
      IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
          () -> sql.query("SELECT no_such_column FROM t"));
      assertTrue(bad.getMessage().contains("no_such_column"), bad.getMessage());
      IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
          () -> sql.query("SELECT ints, ints FROM t"));
      assertTrue(twice.getMessage().contains("two columns named 'ints'"), twice.getMessage());
      IllegalArgumentException list = assertThrows(IllegalArgumentException.class,
          () -> sql.query("SELECT [1, 2] AS l"));
      assertTrue(list.getMessage().contains("'l'") && list.getMessage().contains("CAST"), list.getMessage());
      assertThrows(java.io.UncheckedIOException.class, () -> sql.registerParquet("p", dir.resolve("none.parquet")));
    }
  }
}
