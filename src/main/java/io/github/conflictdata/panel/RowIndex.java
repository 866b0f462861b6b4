package io.github.conflictdata.panel;

import java.util.HashMap;
import java.util.Map;

/** (state number, year) -&gt; panel rows; a number may key several rows after a conversion. */
final class RowIndex {
  private static final int[] NONE = new int[0];
  private final Map<Long, int[]> rows = new HashMap<>();

  /** Indexes {@code keys[i]} in {@code years[i]}; keys equal to Integer.MIN_VALUE are skipped. */
  RowIndex(int[] keys, int[] years) {
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] == Integer.MIN_VALUE) {
        continue;
      }
      rows.merge(key(keys[i], years[i]), new int[] {i}, RowIndex::concat);
    }
  }

  int[] rows(int code, int year) {
    return rows.getOrDefault(key(code, year), NONE);
  }

  private static long key(int code, int year) {
    return ((long) code << 32) | (year & 0xffffffffL);
  }

  private static int[] concat(int[] a, int[] b) {
    int[] c = new int[a.length + b.length];
    System.arraycopy(a, 0, c, 0, a.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }
}
