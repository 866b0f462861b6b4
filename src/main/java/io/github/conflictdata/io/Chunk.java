package io.github.conflictdata.io;

import io.github.conflictdata.Problem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The parsed records of one block of a file: column arrays, per-row lines and problems. A text or
 * date column is held as numbers into its parser's {@link TextDict} ({@link #dicts} non-null);
 * {@link #strings} turns it into strings for the steps that work on them.
 */
final class Chunk {
  int rows;
  int[] lines;
  final Object[] data;
  final TextDict[] dicts;
  final RawCodes[] raw;
  final List<Problem> problems = new ArrayList<>();
  int badRecords;
  /** Rows found malformed after parsing (a date, a dyad id), dropped by a lenient read. */
  boolean[] bad;
  int droppedProblems;
  boolean notUtf8;
  /** line count of this chunk's bytes, to check the producer's count. */
  long endLine;

  Chunk(Plan plan, int capacity) {
    capacity = Math.max(capacity, 16);
    lines = new int[capacity];
    data = new Object[plan.slotCount];
    dicts = new TextDict[plan.slotCount];
    raw = new RawCodes[plan.slotCount];
    for (int s = 0; s < plan.slotCount; s++) {
      if (plan.slotField[s] < 0) {
        continue;
      }
      switch (plan.type[s]) {
        case INT:
        case TEXT: // text and dates: numbers into the parser's dictionary
        case DATE:
          data[s] = new int[capacity];
          break;
        case LONG:
          data[s] = new long[capacity];
          break;
        case DOUBLE:
          data[s] = new double[capacity];
          break;
        default:
          data[s] = new String[capacity];
      }
    }
  }

  /** Shrinks the arrays to the rows held, so idle capacity is not kept until assembly. */
  void trim() {
    if (lines.length > rows + rows / 4 + 16) {
      resize(rows);
    }
  }

  void ensure(int row) {
    if (row < lines.length) {
      return;
    }
    resize(lines.length * 2);
  }

  private void resize(int cap) {
    lines = Arrays.copyOf(lines, cap);
    for (int s = 0; s < data.length; s++) {
      Object a = data[s];
      if (a instanceof int[]) {
        data[s] = Arrays.copyOf((int[]) a, cap);
      } else if (a instanceof long[]) {
        data[s] = Arrays.copyOf((long[]) a, cap);
      } else if (a instanceof double[]) {
        data[s] = Arrays.copyOf((double[]) a, cap);
      } else if (a instanceof String[]) {
        data[s] = Arrays.copyOf((String[]) a, cap);
      }
    }
  }

  /** The values of text slot {@code s} as strings (null for missing), from now on kept so. */
  String[] strings(int s) {
    TextDict d = dicts[s];
    if (d != null) {
      int[] ids = (int[]) data[s];
      String[] values = d.values;
      String[] out = new String[ids.length];
      for (int r = 0; r < rows; r++) {
        int id = ids[r];
        out[r] = id < 0 ? null : values[id];
      }
      data[s] = out;
      dicts[s] = null;
    }
    return (String[]) data[s];
  }

  /** The text of slot {@code s} on row {@code r}, or null for a missing cell. */
  String text(int s, int r) {
    TextDict d = dicts[s];
    if (d != null) {
      int id = ((int[]) data[s])[r];
      return id < 0 ? null : d.values[id];
    }
    return ((String[]) data[s])[r];
  }

  /** Slot {@code s}'s array: text as strings, other types as stored. */
  Object values(int s) {
    return dicts[s] != null ? strings(s) : data[s];
  }

  void rawCode(int slot, int row, String code) {
    RawCodes r = raw[slot];
    if (r == null) {
      r = raw[slot] = new RawCodes();
    }
    r.add(row, code);
  }

  /** Forgets raw codes recorded for {@code row} (a record that turned out malformed). */
  void dropRawCodes(int row) {
    for (RawCodes r : raw) {
      if (r != null) {
        while (r.n > 0 && r.rows[r.n - 1] == row) {
          r.n--;
        }
      }
    }
  }

  /** Growable (row, code) pairs. */
  static final class RawCodes {
    int[] rows = new int[16];
    String[] codes = new String[16];
    int n;

    void add(int row, String code) {
      if (n == rows.length) {
        rows = Arrays.copyOf(rows, n * 2);
        codes = Arrays.copyOf(codes, n * 2);
      }
      rows[n] = row;
      codes[n++] = code;
    }
  }
}
