package io.github.conflictdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conflictdata.testing.TableAsserts;
import io.github.conflictdata.testing.TestFiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A zip as UCDP ships it reads as its data member: the GED 19.1 subset in ../shared/data zipped
 * here reads to the same table as the CSV, with its 3,194 records counted by a plain CSV split;
 * errors inside name {@code archive.zip!/member:LINE:COLUMN}.
 */
class ZipReadTest {
  @TempDir Path dir;

  private Path zip(String name, String... membersAndContents) throws IOException {
    Path z = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(z); ZipOutputStream zo = new ZipOutputStream(out)) {
      for (int i = 0; i < membersAndContents.length; i += 2) {
        zo.putNextEntry(new ZipEntry(membersAndContents[i]));
        zo.write(membersAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
        zo.closeEntry();
      }
    }
    return z;
  }

  @Test
  void gedZipReadsAsItsCsv() throws IOException {
    Path csv = TestFiles.sharedFile("ucdp-ged/ged191.csv");
    String text = Files.readString(csv, StandardCharsets.UTF_8);
    int records = TestFiles.csvRecords(text).size() - 1;
    assertEquals(3194, records, "SOURCES.md: 3194 records");
    Path z = zip("ged191-csv.zip", "__MACOSX/._ged191.csv", "x", "ged191.csv", text);

    Dataset fromZip = ConflictData.read(z);
    Dataset fromCsv = ConflictData.read(csv);
    assertEquals(records, fromZip.table().rowCount());
    TableAsserts.assertSameTable(fromCsv, fromZip, null);
    assertEquals(DatasetKind.UCDP_GED, fromZip.kind());
    assertEquals(z + "!/ged191.csv", fromZip.source().name());
    assertEquals(fromCsv.source().sha256(), fromZip.source().sha256(), "the member's bytes");
  }

  @Test
  void errorsInsideNameArchiveMemberLineAndColumn() throws IOException {
    String text = Files.readString(TestFiles.sharedFile("ucdp-ged/ged191.csv"), StandardCharsets.UTF_8);
    List<List<String>> recs = TestFiles.csvRecords(text);
    int best = recs.get(0).indexOf("best") + 1; // 1-based
    // the first data record is line 2; its best cell becomes text
    int lineEnd = text.indexOf('\n', text.indexOf('\n') + 1);
    String line2 = text.substring(text.indexOf('\n') + 1, lineEnd);
    List<String> fields = TestFiles.csvRecords(line2).get(0);
    assertEquals(recs.get(1), fields, "line 2 holds the first record whole");
    fields.set(best - 1, "many");
    String bad = text.substring(0, text.indexOf('\n') + 1) + String.join(",", fields.stream()
        .map(f -> "\"" + f.replace("\"", "\"\"") + "\"").toList()) + text.substring(lineEnd);
    Path z = zip("x.zip", "ged191.csv", bad);
    DatasetFormatException e = assertThrows(DatasetFormatException.class, () -> ConflictData.read(z));
    assertTrue(e.getMessage().contains("x.zip!/ged191.csv:2:" + best), e.getMessage());
  }

  @Test
  void severalMembersMustBeNamed() throws IOException {
    String brd = new String(Shared.bundledBytes("ucdp/BattleDeaths_v24_1_conf.csv"), StandardCharsets.UTF_8);
    String dyadic = new String(Shared.bundledBytes("ucdp/BattleDeaths_v24_1.csv"), StandardCharsets.UTF_8);
    Path z = zip("two.zip", "docs/readme.pdf", "pdf", "a/conf.csv", brd, "dyadic.csv", dyadic);
    DatasetFormatException e = assertThrows(DatasetFormatException.class, () -> ConflictData.read(z));
    assertTrue(e.getMessage().contains("a/conf.csv") && e.getMessage().contains("dyadic.csv")
        && e.getMessage().contains(".member("), e.getMessage());
    Dataset d = ConflictData.reader().member("CONF.csv").read(z);
    assertEquals(DatasetKind.UCDP_BRD_CONFLICT, d.kind());
    assertEquals(TestFiles.csvRecords(brd).size() - 1, d.table().rowCount());
    assertEquals(z + "!/a/conf.csv", d.source().name());
    assertEquals(DatasetKind.UCDP_BRD_DYADIC, ConflictData.reader().member("dyadic.csv").read(z).kind());
    DatasetFormatException none = assertThrows(DatasetFormatException.class,
        () -> ConflictData.reader().member("other.csv").read(z));
    assertTrue(none.getMessage().contains("other.csv") && none.getMessage().contains("dyadic.csv"),
        none.getMessage());
  }

  @Test
  void inflatedSizeIsBounded() throws IOException {
    String brd = new String(Shared.bundledBytes("ucdp/BattleDeaths_v24_1_conf.csv"), StandardCharsets.UTF_8);
    Path z = zip("big.zip", "conf.csv", brd);
    DatasetFormatException e = assertThrows(DatasetFormatException.class,
        () -> ConflictData.reader().archiveLimit(1000).read(z));
    assertTrue(e.getMessage().contains("big.zip!/conf.csv") && e.getMessage().contains("1000 bytes"),
        e.getMessage());
  }

  @Test
  void xlsxByPathIsStillAWorkbookAndAZipStreamSaysWhatToDo() throws IOException {
    Path x = dir.resolve("NonState_v25_1.xlsx");
    Files.write(x, Shared.bundledBytes("ucdp/NonState_v25_1.xlsx"));
    assertEquals(DatasetKind.UCDP_NONSTATE, ConflictData.read(x).kind());
    Path z = zip("s.zip", "conf.csv", "a,b\n1,2\n");
    DatasetFormatException e = assertThrows(DatasetFormatException.class,
        () -> ConflictData.reader().read(new ByteArrayInputStream(Files.readAllBytes(z)), "s.zip"));
    assertTrue(e.getMessage().contains("zip archive") && e.getMessage().contains("ConflictData.read(path)"),
        e.getMessage());
  }
}
