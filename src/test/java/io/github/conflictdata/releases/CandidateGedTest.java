package io.github.conflictdata.releases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conflictdata.ConflictData;
import io.github.conflictdata.Dataset;
import io.github.conflictdata.DatasetKind;
import io.github.conflictdata.testing.TestFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * UCDP's candidate events (bare CSVs at candidateged/GEDEvent_vYY_0_M.csv and
 * GEDEvent_vYY_01_YY_MM.csv) through the same verified cache as yearly releases, from a loopback
 * server; the listing of candidates after the newest yearly release by bounded HEAD requests.
 */
class CandidateGedTest {
  static final String DIR = "/ucdp.uu.se/downloads/candidateged/";

  @TempDir Path cache;

  @Test
  void monthlyCandidateIsFetchedVerifiedCachedAndReadOffline() throws Exception {
    byte[] csv = Files.readAllBytes(TestFiles.sharedFile("ucdp-ged/GEDEvent_v26_0_1.csv"));
    long records = TestFiles.csvRecords(new String(csv, StandardCharsets.UTF_8)).size() - 1;
    try (Loopback server = new Loopback().on(DIR + "GEDEvent_v26_0_5.csv", Loopback.bytes(csv))) {
      Releases rel = Fixtures.settings(cache, server, new Fixtures.Recorder()).build();
      Dataset d = rel.download(DatasetKind.UCDP_GED, "26.0.5");
      assertEquals(DatasetKind.UCDP_GED, d.kind());
      assertEquals("26.0.5", d.version());
      assertEquals(records, d.table().rowCount());
      assertEquals(List.of("UCDP_GED/26.0.5/GEDEvent_v26_0_5.csv"), Loopback.dataFiles(cache));
      assertEquals(1, server.count(DIR + "GEDEvent_v26_0_5.csv"));
      Releases offline = Fixtures.settings(cache, null, new Fixtures.Recorder()).offline(true).build();
      assertEquals(records, offline.download(DatasetKind.UCDP_GED, "26.0.5").table().rowCount());
      assertEquals(1, server.count(DIR + "GEDEvent_v26_0_5.csv"));
    }
  }

  @Test
  void cumulativeCandidateIsCheckedAgainstOwidsRecord() throws Exception {
    byte[] notTheFile = "id,year\n1,2026\n".getBytes(StandardCharsets.UTF_8);
    try (Loopback server = new Loopback()
        .on(DIR + "GEDEvent_v26_01_26_03.csv", Loopback.bytes(notTheFile))) {
      Releases rel = Fixtures.settings(cache, server, new Fixtures.Recorder()).build();
      IntegrityException e = assertThrows(IntegrityException.class,
          () -> rel.download(DatasetKind.UCDP_GED, "26.01.26.03"));
      assertTrue(e.getMessage().contains("3761748"), e.getMessage());
      assertEquals(List.of(), Loopback.dataFiles(cache));
    }
  }

  @Test
  void candidatesAfterTheNewestYearlyReleaseAreProbedOnceADay() throws Exception {
    String yearly = Catalog.releases(DatasetKind.UCDP_GED).get(0).version();
    int yy = Integer.parseInt(yearly.substring(0, yearly.indexOf('.')));
    String[] months = {yy + ".0.1", yy + ".0.2", yy + ".0.3"};
    String cumulative = String.format("%02d.01.%02d.03", yy, yy);
    Loopback server = new Loopback();
    for (String v : months) {
      server.on(DIR + "GEDEvent_v" + v.replace('.', '_') + ".csv", Loopback.status(200));
    }
    server.on(DIR + "GEDEvent_v" + cumulative.replace('.', '_') + ".csv", Loopback.status(200));
    try (server) {
      Releases rel = Fixtures.settings(cache, server, new Fixtures.Recorder()).build();
      List<String> candidates = rel.releases(DatasetKind.UCDP_GED).stream()
          .map(Release::version).filter(Catalog::isCandidate).toList();
      assertEquals(List.of(months[0], months[1], months[2], cumulative), candidates);
      int sent = server.requests.size();
      assertTrue(sent <= CandidateProbe.MAX_REQUESTS, sent + " requests");
      assertEquals(5, sent, "three months found, the fourth missing, one quarter: " + server.requests);
      assertEquals(candidates, rel.releases(DatasetKind.UCDP_GED).stream()
          .map(Release::version).filter(Catalog::isCandidate).toList());
      Releases offline = Fixtures.settings(cache, null, new Fixtures.Recorder()).offline(true).build();
      assertEquals(4, offline.releases(DatasetKind.UCDP_GED).stream()
          .filter(r -> Catalog.isCandidate(r.version())).count());
      assertEquals(sent, server.requests.size(), "the day's record is reused: no new request");
    }
  }

  @Test
  void sharedJanuaryFileReadsAsCandidate2601() throws Exception {
    Path f = TestFiles.sharedFile("ucdp-ged/GEDEvent_v26_0_1.csv");
    Dataset d = ConflictData.read(f);
    assertEquals(DatasetKind.UCDP_GED, d.kind());
    assertEquals("26.0.1", d.version());
    // counted independently of the reader; SOURCES.md: 1,727 records (2,798 physical lines, 348
    // records with embedded newlines)
    long records = TestFiles.csvRecords(Files.readString(f, StandardCharsets.UTF_8)).stream()
        .skip(1).filter(r -> !(r.size() == 1 && r.get(0).isEmpty())).count();
    assertEquals(1727, records);
    assertEquals(records, d.table().rowCount());
  }

  @Test
  void candidateVersionsAndMonths() {
    assertTrue(Catalog.isCandidate("26.0.5"));
    assertTrue(Catalog.isCandidate("26.01.26.03"));
    assertTrue(!Catalog.isCandidate("26.1") && !Catalog.isCandidate("26.01.25.03"));
    assertEquals("2026-01..2026-03", Catalog.candidateMonths("26.01.26.03")[0] + ".."
        + Catalog.candidateMonths("26.01.26.03")[1]);
    assertEquals("https://ucdp.uu.se/downloads/candidateged/GEDEvent_v26_0_5.csv",
        Catalog.resolve(DatasetKind.UCDP_GED, "26.0.5").orElseThrow().url());
  }
}
