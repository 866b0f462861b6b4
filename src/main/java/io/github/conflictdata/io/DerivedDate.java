package io.github.conflictdata.io;

/**
 * A date column built from a published year/month/day triple (COW), filled where all three are
 * present and form a real date, missing otherwise. The triple itself stays in the table.
 *
 * @param name the new column's name, e.g. {@code StartDate1}
 * @param year the year column
 * @param month the month column
 * @param day the day column
 */
public record DerivedDate(String name, String year, String month, String day) {}
