package io.github.conflictdata.bench;

import io.github.conflictdata.ConflictData;
import io.github.conflictdata.Dataset;
import io.github.conflictdata.DatasetKind;
import java.nio.file.Path;
import tech.tablesaw.api.Table;

/**
 * Cold-JVM timings for snapshots (issue 28), one measurement per process (run it several times):
 * <ul>
 *   <li>{@code bundled KIND}: an empty Tablesaw table first (its class initialisation, the
 *       ClassGraph scan), then {@code ConflictData.bundled(KIND)}: prints both times, so the
 *       second is what the bundled read costs beyond Tablesaw itself;
 *   <li>{@code read FILE}: the same with {@code ConflictData.read(FILE)} (a snapshot hit when the
 *       file was read once before with the same cache);
 *   <li>{@code empty}: only the empty table (the floor of any JVM returning a Tablesaw table).
 * </ul>
 */
public final class SnapshotBench {
  private SnapshotBench() {}

  public static void main(String[] args) {
    long t0 = System.nanoTime();
    Table.create("empty");
    long t1 = System.nanoTime();
    String mode = args[0];
    Dataset d = null;
    if (mode.equals("bundled")) {
      d = ConflictData.bundled(DatasetKind.valueOf(args[1]));
    } else if (mode.equals("read")) {
      d = ConflictData.read(Path.of(args[1]));
    }
    long t2 = System.nanoTime();
    System.out.printf("empty table %.3f s; %s %.3f s%s%n", (t1 - t0) / 1e9, mode, (t2 - t1) / 1e9,
        d == null ? "" : " (" + d.table().rowCount() + " rows)");
  }
}
