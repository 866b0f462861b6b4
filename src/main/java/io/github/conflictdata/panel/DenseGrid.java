package io.github.conflictdata.panel;

import io.github.conflictdata.export.Sql;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.StringJoiner;
import tech.tablesaw.api.Table;

/**
 * The dense PRIO-GRID cell-month panel on one machine, through DuckDB: every cell of a {@link
 * DenseGridSpec} times every month of its range, zeros where no event happened, missing past the
 * events' coverage. Columns: {@code priogrid_gid}, {@code year}, {@code month}, {@code events},
 * {@code best}, {@code low}, {@code high}, {@code deaths_state_based}, {@code deaths_non_state},
 * {@code deaths_one_sided}, {@code deaths_civilians} and {@code peace_months} (months since the
 * cell's last month with events; missing before its first).
 *
 * <p>The panel of every land cell from 1989 on is some 29 million rows: too many for a Tablesaw
 * table on a notebook's heap, so {@link #write(DenseGridSpec)} streams it to Parquet, partitioned by
 * year, as the Spark job ({@code io.github.conflictdata.spark.DenseGridJob}) does on a cluster with
 * the same SQL. {@link #table(DenseGridSpec)} is for small regions.
 *
 * <pre>{@code
 * java -cp conflictdata-kernel.jar io.github.conflictdata.panel.DenseGrid \
 *     --events GEDEvent_v25_1.csv --out grid --from 1989-01 --to 2024-12 --cells events
 * }</pre>
 *
 * <p>Needs DuckDB, an optional dependency (see {@link Sql#open()}).
 */
public final class DenseGrid {
  private DenseGrid() {}

  /**
   * What a run wrote.
   *
   * @param rows rows written (cells times months)
   * @param cells number of cells
   * @param months number of months
   * @param seconds wall time of the run
   * @param out the output folder
   */
  public record Result(long rows, long cells, int months, double seconds, Path out) {
    @Override
    public String toString() {
      return String.format("%,d rows (%,d cells x %d months) in %.1f s -> %s", rows, cells, months,
          seconds, out);
    }
  }

  /**
   * Writes the panel to {@code spec.out()} as Parquet partitioned by year ({@code year=1989/...}).
   *
   * @param spec what to compute
   * @return rows, cells, months and time taken
   * @throws IllegalArgumentException if the events file is missing or unreadable as GED, or the
   *     panel would exceed {@link DenseGridSpec#MAX_ROWS}
   */
  public static Result write(DenseGridSpec spec) {
    long t0 = System.nanoTime();
    try (Sql sql = Sql.open()) {
      long cells = prepare(sql, spec);
      sql.execute("COPY (" + DenseGridSpec.sql() + ") TO " + literal(spec.out().toString())
          + " (FORMAT PARQUET, PARTITION_BY (year), OVERWRITE_OR_IGNORE)");
      double s = (System.nanoTime() - t0) / 1e9;
      return new Result(cells * spec.monthCount(), cells, spec.monthCount(), s, spec.out());
    }
  }

  /**
   * The panel as a Tablesaw table, sorted by cell and month: for regions small enough for the heap.
   *
   * @param spec what to compute ({@code out} is not used)
   * @return the dense panel
   * @throws IllegalArgumentException as {@link #write(DenseGridSpec)}
   */
  public static Table table(DenseGridSpec spec) {
    try (Sql sql = Sql.open()) {
      prepare(sql, spec);
      Table t = sql.query("SELECT * FROM (" + DenseGridSpec.sql()
          + ") ORDER BY priogrid_gid, year, month");
      t.setName("dense grid-months " + spec.from() + ".." + spec.to());
      return t;
    }
  }

  /** Registers events_raw, events, cells and months; returns the number of cells. */
  private static long prepare(Sql sql, DenseGridSpec spec) {
    if (!Files.isRegularFile(spec.events())) {
      throw new IllegalArgumentException("--events " + spec.events() + ": no such file");
    }
    String f = literal(spec.events().toString());
    sql.execute("CREATE VIEW events_raw AS SELECT * FROM " + (spec.parquet()
        ? "read_parquet(" + f + ")"
        : "read_csv(" + f + ", header = true, all_varchar = true, quote = '\"', escape = '\"')"));
    sql.execute(spec.eventsView());
    List<Integer> listed = spec.listedCells();
    if (listed.isEmpty()) {
      sql.execute("CREATE TABLE cells AS " + DenseGridSpec.CELLS_OF_EVENTS);
    } else {
      sql.execute("CREATE TABLE cells (priogrid_gid INTEGER)");
      insert(sql, "cells", listed.stream().map(g -> "(" + g + ")").toList());
    }
    sql.execute("CREATE TABLE months (year INTEGER, month INTEGER, month_index INTEGER, covered BOOLEAN)");
    insert(sql, "months", spec.months().stream()
        .map(m -> "(" + m[0] + ", " + m[1] + ", " + m[2] + ", " + (m[3] == 1) + ")").toList());
    long cells = ((Number) sql.query("SELECT count(*) AS n FROM cells").column("n").get(0)).longValue();
    if (cells * spec.monthCount() > DenseGridSpec.MAX_ROWS) {
      throw new IllegalArgumentException(String.format("%,d cells x %d months is more than %,d"
          + " rows: narrow --cells or the months", cells, spec.monthCount(), DenseGridSpec.MAX_ROWS));
    }
    return cells;
  }

  private static void insert(Sql sql, String table, List<String> rows) {
    for (int i = 0; i < rows.size(); i += 10_000) {
      StringJoiner j = new StringJoiner(", ", "INSERT INTO " + table + " VALUES ", "");
      rows.subList(i, Math.min(rows.size(), i + 10_000)).forEach(j::add);
      sql.execute(j.toString());
    }
  }

  private static String literal(String s) {
    return "'" + s.replace("'", "''") + "'";
  }

  /**
   * Command-line entry: {@link DenseGridSpec#parse(String...)}'s arguments; prints the {@link
   * Result}.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.out.println(write(DenseGridSpec.parse(args)));
  }
}
