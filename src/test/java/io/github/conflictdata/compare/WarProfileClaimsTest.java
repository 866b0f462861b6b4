package io.github.conflictdata.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conflictdata.ConflictData;
import io.github.conflictdata.DatasetFormatException;
import io.github.conflictdata.DatasetKind;
import io.github.conflictdata.testing.TestFiles;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/**
 * WarProfile's claims, events and episodes, with expected values read from the raw files by plain
 * CSV splitting; the aliases file's strictness.
 */
class WarProfileClaimsTest {
  @Test
  void karabakhClaimsBesideBrdYearWhenNoEventsAreAtHand() throws Exception {
    String brdText = new String(resource("ucdp/BattleDeaths_v24_1_conf.csv"), StandardCharsets.UTF_8);
    List<List<String>> brd = TestFiles.csvRecords(brdText);
    List<String> h = brd.get(0);
    int best2020 = Integer.parseInt(brd.stream().filter(r -> r.size() == h.size()
        && r.get(h.indexOf("conflict_id")).equals("388") && r.get(h.indexOf("year")).equals("2020"))
        .findFirst().orElseThrow().get(h.indexOf("bd_best")));
    WarProfile p = WarProfile.of(War.of("nagorno-karabakh"),
        ConflictData.bundled(DatasetKind.UCDP_BRD_CONFLICT));
    Table c = p.claims();
    Table killed = Pick.rows(c, "claim_id", 1);
    assertEquals(best2020, killed.intColumn("dataset_figure").getInt(0));
    assertEquals(2783.0 / best2020, killed.doubleColumn("claim_to_dataset").getDouble(0), 1e-9);
    assertTrue(killed.stringColumn("basis").get(0).startsWith("yearly figures, not the claim's days"),
        killed.stringColumn("basis").get(0));
    Table missingMen = Pick.rows(c, "claim_id", 2); // "more than 100 missing": not deaths
    assertTrue(missingMen.doubleColumn("claim_to_dataset").isMissing(0));
    assertTrue(missingMen.stringColumn("comparable").get(0).startsWith("not comparable"));
  }

  @Test
  void eventsOnlyOverTheCandidateMonth() throws Exception {
    var file = TestFiles.sharedFile("ucdp-ged/GEDEvent_v26_0_1.csv");
    List<List<String>> ged = TestFiles.csvRecords(Files.readString(file, StandardCharsets.UTF_8));
    List<String> h = ged.get(0);
    long inJanuary = ged.subList(1, ged.size()).stream().filter(r -> r.size() == h.size()
        && r.get(h.indexOf("conflict_new_id")).equals("13243")
        && r.get(h.indexOf("date_start")).startsWith("2026-01")).count();
    long all = ged.subList(1, ged.size()).stream().filter(r -> r.size() == h.size()
        && r.get(h.indexOf("conflict_new_id")).equals("13243")).count();
    WarProfile p = WarProfile.of(War.of("russia-ukraine"), ConflictData.read(file));
    Table m = p.events(TimeStep.MONTH);
    assertEquals(LocalDate.of(2026, 1, 1), m.dateColumn("period_start").min());
    assertEquals((double) inJanuary, Sums.total(m, "events"));
    assertTrue(all >= inJanuary, "back-dated events of December 2025 are not January's");
    assertTrue(m.booleanColumn("preliminary").isTrue().size() == m.rowCount());
  }

  @Test
  void karabakhEpisodesMatchTheAcdStartDates() {
    // distinct start_date2 of conflict 388 in ACD 23.1 (plain CSV): 24.1 adds only 2023, in the last one
    List<List<String>> acd = TestFiles.csvRecords(new String(resourceUnchecked(
        "ucdp/UcdpPrioConflict_v23_1.csv"), StandardCharsets.UTF_8));
    List<String> h = acd.get(0);
    long starts = acd.stream().filter(r -> r.size() == h.size()
        && r.get(h.indexOf("conflict_id")).equals("388"))
        .map(r -> r.get(h.indexOf("start_date2"))).distinct().count();
    assertEquals(starts, War.ucdp(388).episodes().size());
  }

  @Test
  void aliasesAreReadStrictly() {
    InputStream bad = new ByteArrayInputStream(("war,alias,note\n"
        + "russia-ukraine,Russia-Ukraine war,fine\n"
        + "no-such-war,Some war,a key the concordance does not have\n")
        .getBytes(StandardCharsets.UTF_8));
    DatasetFormatException e = assertThrows(DatasetFormatException.class,
        () -> WarSearch.read(bad, "aliases.csv", Concordance.bundled()));
    assertTrue(e.getMessage().contains("aliases.csv:3"), e.getMessage());
    assertTrue(e.getMessage().contains("a war key of the concordance"), e.getMessage());
  }

  private static byte[] resource(String path) throws java.io.IOException {
    try (InputStream in = WarProfileClaimsTest.class.getResourceAsStream(
        "/io/github/conflictdata/data/" + path)) {
      return in.readAllBytes();
    }
  }

  private static byte[] resourceUnchecked(String path) {
    try {
      return resource(path);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
