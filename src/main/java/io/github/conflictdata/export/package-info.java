/**
 * Tables out: typed Parquet files ({@link io.github.conflictdata.export.Parquet}) and an embedded
 * SQL engine ({@link io.github.conflictdata.export.Sql}), so that the typed, cited tables reach
 * DuckDB, Spark, Polars, pandas and R without being re-parsed from CSV, and joins that outgrow
 * Tablesaw run on an engine built for them.
 *
 * <p>Both run on DuckDB ({@code org.duckdb:duckdb_jdbc}), an optional dependency of conflictdata:
 * without it they throw {@link io.github.conflictdata.export.MissingDependencyException}, whose
 * message names the dependency to add. Nothing in the core packages imports this package.
 */
package io.github.conflictdata.export;
