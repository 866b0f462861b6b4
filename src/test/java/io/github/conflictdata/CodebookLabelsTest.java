package io.github.conflictdata;

import io.github.conflictdata.testing.LabelsTestCsv;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.conflictdata.cow.ExtraStateWhereFought;
import io.github.conflictdata.prio.AnnualData;
import io.github.conflictdata.prio.EstimateSource;
import io.github.conflictdata.ucdp.EpisodeEndPrecision;
import io.github.conflictdata.ucdp.Incompatibility;
import io.github.conflictdata.ucdp.IntensityLevel;
import io.github.conflictdata.ucdp.Region;
import io.github.conflictdata.ucdp.StartPrecision;
import io.github.conflictdata.ucdp.TypeOfConflict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The label enums against the codebooks' own text: fixtures under src/test/resources quote the
 * code definitions from the codebook PDFs (pdftotext output); every code there must be in the
 * enum, every enum code must be there, and each enum's codebook wording must be a verbatim part of
 * the quote.
 */
class CodebookLabelsTest {

  private static final String ACD = "/ucdp/acd-codebook-v25.1-codes.txt";
  private static final String PRIO = "/prio/bd-codebook-v3.0-codes.txt";
  private static final String COW_EXTRA = "/cow/extra-state-codebook-v4.0-codes.txt";

  @Test
  void acdCodebookCodesMatchEnumsForEveryUcdpKind() throws IOException {
    for (DatasetKind kind :
        List.of(
            DatasetKind.UCDP_PRIO_ACD, DatasetKind.UCDP_BRD_CONFLICT, DatasetKind.UCDP_BRD_DYADIC)) {
      Map<String, Map<Integer, String>> quotes = LabelsTestCsv.byColumn(LabelsTestCsv.fixture(ACD));
      // start_prec2 shares start_prec's definition (codebook p. 9: "values are explained in 4.3")
      quotes.put("start_prec2", quotes.get("start_prec"));
      for (String column : Labels.codedColumns(kind)) {
        LabelsTestCsv.assertMatches(kind, column, quotes.get(column), ACD);
      }
    }
  }

  @Test
  void prioCodebookCodesMatchEnums() throws IOException {
    Map<String, Map<Integer, String>> quotes = LabelsTestCsv.byColumn(LabelsTestCsv.fixture(PRIO));
    LabelsTestCsv.assertMatches(DatasetKind.PRIO_BATTLE_DEATHS, "annualdata", quotes.get("annualdata"), PRIO);
    LabelsTestCsv.assertMatches(DatasetKind.PRIO_BATTLE_DEATHS, "source", quotes.get("source"), PRIO);
    // the columns the PRIO codebook (p. 5) says were imported from the ACD carry the ACD's codes
    Map<String, Map<Integer, String>> acd = LabelsTestCsv.byColumn(LabelsTestCsv.fixture(ACD));
    Map<String, String> imported =
        Map.of(
            "incomp", "incompatibility",
            "int", "intensity_level",
            "cumint", "cumulative_intensity",
            "type", "type_of_conflict",
            "epend", "ep_end",
            "region", "region");
    for (Map.Entry<String, String> e : imported.entrySet()) {
      LabelsTestCsv.assertMatches(DatasetKind.PRIO_BATTLE_DEATHS, e.getKey(), acd.get(e.getValue()), ACD);
    }
    assertEquals(
        new TreeSet<>(List.of("annualdata", "source", "incomp", "int", "cumint", "type", "epend",
            "region")),
        new TreeSet<>(Labels.codedColumns(DatasetKind.PRIO_BATTLE_DEATHS)));
  }

  @Test
  void cowExtraStateWhereFoughtMatchesQuotedCodebook() throws IOException {
    Map<String, Map<Integer, String>> quotes = LabelsTestCsv.byColumn(LabelsTestCsv.fixture(COW_EXTRA));
    LabelsTestCsv.assertMatches(DatasetKind.COW_EXTRA_STATE, "WhereFought", quotes.get("WhereFought"), COW_EXTRA);
  }

  @Test
  void cowCodedColumnsAreLabelledFromTheCodebooks() {
    // the COW codebooks (shared docs) define these codes; CowCodebookLabelsTest checks each one
    assertEquals(
        List.of("WarType", "Side", "WhereFought", "Initiator", "Outcome"),
        List.copyOf(Labels.codedColumns(DatasetKind.COW_INTER_STATE)));
    assertEquals(
        List.of("V5RegionNum", "WarType", "Intnl", "WhereFought", "Outcome"),
        List.copyOf(Labels.codedColumns(DatasetKind.COW_INTRA_STATE)));
    assertEquals(
        List.of("WarType", "Initiator", "Interven", "Outcome", "WhereFought"),
        List.copyOf(Labels.codedColumns(DatasetKind.COW_EXTRA_STATE)));
    assertEquals(
        List.of("WarType", "WhereFought", "Outcome"),
        List.copyOf(Labels.codedColumns(DatasetKind.COW_NON_STATE)));
    // each kind has its own WarType codes: another kind's type is unknown, not mislabelled
    assertEquals(
        "Inter-state war", Labels.label(DatasetKind.COW_INTER_STATE, "WarType", 1).orElseThrow());
    assertFalse(Labels.label(DatasetKind.COW_INTER_STATE, "WarType", 2).isPresent());
    assertEquals(
        "Colonial war", Labels.label(DatasetKind.COW_EXTRA_STATE, "WarType", 2).orElseThrow());
    // inter-state Initiator codes 1 = Yes, 2 = No; extra-state 0 = no, 1 = yes
    assertEquals(
        "Did not initiate the war",
        Labels.label(DatasetKind.COW_INTER_STATE, "Initiator", 2).orElseThrow());
    assertFalse(Labels.label(DatasetKind.COW_EXTRA_STATE, "Initiator", 2).isPresent());
    // intra-state 4.1 WhereFought uses the extra-state regions: 4 is Africa there
    assertEquals(
        "Africa", Labels.label(DatasetKind.COW_INTRA_STATE, "WhereFought", 4).orElseThrow());
    // intra- and non-state Initiator hold names or "A"/"B", not codes
    assertFalse(Labels.codedColumns(DatasetKind.COW_INTRA_STATE).contains("Initiator"));
    assertFalse(Labels.codedColumns(DatasetKind.COW_NON_STATE).contains("Initiator"));
    assertTrue(Labels.codedColumns(DatasetKind.ACLED_EVENTS).isEmpty());
  }

  @Test
  void gedAndOneSidedCodedColumnsAreLabelled() {
    assertEquals(
        List.of("type_of_violence", "where_prec", "event_clarity", "date_prec"),
        List.copyOf(Labels.codedColumns(DatasetKind.UCDP_GED)));
    assertEquals(
        List.of("is_government_actor", "region"),
        List.copyOf(Labels.codedColumns(DatasetKind.UCDP_ONESIDED)));
    // GED codebook 23.1 p. 6: "2: non-state conflict"; one-sided codebook 25.1 p. 6, p. 7
    assertEquals(
        "Non-state conflict",
        Labels.label(DatasetKind.UCDP_GED, "type_of_violence", 2).orElseThrow());
    assertEquals(
        "Government actor",
        Labels.label(DatasetKind.UCDP_ONESIDED, "is_government_actor", 1).orElseThrow());
    assertEquals("Africa", Labels.label(DatasetKind.UCDP_ONESIDED, "region", 4).orElseThrow());
    // non-state org: no codebook text shared to cite, so it stays unlabelled
    assertFalse(Labels.codedColumns(DatasetKind.UCDP_NONSTATE).contains("org"));
  }

  @Test
  void codebookFactsStatedInJavadoc() {
    // ACD codebook v25.1 p. 8: "4= internationalized intrastate"
    assertEquals("Internationalized intrastate", TypeOfConflict.of(4).orElseThrow().label());
    assertEquals(
        "Internationalized intrastate",
        Labels.label(DatasetKind.UCDP_BRD_CONFLICT, "type_of_conflict", 4).orElseThrow());
    // p. 7: "3=Incompatibility about government AND territory" (peacesciencer #14's "both")
    assertEquals(
        "Government AND territory",
        Labels.label(DatasetKind.UCDP_PRIO_ACD, "incompatibility", 3).orElseThrow());
    assertEquals(
        "Government AND territory",
        Labels.label(DatasetKind.PRIO_BATTLE_DEATHS, "incomp", 3).orElseThrow());
    // p. 8: "2= War: at least 1,000 battle-related deaths in a given year"
    assertEquals("War", IntensityLevel.of(2).orElseThrow().label());
    // p. 10: "1 = Europe (GWNo: 200-399)", "5= Americas (GWNo: 2-199)"
    assertEquals("Europe", Region.of(1).orElseThrow().label());
    assertEquals("Americas", Region.of(5).orElseThrow().label());
    // section 4.3 defines 7 start precision codes, 4.4 only 5 episode-end codes
    assertEquals(7, StartPrecision.values().length);
    assertFalse(EpisodeEndPrecision.of(6).isPresent());
    // PRIO codebook p. 5: annualdata 0, 1 or 2; source 0 or 1
    assertEquals(3, AnnualData.values().length);
    assertEquals(2, EstimateSource.values().length);
    // COW extra-state codebook pp. 8-9: no code 3, 5 or 8
    assertFalse(ExtraStateWhereFought.of(3).isPresent());
    assertEquals("Oceania", ExtraStateWhereFought.of(9).orElseThrow().label());
  }

  @Test
  void unknownCodesAnswerEmptyWithoutThrowing() {
    assertFalse(Incompatibility.of(0).isPresent());
    assertFalse(Incompatibility.of(-99).isPresent());
    assertFalse(TypeOfConflict.of(Integer.MIN_VALUE).isPresent());
    assertFalse(Labels.label(DatasetKind.UCDP_PRIO_ACD, "incompatibility", 7).isPresent());
    assertFalse(Labels.label(DatasetKind.UCDP_PRIO_ACD, "no_such_column", 1).isPresent());
    assertFalse(Labels.label(DatasetKind.UCDP_PRIO_ACD, null, 1).isPresent());
  }

  /** The fixture quotes occur in the codebook PDFs themselves (needs pdftotext and shared data). */
  @Test
  void fixtureQuotesAreInTheCodebookPdfs() throws Exception {
    checkAgainstPdf("ucdp-prio-acd/ucdp-prio-acd-251.pdf", ACD);
    checkAgainstPdf("prio-battle-deaths/PRIObd3.0_codebook.pdf", PRIO);
  }

  private static void checkAgainstPdf(String pdf, String fixture) throws Exception {
    Path file = LabelsTestCsv.shared(pdf);
    Process p;
    try {
      p = new ProcessBuilder("pdftotext", "-layout", file.toString(), "-").start();
    } catch (IOException e) {
      assumeTrue(false, "pdftotext not installed, test skipped");
      return;
    }
    String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    String all = LabelsTestCsv.norm(text);
    for (String[] f : LabelsTestCsv.fixture(fixture)) {
      String quote = f[2].replaceAll("\\s*\\((section [\\d.]+, )?p\\. \\d+\\)$", "");
      assertTrue(all.contains(LabelsTestCsv.norm(quote)), pdf + " lacks the quote: " + quote);
    }
  }
}
