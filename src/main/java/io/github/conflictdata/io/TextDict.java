package io.github.conflictdata.io;

import java.util.Arrays;

/**
 * One parser thread's strings for one text column, numbered in the order first met. The chunks
 * the thread parses hold an {@code int} per cell into it (-1 for a missing cell), so that the
 * table's dictionary columns are built with one lookup per distinct string instead of a hash
 * lookup per cell. Append-only; read only after parsing has finished.
 */
final class TextDict {
  String[] values = new String[256];
  int size;

  /** Appends {@code v} and returns its number. */
  int add(String v) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size] = v;
    return size++;
  }
}
