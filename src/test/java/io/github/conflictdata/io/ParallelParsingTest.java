package io.github.conflictdata.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.conflictdata.ConflictData;
import io.github.conflictdata.Dataset;
import io.github.conflictdata.DatasetFormatException;
import io.github.conflictdata.Problem;
import io.github.conflictdata.Shared;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/**
 * Cutting a file into many small blocks parsed on several threads gives the same table and the
 * same problem lines as one block: record boundaries respect quotes, CR, CRLF and LF.
 */
class ParallelParsingTest {

  private static Dataset read(byte[] b, int block, int threads) {
    return ConflictData.reader().blockBytes(block).threads(threads)
        .read(new ByteArrayInputStream(b), "f.csv");
  }

  private static void same(Table a, Table b) {
    assertEquals(a.columnNames(), b.columnNames());
    assertEquals(a.rowCount(), b.rowCount());
    for (int c = 0; c < a.columnCount(); c++) {
      for (int r = 0; r < a.rowCount(); r++) {
        if (!Objects.equals(a.column(c).get(r), b.column(c).get(r))) {
          throw new AssertionError(a.column(c).name() + " row " + r);
        }
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"ucdp/BattleDeaths_v24_1_conf.csv", "ucdp/UcdpPrioConflict_v23_1.csv",
      "cow/Intra-StateWarData_v4.1.csv", "cow/INTRA-STATE WARS v5.1 CSV.csv", "prio/PRIO_bd3.0.csv"})
  void smallBlocksGiveTheSameTable(String resource) {
    byte[] b = Shared.bundledBytes(resource);
    Dataset whole = read(b, 64 << 20, 1);
    for (int threads : new int[] {1, 3}) {
      Dataset cut = read(b, 8192, threads);
      same(whole.table(), cut.table());
      assertEquals(whole.rawMissingValues(), cut.rawMissingValues());
      assertEquals(whole.source().sha256(), cut.source().sha256());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"\r\n", "\r"})
  void lineEndsSplitAcrossBlocks(String eol) {
    byte[] lf = Shared.bundledBytes("ucdp/UcdpPrioConflict_v23_1.csv");
    byte[] b = new String(lf, StandardCharsets.UTF_8).replace("\n", eol).getBytes(StandardCharsets.UTF_8);
    // odd block sizes move the cut through every position of a two-byte line end
    for (int block : new int[] {8192, 8193, 9001}) {
      same(read(lf, 64 << 20, 1).table(), read(b, block, 2).table());
    }
  }

  @Test
  void problemLinesAreExactAcrossBlocks() {
    String text = new String(Shared.bundledBytes("ucdp/BattleDeaths_v24_1_conf.csv"), StandardCharsets.UTF_8);
    String[] lines = text.split("\n");
    for (int l : new int[] {300, 900, 1400}) {
      lines[l - 1] = lines[l - 1] + ",extra";
    }
    byte[] b = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    for (int threads : new int[] {1, 2}) {
      DatasetFormatException e = assertThrows(DatasetFormatException.class, () -> read(b, 8192, threads));
      assertEquals(List.of(300L, 900L, 1400L), e.problems().stream().map(Problem::line).toList());
    }
  }

  @Test
  void acledQuotedLineEndsAcrossBlocks() throws Exception {
    byte[] b = Files.readAllBytes(Shared.file("acled/conflict_data_arm.csv"));
    Dataset whole = read(b, 64 << 20, 1);
    Dataset cut = read(b, 8192, 2);
    assertEquals(4960, cut.table().rowCount());
    same(whole.table(), cut.table());
  }
}
