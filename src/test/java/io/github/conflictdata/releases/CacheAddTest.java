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
 * {@code cache().add(path)} verifies a file the user already has (catalog MD5 and size where
 * known) and stores it as its release, so downloads of it need no network: how COW's files, which
 * the jar no longer ships, reach the library.
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
  void zipMemberIsStoredAsItsRelease() throws Exception {
    Path intra = TestFiles.sharedFile("cow-wars/INTRA-STATE WARS v5.1 CSV.csv");
    Releases rel = offline(new Fixtures.Recorder());
    ReleaseCache.Entry e = rel.cache().add(intra);
    assertEquals("COW_INTRA_STATE", e.key());
    assertEquals("5.1", e.version());
    assertEquals("INTRA-STATE WARS v5.1 CSV.csv", e.file().getFileName().toString());
    assertEquals("5.1", rel.download(DatasetKind.COW_INTRA_STATE).version());
  }

  @Test
  void releaseOutsideTheCatalogIsStoredToo() throws Exception {
    Path intra41 = TestFiles.sharedFile("cow-wars/Intra-StateWarData_v4.1.csv");
    Releases rel = offline(new Fixtures.Recorder());
    rel.cache().add(intra41);
    Dataset d = rel.download(DatasetKind.COW_INTRA_STATE, "4.1");
    assertEquals("4.1", d.version());
    assertArrayEquals(Files.readAllBytes(intra41),
        Files.readAllBytes(rel.cache().file(DatasetKind.COW_INTRA_STATE, "4.1").orElseThrow()));
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
  void fileNamedAsACatalogReleaseButWithOtherBytesIsRefused() throws Exception {
    byte[] csv = Files.readAllBytes(TestFiles.sharedFile("cow-wars/Inter-StateWarData_v4.0.csv"));
    Path edited = Files.createDirectories(tmp.resolve("mine")).resolve("Inter-StateWarData_v4.0.csv");
    byte[] changed = csv.clone();
    changed[changed.length - 3] = (byte) (changed[changed.length - 3] == '1' ? '2' : '1');
    Files.write(edited, changed);
    Releases rel = offline(new Fixtures.Recorder());
    IntegrityException e = assertThrows(IntegrityException.class, () -> rel.cache().add(edited));
    assertTrue(e.getMessage().contains("1bfbb9c8b30d90b63d9d5948a9f5e24c")
        && e.getMessage().contains(Fixtures.md5(changed)), e.getMessage());
    assertEquals(List.of(), Loopback.dataFiles(tmp.resolve("cache")));
  }

  @Test
  void ucdpCsvIsStoredAsTheMemberOfItsRelease() throws Exception {
    Path acd = Files.createDirectories(tmp.resolve("in")).resolve("UcdpPrioConflict_v23_1.csv");
    Files.write(acd, Loopback.resource(Fixtures.ACD23));
    Releases rel = offline(new Fixtures.Recorder());
    ReleaseCache.Entry e = rel.cache().add(acd);
    assertEquals("UCDP_PRIO_ACD", e.key());
    assertEquals("23.1", e.version());
    assertEquals("23.1", rel.download(DatasetKind.UCDP_PRIO_ACD, "23.1").version());
  }
}
