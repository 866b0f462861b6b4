package io.github.conflictdata.export;

/**
 * DuckDB ({@code org.duckdb:duckdb_jdbc}) is not on the class path. conflictdata declares it an
 * optional dependency, so that programs that only read data do not pull its native libraries;
 * {@link Parquet} (which writes and reads Parquet files through DuckDB) and {@link Sql} need it.
 * The message says which dependency to add.
 */
public final class MissingDependencyException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  /** The DuckDB JDBC version this library is built and tested with. */
  public static final String DUCKDB_VERSION = "1.4.4.0";

  /** The Maven coordinates to add: {@code org.duckdb:duckdb_jdbc:1.4.4.0}. */
  public static final String DUCKDB_COORDINATES = "org.duckdb:duckdb_jdbc:" + DUCKDB_VERSION;

  MissingDependencyException(String what, Throwable cause) {
    super(message(what), cause);
  }

  static String message(String what) {
    return what
        + " needs DuckDB, which is not on the class path: add the dependency "
        + DUCKDB_COORDINATES
        + " (conflictdata declares it optional, so that programs that only read data do not"
        + " pull it; Parquet files are written and read through DuckDB, and SQL queries run on"
        + " it). Maven: <dependency><groupId>org.duckdb</groupId><artifactId>duckdb_jdbc</artifactId>"
        + "<version>"
        + DUCKDB_VERSION
        + "</version></dependency>; Gradle: implementation '"
        + DUCKDB_COORDINATES
        + "'; in a notebook: %maven "
        + DUCKDB_COORDINATES;
  }
}
