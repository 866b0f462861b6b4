package io.github.conflictdata.panel;

/**
 * Which membership counts a state in a year of a panel. The default, {@link #ANY_DAY}, is the one
 * that loses no state-year: a state that joins on 1991-12-21 or leaves on 1990-10-02 is in that
 * year's panel. {@link #DEC_31} keeps only the states that are members at the end of the year
 * (one row per state in a year's system as it stands on December 31).
 */
public enum Membership {
  /** A member on at least one day of the year (the default). */
  ANY_DAY,
  /** A member on December 31 of the year. */
  DEC_31
}
