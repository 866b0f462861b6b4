package io.github.conflictdata.io;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Infers one date format for a whole column and parses it. Takes ISO {@code yyyy-mm-dd} (also
 * {@code yyyy/mm/dd}, with or without a time), day-month-year and month-day-year with '-', '/' or
 * '.' and 4- or 2-digit years, and ACLED's {@code 05 December 2020}. The order of day and month
 * is decided by the whole column: a first number above 12 means day first, a second number above
 * 12 means month first; with no such value, '/' reads as month first (US spreadsheets) and '-' or
 * '.' as day first. Two-digit years take the century that puts the date no later than {@code
 * latestYear} (the release year), so "3/1/39" is 1939 in a 2023 release.
 */
final class DateInference {
  private static final Pattern ISO =
      Pattern.compile("(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?:[ T].*)?");
  private static final Pattern TRIPLE =
      Pattern.compile("(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4}|\\d{2})(?:[ T].*)?");
  private static final Pattern NAMED =
      Pattern.compile("(\\d{1,2})[ -]([A-Za-z]{3,9})\\.?[ -](\\d{4})");
  private static final String[] MONTHS = {
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"
  };

  /** The outcome for one column: a parsed date per distinct raw value, and the values that fail. */
  public static final class Result {
    /** Raw value to date. */
    public final Map<String, LocalDate> dates = new HashMap<>();
    /** Raw values that are not a date in the column's format, with why. */
    public final Map<String, String> bad = new HashMap<>();
    /** The format chosen, for messages: "yyyy-mm-dd", "d-m-yyyy", "m/d/yy"... */
    public String format = "yyyy-mm-dd";
  }

  private DateInference() {}

  /**
   * Chooses a format for {@code values} (the column's distinct non-empty raw values) and parses
   * each.
   */
  public static Result infer(Collection<String> values, int latestYear) {
    Result r = new Result();
    boolean dayFirstSeen = false;
    boolean monthFirstSeen = false;
    char sep = 0;
    boolean twoDigit = false;
    Set<String> triples = new LinkedHashSet<>();
    for (String v : values) {
      if (iso(v) != null) {
        continue; // four digits first: never a day-month or month-day triple
      }
      Matcher m = TRIPLE.matcher(v);
      if (m.matches()) {
        triples.add(v);
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(3));
        dayFirstSeen |= a > 12;
        monthFirstSeen |= b > 12;
        if (sep == 0) {
          sep = m.group(2).charAt(0);
        }
        twoDigit |= m.group(4).length() == 2;
      }
    }
    boolean dayFirst = dayFirstSeen || (!monthFirstSeen && sep != '/');
    if (!triples.isEmpty()) {
      String y = twoDigit ? "yy" : "yyyy";
      String s = String.valueOf(sep);
      r.format = dayFirst ? "d" + s + "m" + s + y : "m" + s + "d" + s + y;
    }
    for (String v : values) {
      try {
        int[] ymd = iso(v);
        if (ymd != null) {
          r.dates.put(v, LocalDate.of(ymd[0], ymd[1], ymd[2]));
          continue;
        }
        Matcher m = ISO.matcher(v);
        if (m.matches()) {
          r.dates.put(
              v,
              LocalDate.of(
                  Integer.parseInt(m.group(1)),
                  Integer.parseInt(m.group(2)),
                  Integer.parseInt(m.group(3))));
          continue;
        }
        m = TRIPLE.matcher(v);
        if (m.matches()) {
          if (dayFirstSeen && monthFirstSeen) {
            r.bad.put(v, "one date order for the column, but it mixes day-first and month-first dates");
            continue;
          }
          int a = Integer.parseInt(m.group(1));
          int b = Integer.parseInt(m.group(3));
          int year = Integer.parseInt(m.group(4));
          if (m.group(4).length() == 2) {
            year += 2000;
            if (year > latestYear) {
              year -= 100;
            }
          }
          r.dates.put(v, dayFirst ? LocalDate.of(year, b, a) : LocalDate.of(year, a, b));
          continue;
        }
        m = NAMED.matcher(v);
        if (m.matches()) {
          int month = month(m.group(2));
          if (month > 0) {
            r.dates.put(
                v,
                LocalDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1))));
            continue;
          }
        }
        r.bad.put(v, "a date (" + r.format + ")");
      } catch (DateTimeException e) {
        r.bad.put(v, "a real calendar date (" + r.format + ")");
      }
    }
    return r;
  }

  /**
   * Year, month and day of {@code v} if it matches {@link #ISO} ({@code yyyy-m-d} or {@code
   * yyyy/m/d}, then nothing or a space or 'T' and anything but a line end), else null: the same
   * test without the regex engine, for the columns of tens of thousands of distinct dates (GED's
   * {@code date_start} with its time of day), where matching and compiling the regex cost a
   * cold JVM a third of a second.
   */
  static int[] iso(String v) {
    int n = v.length();
    if (n < 8) {
      return null;
    }
    int year = 0;
    for (int i = 0; i < 4; i++) {
      int c = v.charAt(i) - '0';
      if (c < 0 || c > 9) {
        return null;
      }
      year = year * 10 + c;
    }
    char sep = v.charAt(4);
    if (sep != '-' && sep != '/') {
      return null;
    }
    int i = 5;
    int month = 0;
    int start = i;
    while (i < n && i - start < 2 && v.charAt(i) >= '0' && v.charAt(i) <= '9') {
      month = month * 10 + (v.charAt(i++) - '0');
    }
    if (i == start || i >= n || (v.charAt(i) != '-' && v.charAt(i) != '/')) {
      return null;
    }
    i++;
    int day = 0;
    start = i;
    while (i < n && i - start < 2 && v.charAt(i) >= '0' && v.charAt(i) <= '9') {
      day = day * 10 + (v.charAt(i++) - '0');
    }
    if (i == start) {
      return null;
    }
    if (i < n) {
      char c = v.charAt(i);
      if (c != ' ' && c != 'T') {
        return null;
      }
      for (int k = i + 1; k < n; k++) {
        char x = v.charAt(k);
        // what '.' does not match without DOTALL
        if (x == '\n' || x == '\r' || x == '\u0085' || x == '\u2028' || x == '\u2029') {
          return null;
        }
      }
    }
    return new int[] {year, month, day};
  }

  private static int month(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    for (int i = 0; i < 12; i++) {
      if (n.startsWith(MONTHS[i])) {
        return i + 1;
      }
    }
    return -1;
  }
}
