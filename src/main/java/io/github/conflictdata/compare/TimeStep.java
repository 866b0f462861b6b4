package io.github.conflictdata.compare;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;

/**
 * The length of one step of an {@link EventSeries}: a calendar day, an ISO week (Monday to
 * Sunday), a calendar month or a calendar year.
 */
public enum TimeStep {
  /** One calendar day. */
  DAY,
  /** An ISO week, Monday to Sunday (labelled like {@code 2017-W34}). */
  WEEK,
  /** A calendar month (labelled like {@code 2017-08}). */
  MONTH,
  /** A calendar year (labelled like {@code 2017}). */
  YEAR;

  /**
   * The first day of the period that holds {@code d}.
   *
   * @param d a day
   * @return the period's first day
   */
  public LocalDate start(LocalDate d) {
    return switch (this) {
      case DAY -> d;
      case WEEK -> d.with(DayOfWeek.MONDAY);
      case MONTH -> d.withDayOfMonth(1);
      case YEAR -> d.withDayOfYear(1);
    };
  }

  /**
   * The first day of the period after the one that holds {@code d}.
   *
   * @param d a day
   * @return the next period's first day
   */
  public LocalDate next(LocalDate d) {
    LocalDate s = start(d);
    return switch (this) {
      case DAY -> s.plusDays(1);
      case WEEK -> s.plusWeeks(1);
      case MONTH -> s.plusMonths(1);
      case YEAR -> s.plusYears(1);
    };
  }

  /**
   * A label for the period that holds {@code d}: 2017-08-25, 2017-W34, 2017-08 or 2017.
   *
   * @param d a day
   * @return the period's label
   */
  public String label(LocalDate d) {
    LocalDate s = start(d);
    return switch (this) {
      case DAY -> s.toString();
      case WEEK -> String.format("%d-W%02d", s.get(IsoFields.WEEK_BASED_YEAR),
          s.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTH -> s.toString().substring(0, 7);
      case YEAR -> String.valueOf(s.getYear());
    };
  }
}
