package io.github.conflictdata.io;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Release numbers as the files write them, turned into "major.minor": UCDP "24.1" and "241" (both
 * 24.1), "221" (22.1); COW "4" (4.0) and "4.1"; PRIO's ACD version "2009-4" (2009.4).
 */
public final class Versions {
  private static final Pattern DOTTED = Pattern.compile("(\\d+)\\.(\\d+)(?:\\.0+)?");
  private static final Pattern DIGITS = Pattern.compile("\\d+");
  private static final Pattern YEAR_DASH = Pattern.compile("((?:19|20)\\d\\d)-(\\d{1,2})");
  private static final Pattern DOTTED_YEAR =
      Pattern.compile("(\\d+)\\.(\\d+)-((?:19|20)\\d\\d)");

  private Versions() {}

  /**
   * The release as "major.minor", or null if {@code raw} is not a version number.
   *
   * <ul>
   *   <li>"24.1" stays "24.1"; "4.10" stays "4.10"; "24.1.0" becomes "24.1"
   *   <li>three digits are UCDP's compact form: "241" becomes "24.1"
   *   <li>one digit is a major release: "4" becomes "4.0"; a trailing ".0" ("4.0") is kept
   *   <li>two digits are a major release: UCDP's "17" is release 17 (never "1.7")
   *   <li>"2009-4" (year-release, PRIO's ACD numbering) becomes "2009.4"
   *   <li>UCDP's pre-2017 "4.0-2016", "2.5-2016" and "v1.4-2016" (release and year) stay as
   *       written, without the "v": "4.0-2016", "2.5-2016", "1.4-2016"
   * </ul>
   */
  public static String normalize(String raw) {
    if (raw == null) {
      return null;
    }
    String s = raw.trim();
    if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
      s = s.substring(1, s.length() - 1).trim();
    }
    if (s.startsWith("v") || s.startsWith("V")) {
      s = s.substring(1);
    }
    Matcher m = DOTTED_YEAR.matcher(s);
    if (m.matches()) {
      return Integer.parseInt(m.group(1)) + "." + m.group(2) + "-" + m.group(3);
    }
    m = DOTTED.matcher(s);
    if (m.matches()) {
      return Integer.parseInt(m.group(1)) + "." + m.group(2);
    }
    m = YEAR_DASH.matcher(s);
    if (m.matches()) {
      return m.group(1) + "." + Integer.parseInt(m.group(2));
    }
    if (DIGITS.matcher(s).matches()) {
      switch (s.length()) {
        case 1:
          return s + ".0";
        case 2:
          return Integer.toString(Integer.parseInt(s));
        case 3:
          return Integer.parseInt(s.substring(0, 2)) + "." + s.charAt(2);
        default:
          return null;
      }
    }
    return null;
  }

  /**
   * Orders normalized versions oldest first: by the year of a "4.0-2016" form where both have
   * one, then by major and minor number ("2.5-2015" before "2.5-2016", "23.1" before "24.1").
   */
  public static int compare(String a, String b) {
    int ya = yearOf(a);
    int yb = yearOf(b);
    if (ya > 0 && yb > 0 && ya != yb) {
      return Integer.compare(ya, yb);
    }
    int c = Integer.compare(major(a), major(b));
    if (c != 0) {
      return c;
    }
    return Integer.compare(minor(a), minor(b));
  }

  private static int yearOf(String v) {
    int dash = v.lastIndexOf('-');
    if (dash < 0) {
      return -1;
    }
    try {
      return Integer.parseInt(v.substring(dash + 1));
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static int minor(String v) {
    int dot = v.indexOf('.');
    if (dot < 0) {
      return 0;
    }
    String rest = v.substring(dot + 1);
    int dash = rest.indexOf('-');
    try {
      return Integer.parseInt(dash < 0 ? rest : rest.substring(0, dash));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** The major number of a normalized version ("24.1" gives 24), or -1. */
  public static int major(String version) {
    if (version == null) {
      return -1;
    }
    int dot = version.indexOf('.');
    try {
      return Integer.parseInt(dot < 0 ? version : version.substring(0, dot));
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
