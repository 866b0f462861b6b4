package io.github.conflictdata.releases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.conflictdata.ConflictData;
import io.github.conflictdata.DatasetKind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The catalog: releases newest first with URL, member, citation and evidence; its MD5 and size
 * table checked against DATA-ACCESS.md's own numbers, parsed here independently (skipped when the
 * document is absent).
 */
class CatalogTest {
  private static final Set<DatasetKind> UCDP = EnumSet.of(DatasetKind.UCDP_PRIO_ACD,
      DatasetKind.UCDP_BRD_CONFLICT, DatasetKind.UCDP_BRD_DYADIC, DatasetKind.UCDP_GED,
      DatasetKind.UCDP_NONSTATE, DatasetKind.UCDP_ONESIDED, DatasetKind.UCDP_DYADIC);

  @Test
  void ucdpKindsHave23Through26NewestFirst() {
    for (DatasetKind k : UCDP) {
      List<Release> rs = ConflictData.releases(k);
      assertEquals(List.of("26.1", "25.1", "24.1", "23.1"),
          rs.stream().map(Release::version).toList(), k.name());
      for (Release r : rs) {
        assertTrue(r.url().startsWith("https://ucdp.uu.se/downloads/") && r.url().endsWith("-csv.zip"),
            r.url());
        assertTrue(r.url().contains(r.version().replace(".", "")), r.url());
        String major = r.version().substring(0, 2);
        assertTrue(r.member().contains("_v" + major + "_1"), r.member());
        assertTrue(r.citation().contains("UCDP") && r.citation().contains("CC BY 4.0"), r.citation());
        assertTrue(r.evidence().contains("DATA-ACCESS.md"), r.evidence());
        // every UCDP family but the Dyadic dataset has OWID's md5 and size
        assertEquals(k != DatasetKind.UCDP_DYADIC, r.md5().isPresent(), r.toString());
        assertEquals(r.md5().isPresent(), r.size().isPresent());
      }
    }
    assertTrue(ConflictData.releases(DatasetKind.UCDP_BRD_CONFLICT).get(0).citation()
        .contains("10.1093/jopres/xjag046"));
  }

  @Test
  void cowPrioAndAcled() {
    for (DatasetKind k : List.of(DatasetKind.COW_INTER_STATE, DatasetKind.COW_INTRA_STATE,
        DatasetKind.COW_EXTRA_STATE, DatasetKind.COW_NON_STATE, DatasetKind.PRIO_BATTLE_DEATHS)) {
      List<Release> rs = ConflictData.releases(k);
      assertEquals(1, rs.size(), k.name());
      assertTrue(rs.get(0).md5().isPresent() && rs.get(0).size().isPresent());
    }
    assertEquals("INTRA-STATE WARS v5.1 CSV.csv",
        ConflictData.releases(DatasetKind.COW_INTRA_STATE).get(0).member());
    assertNull(ConflictData.releases(DatasetKind.COW_INTER_STATE).get(0).member());
    assertTrue(ConflictData.releases(DatasetKind.ACLED_EVENTS).isEmpty());
    assertTrue(ConflictData.releases(DatasetKind.ACLED_COUNTRY_YEAR).isEmpty());
  }

  @Test
  void newerUcdpReleaseFollowsThePatternWithNothingToCheck() {
    Release r = Catalog.resolve(DatasetKind.UCDP_GED, "27.1").orElseThrow();
    assertEquals("https://ucdp.uu.se/downloads/ged/ged271-csv.zip", r.url());
    assertEquals("GEDEvent_v27_1.csv", r.member());
    assertTrue(r.md5().isEmpty() && r.size().isEmpty());
    assertTrue(Catalog.resolve(DatasetKind.COW_INTER_STATE, "5.0").isEmpty());
    assertEquals(Optional.empty(), Catalog.resolve(DatasetKind.UCDP_GED, "27.0"));
  }

  @Test
  void releaseFileNames() {
    Release r = new Release(DatasetKind.PRIO_BATTLE_DEATHS, "3.1",
        "https://host/a/PRIO%20Battle%20Deaths%20Dataset%2031.xls?inline=true", null,
        OptionalLong.empty(), Optional.empty(), "c", "e");
    assertEquals("PRIO Battle Deaths Dataset 31.xls", r.fileName());
    assertEquals("PRIO Battle Deaths Dataset 31.xls", r.dataFileName());
  }

  /** DATA-ACCESS.md section 1.2 and 4, read with a plain line parser of the test's own. */
  @Test
  void md5AndSizesEqualDataAccessMd() throws Exception {
    String shared = System.getProperty("conflictdata.shared");
    assumeTrue(shared != null, "conflictdata.shared not set: skipped");
    Path doc = Path.of(shared).resolve("../docs/DATA-ACCESS.md").normalize();
    assumeTrue(Files.isRegularFile(doc), doc + " is absent: skipped");
    List<String> lines = Files.readAllLines(doc, StandardCharsets.UTF_8);
    Pattern cell = Pattern.compile("([0-9a-f]{32}) / ([0-9,]+)");
    DatasetKind[] columns = {DatasetKind.UCDP_PRIO_ACD, DatasetKind.UCDP_BRD_CONFLICT,
        DatasetKind.UCDP_BRD_DYADIC, DatasetKind.UCDP_GED, DatasetKind.UCDP_NONSTATE,
        DatasetKind.UCDP_ONESIDED};
    int checked = 0;
    for (String line : lines) {
      Matcher row = Pattern.compile("^\\| \\**(2\\d\\.1)[^|]*\\|[^|]*\\|(.*)\\|$").matcher(line);
      if (!row.find()) {
        continue;
      }
      String version = row.group(1);
      String[] cells = row.group(2).split("\\|");
      if (cells.length != columns.length) {
        continue;
      }
      for (int i = 0; i < columns.length; i++) {
        Matcher m = cell.matcher(cells[i]);
        assertTrue(m.find(), line);
        Release r = Catalog.find(columns[i], version).orElseThrow();
        assertEquals(m.group(1), r.md5().orElseThrow(), columns[i] + " " + version);
        assertEquals(Long.parseLong(m.group(2).replace(",", "")), r.size().getAsLong(),
            columns[i] + " " + version);
        checked++;
      }
    }
    assertEquals(24, checked, "six zips for each of four releases in section 1.2");
    // section 4: URL, md5 / size per file
    List<String[]> section4 = new ArrayList<>();
    for (String line : lines) {
      Matcher m = Pattern.compile("^\\| ([^|]+) \\| (https://\\S+) \\| ([0-9a-f]{32}) / ([0-9,]+) \\|")
          .matcher(line);
      if (m.find()) {
        section4.add(new String[] {m.group(1), m.group(2), m.group(3), m.group(4)});
      }
    }
    int found = 0;
    for (Release r : Catalog.all()) {
      if (!r.kind().name().startsWith("COW_") && r.kind() != DatasetKind.PRIO_BATTLE_DEATHS) {
        continue;
      }
      for (String[] row : section4) {
        if (row[1].equals(r.url())) {
          assertEquals(row[2], r.md5().orElseThrow(), row[0]);
          assertEquals(Long.parseLong(row[3].replace(",", "")), r.size().getAsLong(), row[0]);
          found++;
        }
      }
    }
    assertEquals(5, found, "four COW files and PRIO 3.1 found by URL in section 4");
    assertFalse(section4.isEmpty());
  }
}
