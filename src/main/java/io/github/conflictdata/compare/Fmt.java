package io.github.conflictdata.compare;

import java.util.Locale;

/**
 * Numbers as text the same way on every machine ({@link Locale#ROOT}: "7,646" and "1.39", never
 * "7.646" or "1,39" because of the machine's locale), for notebooks and reports.
 *
 * <pre>{@code
 * Fmt.count(7646.0)                               // "7,646"
 * Fmt.say("%s deaths, %.2f times%n", Fmt.count(best), ratio);
 * }</pre>
 */
public final class Fmt {
  private Fmt() {}

  /**
   * A count with thousands separators, rounded to a whole number: 7,646; "missing" for NaN.
   *
   * @param v the count
   * @return the formatted count
   */
  public static String count(double v) {
    if (Double.isNaN(v)) {
      return "missing";
    }
    return String.format(Locale.ROOT, "%,d", Math.round(v));
  }

  /**
   * A count with thousands separators: 7,646.
   *
   * @param v the count
   * @return the formatted count
   */
  public static String count(long v) {
    return String.format(Locale.ROOT, "%,d", v);
  }

  /**
   * A number with {@code digits} decimals and thousands separators: 1,234.57.
   *
   * @param v the number
   * @param digits how many decimals
   * @return the formatted number
   */
  public static String decimal(double v, int digits) {
    return Double.isNaN(v) ? "missing" : String.format(Locale.ROOT, "%,." + digits + "f", v);
  }

  /**
   * {@link String#format} in {@link Locale#ROOT}.
   *
   * @param format the format string
   * @param args the values to format
   * @return the formatted text, the same on every machine
   */
  public static String format(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }

  /**
   * The "Sources:" line of a report: each dataset's title, release and citation, joined by "; "
   * and ended by one full stop (no ".;" between citations); datasets that are null (a section
   * skipped) and repeats are left out.
   *
   * @param datasets the datasets a notebook used
   * @return e.g. "Sources: UCDP/PRIO Armed Conflict Dataset 24.1: Davies, S. ... 39(5): 615-637; PRIO ..."
   */
  public static String sources(io.github.conflictdata.Dataset... datasets) {
    java.util.LinkedHashSet<String> parts = new java.util.LinkedHashSet<>();
    for (io.github.conflictdata.Dataset d : datasets) {
      if (d == null) {
        continue;
      }
      String head = d.kind().title() + (d.version() == null ? "" : " " + d.version());
      String cite = d.source().citation() == null ? "" : d.source().citation().strip();
      while (cite.endsWith(".") || cite.endsWith(";")) {
        cite = cite.substring(0, cite.length() - 1).strip();
      }
      parts.add(cite.isEmpty() ? head : head + ": " + cite);
    }
    return "Sources: " + String.join("; ", parts) + ".";
  }

  /**
   * Prints {@link #format} to standard output (no line end added; use %n).
   *
   * @param format the format string
   * @param args the values to format
   */
  public static void say(String format, Object... args) {
    System.out.print(format(format, args));
  }
}
