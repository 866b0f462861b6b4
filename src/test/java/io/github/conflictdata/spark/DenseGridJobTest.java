package io.github.conflictdata.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conflictdata.export.Sql;
import io.github.conflictdata.panel.DenseGrid;
import io.github.conflictdata.panel.DenseGridSpec;
import io.github.conflictdata.testing.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/**
 * The Spark job in local mode on a small region (northern Rakhine, 2016-2018, GED 19.1's rows)
 * writes Parquet partitioned by year whose every cell equals the DuckDB panel's, and whose row count
 * is cells x months. Runs only in the {@code spark} profile: {@code mvn -Pspark test
 * -Dtest=DenseGridJobTest}.
 */
class DenseGridJobTest {
  private static SparkSession spark;

  @TempDir static Path dir;

  @BeforeAll
  static void start() {
    spark = SparkSession.builder().master("local[2]").appName("conflictdata-dense-grid-check")
        .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2")
        .config("spark.sql.session.timeZone", "UTC").getOrCreate();
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void sparkWritesTheSamePanelAsDuckDb() {
    Path events = TestFiles.sharedFile("ucdp-ged/ged191.csv");
    Path out = dir.resolve("grid");
    DenseGridSpec spec = DenseGridSpec.parse("--events", events.toString(), "--out", out.toString(),
        "--from", "2016-01", "--to", "2018-12", "--covered-until", "2018-06",
        "--cells", "box:20.0,92.0,21.99,93.99");
    long rows = DenseGridJob.run(spark, spec);
    assertEquals(16 * 36, rows);
    assertTrue(Files.isDirectory(out.resolve("year=2016")));
    assertTrue(Files.isDirectory(out.resolve("year=2018")));

    Table duck = DenseGrid.table(spec);
    String cols = "priogrid_gid, year, month, events, best, low, high, deaths_state_based,"
        + " deaths_non_state, deaths_one_sided, deaths_civilians, peace_months";
    try (Sql sql = Sql.open()) {
      sql.register("duck", duck);
      sql.execute("CREATE VIEW spark AS SELECT * FROM read_parquet('"
          + out.toString().replace("'", "''") + "/*/*.parquet', hive_partitioning = true)");
      Table n = sql.query("SELECT count(*) AS n FROM spark");
      assertEquals(16L * 36, ((Number) n.column("n").get(0)).longValue());
      // every row of one engine is in the other, NULLs included (IS NOT DISTINCT FROM)
      Table diff = sql.query("SELECT count(*) AS n FROM (SELECT " + cols + " FROM duck EXCEPT"
          + " SELECT " + cols.replace("year,", "CAST(year AS INTEGER) AS year,") + " FROM spark)");
      assertEquals(0L, ((Number) diff.column("n").get(0)).longValue());
      Table events2017 = sql.query("SELECT sum(events) AS e FROM spark WHERE year = 2017");
      assertTrue(((Number) events2017.column("e").get(0)).longValue() > 0);
    }
  }
}
