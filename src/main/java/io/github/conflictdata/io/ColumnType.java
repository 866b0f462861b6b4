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
  DATE
}
