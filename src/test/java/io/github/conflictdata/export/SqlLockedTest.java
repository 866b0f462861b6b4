package io.github.conflictdata.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conflictdata.ConflictData;
import io.github.conflictdata.DatasetKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/**
 * Issue 27, item 14: {@link Sql#openLocked()} runs registered tables but reads and writes no file,
 * loads no extension and cannot be unlocked; a {@code COPY} that succeeds in a full engine is not
 * reported as a failure.
 */
class SqlLockedTest {
  @TempDir Path tmp;

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void aLockedEngineRunsTablesButTouchesNoFileOrExtension() throws Exception {
    Path secret = tmp.resolve("secret.csv");
    Files.writeString(secret, "a,b\n1,2\n");
    Path out = tmp.resolve("out.csv");
    try (Sql sql = Sql.openLocked()) {
      assertTrue(sql.locked(), sql.toString());
      sql.register("brd", ConflictData.bundled(DatasetKind.UCDP_BRD_CONFLICT));
      long rows = ConflictData.bundled(DatasetKind.UCDP_BRD_CONFLICT).table().rowCount();
      assertEquals(rows, ((Number) sql.query("SELECT count(*) AS n FROM brd").column("n").get(0))
          .longValue());
      assertThrows(IllegalArgumentException.class,
          () -> sql.query("SELECT * FROM read_csv(" + Engines.literal(secret.toString()) + ")"));
      assertThrows(IllegalArgumentException.class,
          () -> sql.execute("COPY brd TO " + Engines.literal(out.toString())));
      assertFalse(Files.exists(out), "COPY wrote a file");
      assertThrows(IllegalArgumentException.class, () -> sql.execute("INSTALL httpfs"));
      assertThrows(IllegalArgumentException.class, () -> sql.execute("LOAD spatial")); // not built in: would be fetched
      assertThrows(IllegalArgumentException.class,
          () -> sql.execute("SET enable_external_access = true"));
      assertThrows(IllegalStateException.class, () -> sql.registerParquet("p", secret));
    }
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void aCopyThatSucceedsIsNotAFailure() {
    Path out = tmp.resolve("copy.csv");
    try (Sql sql = Sql.open()) {
      Table t = sql.query("COPY (SELECT 1 AS x UNION ALL SELECT 2) TO "
          + Engines.literal(out.toString()));
      assertTrue(Files.exists(out));
      assertEquals(2L, t.longColumn("Count").get(0));
    }
  }
}
