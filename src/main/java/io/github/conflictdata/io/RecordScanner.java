package io.github.conflictdata.io;

/**
 * Finds record boundaries in CSV bytes the same way {@link ChunkParser} splits records (a quote
 * opens a quoted value only at the start of a field; inside it, a doubled quote is a literal one;
 * line ends inside quotes belong to the value), and counts physical lines (LF, CRLF, CR) on the
 * way, so that blocks can be cut at record ends and parsed in parallel with exact line numbers.
 */
final class RecordScanner {
  static final java.lang.invoke.VarHandle LONGS =
      java.lang.invoke.MethodHandles.byteArrayViewVarHandle(
          long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;
  static final long QUOTES = broadcast((byte) '"');
  static final long LFS = broadcast((byte) '\n');
  static final long CRS = broadcast((byte) '\r');

  static long broadcast(byte x) {
    return (x & 0xffL) * ONES;
  }

  /** True if any byte of word w equals a byte broadcast in a, b or c (SWAR zero-byte test). */
  static boolean hasAny(long w, long a, long b, long c) {
    long x = w ^ a;
    long y = w ^ b;
    long z = w ^ c;
    return ((((x - ONES) & ~x) | ((y - ONES) & ~y) | ((z - ONES) & ~z)) & HIGHS) != 0;
  }

  /** Physical lines counted up to the boundary last returned. */
  long lines;

  /**
   * The offset just past the last complete record in {@code b[from, len)}, or -1 if none ends
   * there. A record end is only accepted where the byte after it is known (a CR could be followed
   * by LF in the next block), unless {@code eof}.
   */
  int lastRecordEnd(byte[] b, int from, int len, byte d, boolean eof) {
    long count = 0;
    long countAtEnd = 0;
    int lastEnd = -1;
    int limit = eof ? len : len - 1;
    int i = from;
    int recordStart = from;
    // Outside quotes only quotes and line ends matter: a quote opens a quoted value only at the
    // start of a field (record start or just after a delimiter), so delimiters need no stop of
    // their own; the byte before a quote tells whether it starts a field.
    outer:
    while (i < limit) {
      while (i + 8 <= limit && !hasAny((long) LONGS.get(b, i), QUOTES, LFS, CRS)) {
        i += 8;
      }
      if (i >= limit) {
        break;
      }
      byte c = b[i];
      if (c != '"' && c != '\n' && c != '\r') {
        i++; // the word held a match further on
        continue;
      }
      if (c == '"') {
        if (i != recordStart && b[i - 1] != d) {
          i++; // a literal quote inside an unquoted value
          continue;
        }
        i++;
        while (true) {
          while (i + 8 <= limit && !hasAny((long) LONGS.get(b, i), QUOTES, LFS, CRS)) {
            i += 8;
          }
          if (i >= limit) {
            break outer;
          }
          byte x = b[i];
          if (x == '"') {
            if (i + 1 < len && b[i + 1] == '"') {
              i += 2;
              continue;
            }
            i++;
            continue outer;
          }
          if (x == '\n') {
            count++;
          } else if (x == '\r' && (i + 1 >= len || b[i + 1] != '\n')) {
            count++;
          }
          i++;
        }
      }
      if (c == '\r' && i + 1 < len && b[i + 1] == '\n') {
        i += 2;
      } else {
        i++;
      }
      count++;
      lastEnd = i;
      countAtEnd = count;
      recordStart = i;
    }
    lines = countAtEnd;
    return lastEnd;
  }

  /**
   * The offset just past the first record starting at {@code from}; at the end of the file a
   * record without a final line end ends at {@code len}. -1 if the record does not end in the
   * buffer.
   */
  int lastRecordEndFirst(byte[] b, int from, int len, byte d, boolean eof) {
    boolean q = false;
    boolean fieldStart = true;
    for (int i = from; i < len; i++) {
      byte x = b[i];
      if (q) {
        if (x == '"') {
          if (i + 1 < len && b[i + 1] == '"') {
            i++;
          } else if (i + 1 >= len && !eof) {
            return -1;
          } else {
            q = false;
          }
        }
        continue;
      }
      if (x == '"' && fieldStart) {
        q = true;
        fieldStart = false;
      } else if (x == d) {
        fieldStart = true;
      } else if (x == '\n') {
        return i + 1;
      } else if (x == '\r') {
        if (i + 1 < len) {
          return b[i + 1] == '\n' ? i + 2 : i + 1;
        }
        return eof ? i + 1 : -1;
      } else {
        fieldStart = false;
      }
    }
    return eof && !q ? len : (eof ? len : -1);
  }

  /** Physical line ends (LF, CRLF, CR) in {@code b[from, to)}. */
  static long countLines(byte[] b, int from, int to) {
    long n = 0;
    for (int i = from; i < to; i++) {
      byte x = b[i];
      if (x == '\n') {
        n++;
      } else if (x == '\r' && !(i + 1 < to && b[i + 1] == '\n')) {
        n++;
      }
    }
    return n;
  }
}
