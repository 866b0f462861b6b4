package io.github.conflictdata.ucdp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conflictdata.ConflictData;
import io.github.conflictdata.Dataset;
import io.github.conflictdata.DatasetKind;
import io.github.conflictdata.compare.Fmt;
import io.github.conflictdata.testing.TestFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each UCDP release cites the annual article of its own year, as SOURCES.md records the
 * publisher's citation per file (GED 19.1: Pettersson, Högbladh &amp; Öberg 2019, not the 2025
 * article), and a "Sources:" line joins citations without a stray ".;".
 */
class CitationsPerReleaseTest {

  /** The first article of the citation SOURCES.md records for a shared file. */
  private static String recordedAnnualArticle(String file) throws IOException {
    List<String> lines = Files.readAllLines(TestFiles.sharedFile("SOURCES.md"), StandardCharsets.UTF_8);
    int i = lines.indexOf("## " + file);
    assertTrue(i >= 0, "SOURCES.md has no section for " + file);
    for (String l : lines.subList(i + 1, lines.size())) {
      int at = l.indexOf("citation: ");
      if (at >= 0) {
        String c = l.substring(at + "citation: ".length());
        return c.split("; ")[0].replaceAll("\\.$", "");
      }
    }
    throw new AssertionError("no citation line for " + file);
  }

  private static String annualPart(Dataset d) {
    return d.source().citation().split("; ")[0].replaceAll("\\.$", "");
  }

  @Test
  void ged191CitesThe2019Article() throws IOException {
    Dataset ged = ConflictData.read(TestFiles.sharedFile("ucdp-ged/ged191.csv"));
    assertEquals("19.1", ged.version());
    assertEquals(recordedAnnualArticle("ucdp-ged/ged191.csv"), annualPart(ged));
    assertFalse(ged.source().citation().contains("1989-2024"), ged.source().citation());
    assertTrue(ged.source().citation().contains("Sundberg, R. & E. Melander (2013)"), ged.source().citation());
  }

  @Test
  void eachBundledAcdReleaseCitesItsYear() throws IOException {
    Dataset acd23 = ConflictData.bundled(DatasetKind.UCDP_PRIO_ACD, "23.1");
    Dataset acd24 = ConflictData.bundled(DatasetKind.UCDP_PRIO_ACD, "24.1");
    assertEquals(recordedAnnualArticle("ucdp-prio-acd/UcdpPrioConflict_v23_1.csv")
        .replace("JPR", "Journal of Peace Research"), annualPart(acd23));
    assertTrue(annualPart(acd24).contains("(2024). Organized violence 1989-2023"), annualPart(acd24));
    Dataset nonState23 = ConflictData.read(TestFiles.sharedFile("ucdp-nonstate/Nonstate_v23_1.csv"));
    assertEquals(recordedAnnualArticle("ucdp-nonstate/Nonstate_v23_1.csv"), annualPart(nonState23));
  }

  @Test
  void sourcesLinesHaveNoStrayPunctuation() {
    Dataset acd = ConflictData.bundled(DatasetKind.UCDP_PRIO_ACD);
    Dataset brd = ConflictData.bundled(DatasetKind.UCDP_BRD_CONFLICT);
    String line = Fmt.sources(acd, null, brd, acd);
    assertFalse(line.contains(".;") || line.contains(";;") || line.endsWith(".."), line);
    assertTrue(line.startsWith("Sources: " + acd.kind().title() + " " + acd.version() + ": "), line);
    assertEquals(1, line.split(acd.kind().title(), -1).length - 1, "a repeated dataset is cited once: " + line);
    for (Dataset d : List.of(acd, brd)) {
      assertFalse(d.source().citation().contains(".;"), d.source().citation());
    }
  }
}
