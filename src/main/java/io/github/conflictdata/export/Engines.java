package io.github.conflictdata.export;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Opens in-memory DuckDB connections, checking first that DuckDB is on the class path. This class
 * names no DuckDB type, so it loads (and explains the missing dependency) without DuckDB.
 */
final class Engines {
  private static final String DRIVER = "org.duckdb.DuckDBDriver";

  private Engines() {}

  /**
   * A new in-memory DuckDB database and its connection, insertion order preserved (so that rows
   * keep their order in files and results).
   *
   * @param what what needs DuckDB, for the message when it is absent ("Parquet.write")
   * @throws MissingDependencyException if DuckDB is not on the class path
   */
  static Connection open(String what) {
    Driver driver;
    try {
      Class<?> c = Class.forName(DRIVER, true, Engines.class.getClassLoader());
      driver = (Driver) c.getDeclaredConstructor().newInstance();
    } catch (ClassNotFoundException | NoClassDefFoundError e) {
      throw new MissingDependencyException(what, e);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot start DuckDB's JDBC driver " + DRIVER + ": " + e, e);
    }
    try {
      // the driver is called directly, not through DriverManager, which only finds drivers that
      // the caller's class loader sees (not always so in JShell or application servers)
      Connection conn = driver.connect("jdbc:duckdb:", new Properties());
      try (var st = conn.createStatement()) {
        st.execute("SET preserve_insertion_order = true");
      }
      return conn;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot open an in-memory DuckDB database: " + e.getMessage(), e);
    } catch (UnsatisfiedLinkError e) {
      throw new IllegalStateException(
          "DuckDB's native library does not load on this platform ("
              + System.getProperty("os.name") + " " + System.getProperty("os.arch") + "): " + e.getMessage(),
          e);
    }
  }

  /** A SQL identifier in double quotes, inner quotes doubled. */
  static String ident(String name) {
    return "\"" + name.replace("\"", "\"\"") + "\"";
  }

  /** A SQL string literal in single quotes, inner quotes doubled. */
  static String literal(String text) {
    if (text.indexOf('\0') >= 0) {
      throw new IllegalArgumentException("text with a NUL character cannot be passed to DuckDB: " + text);
    }
    return "'" + text.replace("'", "''") + "'";
  }
}
