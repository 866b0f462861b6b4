package io.github.conflictdata.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.conflictdata.ConflictData;
import io.github.conflictdata.Dataset;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Shared by the export tests: every bundled release read once per test JVM, a plain JDBC
 * connection to DuckDB (through {@link DriverManager}, not through the code under test), and a
 * cell-for-cell table comparison.
 */
final class ExportFixtures {
  private static Map<String, Dataset> bundled;

  private ExportFixtures() {}

  /** Every release {@link ConflictData#bundledReleases()} lists, by "KIND release". */
  static synchronized Map<String, Dataset> bundled() {
    if (bundled == null) {
      Map<String, Dataset> m = new LinkedHashMap<>();
      for (ConflictData.BundledRelease r : ConflictData.bundledReleases()) {
        m.put(r.kind() + " " + r.version(), ConflictData.bundled(r.kind(), r.version()));
      }
      bundled = m;
    }
    return bundled;
  }

  /** A new in-memory DuckDB connection opened the plain JDBC way. */
  static Connection jdbc() throws SQLException {
    return DriverManager.getConnection("jdbc:duckdb:");
  }

  /** A SQL string literal of a path. */
  static String lit(Path p) {
    return "'" + p.toString().replace("'", "''") + "'";
  }

  /**
   * Asserts that two tables have the same column names, column types, row count, and, cell for
   * cell, the same missing flags and values.
   */
  static void assertSameCells(Table expected, Table actual, String what) {
    assertEquals(expected.columnNames(), actual.columnNames(), what + ": column names");
    assertEquals(expected.rowCount(), actual.rowCount(), what + ": rows");
    for (int c = 0; c < expected.columnCount(); c++) {
      Column<?> e = expected.column(c);
      Column<?> a = actual.column(c);
      assertEquals(e.type(), a.type(), what + ": type of " + e.name());
      for (int r = 0; r < e.size(); r++) {
        if (e.isMissing(r) != a.isMissing(r)) {
          fail(what + ": " + e.name() + " row " + r + ": missing " + e.isMissing(r) + " became "
              + a.isMissing(r) + " (" + e.getString(r) + " / " + a.getString(r) + ")");
        }
        if (!e.isMissing(r) && !e.get(r).equals(a.get(r))) {
          fail(what + ": " + e.name() + " row " + r + ": " + e.get(r) + " became " + a.get(r));
        }
      }
    }
  }
}
