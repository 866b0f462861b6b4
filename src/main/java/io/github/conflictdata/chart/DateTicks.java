package io.github.conflictdata.chart;

import java.awt.FontMetrics;
import java.awt.geom.Rectangle2D;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Regular ticks for a date axis, chosen for the span and the width: every day, every 2 days,
 * every Monday, every other Monday, the 1st of every 1, 2, 3 or 6 months, or 1 January of every
 * 1, 2, 5, 10, 20 or 50 years; the finest step whose labels, measured with the axis font's
 * {@link FontMetrics}, keep at least {@link #GAP} points apart. Labels: "14 Aug" for days and
 * weeks, "Aug" (with the year on the first tick and in January) for months, "2017" for years.
 */
public final class DateTicks {
  /** Least space between two tick labels, in points. */
  public static final double GAP = 8;

  private DateTicks() {}

  /**
   * One tick.
   *
   * @param date the day it marks
   * @param label its text
   * @param x its position, in points
   * @param bounds its label's box (centred under {@code x}, top at 0)
   */
  public record Tick(LocalDate date, String label, double x, Rectangle2D bounds) {}

  private enum Unit { DAYS, WEEKS, MONTHS, YEARS }

  private record Step(Unit unit, int n) {}

  private static final List<Step> STEPS = List.of(
      new Step(Unit.DAYS, 1), new Step(Unit.DAYS, 2), new Step(Unit.WEEKS, 1),
      new Step(Unit.WEEKS, 2), new Step(Unit.MONTHS, 1), new Step(Unit.MONTHS, 2),
      new Step(Unit.MONTHS, 3), new Step(Unit.MONTHS, 6), new Step(Unit.YEARS, 1),
      new Step(Unit.YEARS, 2), new Step(Unit.YEARS, 5), new Step(Unit.YEARS, 10),
      new Step(Unit.YEARS, 20), new Step(Unit.YEARS, 50), new Step(Unit.YEARS, 100));

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ROOT);
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM", Locale.ROOT);
  private static final DateTimeFormatter MONTH_YEAR =
      DateTimeFormatter.ofPattern("MMM yyyy", Locale.ROOT);

  /**
   * The ticks of an axis from {@code from} (at {@code left}) to {@code to} (at {@code left +
   * width}), a day being {@code width / days} points.
   *
   * @param from the first day on the axis
   * @param to the last day on the axis (after {@code from})
   * @param left where {@code from} is, in points
   * @param width the axis' length, in points
   * @param fm the tick font's metrics
   * @return the ticks, left to right (one at least when the span holds a tick day)
   * @throws IllegalArgumentException when {@code to} is not after {@code from}
   */
  public static List<Tick> choose(LocalDate from, LocalDate to, double left, double width,
      FontMetrics fm) {
    if (!to.isAfter(from)) {
      throw new IllegalArgumentException("a date axis needs to > from, got " + from + " to " + to);
    }
    double perDay = width / ChronoUnit.DAYS.between(from, to);
    List<Tick> last = List.of();
    for (Step s : STEPS) {
      List<Tick> ticks = ticks(s, from, to, left, perDay, fm);
      last = ticks;
      if (ticks.size() <= 1 || apart(ticks)) {
        return ticks;
      }
    }
    return last;
  }

  private static boolean apart(List<Tick> ticks) {
    for (int i = 1; i < ticks.size(); i++) {
      if (ticks.get(i).bounds().getMinX() - ticks.get(i - 1).bounds().getMaxX() < GAP) {
        return false;
      }
    }
    return true;
  }

  private static List<Tick> ticks(Step s, LocalDate from, LocalDate to, double left,
      double perDay, FontMetrics fm) {
    List<Tick> out = new ArrayList<>();
    LocalDate d = first(s, from);
    while (!d.isAfter(to)) {
      String label = switch (s.unit()) {
        case DAYS, WEEKS -> DAY.format(d);
        case MONTHS -> out.isEmpty() || d.getMonthValue() == 1 ? MONTH_YEAR.format(d) : MONTH.format(d);
        case YEARS -> Integer.toString(d.getYear());
      };
      double x = left + ChronoUnit.DAYS.between(from, d) * perDay;
      double w = fm.stringWidth(label);
      out.add(new Tick(d, label, x, new Rectangle2D.Double(x - w / 2, 0, w, fm.getHeight())));
      d = next(s, d);
    }
    return out;
  }

  private static LocalDate first(Step s, LocalDate from) {
    switch (s.unit()) {
      case DAYS:
        long e = from.toEpochDay();
        return LocalDate.ofEpochDay(e + Math.floorMod(-e, s.n()));
      case WEEKS: {
        LocalDate monday = from.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        // every other Monday counted from 1970-01-05, a Monday, so charts agree on the weeks
        long week = ChronoUnit.WEEKS.between(LocalDate.of(1970, 1, 5), monday);
        return Math.floorMod(week, s.n()) == 0 ? monday : monday.plusWeeks(1);
      }
      case MONTHS: {
        LocalDate m = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        while ((m.getMonthValue() - 1) % s.n() != 0) {
          m = m.plusMonths(1);
        }
        return m;
      }
      default: {
        LocalDate y = from.getDayOfYear() == 1 ? from : from.withDayOfYear(1).plusYears(1);
        while (y.getYear() % s.n() != 0) {
          y = y.plusYears(1);
        }
        return y;
      }
    }
  }

  private static LocalDate next(Step s, LocalDate d) {
    return switch (s.unit()) {
      case DAYS -> d.plusDays(s.n());
      case WEEKS -> d.plusWeeks(s.n());
      case MONTHS -> d.plusMonths(s.n());
      case YEARS -> d.plusYears(s.n());
    };
  }
}
