package io.github.conflictdata.codes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The files shipped in data/country-codes/ are the published ones, with the published counts. */
class ShippedFilesTest {
  // sha256 values as given in shared/data/SOURCES.md
  private static final String COW_SHA =
      "21822fe1ef67aedf2e64ebe9746e2b875c6175c8ce599750bc0e77e4ce393167";
  private static final String GW_SHA =
      "c9e559020492c246d2d7b60ac5b6fbd75ba1e681136be2212ed1444b0a28e067";

  @Test
  void bundledFilesHaveTheChecksumsOfSourcesMd() throws Exception {
    assertEquals(COW_SHA, sha256(SharedData.bundled("states2016.csv")));
    assertEquals(GW_SHA, sha256(SharedData.bundled("iisystem.dat")));
  }

  @Test
  void sourcesMdStatesTheSameChecksums() throws IOException {
    String md = Files.readString(SharedData.file("SOURCES.md"), StandardCharsets.UTF_8);
    assertEquals(COW_SHA, shaOfSection(md, "country-codes/states2016.csv"));
    assertEquals(GW_SHA, shaOfSection(md, "country-codes/iisystem.dat"));
  }

  @Test
  void bundledFilesAreByteForByteTheSharedOnes() throws IOException {
    assertArrayEquals(Files.readAllBytes(SharedData.file("country-codes/states2016.csv")),
        SharedData.bundled("states2016.csv"));
    assertArrayEquals(Files.readAllBytes(SharedData.file("country-codes/iisystem.dat")),
        SharedData.bundled("iisystem.dat"));
  }

  @Test
  void bundledReadmeGivesTheChecksums() {
    String readme = new String(SharedData.bundled("README.md"), StandardCharsets.UTF_8);
    assertTrue(readme.contains(COW_SHA), "README.md names the sha256 of states2016.csv");
    assertTrue(readme.contains(GW_SHA), "README.md names the sha256 of iisystem.dat");
    assertTrue(readme.contains("GPL-3"), "README.md says why countrycode's file is not shipped");
  }

  @Test
  void sourcesReportTheChecksumsOfWhatWasRead() {
    var sources = CountryCodes.load().sources();
    assertEquals(COW_SHA, sources.get(0).sha256());
    assertEquals(GW_SHA, sources.get(1).sha256());
  }

  @Test
  void cowListHas243SpellsOf217Numbers() {
    // SOURCES.md: rows 243, 217 distinct ccodes
    CountryCodes codes = CountryCodes.load();
    assertEquals(243, codes.cowStates().size());
    assertEquals(217, codes.cowStates().stream().map(State::code).distinct().count());
  }

  @Test
  void gwListHas216SpellsOf202Numbers() {
    // SOURCES.md: rows 216, 202 distinct gwno
    CountryCodes codes = CountryCodes.load();
    assertEquals(216, codes.gwStates().size());
    assertEquals(202, codes.gwStates().stream().map(State::code).distinct().count());
  }

  @Test
  void rawFilesHaveThoseLineCounts() {
    // counted on the bytes, independently of the parser: header + 243 lines, no final newline
    String cow = new String(SharedData.bundled("states2016.csv"), StandardCharsets.US_ASCII);
    assertEquals(244, cow.split("\n", -1).length);
    String gw = new String(SharedData.bundled("iisystem.dat"), StandardCharsets.ISO_8859_1);
    assertEquals(216, gw.split("\r\n").length);
  }

  @Test
  void isoTableHoldsCountrycodesPairCounts() {
    // SOURCES.md: 194 codelist rows have both cown and iso3c; 173 have both gwn and iso3c
    List<String[]> rows = isoRows();
    assertEquals(194, rows.stream().filter(r -> !r[0].isEmpty() && !r[2].isEmpty()).count());
    assertEquals(173, rows.stream().filter(r -> !r[1].isEmpty() && !r[2].isEmpty()).count());
  }

  @Test
  void isoTableIsExactlyTheCodelistsPairs() throws IOException {
    // re-derive the pairs from countrycode's codelist with an independent CSV reading
    String text = Files.readString(
        SharedData.file("country-codes/codelist_without_cldr.csv"), StandardCharsets.UTF_8);
    List<List<String>> recs = rfc4180(text);
    List<String> header = recs.get(0);
    int cown = header.indexOf("cown");
    int gwn = header.indexOf("gwn");
    int iso = header.indexOf("iso3c");
    Set<String> expected = new HashSet<>();
    for (List<String> r : recs.subList(1, recs.size())) {
      int present = (r.get(cown).isEmpty() ? 0 : 1) + (r.get(gwn).isEmpty() ? 0 : 1)
          + (r.get(iso).isEmpty() ? 0 : 1);
      if (present >= 2) {
        expected.add(r.get(cown) + "|" + r.get(gwn) + "|" + r.get(iso));
      }
    }
    Set<String> ours = new HashSet<>();
    for (String[] r : isoRows()) {
      ours.add(r[0] + "|" + r[1] + "|" + r[2]);
    }
    assertEquals(expected, ours);
    assertEquals(213, isoRows().size());
  }

  private static List<String[]> isoRows() {
    String text = new String(SharedData.bundled("iso3-crosswalk.csv"), StandardCharsets.UTF_8);
    List<List<String>> recs = rfc4180(text);
    assertEquals(List.of("cown", "gwn", "iso3c", "name"), recs.get(0));
    List<String[]> out = new ArrayList<>();
    for (List<String> r : recs.subList(1, recs.size())) {
      out.add(r.toArray(new String[0]));
    }
    return out;
  }

  private static List<List<String>> rfc4180(String text) {
    List<List<String>> out = new ArrayList<>();
    List<String> rec = new ArrayList<>();
    StringBuilder f = new StringBuilder();
    boolean q = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (q) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          f.append('"');
          i++;
        } else if (c == '"') {
          q = false;
        } else {
          f.append(c);
        }
      } else if (c == '"') {
        q = true;
      } else if (c == ',') {
        rec.add(f.toString());
        f.setLength(0);
      } else if (c == '\n') {
        rec.add(f.toString());
        f.setLength(0);
        out.add(rec);
        rec = new ArrayList<>();
      } else if (c != '\r') {
        f.append(c);
      }
    }
    if (f.length() > 0 || !rec.isEmpty()) {
      rec.add(f.toString());
      out.add(rec);
    }
    return out;
  }

  private static String shaOfSection(String md, String heading) {
    int at = md.indexOf("## " + heading);
    assertTrue(at >= 0, "SOURCES.md has a section " + heading);
    Matcher m = Pattern.compile("sha256: ([0-9a-f]{64})").matcher(md);
    assertTrue(m.find(at), "section " + heading + " gives a sha256");
    return m.group(1);
  }

  private static String sha256(byte[] b) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
  }
}
