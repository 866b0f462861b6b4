package io.github.conflictdata.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conflictdata.ConflictData;
import io.github.conflictdata.Dataset;
import io.github.conflictdata.DatasetFormatException;
import io.github.conflictdata.DatasetKind;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/** Files that are not what Parquet.read expects end in a clear error; writing leaves no partial file. */
class ParquetBadInputTest {
  @TempDir Path dir;

  @Test
  void aFileThatIsNotParquet() throws Exception {
    Path csv = dir.resolve("brd.parquet");
    Files.writeString(csv, "conflict_id,year\n388,2020\n");
    UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> Parquet.read(csv));
    assertTrue(e.getMessage().contains("brd.parquet") && e.getMessage().contains("cannot be read as Parquet"),
        e.getMessage());
  }

  @Test
  void aMissingFile() {
    UncheckedIOException e = assertThrows(UncheckedIOException.class,
        () -> Parquet.read(dir.resolve("nowhere.parquet")));
    assertTrue(e.getMessage().contains("nowhere.parquet"), e.getMessage());
  }

  @Test
  void aPlainTableIsNoDataset() {
    Path file = dir.resolve("plain.parquet");
    Parquet.write(Table.create("plain", IntColumn.create("x", new int[] {1, 2})), file);
    DatasetFormatException e = assertThrows(DatasetFormatException.class, () -> Parquet.read(file));
    assertTrue(e.getMessage().contains("plain.parquet") && e.getMessage().contains("'kind'")
        && e.getMessage().contains("Parquet.readTable"), e.getMessage());
    assertEquals(2, Parquet.readTable(file).rowCount());
  }

  @Test
  void aColumnRetypedByAnotherToolIsRefused() throws Exception {
    // another tool rewrote bd_best as text, keeping our metadata
    Dataset brd = ConflictData.bundled(DatasetKind.UCDP_BRD_CONFLICT);
    Path ours = dir.resolve("brd.parquet");
    Parquet.write(brd, ours);
    Path edited = dir.resolve("edited.parquet");
    try (Connection conn = ExportFixtures.jdbc(); Statement st = conn.createStatement()) {
      st.execute("COPY (SELECT * REPLACE (CAST(bd_best AS VARCHAR) AS bd_best) FROM read_parquet("
          + ExportFixtures.lit(ours) + ")) TO " + ExportFixtures.lit(edited)
          + " (FORMAT PARQUET, KV_METADATA {kind: 'UCDP_BRD_CONFLICT', release: '24.1'})");
    }
    DatasetFormatException e = assertThrows(DatasetFormatException.class, () -> Parquet.read(edited));
    assertTrue(e.getMessage().contains("edited.parquet") && e.getMessage().contains("(bd_best)")
        && e.getMessage().contains("INTEGER"), e.getMessage());
  }

  /** The bundled BRD table rewritten by DuckDB with this kind and release and a zero SHA-256. */
  private Path brdWithMetadata(String fileName, String kind, String release) throws Exception {
    Path ours = dir.resolve("brd.parquet");
    Parquet.write(ConflictData.bundled(DatasetKind.UCDP_BRD_CONFLICT), ours);
    Path out = dir.resolve(fileName);
    try (Connection conn = ExportFixtures.jdbc(); Statement st = conn.createStatement()) {
      st.execute("COPY (SELECT * FROM read_parquet(" + ExportFixtures.lit(ours) + ")) TO "
          + ExportFixtures.lit(out) + " (FORMAT PARQUET, KV_METADATA {kind: '" + kind
          + "', release: '" + release + "', sha256: '" + "0".repeat(64) + "'})");
    }
    return out;
  }

  /** Issue 27, item 13: a BRD file relabelled as COW_INTER_STATE with a zero SHA-256. */
  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void aFileRelabelledAsAnotherKindIsRefused() throws Exception {
    Path relabelled = brdWithMetadata("relabelled.parquet", "COW_INTER_STATE", "4.0");
    DatasetFormatException e = assertThrows(DatasetFormatException.class,
        () -> Parquet.read(relabelled));
    assertTrue(e.getMessage().contains("relabelled.parquet")
        && e.getMessage().contains("the key column WarNum"), e.getMessage());
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void aZeroChecksumIsRefused() throws Exception {
    Path zeroed = brdWithMetadata("zeroed.parquet", "UCDP_BRD_CONFLICT", "24.1");
    DatasetFormatException e = assertThrows(DatasetFormatException.class,
        () -> Parquet.read(zeroed));
    assertTrue(e.getMessage().contains("not all zeros"), e.getMessage());
  }

  @Test
  void anUnknownKind() throws Exception {
    Path file = dir.resolve("odd.parquet");
    try (Connection conn = ExportFixtures.jdbc(); Statement st = conn.createStatement()) {
      st.execute("COPY (SELECT 1 AS x) TO " + ExportFixtures.lit(file)
          + " (FORMAT PARQUET, KV_METADATA {kind: 'UCDP_NO_SUCH_KIND'})");
    }
    DatasetFormatException e = assertThrows(DatasetFormatException.class, () -> Parquet.read(file));
    assertTrue(e.getMessage().contains("kind=UCDP_NO_SUCH_KIND") && e.getMessage().contains("UCDP_PRIO_ACD"), e.getMessage());
  }

  @Test
  void aWriteReplacesAnExistingFileWhole() throws Exception {
    Path file = dir.resolve("t.parquet");
    Parquet.write(Table.create("a", IntColumn.create("x", new int[] {1, 2, 3})), file);
    Parquet.write(Table.create("b", IntColumn.create("y", new int[] {4})), file);
    Table back = Parquet.readTable(file);
    assertEquals(List.of("y"), back.columnNames());
    assertEquals(1, back.rowCount());
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(file), files.toList());
    }
  }

  @Test
  void reservedMetadataKeysAndUnknownCodecsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> Parquet.writer().metadata("kind", "x"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Parquet.writer().compression("lzo"));
    assertTrue(e.getMessage().contains("zstd"), e.getMessage());
  }
}
