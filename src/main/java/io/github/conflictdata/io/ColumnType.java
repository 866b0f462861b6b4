package io.github.conflictdata.io;

/** The Tablesaw type a schema column is read into. */
public enum ColumnType {
  /** Ids, years, counts and codes: {@code IntColumn}. */
  INT,
  /** Large integers such as epoch timestamps: {@code LongColumn}. */
  LONG,
  /** Fractions (coordinates, durations, COW's decimal war numbers): {@code DoubleColumn}. */
  DOUBLE,
  /** Names and multi-valued fields, kept as published: {@code StringColumn}. */
  TEXT,
  /** Dates, format inferred over the whole column: {@code DateColumn}. */
  DATE,
  /**
   * Yes/no flags written {@code 1}/{@code 0}, {@code true}/{@code false} in any case (Excel's
   * {@code TRUE}/{@code FALSE}): {@code BooleanColumn}. Anything else is a positioned problem.
   */
  BOOLEAN
}
