package io.github.conflictdata.codes;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One membership spell of a state in the COW or G&amp;W list, as the list gives it.
 *
 * @param system {@link CodeSystem#COW} or {@link CodeSystem#GW}
 * @param code the state number ({@code ccode} or {@code gwno})
 * @param abbreviation the list's three-letter abbreviation ({@code stateabb}; G&amp;W's second column)
 * @param name the list's name ({@code statenme}; G&amp;W's third column)
 * @param start first day of membership
 * @param end last day of membership as written in the list
 * @param open true when {@code end} is the list's last day (COW 2016-12-31, G&amp;W 2017-12-31), which
 *     is how both lists mark a state still in the system: the spell then covers later dates too
 */
public record State(
    CodeSystem system,
    int code,
    String abbreviation,
    String name,
    LocalDate start,
    LocalDate end,
    boolean open) {

  /**
   * Checks that every field is present and that the system is COW or G&amp;W, never ISO3.
   *
   * @param system {@link CodeSystem#COW} or {@link CodeSystem#GW}
   * @param code the state number
   * @param abbreviation the list's three-letter abbreviation
   * @param name the list's name
   * @param start first day of membership
   * @param end last day of membership as written in the list
   * @param open true when the state is still in the system at the list's end
   */
  public State {
    Objects.requireNonNull(system, "system");
    Objects.requireNonNull(abbreviation, "abbreviation");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (system == CodeSystem.ISO3) {
      throw new IllegalArgumentException("a State is a COW or G&W membership spell, not ISO3");
    }
  }

  /**
   * Whether the state is a member on {@code date}: start &lt;= date &lt;= end, or later if open.
   *
   * @param date the day asked for
   * @return true when the spell contains {@code date}
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(start) && (open || !date.isAfter(end));
  }

  /**
   * Whether the spell covers any day of {@code year}.
   *
   * @param year the year asked for
   * @return true when the spell touches {@code year}
   */
  public boolean overlapsYear(int year) {
    return start.getYear() <= year && (open || end.getYear() >= year);
  }

  /** e.g. {@code "G&W 373 AZE Azerbaijan 1991-12-21..(open, list ends 2017-12-31)"}. */
  @Override
  public String toString() {
    return (system == CodeSystem.COW ? "COW " : "G&W ")
        + code + " " + abbreviation + " " + name + " " + start + ".."
        + (open ? "(open, list ends " + end + ")" : end.toString());
  }
}
