package io.github.conflictdata.panel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a dense PRIO-GRID cell-month panel covers: the events file, the months, the cells and
 * where the Parquet output goes. One spec drives both engines, DuckDB on one machine ({@link
 * DenseGrid}) and Apache Spark on a cluster ({@code io.github.conflictdata.spark.DenseGridJob}),
 * with one SQL query ({@link #sql()}), so that both give the same numbers.
 *
 * <p>Command-line form (the same for {@code java -cp ... DenseGrid} and {@code spark-submit}):
 * {@code --events FILE --out DIR --from 1989-01 --to 2018-12 [--covered-until YYYY-MM]
 * [--cells events | box:SOUTH,WEST,NORTH,EAST | file:PATH]}. The events file is UCDP GED as CSV
 * (UCDP's own layout) or Parquet ({@code export.Parquet.write}); its columns {@code priogrid_gid},
 * {@code date_start}, {@code best}, {@code low}, {@code high}, {@code type_of_violence} and {@code
 * deaths_civilians} are read.
 *
 * @param events the GED events file (.csv or .parquet)
 * @param out the output folder: Parquet files partitioned by {@code year}
 * @param from the first month of the panel
 * @param to the last month of the panel
 * @param coveredUntil the last month the events cover: later months are missing (NULL), not zero
 * @param cells which cells: {@code events} (every cell with at least one event in the file), a
 *     {@code box:} of latitudes and longitudes, or a {@code file:} of cell ids, one per line
 */
public record DenseGridSpec(
    Path events, Path out, YearMonth from, YearMonth to, YearMonth coveredUntil, String cells) {

  /** Largest panel a spec accepts (cells x months), a bound against a mistyped range. */
  public static final long MAX_ROWS = 2_000_000_000L;

  /**
   * Checks the spec.
   *
   * @param events the GED events file (.csv or .parquet)
   * @param out the output folder
   * @param from the first month of the panel
   * @param to the last month of the panel
   * @param coveredUntil the last month the events cover; null means {@code to}
   * @param cells {@code events}, a {@code box:} or a {@code file:} of cell ids
   * @throws IllegalArgumentException for a missing field, {@code from} after {@code to}, or a
   *     {@code cells} value of none of the three forms
   */
  public DenseGridSpec {
    Objects.requireNonNull(events, "--events");
    Objects.requireNonNull(out, "--out");
    Objects.requireNonNull(from, "--from");
    Objects.requireNonNull(to, "--to");
    if (from.isAfter(to)) {
      throw new IllegalArgumentException("--from " + from + " is after --to " + to);
    }
    if (coveredUntil == null) {
      coveredUntil = to;
    }
    if (cells == null || cells.isBlank()) {
      cells = "events";
    }
    if (!cells.equals("events") && !cells.startsWith("box:") && !cells.startsWith("file:")) {
      throw new IllegalArgumentException("--cells " + cells + ": expected 'events', "
          + "'box:SOUTH,WEST,NORTH,EAST' or 'file:PATH'");
    }
  }

  /**
   * Reads the command-line form given in the class comment.
   *
   * @param args the arguments
   * @return the spec
   * @throws IllegalArgumentException naming the argument that is missing or malformed
   */
  public static DenseGridSpec parse(String... args) {
    Path events = null;
    Path out = null;
    YearMonth from = null;
    YearMonth to = null;
    YearMonth covered = null;
    String cells = null;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(a + " needs a value; " + usage());
      }
      String v = args[++i];
      switch (a) {
        case "--events" -> events = Path.of(v);
        case "--out" -> out = Path.of(v);
        case "--from" -> from = month(a, v);
        case "--to" -> to = month(a, v);
        case "--covered-until" -> covered = month(a, v);
        case "--cells" -> cells = v;
        default -> throw new IllegalArgumentException("unknown argument " + a + "; " + usage());
      }
    }
    if (events == null || out == null || from == null || to == null) {
      throw new IllegalArgumentException("--events, --out, --from and --to are required; " + usage());
    }
    return new DenseGridSpec(events, out, from, to, covered, cells);
  }

  /** The command-line usage line. */
  static String usage() {
    return "usage: --events FILE --out DIR --from YYYY-MM --to YYYY-MM [--covered-until YYYY-MM]"
        + " [--cells events|box:SOUTH,WEST,NORTH,EAST|file:PATH]";
  }

  private static YearMonth month(String arg, String v) {
    try {
      return YearMonth.parse(v);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(arg + " " + v + ": expected a month as YYYY-MM", e);
    }
  }

  /**
   * Whether the events file is Parquet (by its name), else CSV.
   *
   * @return true for a {@code .parquet} file
   */
  public boolean parquet() {
    return events.getFileName().toString().toLowerCase().endsWith(".parquet");
  }

  /**
   * Number of months from {@code from} to {@code to}, both included.
   *
   * @return the number of months in the panel
   */
  public int monthCount() {
    return (int) (to.getYear() * 12L + to.getMonthValue() - from.getYear() * 12L
        - from.getMonthValue() + 1);
  }

  /**
   * The months of the panel as rows {@code year, month, month_index, covered}: month_index counts
   * from {@code from} (0), covered is false after {@link #coveredUntil()}.
   *
   * @return one {@code int[4]} per month, covered as 1 or 0
   */
  public List<int[]> months() {
    List<int[]> rows = new ArrayList<>();
    YearMonth m = from;
    for (int i = 0; !m.isAfter(to); i++, m = m.plusMonths(1)) {
      rows.add(new int[] {m.getYear(), m.getMonthValue(), i, m.isAfter(coveredUntil) ? 0 : 1});
    }
    return rows;
  }

  /**
   * The cells a {@code box:} or {@code file:} spec names; empty for {@code events}, whose cells
   * each engine reads from the events themselves.
   *
   * @return the cell ids, ascending
   * @throws IllegalArgumentException for a malformed box or a line of the file that is not a cell
   */
  public List<Integer> listedCells() {
    Set<Integer> s = new TreeSet<>();
    if (cells.startsWith("box:")) {
      String[] p = cells.substring(4).split(",");
      if (p.length != 4) {
        throw new IllegalArgumentException("--cells " + cells + ": expected box:SOUTH,WEST,NORTH,EAST");
      }
      double south = Double.parseDouble(p[0].strip());
      double west = Double.parseDouble(p[1].strip());
      double north = Double.parseDouble(p[2].strip());
      double east = Double.parseDouble(p[3].strip());
      if (south > north || west > east) {
        throw new IllegalArgumentException("--cells " + cells + ": south above north or west east of east");
      }
      int r0 = (PrioGrid.cellOf(south, west) - 1) / PrioGrid.CELLS_PER_ROW;
      int r1 = (PrioGrid.cellOf(north, east) - 1) / PrioGrid.CELLS_PER_ROW;
      int c0 = (PrioGrid.cellOf(south, west) - 1) % PrioGrid.CELLS_PER_ROW;
      int c1 = (PrioGrid.cellOf(north, east) - 1) % PrioGrid.CELLS_PER_ROW;
      for (int r = r0; r <= r1; r++) {
        for (int c = c0; c <= c1; c++) {
          s.add(r * PrioGrid.CELLS_PER_ROW + c + 1);
        }
      }
    } else if (cells.startsWith("file:")) {
      Path f = Path.of(cells.substring(5));
      try {
        List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
          String l = lines.get(i).strip();
          if (l.isEmpty() || l.startsWith("#")) {
            continue;
          }
          try {
            int gid = Integer.parseInt(l);
            PrioGrid.centroidLat(gid); // checks the range
            s.add(gid);
          } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(f + ":" + (i + 1) + ":1: found '" + l
                + "', expected a PRIO-GRID cell id (1..259200)", e);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read --cells " + f, e);
      }
    }
    return new ArrayList<>(s);
  }

  /**
   * The SQL that makes view {@code events} from the raw view {@code events_raw} of the file: all
   * text for CSV (GED dates as {@code 2017-08-25} or {@code 2026-05-04 00:00:00.000}), typed for
   * Parquet. The same text runs on both engines.
   *
   * @return a {@code CREATE ... VIEW events AS SELECT ...} statement
   */
  public String eventsView() {
    String date = parquet() ? "CAST(date_start AS DATE)" : "CAST(substr(date_start, 1, 10) AS DATE)";
    return "CREATE OR REPLACE TEMPORARY VIEW events AS SELECT"
        + " CAST(CAST(priogrid_gid AS DOUBLE) AS INT) AS priogrid_gid, " + date + " AS date_start,"
        + " CAST(best AS INT) AS best, CAST(low AS INT) AS low, CAST(high AS INT) AS high,"
        + " CAST(type_of_violence AS INT) AS type_of_violence,"
        + " CAST(deaths_civilians AS INT) AS deaths_civilians FROM events_raw";
  }

  /** The SQL that lists the cells of {@code --cells events}: every cell with an event. */
  public static final String CELLS_OF_EVENTS =
      "SELECT DISTINCT priogrid_gid FROM events WHERE priogrid_gid IS NOT NULL";

  /**
   * The panel's SQL over the views {@code events}, {@code cells} and {@code months}, for both
   * engines.
   *
   * @return the query text
   */
  public static String sql() {
    try (InputStream in = DenseGridSpec.class.getResourceAsStream("dense-grid.sql")) {
      if (in == null) {
        throw new IllegalStateException("dense-grid.sql is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
