package io.github.conflictdata.codes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conflictdata.testing.TestFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The files shipped in data/country-codes/ are the published ones, with the published counts. */
class ShippedFilesTest {
  /** COW files are not bundled (COW's terms): the shared copies go into the test cache. */
  @org.junit.jupiter.api.BeforeAll
  static void cowInCache() {
    io.github.conflictdata.testing.TestFiles.cowInCache();
  }

  // sha256 values as given in shared/data/SOURCES.md
  private static final String COW_SHA =
      "21822fe1ef67aedf2e64ebe9746e2b875c6175c8ce599750bc0e77e4ce393167";
  private static final String GW_SHA =
      "c9e559020492c246d2d7b60ac5b6fbd75ba1e681136be2212ed1444b0a28e067";

  /** One field: quoted (doubled quotes inside) or bare, then a comma or the end of the line. */
  private static final Pattern CSV_FIELD =
      Pattern.compile("\\G(?:\"((?:[^\"]++|\"\")*+)\"|([^,\"]*+))(,|$)");

  @Test
  void bundledFilesHaveTheChecksumsOfSourcesMd() {
    assertEquals(COW_SHA, TestFiles.sha256(SharedData.bundled("states2016.csv")));
    assertEquals(GW_SHA, TestFiles.sha256(SharedData.bundled("iisystem.dat")));
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
    // Re-derive the pairs from countrycode's codelist independently of tools/ExtractIsoPairs.java:
    // SOURCES.md says LF line endings and no field spans lines, so split into lines, then split
    // each line with a regular expression for (possibly quoted) fields.
    List<String> lines = Files.readAllLines(
        SharedData.file("country-codes/codelist_without_cldr.csv"), StandardCharsets.UTF_8);
    List<String> header = splitCsvLine(lines.get(0));
    assertEquals(72, header.size(), "SOURCES.md: 72 columns");
    assertEquals(293, lines.size(), "SOURCES.md: header + 292 rows");
    int cown = header.indexOf("cown");
    int gwn = header.indexOf("gwn");
    int iso = header.indexOf("iso3c");
    int name = header.indexOf("country.name.en");
    Set<String> expected = new HashSet<>();
    Map<String, String> byName = new HashMap<>();
    int cownIso = 0;
    int gwnIso = 0;
    for (String line : lines.subList(1, lines.size())) {
      List<String> r = splitCsvLine(line);
      assertEquals(72, r.size(), "fields in codelist line " + line);
      String key = r.get(cown) + "|" + r.get(gwn) + "|" + r.get(iso);
      byName.put(r.get(name), key);
      cownIso += !r.get(cown).isEmpty() && !r.get(iso).isEmpty() ? 1 : 0;
      gwnIso += !r.get(gwn).isEmpty() && !r.get(iso).isEmpty() ? 1 : 0;
      long present = Stream.of(r.get(cown), r.get(gwn), r.get(iso)).filter(v -> !v.isEmpty()).count();
      if (present >= 2) {
        expected.add(key);
      }
    }
    // the derivation itself agrees with the facts SOURCES.md records for the codelist
    assertEquals(194, cownIso);
    assertEquals(173, gwnIso);
    assertEquals("371|371|ARM", byName.get("Armenia"));
    assertEquals("255|260|DEU", byName.get("Germany"));
    assertEquals("|340|SRB", byName.get("Serbia"));
    assertEquals("345|345|", byName.get("Yugoslavia"));

    Set<String> ours = new HashSet<>();
    for (String[] r : isoRows()) {
      ours.add(r[0] + "|" + r[1] + "|" + r[2]);
    }
    assertEquals(expected, ours);
    assertEquals(213, isoRows().size());
  }

  @Test
  void isoTableHoldsTheRowsSourcesMdNames() {
    // SOURCES.md, codelist notes: Armenia 371/371/ARM; Azerbaijan 373/373/AZE; Georgia 372/372/GEO;
    // Germany cown 255, gwn 260, DEU; Serbia gwn 340 and SRB with an empty cown; Yugoslavia 345/345,
    // Kosovo 347 and the GDR 265 without iso3c
    Set<String> ours = new HashSet<>();
    for (String[] r : isoRows()) {
      ours.add(r[0] + "|" + r[1] + "|" + r[2] + "|" + r[3]);
    }
    for (String row : List.of("371|371|ARM|Armenia", "373|373|AZE|Azerbaijan",
        "372|372|GEO|Georgia", "255|260|DEU|Germany", "|340|SRB|Serbia",
        "345|345||Yugoslavia", "347|347||Kosovo", "265|265||German Democratic Republic")) {
      assertTrue(ours.contains(row), "iso3-crosswalk.csv has the row " + row);
    }
  }

  private static List<String[]> isoRows() {
    String text = new String(SharedData.bundled("iso3-crosswalk.csv"), StandardCharsets.UTF_8);
    List<List<String>> recs = TestFiles.csvRecords(text);
    assertEquals(List.of("cown", "gwn", "iso3c", "name"), recs.get(0));
    List<String[]> out = new ArrayList<>();
    for (List<String> r : recs.subList(1, recs.size())) {
      out.add(r.toArray(new String[0]));
    }
    return out;
  }

  private static List<String> splitCsvLine(String line) {
    List<String> out = new ArrayList<>();
    Matcher m = CSV_FIELD.matcher(line);
    int end = 0;
    while (m.find()) {
      out.add(m.group(1) != null ? m.group(1).replace("\"\"", "\"") : m.group(2));
      end = m.end();
      if (m.group(3).isEmpty()) {
        break;
      }
    }
    assertEquals(line.length(), end, "codelist line splits into CSV fields: " + line);
    return out;
  }

  private static String shaOfSection(String md, String heading) {
    int at = md.indexOf("## " + heading);
    assertTrue(at >= 0, "SOURCES.md has a section " + heading);
    Matcher m = Pattern.compile("sha256: ([0-9a-f]{64})").matcher(md);
    assertTrue(m.find(at), "section " + heading + " gives a sha256");
    return m.group(1);
  }

}
