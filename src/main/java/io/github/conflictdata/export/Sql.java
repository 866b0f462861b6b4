package io.github.conflictdata.export;

import io.github.conflictdata.Dataset;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import tech.tablesaw.api.Table;

/**
 * An embedded SQL engine (an in-memory DuckDB database) for joins and aggregations that outgrow
 * Tablesaw: register datasets, tables or Parquet files as SQL tables, run a query, get a typed
 * Tablesaw {@link Table} back.
 *
 * <pre>{@code
 * try (Sql sql = Sql.open()) {
 *   sql.register("brd", ConflictData.bundled(DatasetKind.UCDP_BRD_CONFLICT))
 *      .register("prio", ConflictData.bundled(DatasetKind.PRIO_BATTLE_DEATHS));
 *   Table t = sql.query("SELECT year, sum(bd_best) AS ucdp FROM brd GROUP BY year ORDER BY year");
 * }
 * }</pre>
 *
 * <p>Types are kept both ways (int to INTEGER to IntColumn, DATE to DateColumn, text to VARCHAR
 * to StringColumn...); missing values are SQL nulls. DuckDB's {@code sum} over integers is a
 * 128-bit HUGEINT and comes back as a {@code LongColumn}; {@code avg} is a DOUBLE. Registered
 * tables are copies: later changes to the Tablesaw table do not reach the engine.
 *
 * <p><b>For trusted SQL only.</b> {@link #open()} gives DuckDB's full power: a query can read any
 * file the JVM may read ({@code read_csv('/etc/passwd')}), write files ({@code COPY ... TO}),
 * install and load extensions, which DuckDB also does by itself when a query needs one (fetching
 * them from the network). Run SQL from anyone else only in {@link #openLocked()}: no file or
 * network access, no extension installed or loaded, settings locked.
 *
 * <p>Needs DuckDB ({@code org.duckdb:duckdb_jdbc}), an optional dependency of conflictdata:
 * {@link #open()} throws {@link MissingDependencyException} naming it when it is absent. Not
 * thread-safe; close it to free DuckDB's memory.
 */
public final class Sql implements AutoCloseable {
  private final Connection conn;
  private final boolean locked;

  private Sql(Connection conn, boolean locked) {
    this.conn = conn;
    this.locked = locked;
  }

  /**
   * Opens a new, empty in-memory database with DuckDB's full power: for SQL you trust (see the
   * class comment).
   *
   * @return the engine; close it
   * @throws MissingDependencyException if DuckDB is not on the class path
   */
  public static Sql open() {
    return new Sql(Engines.open("Sql.open"), false);
  }

  /**
   * Opens a new, empty in-memory database locked down for SQL you do not trust: no access to
   * files or the network ({@code enable_external_access=false}: no {@code read_csv} of a path, no
   * {@code COPY ... TO}, no {@code ATTACH}), no extension installed or loaded, by request or
   * automatically, and the configuration locked so that a query cannot undo this. Registered
   * tables work as in {@link #open()}; {@link #registerParquet} does not (it reads a file).
   *
   * @return the engine; close it
   * @throws MissingDependencyException if DuckDB is not on the class path
   */
  public static Sql openLocked() {
    Connection c = Engines.open("Sql.openLocked");
    try (Statement st = c.createStatement()) {
      st.execute("SET autoinstall_known_extensions = false");
      st.execute("SET autoload_known_extensions = false");
      st.execute("SET enable_external_access = false");
      st.execute("SET lock_configuration = true");
    } catch (SQLException e) {
      try {
        c.close();
      } catch (SQLException ignored) {
        // the engine is dropped either way
      }
      throw new IllegalStateException("cannot lock DuckDB down: " + e.getMessage(), e);
    }
    return new Sql(c, true);
  }

  /**
   * Whether this engine was opened with {@link #openLocked()}.
   *
   * @return true for a locked-down engine
   */
  public boolean locked() {
    return locked;
  }

  @Override
  public String toString() {
    return "Sql(" + (locked ? "locked: no file, network or extension access" : "full DuckDB")
        + ")";
  }

  /**
   * Registers a dataset's table (codes, not labels: register {@code Labels.withLabels(dataset)}
   * for label columns) as SQL table {@code name}.
   *
   * @throws IllegalArgumentException if a table of that name exists, or see {@link
   *     #register(String, Table)}
   */
  public Sql register(String name, Dataset dataset) {
    return register(name, Objects.requireNonNull(dataset, "dataset").table());
  }

  /**
   * Copies a Tablesaw table into SQL table {@code name}, with its column names and types.
   *
   * @throws IllegalArgumentException if a table of that name exists, if two column names differ
   *     only in case (SQL treats them as one), or a column's type has no SQL counterpart
   */
  public Sql register(String name, Table table) {
    Objects.requireNonNull(table, "table");
    checkName(name);
    try {
      Tables.load(conn, name, table);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot register table '" + name + "': " + e.getMessage(), e);
    }
    return this;
  }

  /**
   * Registers a Parquet file (or a glob such as {@code "events/*.parquet"} given as a path) as a
   * SQL view {@code name}: nothing is loaded into memory, DuckDB reads the file when queried.
   *
   * @param name the view's name
   * @param file the Parquet file or glob
   * @return this
   * @throws UncheckedIOException ({@link NoSuchFileException}) if a plain path names no file
   * @throws IllegalStateException in a {@link #openLocked() locked} engine, which reads no files
   */
  public Sql registerParquet(String name, Path file) {
    Objects.requireNonNull(file, "file");
    if (locked) {
      throw new IllegalStateException("a locked engine (Sql.openLocked) reads no files: read the"
          + " file with Parquet.read or Parquet.readTable and register the table, or use Sql.open()"
          + " for SQL you trust");
    }
    checkName(name);
    String f = file.toString();
    if (!f.contains("*") && !Files.isRegularFile(file)) {
      throw new UncheckedIOException(new NoSuchFileException(f, null, "no such Parquet file"));
    }
    execute("CREATE VIEW " + Engines.ident(name) + " AS SELECT * FROM read_parquet("
        + Engines.literal(f) + ")");
    return this;
  }

  /**
   * Runs a query and returns its whole result as a Tablesaw table named "query", typed as the
   * class comment says. A statement that returns no rows but succeeds ({@code COPY ... TO}, {@code
   * CREATE TABLE ... AS}) gives a table of one {@code Count} column: the rows it touched.
   *
   * @param sql the query
   * @return the result
   * @throws IllegalArgumentException for SQL that DuckDB rejects (its message: unknown column,
   *     syntax error...), for two result columns of the same name, and for result types with no
   *     Tablesaw column (lists, structs: cast them in the query)
   */
  public Table query(String sql) {
    Objects.requireNonNull(sql, "sql");
    try (Statement st = conn.createStatement()) {
      if (!st.execute(sql)) {
        Table t = Table.create("query");
        t.addColumns(tech.tablesaw.api.LongColumn.create("Count",
            new long[] {Math.max(0, st.getUpdateCount())}));
        return t;
      }
      try (ResultSet rs = st.getResultSet()) {
        return Tables.read(rs, "query");
      }
    } catch (SQLException e) {
      throw new IllegalArgumentException("query failed: " + e.getMessage() + "\nquery: " + sql, e);
    }
  }

  /**
   * Runs a statement that returns no rows ({@code CREATE TABLE ... AS}, {@code COPY ... TO},
   * {@code INSTALL}, {@code SET}...).
   *
   * @throws IllegalArgumentException for SQL that DuckDB rejects
   */
  public Sql execute(String sql) {
    Objects.requireNonNull(sql, "sql");
    try (Statement st = conn.createStatement()) {
      st.execute(sql);
    } catch (SQLException e) {
      throw new IllegalArgumentException("statement failed: " + e.getMessage() + "\nstatement: " + sql, e);
    }
    return this;
  }

  /** The JDBC connection, for what this class does not cover (prepared statements, metadata). */
  public Connection connection() {
    return conn;
  }

  /** Closes the database; its tables are gone. */
  @Override
  public void close() {
    try {
      conn.close();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot close DuckDB: " + e.getMessage(), e);
    }
  }

  private void checkName(String name) {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("a table name must not be blank");
    }
    try (var ps = conn.prepareStatement(
        "SELECT count(*) FROM duckdb_tables() WHERE lower(table_name) = lower(?) UNION ALL"
            + " SELECT count(*) FROM duckdb_views() WHERE NOT internal AND lower(view_name) = lower(?)")) {
      ps.setString(1, name);
      ps.setString(2, name);
      try (ResultSet rs = ps.executeQuery()) {
        long n = 0;
        while (rs.next()) {
          n += rs.getLong(1);
        }
        if (n > 0) {
          throw new IllegalArgumentException(
              "a table or view named '" + name + "' is already registered (names ignore case)");
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot list DuckDB's tables: " + e.getMessage(), e);
    }
  }
}
