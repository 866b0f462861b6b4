package io.github.conflictdata.io;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The raw cells of one column, by row: an unmodifiable map kept as a sorted {@code int[]} of rows
 * beside their codes. A recoded column keeps a raw cell on nearly every row (ACLED's numeric
 * {@code inter1} on a million events), where a hash map of boxed or even unboxed keys costs a
 * rehash per doubling and several times the memory. Rows arrive nearly in order (a chunk's
 * missing-value codes, then its recoded cells), so they are appended and sorted once.
 */
final class RowCodes extends AbstractMap<Integer, String> {
  private int[] rows;
  private String[] codes;
  private int n;
  private boolean sorted = true;

  RowCodes() {
    this(16);
  }

  /** Room for {@code capacity} rows before growing. */
  RowCodes(int capacity) {
    rows = new int[Math.max(1, capacity)];
    codes = new String[rows.length];
  }

  /** Adds the raw cell of {@code row}; a row added twice keeps its last code, as a map would. */
  void add(int row, String code) {
    if (n > 0 && row <= rows[n - 1]) {
      sorted = false;
    }
    if (n == rows.length) {
      rows = Arrays.copyOf(rows, n * 2);
      codes = Arrays.copyOf(codes, n * 2);
    }
    rows[n] = row;
    codes[n++] = code;
  }

  /** Sorts by row and drops idle capacity, once every row is in; the map is read only after. */
  RowCodes trim() {
    if (!sorted) {
      long[] order = new long[n];
      for (int i = 0; i < n; i++) {
        order[i] = ((long) rows[i] << 32) | i;
      }
      Arrays.sort(order);
      int[] r = new int[n];
      String[] c = new String[n];
      int m = 0;
      for (int i = 0; i < n; i++) {
        int row = (int) (order[i] >> 32);
        if (m > 0 && r[m - 1] == row) {
          m--; // the later add wins
        }
        r[m] = row;
        c[m++] = codes[(int) order[i]];
      }
      rows = r;
      codes = c;
      n = m;
      sorted = true;
    }
    if (rows.length > n + n / 8 + 16) {
      rows = Arrays.copyOf(rows, n);
      codes = Arrays.copyOf(codes, n);
    }
    return this;
  }

  private int index(Object key) {
    return key instanceof Integer ? Arrays.binarySearch(rows, 0, n, (Integer) key) : -1;
  }

  @Override
  public String get(Object key) {
    int i = index(key);
    return i >= 0 ? codes[i] : null;
  }

  @Override
  public boolean containsKey(Object key) {
    return index(key) >= 0;
  }

  @Override
  public int size() {
    return n;
  }

  @Override
  public Set<Map.Entry<Integer, String>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return n;
      }

      @Override
      public Iterator<Map.Entry<Integer, String>> iterator() {
        return new Iterator<>() {
          private int i;

          @Override
          public boolean hasNext() {
            return i < n;
          }

          @Override
          public Map.Entry<Integer, String> next() {
            if (i >= n) {
              throw new NoSuchElementException();
            }
            Map.Entry<Integer, String> e = new SimpleImmutableEntry<>(rows[i], codes[i]);
            i++;
            return e;
          }
        };
      }
    };
  }
}
