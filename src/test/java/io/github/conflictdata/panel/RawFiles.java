package io.github.conflictdata.panel;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.conflictdata.codes.CodeSystem;
import io.github.conflictdata.codes.CountryCodes;
import io.github.conflictdata.testing.TestFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The raw files read by plain test code, independent of the library's readers and crosswalk: the
 * membership lists as spells, and CSV data files as maps of column name to cell text.
 */
final class RawFiles {
  private RawFiles() {}

  /** One membership spell: code, start and end as yyyymmdd numbers, and whether it is open. */
  record Spell(int code, int start, int end, boolean open) {
    boolean anyDay(int year) {
      return start / 10000 <= year && (open || end / 10000 >= year);
    }

    boolean dec31(int year) {
      int d = year * 10000 + 1231;
      return start <= d && (open || end >= d);
    }
  }

  /** G&amp;W iisystem.dat as bundled (tab-separated, dd:mm:yyyy; 31:12:2017 marks open spells). */
  static List<Spell> gwSpells() {
    String text = new String(resource("/io/github/conflictdata/data/country-codes/iisystem.dat"),
        StandardCharsets.ISO_8859_1);
    List<Spell> out = new ArrayList<>();
    for (String line : text.split("\r?\n")) {
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t");
      int start = ymd(f[3]);
      int end = ymd(f[4]);
      out.add(new Spell(Integer.parseInt(f[0].trim()), start, end, end == 20171231));
    }
    return out;
  }

  /** COW states2016.csv from ../shared/data (2016-12-31 marks open spells); skips when absent. */
  static List<Spell> cowSpells() {
    List<Map<String, String>> rows = csv(TestFiles.sharedFile("country-codes/states2016.csv"));
    List<Spell> out = new ArrayList<>();
    for (Map<String, String> r : rows) {
      int start = Integer.parseInt(r.get("styear")) * 10000
          + Integer.parseInt(r.get("stmonth")) * 100 + Integer.parseInt(r.get("stday"));
      int end = Integer.parseInt(r.get("endyear")) * 10000
          + Integer.parseInt(r.get("endmonth")) * 100 + Integer.parseInt(r.get("endday"));
      out.add(new Spell(Integer.parseInt(r.get("ccode")), start, end, end == 20161231));
    }
    return out;
  }

  /** Skips the calling test when the crosswalk cannot give COW's list (not bundled any more). */
  static void assumeCowList() {
    boolean have;
    try {
      have = !CountryCodes.load().cowStates().isEmpty();
    } catch (RuntimeException e) {
      have = false;
    }
    assumeTrue(have, "COW's state list is not available to the crosswalk (it comes from the "
        + "user's cache): COW-coded case skipped");
  }

  /** Members of a year by the any-day (or Dec 31) rule. */
  static TreeSet<Integer> members(List<Spell> spells, int year, boolean dec31) {
    TreeSet<Integer> s = new TreeSet<>();
    for (Spell sp : spells) {
      if (dec31 ? sp.dec31(year) : sp.anyDay(year)) {
        s.add(sp.code());
      }
    }
    return s;
  }

  /** A CSV file (UTF-8 or windows-1252 as Latin-1) as maps of header name to cell. */
  static List<Map<String, String>> csv(Path file) {
    String text;
    try {
      text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<List<String>> recs = TestFiles.csvRecords(text);
    List<String> header = recs.get(0);
    List<Map<String, String>> out = new ArrayList<>();
    for (List<String> rec : recs.subList(1, recs.size())) {
      if (rec.size() == 1 && rec.get(0).isBlank()) {
        continue;
      }
      Map<String, String> m = new HashMap<>();
      for (int i = 0; i < header.size(); i++) {
        m.put(header.get(i).strip(), i < rec.size() ? rec.get(i) : "");
      }
      out.add(m);
    }
    return out;
  }

  /** "651,  645" -&gt; [651, 645]; blank -&gt; []. */
  static List<Integer> codes(String cell) {
    List<Integer> out = new ArrayList<>();
    for (String p : cell.split(",")) {
      if (!p.isBlank()) {
        out.add(Integer.parseInt(p.strip()));
      }
    }
    return out;
  }

  private static final Map<Integer, TreeSet<Integer>> GW_MEMBERS = new HashMap<>();

  /**
   * UCDP codes as G&amp;W numbers of {@code year}: UCDP writes 345 for Serbia after G&amp;W's 345
   * (Yugoslavia) ended on 2006-06-04; in a year when 345 is no member and 340 is, it is 340.
   */
  static List<Integer> ucdpCodes(String cell, int year) {
    TreeSet<Integer> m;
    synchronized (GW_MEMBERS) {
      m = GW_MEMBERS.computeIfAbsent(year, y -> members(gwSpells(), y, false));
    }
    List<Integer> out = new ArrayList<>();
    for (int c : codes(cell)) {
      out.add(c == 345 && !m.contains(345) && m.contains(340) ? 340 : c);
    }
    return out;
  }

  static String column(CodeSystem s) {
    return s == CodeSystem.GW ? "gwno" : "ccode";
  }

  private static int ymd(String ddmmyyyy) {
    String[] p = ddmmyyyy.strip().split(":");
    return Integer.parseInt(p[2]) * 10000 + Integer.parseInt(p[1]) * 100 + Integer.parseInt(p[0]);
  }

  private static byte[] resource(String name) {
    try (InputStream in = RawFiles.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new AssertionError(name + " is not on the class path");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
