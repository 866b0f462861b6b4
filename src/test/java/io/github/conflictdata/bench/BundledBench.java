package io.github.conflictdata.bench;

import io.github.conflictdata.ConflictData;
import io.github.conflictdata.DatasetKind;

/**
 * How long {@code ConflictData.bundled(kind)} takes on its first call in a JVM (the parse) and on
 * the calls after it (a copy of the parsed table); a main, not a test.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:DEPS io.github.conflictdata.bench.BundledBench [CALLS]
 * </pre>
 */
public final class BundledBench {
  private BundledBench() {}

  /**
   * Prints the first call's time and the slowest and median of the later calls, per kind.
   *
   * @param args optional number of later calls (default 20)
   */
  public static void main(String[] args) {
    int calls = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    for (DatasetKind kind : new DatasetKind[] {DatasetKind.UCDP_PRIO_ACD,
        DatasetKind.UCDP_BRD_CONFLICT, DatasetKind.UCDP_NONSTATE, DatasetKind.PRIO_BATTLE_DEATHS}) {
      long t0 = System.nanoTime();
      ConflictData.bundled(kind);
      long first = System.nanoTime() - t0;
      long[] later = new long[calls];
      for (int i = 0; i < calls; i++) {
        long s = System.nanoTime();
        ConflictData.bundled(kind);
        later[i] = System.nanoTime() - s;
      }
      long second = later[0];
      java.util.Arrays.sort(later);
      System.out.printf("%-20s first %7.1f ms, second %6.2f ms, median %6.2f ms, max %6.2f ms%n",
          kind, first / 1e6, second / 1e6, later[calls / 2] / 1e6, later[calls - 1] / 1e6);
    }
  }
}
