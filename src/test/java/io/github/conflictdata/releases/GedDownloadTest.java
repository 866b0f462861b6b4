package io.github.conflictdata.releases;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * A GED release through UCDP's URL pattern (ged191-csv.zip, member GEDEvent_v19_1.csv), from the
 * shared UCDP GED 19.1 file (CC BY 4.0; skipped when absent): the member is extracted to disk and
 * read from the file, where the reader's parallel path applies.
 */
class GedDownloadTest {
  @TempDir Path cache;

  @Test
  void gedZipByPattern() throws Exception {
    byte[] csv = Files.readAllBytes(TestFiles.sharedFile("ucdp-ged/ged191.csv"));
    byte[] zip = Loopback.zip("GEDEvent_v19_1.csv", csv);
    String path = "/ucdp.uu.se/downloads/ged/ged191-csv.zip";
    try (Loopback server = new Loopback().on(path, Loopback.bytes(zip))) {
      Releases rel = Fixtures.settings(cache, server, new Fixtures.Recorder()).build();
      Dataset d = rel.download(DatasetKind.UCDP_GED, "19.1");
      assertEquals(DatasetKind.UCDP_GED, d.kind());
      assertEquals("19.1", d.version());
      long records = TestFiles.csvRecords(new String(csv, StandardCharsets.UTF_8)).size() - 1;
      assertEquals(records, d.table().rowCount());
      assertEquals(List.of("UCDP_GED/19.1/GEDEvent_v19_1.csv", "UCDP_GED/19.1/ged191-csv.zip"),
          Loopback.dataFiles(cache));
      assertEquals(cache.resolve("UCDP_GED/19.1/GEDEvent_v19_1.csv").toString(), d.source().name());
    }
  }
}
