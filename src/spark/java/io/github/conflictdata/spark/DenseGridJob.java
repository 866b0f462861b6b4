package io.github.conflictdata.spark;

import io.github.conflictdata.panel.DenseGridSpec;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The dense PRIO-GRID cell-month panel on Apache Spark: the same {@link DenseGridSpec} and the same
 * SQL as {@code io.github.conflictdata.panel.DenseGrid} (DuckDB, one machine), written as Parquet
 * partitioned by {@code year}. Runs unchanged in local mode and under {@code spark-submit}:
 *
 * <pre>{@code
 * spark-submit --class io.github.conflictdata.spark.DenseGridJob target/conflictdata-spark.jar \
 *     --events hdfs:///ged/GEDEvent_v25_1.csv --out hdfs:///grid --from 1989-01 --to 2024-12
 * }</pre>
 *
 * <p>The master comes from {@code spark-submit} (or {@code spark.master}); without one the job runs
 * {@code local[*]}.
 */
public final class DenseGridJob {
  private DenseGridJob() {}

  /**
   * Runs the job in the given session.
   *
   * @param spark the session
   * @param spec what to compute and where to write it
   * @return the number of rows written
   */
  public static long run(SparkSession spark, DenseGridSpec spec) {
    String path = spec.events().toString();
    Dataset<Row> raw = spec.parquet()
        ? spark.read().parquet(path)
        : spark.read().option("header", "true").option("multiLine", "true")
            .option("quote", "\"").option("escape", "\"").csv(path);
    raw.createOrReplaceTempView("events_raw");
    spark.sql(spec.eventsView());
    List<Integer> listed = spec.listedCells();
    Dataset<Row> cells;
    if (listed.isEmpty()) {
      cells = spark.sql(DenseGridSpec.CELLS_OF_EVENTS);
    } else {
      List<Row> rows = new ArrayList<>();
      listed.forEach(g -> rows.add(RowFactory.create(g)));
      cells = spark.createDataFrame(rows,
          new StructType().add("priogrid_gid", DataTypes.IntegerType, false));
    }
    cells.createOrReplaceTempView("cells");
    List<Row> months = new ArrayList<>();
    for (int[] m : spec.months()) {
      months.add(RowFactory.create(m[0], m[1], m[2], m[3] == 1));
    }
    spark.createDataFrame(months, new StructType()
            .add("year", DataTypes.IntegerType, false).add("month", DataTypes.IntegerType, false)
            .add("month_index", DataTypes.IntegerType, false)
            .add("covered", DataTypes.BooleanType, false))
        .createOrReplaceTempView("months");
    long n = cells.count() * spec.monthCount();
    if (n > DenseGridSpec.MAX_ROWS) {
      throw new IllegalArgumentException(n + " rows is more than " + DenseGridSpec.MAX_ROWS
          + ": narrow --cells or the months");
    }
    spark.sql(DenseGridSpec.sql()).write().mode(SaveMode.Overwrite).partitionBy("year")
        .parquet(spec.out().toString());
    return n;
  }

  /**
   * Command-line entry: {@link DenseGridSpec#parse(String...)}'s arguments.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    DenseGridSpec spec = DenseGridSpec.parse(args);
    SparkSession.Builder b = SparkSession.builder().appName("conflictdata dense grid");
    if (System.getProperty("spark.master") == null) {
      b.master("local[*]");
    }
    SparkSession spark = b.getOrCreate();
    try {
      long t0 = System.nanoTime();
      long n = run(spark, spec);
      System.out.printf("%,d rows in %.1f s -> %s%n", n, (System.nanoTime() - t0) / 1e9, spec.out());
    } finally {
      spark.stop();
    }
  }
}
