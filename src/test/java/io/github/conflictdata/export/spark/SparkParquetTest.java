package io.github.conflictdata.export.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conflictdata.ConflictData;
import io.github.conflictdata.Dataset;
import io.github.conflictdata.export.Parquet;
import java.nio.file.Path;

import java.util.HashMap;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Spark in local mode reads the Parquet files of every bundled release: its schema types, row
 * counts, non-null counts and sums per column equal the figures computed here from Tablesaw.
 *
 * <p>Not part of the default build (Spark is a few hundred MB of jars): compiled and run only in
 * the {@code spark} profile, {@code mvn -Pspark test -Dtest=SparkParquetTest}.
 */
class SparkParquetTest {
  private static SparkSession spark;

  @TempDir static Path dir;

  @BeforeAll
  static void start() {
    spark = SparkSession.builder().master("local[1]").appName("conflictdata-parquet-check")
        .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "1")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.sql.datetime.java8API.enabled", "true").getOrCreate();
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void sparkReadsEveryBundledRelease() {
    int checked = 0;
    for (ConflictData.BundledRelease r : ConflictData.bundledReleases()) {
      Dataset d = ConflictData.bundled(r.kind(), r.version());
      Path file = dir.resolve(r.kind() + "_" + r.version() + ".parquet");
      Parquet.write(d, file);
      check(r.kind() + " " + r.version(), d.table(), spark.read().parquet(file.toString()));
      checked++;
    }
    assertTrue(checked > 0, "ConflictData.bundledReleases() lists nothing");
  }

  private static void check(String name, Table t, org.apache.spark.sql.Dataset<Row> df) {
    assertEquals(t.rowCount(), df.count(), name + ": rows");
    Map<String, String> types = new HashMap<>();
    for (StructField f : df.schema().fields()) {
      types.put(f.name(), f.dataType().typeName());
    }
    for (Column<?> c : t.columns()) {
      String what = name + ": " + c.name();
      String sparkType = types.get(c.name());
      ColumnType type = c.type();
      if (type == ColumnType.INTEGER) {
        assertEquals("integer", sparkType, what);
      } else if (type == ColumnType.LONG) {
        assertEquals("long", sparkType, what);
      } else if (type == ColumnType.DOUBLE) {
        assertEquals("double", sparkType, what);
      } else if (type == ColumnType.STRING) {
        assertEquals("string", sparkType, what);
      } else if (type == ColumnType.LOCAL_DATE) {
        assertEquals("date", sparkType, what);
      }
      String col = "`" + c.name().replace("`", "``") + "`";
      if (c instanceof NumericColumn<?> n) {
        double sum = 0;
        long present = 0;
        for (int i = 0; i < n.size(); i++) {
          if (!n.isMissing(i)) {
            sum += n.getDouble(i);
            present++;
          }
        }
        Row row = df.selectExpr("count(" + col + ")", "CAST(sum(" + col + ") AS DOUBLE)").first();
        assertEquals(present, row.getLong(0), what + ": non-null cells");
        if (present > 0) {
          assertEquals(sum, row.getDouble(1), Math.abs(sum) * 1e-12, what + ": sum");
        }
      } else if (c instanceof DateColumn dates) {
        Row row = df.selectExpr("count(" + col + ")", "min(" + col + ")", "max(" + col + ")").first();
        long present = dates.size() - dates.countMissing();
        assertEquals(present, row.getLong(0), what + ": dates");
        if (present > 0) {
          assertEquals(dates.min(), row.get(1), what + ": first date");
          assertEquals(dates.max(), row.get(2), what + ": last date");
        }
      } else {
        Row row = df.selectExpr("count(" + col + ")").first();
        assertEquals(c.size() - c.countMissing(), row.getLong(0), what + ": non-null cells");
      }
    }
  }

  @Test
  void sparkSeesTheMetadataFreeColumnsOnly() {
    // labels go to metadata by default: Spark sees exactly the dataset's columns
    Dataset acd = ConflictData.bundled(io.github.conflictdata.DatasetKind.UCDP_PRIO_ACD);
    Path file = dir.resolve("acd.parquet");
    Parquet.write(acd, file);
    assertEquals(acd.table().columnNames(), java.util.List.of(spark.read().parquet(file.toString()).columns()));
  }
}
