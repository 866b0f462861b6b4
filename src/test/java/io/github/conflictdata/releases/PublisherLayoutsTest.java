package io.github.conflictdata.releases;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conflictdata.Dataset;
import io.github.conflictdata.DatasetKind;
import io.github.conflictdata.testing.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The publishers' real layouts, served by a loopback server standing in as the mirror: a UCDP zip
 * holding several files (the catalog's member is read), COW's plain CSV (checked against the
 * catalog's MD5) and its two-member zip, PRIO's {@code .xls?inline=true} URL.
 */
class PublisherLayoutsTest {
  @TempDir Path cache;

  @Test
  void ucdpZipWithSeveralFilesYieldsTheNamedMember() throws Exception {
    byte[] csv = Loopback.resource(Fixtures.BRD24);
    byte[] zip = Loopback.zip("README.txt", "readme".getBytes(), "BattleDeaths_v24_1_conf.csv", csv,
        "ucdp-brd-codebook.pdf", new byte[] {37, 80, 68, 70});
    try (Loopback server = new Loopback().on(Fixtures.BRD_PATH, Loopback.bytes(zip))) {
      Release r = Fixtures.release(DatasetKind.UCDP_BRD_CONFLICT, "24.1", Fixtures.BRD_URL,
          "BattleDeaths_v24_1_conf.csv", zip);
      Releases rel = Fixtures.settings(cache, server, new Fixtures.Recorder()).build();
      Dataset d = rel.download(r);
      assertEquals(DatasetKind.UCDP_BRD_CONFLICT, d.kind());
      assertEquals("24.1", d.version());
      // the row count from the file itself: lines minus the header
      long lines = new String(csv).lines().filter(l -> !l.isBlank()).count();
      assertEquals(lines - 1, d.table().rowCount());
      Path member = rel.file(r);
      assertArrayEquals(csv, Files.readAllBytes(member));
      assertEquals(List.of("UCDP_BRD_CONFLICT/24.1/BattleDeaths_v24_1_conf.csv",
          "UCDP_BRD_CONFLICT/24.1/ucdp-brd-conf-241-csv.zip"), Loopback.dataFiles(cache));
      assertEquals(1, server.count(Fixtures.BRD_PATH));
    }
  }

  @Test
  void aZipWithoutTheMemberIsRejectedNamingItsMembers() throws Exception {
    byte[] zip = Loopback.zip("Other.csv", "a,b\n1,2\n".getBytes());
    try (Loopback server = new Loopback().on(Fixtures.BRD_PATH, Loopback.bytes(zip))) {
      Release r = Fixtures.release(DatasetKind.UCDP_BRD_CONFLICT, "24.1", Fixtures.BRD_URL,
          "BattleDeaths_v24_1_conf.csv", zip);
      IntegrityException e = assertThrows(IntegrityException.class,
          () -> Fixtures.settings(cache, server, new Fixtures.Recorder()).build().download(r));
      assertTrue(e.getMessage().contains("BattleDeaths_v24_1_conf.csv")
          && e.getMessage().contains("[Other.csv]"), e.getMessage());
      assertEquals(List.of(), Loopback.dataFiles(cache));
    }
  }

  @Test
  void cowPlainCsvCheckedAgainstTheCatalogsMd5() throws Exception {
    Path shared = TestFiles.sharedFile("cow-wars/Inter-StateWarData_v4.0.csv");
    byte[] csv = Files.readAllBytes(shared);
    Release r = Catalog.find(DatasetKind.COW_INTER_STATE, "4.0").orElseThrow();
    assertEquals("https://correlatesofwar.org/wp-content/uploads/Inter-StateWarData_v4.0.csv",
        r.url());
    String path = "/correlatesofwar.org/wp-content/uploads/Inter-StateWarData_v4.0.csv";
    try (Loopback server = new Loopback().on(path, Loopback.bytes(csv))) {
      Fixtures.Recorder rec = new Fixtures.Recorder();
      Dataset d = Fixtures.settings(cache, server, rec).build()
          .download(DatasetKind.COW_INTER_STATE, "4.0");
      assertEquals("4.0", d.version());
      assertEquals(DatasetKind.COW_INTER_STATE, d.kind());
      // COW's terms are shown on the first COW download
      assertTrue(rec.notices.stream().anyMatch(n -> n.contains("terms")), rec.notices.toString());
    }
  }

  @Test
  void cowTwoMemberZip() throws Exception {
    byte[] wars = Files.readAllBytes(TestFiles.sharedFile("cow-wars/INTRA-STATE WARS v5.1 CSV.csv"));
    byte[] participants = "WarNum,WarName,ccode\n500,Test,2\n".getBytes();
    byte[] zip = Loopback.zip("INTRA-STATE WARS v5.1 CSV.csv", wars,
        "INTRA-STATE_State_participants v5.1 CSV.csv", participants);
    Release catalog = Catalog.find(DatasetKind.COW_INTRA_STATE, "5.1").orElseThrow();
    assertEquals("INTRA-STATE WARS v5.1 CSV.csv", catalog.member());
    // the catalog's URL and member, with our zip's checksum (COW's own zip is not in the repo)
    Release r = Fixtures.release(DatasetKind.COW_INTRA_STATE, "5.1", catalog.url(),
        catalog.member(), zip);
    try (Loopback server = new Loopback()
        .on("/correlatesofwar.org/wp-content/uploads/Intra-State-Wars-v5.1.zip",
            Loopback.bytes(zip))) {
      Dataset d = Fixtures.settings(cache, server, new Fixtures.Recorder()).build().download(r);
      assertEquals(DatasetKind.COW_INTRA_STATE, d.kind());
      assertEquals("5.1", d.version());
      long records = TestFiles.csvRecords(new String(wars, "windows-1252")).size() - 1;
      assertEquals(records, d.table().rowCount());
    }
  }

  @Test
  void prioXlsInlineUrlKeepsItsQuery() throws Exception {
    byte[] xls = Loopback.resource(Fixtures.PRIO31);
    Release catalog = Catalog.find(DatasetKind.PRIO_BATTLE_DEATHS, "3.1").orElseThrow();
    assertTrue(catalog.url().endsWith(".xls?inline=true"), catalog.url());
    assertEquals("PRIO Battle Deaths Dataset 31.xls", catalog.fileName());
    String path = "/cdn.cloud.prio.org/files/d21ef702-a546-45a8-b3c9-5b520dcc1239/"
        + "PRIO%20Battle%20Deaths%20Dataset%2031.xls";
    Release r = Fixtures.release(DatasetKind.PRIO_BATTLE_DEATHS, "3.1", catalog.url(), null, xls);
    try (Loopback server = new Loopback().on(path, Loopback.bytes(xls))) {
      Releases rel = Fixtures.settings(cache, server, new Fixtures.Recorder()).build();
      Dataset d = rel.download(r);
      assertEquals("3.1", d.version());
      assertEquals(List.of(path + "?inline=true"), server.requests);
      assertEquals("PRIO Battle Deaths Dataset 31.xls", rel.file(r).getFileName().toString());
    }
  }
}
