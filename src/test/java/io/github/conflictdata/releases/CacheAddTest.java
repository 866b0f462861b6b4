package io.github.conflictdata.releases;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * {@code cache().add(path)} verifies a file the user already has (catalog MD5 and size, else the
 * lock file's pin) and stores it as its release, so downloads of it need no network: how COW's
 * files, which the jar no longer ships, reach the library. A file whose bytes nobody vouches for
 * (an extract, an edited copy) is kept unverified under its own name and never downloaded; {@code
 * addTrusted} is the explicit way to vouch for one.
 */
class CacheAddTest {
  @TempDir Path tmp;

  private Releases offline(Fixtures.Recorder rec) {
    return Fixtures.settings(tmp.resolve("cache"), null, rec).offline(true).build();
  }

  @Test
  void cowFileMatchingTheCatalogIsStoredAndReadOffline() throws Exception {
    Path inter = TestFiles.sharedFile("cow-wars/Inter-StateWarData_v4.0.csv");
    Fixtures.Recorder rec = new Fixtures.Recorder();
    Releases rel = offline(rec);
    ReleaseCache.Entry e = rel.cache().add(inter);
    assertTrue(e.verified(), "its MD5 and size are the catalog's: " + e);
    assertEquals("", e.note());
    assertEquals("COW_INTER_STATE", e.key());
    assertEquals("4.0", e.version());
    assertEquals(TestFiles.sha256(Files.readAllBytes(inter)), e.sha256());
    Dataset d = rel.download(DatasetKind.COW_INTER_STATE, "4.0");
    assertEquals("4.0", d.version());
    long rows = TestFiles.csvRecords(Files.readString(inter)).size() - 1;
    assertEquals(rows, d.table().rowCount());
    // COW's terms once, however many COW files are added
    rel.cache().add(TestFiles.sharedFile("cow-wars/Non-StateWarData_v4.0.csv"));
    assertEquals(1, rec.notices.stream().filter(n -> n.contains("terms")).count(), rec.notices.toString());
    assertTrue(Files.readString(tmp.resolve("cache/cow-terms-shown.txt")).contains("Users agree"));
    assertEquals(e.sha256(), offline(rec).cache().add(inter).sha256(), "adding twice is fine");
    assertEquals(1, rec.notices.stream().filter(n -> n.contains("terms")).count());
  }

  @Test
  void zipMemberIsServedWhenTheLockFilePinsItsBytes() throws Exception {
    Path intra = TestFiles.sharedFile("cow-wars/INTRA-STATE WARS v5.1 CSV.csv");
    // the catalog records the zip's MD5, not the member's: only a pin makes the CSV known
    Releases unpinned = offline(new Fixtures.Recorder());
    ReleaseCache.Entry u = unpinned.cache().add(intra);
    assertFalse(u.verified(), u.toString());
    assertTrue(u.note().contains("no lock file"), u.note());
    assertThrows(DownloadException.class, () -> unpinned.download(DatasetKind.COW_INTRA_STATE, "5.1"));

    Path lock = tmp.resolve("conflictdata.lock");
    Files.writeString(lock, "[COW_INTRA_STATE 5.1]\nfile = INTRA-STATE WARS v5.1 CSV.csv\n"
        + "size = " + Files.size(intra) + "\nsha256 = "
        + TestFiles.sha256(Files.readAllBytes(intra)) + "\n");
    Releases rel = Fixtures.settings(tmp.resolve("cache"), null, new Fixtures.Recorder())
        .offline(true).lockFile(lock).build();
    ReleaseCache.Entry e = rel.cache().add(intra);
    assertTrue(e.verified(), e.toString());
    assertEquals("COW_INTRA_STATE", e.key());
    assertEquals("5.1", e.version());
    assertEquals("INTRA-STATE WARS v5.1 CSV.csv", e.file().getFileName().toString());
    assertEquals("5.1", rel.download(DatasetKind.COW_INTRA_STATE).version());
  }

  @Test
  void releaseOutsideTheCatalogIsServedWhenTrusted() throws Exception {
    Path intra41 = TestFiles.sharedFile("cow-wars/Intra-StateWarData_v4.1.csv");
    Path lock = tmp.resolve("conflictdata.lock");
    Releases rel = Fixtures.settings(tmp.resolve("cache"), null, new Fixtures.Recorder())
        .offline(true).lockFile(lock).build();
    assertFalse(rel.cache().add(intra41).verified(), "no checksum and no pin");
    assertThrows(DownloadException.class, () -> rel.download(DatasetKind.COW_INTRA_STATE, "4.1"));
    assertTrue(rel.cache().addTrusted(intra41).verified());
    Dataset d = rel.download(DatasetKind.COW_INTRA_STATE, "4.1");
    assertEquals("4.1", d.version());
    assertArrayEquals(Files.readAllBytes(intra41),
        Files.readAllBytes(rel.cache().file(DatasetKind.COW_INTRA_STATE, "4.1").orElseThrow()));
    assertTrue(Files.readString(lock).contains(TestFiles.sha256(Files.readAllBytes(intra41))),
        "addTrusted pins the bytes");
    // with the pin, the checked add knows them too
    assertTrue(rel.cache().add(intra41).verified());
  }

  @Test
  void extractOfARealReleaseIsKeptUnverifiedAndNeverDownloaded() throws Exception {
    // SOURCES.md: the 601 Bangladesh rows of GED 19.1, re-emitted by the HDX scraper
    Path bgd = TestFiles.sharedFile("ucdp-ged/conflict_data_BGD.csv");
    Path lock = tmp.resolve("conflictdata.lock");
    Fixtures.Recorder rec = new Fixtures.Recorder();
    Releases rel = Fixtures.settings(tmp.resolve("cache"), null, rec).offline(true).lockFile(lock)
        .build();
    ReleaseCache.Entry e = rel.cache().add(bgd);
    assertFalse(e.verified(), e.toString());
    assertEquals("UCDP_GED", e.key());
    assertEquals("19.1", e.version());
    assertEquals("conflict_data_BGD.csv", e.file().getFileName().toString(), "kept under its own name");
    assertArrayEquals(Files.readAllBytes(bgd), Files.readAllBytes(e.file()));
    assertTrue(e.note().contains("never returns it") && e.note().contains("pins none"), e.note());
    assertThrows(DownloadException.class, () -> rel.download(DatasetKind.UCDP_GED, "19.1"));
    assertTrue(rel.cache().file(DatasetKind.UCDP_GED, "19.1").isEmpty());
    assertTrue(rel.cachedNewest(DatasetKind.UCDP_GED).isEmpty());
    assertFalse(Files.exists(lock) && Files.readString(lock).contains("UCDP_GED"),
        "nothing pinned for an unverified file");
    assertEquals(List.of(), rec.notices, "no notices for an unverified add");
  }

  @Test
  void cowStateListIsRecognised() throws Exception {
    Path states = TestFiles.sharedFile("country-codes/states2016.csv");
    Releases rel = offline(new Fixtures.Recorder());
    assertTrue(rel.cache().cowStateList().isEmpty());
    ReleaseCache.Entry e = rel.cache().add(states);
    assertEquals("COW_STATE_LIST", e.key());
    assertArrayEquals(Files.readAllBytes(states),
        Files.readAllBytes(rel.cache().cowStateList().orElseThrow()));
  }

  @Test
  void fileNamedAsACatalogReleaseButWithOtherBytesIsKeptUnverified() throws Exception {
    byte[] csv = Files.readAllBytes(TestFiles.sharedFile("cow-wars/Inter-StateWarData_v4.0.csv"));
    Path edited = Files.createDirectories(tmp.resolve("mine")).resolve("Inter-StateWarData_v4.0.csv");
    byte[] changed = csv.clone();
    changed[changed.length - 3] = (byte) (changed[changed.length - 3] == '1' ? '2' : '1');
    Files.write(edited, changed);
    Releases rel = offline(new Fixtures.Recorder());
    ReleaseCache.Entry e = rel.cache().add(edited);
    assertFalse(e.verified());
    assertTrue(e.note().contains("1bfbb9c8b30d90b63d9d5948a9f5e24c")
        && e.note().contains(Fixtures.md5(changed)), e.note());
    assertEquals(List.of("unverified/COW_INTER_STATE/4.0/Inter-StateWarData_v4.0.csv"),
        Loopback.dataFiles(tmp.resolve("cache")));
    assertThrows(DownloadException.class, () -> rel.download(DatasetKind.COW_INTER_STATE, "4.0"));
    IntegrityException t = assertThrows(IntegrityException.class, () -> rel.cache().addTrusted(edited));
    assertTrue(t.getMessage().contains("1bfbb9c8b30d90b63d9d5948a9f5e24c"), t.getMessage());
    assertThrows(DownloadException.class, () -> rel.download(DatasetKind.COW_INTER_STATE, "4.0"),
        "the catalog's checksum cannot be overruled");
  }

  @Test
  void ucdpCsvIsServedAsTheMemberOfItsReleaseWhenTrusted() throws Exception {
    Path acd = Files.createDirectories(tmp.resolve("in")).resolve("UcdpPrioConflict_v23_1.csv");
    Files.write(acd, Loopback.resource(Fixtures.ACD23));
    Releases rel = offline(new Fixtures.Recorder());
    assertFalse(rel.cache().add(acd).verified(), "the catalog has the zip's MD5 only");
    ReleaseCache.Entry e = rel.cache().addTrusted(acd);
    assertEquals("UCDP_PRIO_ACD", e.key());
    assertEquals("23.1", e.version());
    assertEquals("UcdpPrioConflict_v23_1.csv", e.file().getFileName().toString());
    assertEquals("23.1", rel.download(DatasetKind.UCDP_PRIO_ACD, "23.1").version());
  }
}
