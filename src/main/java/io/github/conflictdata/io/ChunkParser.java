package io.github.conflictdata.io;

import io.github.conflictdata.Problem;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Parses a run of whole CSV records straight from bytes into column arrays: fields split on the
 * delimiter, quoted fields with doubled quotes, LF/CRLF/CR line ends, each record's physical line
 * kept. Integers are parsed from the bytes without making strings. One instance per thread.
 */
final class ChunkParser {
  static final long FAIL = Long.MIN_VALUE;

  private final Plan plan;
  private final byte delim;
  /** The delimiter in every byte of a long, for the word-at-a-time field scan. */
  private final long delimWord;
  private int[] fs = new int[64];
  private int[] fe = new int[64];
  private byte[] fq = new byte[64];
  private int[] fl = new int[64];
  private final StringCache[] caches;
  /** Unescaped bytes of the current quoted value with doubled quotes in it. */
  private byte[] scratch = new byte[256];
  private TextCodec.Charset cs;
  /** Bytes per record in the last block parsed (256 before the first). */
  private int bytesPerRecord = 256;

  ChunkParser(Plan plan) {
    this.plan = plan;
    this.delim = plan.delimiter;
    this.delimWord = RecordScanner.broadcast(plan.delimiter);
    // one cache per thread (the plan's say which slots are cached), filled lazily
    this.caches = new StringCache[plan.slotCount];
    for (int slot = 0; slot < plan.slotCount; slot++) {
      if (plan.caches[slot] != null) {
        caches[slot] = new StringCache();
      }
    }
  }

  /**
   * Parses {@code b[start, end)}, which begins at a record start and ends at a record end (or at
   * the end of the file), the first byte being on physical line {@code firstLine}.
   */
  Chunk parse(byte[] b, int start, int end, long firstLine) {
    // size the column arrays from the bytes per record seen in this thread's last block, so they
    // are neither grown nor trimmed (each a copy of every column) on a file of even records
    Chunk ch = new Chunk(plan, (int) Math.min(Integer.MAX_VALUE - 64,
        (long) (end - start) * 9 / (bytesPerRecord * 8) + 16));
    for (int slot = 0; slot < plan.slotCount; slot++) {
      if ((plan.type[slot] == ColumnType.TEXT || plan.type[slot] == ColumnType.DATE)
          && ch.data[slot] != null) {
        ch.dicts[slot] = caches[slot].dict;
      }
    }
    cs = plan.charset;
    if (cs == TextCodec.Charset.UTF_8 && !TextCodec.isUtf8(b, start, end, false)) {
      cs = TextCodec.Charset.CP1252;
      ch.notUtf8 = true;
    }
    int p = start;
    long line = firstLine;
    final byte d = delim;
    while (p < end) {
      byte c0 = b[p];
      if (c0 == '\n') {
        p++;
        line++;
        continue;
      }
      if (c0 == '\r') {
        p++;
        if (p < end && b[p] == '\n') {
          p++;
        }
        line++;
        continue;
      }
      long recLine = line;
      int recStart = p;
      int nf = 0;
      String structural = null;
      int structuralField = 0;
      String structuralExpected = null;
      while (true) {
        if (nf == fs.length) {
          int cap = nf * 2;
          fs = Arrays.copyOf(fs, cap);
          fe = Arrays.copyOf(fe, cap);
          fq = Arrays.copyOf(fq, cap);
          fl = Arrays.copyOf(fl, cap);
        }
        fl[nf] = (int) (line - recLine);
        if (p < end && b[p] == '"') {
          int q = p + 1;
          boolean esc = false;
          boolean closed = false;
          while (q < end) {
            q = nextStop(b, q, end, RecordScanner.QUOTES);
            if (q >= end) {
              break;
            }
            byte x = b[q];
            if (x == '"') {
              if (q + 1 < end && b[q + 1] == '"') {
                esc = true;
                q += 2;
                continue;
              }
              closed = true;
              break;
            }
            if (x == '\n') {
              line++;
            } else if (x == '\r' && !(q + 1 < end && b[q + 1] == '\n')) {
              line++;
            }
            q++;
          }
          fs[nf] = p + 1;
          fe[nf] = q;
          fq[nf] = (byte) (esc ? 2 : 1);
          if (!closed) {
            if (structural == null) {
              structural = "\"" + snippet(b, p + 1, Math.min(end, p + 81));
              structuralField = nf;
              structuralExpected = "a closing quote (\") for the value opened on line " + (recLine
                  + fl[nf]);
            }
            p = end;
          } else {
            p = q + 1;
            if (p < end && b[p] != d && b[p] != '\n' && b[p] != '\r') {
              int r = p;
              while (r < end && b[r] != d && b[r] != '\n' && b[r] != '\r') {
                r++;
              }
              if (structural == null) {
                structural = snippet(b, fs[nf] - 1, r);
                structuralField = nf;
                structuralExpected = "the delimiter or the line end right after a closing quote";
              }
              fe[nf] = r;
              p = r;
            }
          }
        } else {
          int q = nextStop(b, p, end, delimWord);
          fs[nf] = p;
          fe[nf] = q;
          fq[nf] = 0;
          p = q;
        }
        if (fe[nf] - fs[nf] > plan.maxCellBytes && structural == null) {
          structural = snippet(b, fs[nf], fs[nf] + 80);
          structuralField = nf;
          structuralExpected = "a value of at most " + plan.maxCellBytes + " bytes, found "
              + (fe[nf] - fs[nf]);
        }
        nf++;
        if (nf > plan.maxFields && structural == null) {
          structural = snippet(b, recStart, Math.min(end, recStart + 80));
          structuralField = nf - 1;
          structuralExpected = "at most " + plan.maxFields + " fields in a record";
        }
        if (p >= end) {
          break;
        }
        byte x = b[p];
        if (x == d) {
          p++;
          continue;
        }
        p++;
        if (x == '\r' && p < end && b[p] == '\n') {
          p++;
        }
        line++;
        break;
      }
      record(ch, b, nf, recLine, recStart, p, structural, structuralField, structuralExpected);
    }
    ch.endLine = line;
    if (ch.rows + ch.badRecords > 0) {
      bytesPerRecord = Math.max(16, (end - start) / (ch.rows + ch.badRecords));
    }
    ch.trim();
    return ch;
  }

  private void record(
      Chunk ch,
      byte[] b,
      int nf,
      long recLine,
      int recStart,
      int recEnd,
      String structural,
      int structuralField,
      String structuralExpected) {
    int row = ch.rows;
    ch.ensure(row);
    boolean bad = false;
    if (structural != null) {
      problem(ch, recLine + fl[structuralField], structuralField + 1,
          plan.header(structuralField), structural, structuralExpected);
      bad = true;
    } else if (nf != plan.headerCount) {
      int col = Math.min(nf, plan.headerCount) + 1;
      String name = nf < plan.headerCount ? plan.header(nf) : "";
      int e = recEnd;
      while (e > recStart && (b[e - 1] == '\n' || b[e - 1] == '\r')) {
        e--;
      }
      problem(ch, recLine, col, name, snippet(b, recStart, e),
          plan.headerCount + " fields as in the header, found " + nf
              + (nf < plan.headerCount
                  ? " (a record cut short or broken across lines, or a different delimiter)"
                  : " (an unquoted delimiter inside a value, or a different delimiter)"));
      bad = true;
    } else {
      for (int f = 0; f < nf; f++) {
        if (!cell(ch, b, row, f, recLine)) {
          bad = true;
        }
      }
    }
    if (bad) {
      ch.dropRawCodes(row);
      ch.badRecords++;
    } else {
      ch.lines[row] = (int) recLine;
      ch.rows++;
    }
  }

  /** Converts one cell into its slot; false (and a problem) if the value does not fit. */
  private boolean cell(Chunk ch, byte[] b, int row, int f, long recLine) {
    int slot = plan.fieldSlot[f];
    int s = fs[f];
    int e = fe[f];
    boolean esc = fq[f] == 2;
    int ts = s;
    int te = e;
    while (ts < te && (b[ts] == ' ' || b[ts] == '\t')) {
      ts++;
    }
    while (te > ts && (b[te - 1] == ' ' || b[te - 1] == '\t')) {
      te--;
    }
    boolean empty = ts == te;
    ColumnType t = plan.type[slot];
    if (empty) {
      if (plan.required[slot]) {
        problem(ch, recLine + fl[f], f + 1, plan.header(f), "", expectedKey(slot));
        return false;
      }
      storeMissing(ch, slot, row, t);
      return true;
    }
    switch (t) {
      case INT:
      case LONG:
        {
          long v = esc ? FAIL : parseLong(b, ts, te);
          if (v == FAIL || (t == ColumnType.INT && (v <= Integer.MIN_VALUE || v > Integer.MAX_VALUE))
              || v == Long.MIN_VALUE) {
            String txt = text(b, ts, te, esc);
            if (isTextCode(slot, txt)) {
              return missingCode(ch, slot, row, t, txt, f, recLine);
            }
            problem(ch, recLine + fl[f], f + 1, plan.header(f), txt,
                t == ColumnType.INT ? "a whole number" : "a whole number (64-bit)");
            return false;
          }
          if (isNumCode(slot, v)) {
            return missingCode(ch, slot, row, t, text(b, ts, te, esc), f, recLine);
          }
          if (t == ColumnType.INT) {
            ((int[]) ch.data[slot])[row] = (int) v;
          } else {
            ((long[]) ch.data[slot])[row] = v;
          }
          return true;
        }
      case DOUBLE:
        {
          double fast = esc ? Double.NaN : fastDecimal(b, ts, te);
          if (!Double.isNaN(fast)) {
            if (fast == Math.rint(fast) && Math.abs(fast) < 1e15 && isNumCode(slot, (long) fast)) {
              return missingCode(ch, slot, row, t, text(b, ts, te, false), f, recLine);
            }
            ((double[]) ch.data[slot])[row] = fast;
            return true;
          }
          String txt = text(b, ts, te, esc);
          double v;
          try {
            v = parseDouble(txt);
          } catch (NumberFormatException ex) {
            if (isTextCode(slot, txt)) {
              return missingCode(ch, slot, row, t, txt, f, recLine);
            }
            problem(ch, recLine + fl[f], f + 1, plan.header(f), txt, "a number");
            return false;
          }
          if (Double.isNaN(v) || Double.isInfinite(v)) {
            problem(ch, recLine + fl[f], f + 1, plan.header(f), txt, "a finite number");
            return false;
          }
          if (v == Math.rint(v) && Math.abs(v) < 1e15 && isNumCode(slot, (long) v)) {
            return missingCode(ch, slot, row, t, txt, f, recLine);
          }
          ((double[]) ch.data[slot])[row] = v;
          return true;
        }
      case DATE:
        {
          int id = textId(slot, b, ts, te, esc);
          String txt = caches[slot].dict.values[id];
          if (isTextCode(slot, txt)) {
            return missingCode(ch, slot, row, t, txt, f, recLine);
          }
          ((int[]) ch.data[slot])[row] = id;
          return true;
        }
      case TEXT:
        {
          int id = textId(slot, b, s, e, esc);
          if (plan.textCodes[slot].length > 0) {
            String trimmed = caches[slot].dict.values[id].trim();
            if (isTextCode(slot, trimmed)) {
              return missingCode(ch, slot, row, t, trimmed, f, recLine);
            }
          }
          ((int[]) ch.data[slot])[row] = id;
          return true;
        }
      default:
        {
          String txt = caches[slot].dict.values[textId(slot, b, s, e, esc)];
          if (plan.textCodes[slot].length > 0) {
            String trimmed = txt.trim();
            if (isTextCode(slot, trimmed)) {
              return missingCode(ch, slot, row, t, trimmed, f, recLine);
            }
          }
          ((String[]) ch.data[slot])[row] = txt;
          return true;
        }
    }
  }

  private boolean missingCode(
      Chunk ch, int slot, int row, ColumnType t, String raw, int f, long recLine) {
    if (plan.required[slot]) {
      problem(ch, recLine + fl[f], f + 1, plan.header(f), raw, expectedKey(slot));
      return false;
    }
    storeMissing(ch, slot, row, t);
    ch.rawCode(slot, row, raw);
    return true;
  }

  private String expectedKey(int slot) {
    return "a value: " + plan.slotName[slot] + " is a key and may not be empty or a missing code";
  }

  private static void storeMissing(Chunk ch, int slot, int row, ColumnType t) {
    switch (t) {
      case INT:
        ((int[]) ch.data[slot])[row] = Integer.MIN_VALUE;
        break;
      case LONG:
        ((long[]) ch.data[slot])[row] = Long.MIN_VALUE;
        break;
      case DOUBLE:
        ((double[]) ch.data[slot])[row] = Double.NaN;
        break;
      case TEXT:
      case DATE:
        ((int[]) ch.data[slot])[row] = -1;
        break;
      default:
        ((String[]) ch.data[slot])[row] = null;
    }
  }

  private boolean isTextCode(int slot, String txt) {
    for (String c : plan.textCodes[slot]) {
      if (c.equals(txt)) {
        return true;
      }
    }
    return false;
  }

  private boolean isNumCode(int slot, long v) {
    for (long c : plan.numCodes[slot]) {
      if (c == v) {
        return true;
      }
    }
    return false;
  }

  private void problem(Chunk ch, long line, int col, String name, String found, String expected) {
    if (ch.problems.size() >= plan.maxProblems) {
      ch.droppedProblems++;
      return;
    }
    ch.problems.add(new Problem(plan.file, line, col, name, found, expected));
  }

  private String text(byte[] b, int s, int e, boolean esc) {
    String t = TextCodec.decode(b, s, e, cs);
    return esc ? t.replace("\"\"", "\"") : t;
  }

  /** The number in the slot's dictionary of the text {@code b[s, e)}, cached where it can be. */
  private int textId(int slot, byte[] b, int s, int e, boolean esc) {
    if (cs != plan.charset) {
      // a block in another encoding than the cache's: not cached
      return caches[slot].dict.add(text(b, s, e, esc));
    }
    if (esc) {
      int n = unescape(b, s, e);
      return caches[slot].id(scratch, 0, n, cs);
    }
    return caches[slot].id(b, s, e, cs);
  }

  /**
   * Copies {@code b[s, e)} into {@link #scratch} with each doubled quote made single (as {@code
   * text} does to the decoded string: a quote byte is never part of a multi-byte UTF-8 character)
   * and returns the length, so that quoted values with quotes inside are cached like the rest.
   */
  private int unescape(byte[] b, int s, int e) {
    if (scratch.length < e - s) {
      scratch = new byte[Math.max(e - s, scratch.length * 2)];
    }
    byte[] out = scratch;
    int n = 0;
    for (int i = s; i < e; i++) {
      byte x = b[i];
      out[n++] = x;
      if (x == '"' && i + 1 < e && b[i + 1] == '"') {
        i++;
      }
    }
    return n;
  }

  private String snippet(byte[] b, int s, int e) {
    e = Math.min(e, s + 120);
    return TextCodec.decode(b, s, Math.max(s, e), cs);
  }

  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;

  /**
   * The offset of the first byte in {@code b[from, end)} that is a line end (LF, CR) or equals the
   * byte broadcast in {@code stop}, or {@code end}. Eight bytes per step: in the zero-byte test
   * below a false match can only sit above a true one, so the lowest flagged byte is exact.
   */
  static int nextStop(byte[] b, int from, int end, long stop) {
    int q = from;
    while (q + 8 <= end) {
      long w = (long) RecordScanner.LONGS.get(b, q);
      long x = w ^ stop;
      long y = w ^ RecordScanner.LFS;
      long z = w ^ RecordScanner.CRS;
      long m = (((x - ONES) & ~x) | ((y - ONES) & ~y) | ((z - ONES) & ~z)) & HIGHS;
      if (m != 0) {
        return q + (Long.numberOfTrailingZeros(m) >>> 3);
      }
      q += 8;
    }
    long sb = stop & 0xff;
    while (q < end) {
      byte x = b[q];
      if ((x & 0xff) == sb || x == '\n' || x == '\r') {
        return q;
      }
      q++;
    }
    return end;
  }

  /**
   * Parses an integer from bytes: optional sign, digits, optional thousands groups ("1,500", as
   * COW writes some death counts) and an optional zero fraction ("56.0", as spreadsheets write
   * whole numbers). Returns {@link #FAIL} for anything else.
   */
  static long parseLong(byte[] b, int s, int e) {
    if (e - s <= 18) {
      // common case first: plain digits, no sign, no separators (ids, years, codes)
      long v = 0;
      int i = s;
      for (; i < e; i++) {
        int c = b[i] - '0';
        if (c < 0 || c > 9) {
          break;
        }
        v = v * 10 + c;
      }
      if (i == e && e > s) {
        return v;
      }
    }
    return parseLongGeneral(b, s, e);
  }

  private static long parseLongGeneral(byte[] b, int s, int e) {
    int i = s;
    boolean neg = false;
    if (b[i] == '-' || b[i] == '+') {
      neg = b[i] == '-';
      i++;
    }
    if (i >= e) {
      return FAIL;
    }
    long v = 0;
    int digits = 0;
    int groupDigits = -1;
    for (; i < e; i++) {
      int c = b[i];
      if (c >= '0' && c <= '9') {
        if (v > (Long.MAX_VALUE - 9) / 10) {
          return FAIL;
        }
        v = v * 10 + (c - '0');
        digits++;
        if (groupDigits >= 0) {
          groupDigits++;
        }
      } else if (c == ',') {
        if (digits == 0 || (groupDigits < 0 && digits > 3) || (groupDigits >= 0 && groupDigits != 3)) {
          return FAIL;
        }
        groupDigits = 0;
      } else if (c == '.') {
        for (int k = i + 1; k < e; k++) {
          if (b[k] != '0') {
            return FAIL;
          }
        }
        break;
      } else {
        return FAIL;
      }
    }
    if (digits == 0 || (groupDigits >= 0 && groupDigits != 3)) {
      return FAIL;
    }
    return neg ? -v : v;
  }

  private static final double[] POW10 = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22
  };

  /**
   * Plain decimals ("40.1811", "-3", "53.20") straight from bytes, or NaN for anything else (the
   * caller then takes the general path). With at most 15 significant digits and 22 decimals, the
   * digits and the power of ten are exact doubles, so one division rounds exactly like {@link
   * Double#parseDouble}.
   */
  static double fastDecimal(byte[] b, int s, int e) {
    int i = s;
    boolean neg = false;
    if (i < e && (b[i] == '-' || b[i] == '+')) {
      neg = b[i] == '-';
      i++;
    }
    long m = 0;
    int digits = 0;
    int scale = -1;
    for (; i < e; i++) {
      int c = b[i];
      if (c >= '0' && c <= '9') {
        if (m != 0 || c != '0') {
          digits++;
        }
        m = m * 10 + (c - '0');
        if (digits > 15) {
          return Double.NaN;
        }
        if (scale >= 0) {
          scale++;
        }
      } else if (c == '.' && scale < 0) {
        scale = 0;
      } else {
        return Double.NaN;
      }
    }
    if (i == s || (scale == 0 && m == 0 && e - s <= 1) || scale > 22) {
      return Double.NaN;
    }
    boolean anyDigit = false;
    for (int k = s; k < e; k++) {
      if (b[k] >= '0' && b[k] <= '9') {
        anyDigit = true;
        break;
      }
    }
    if (!anyDigit) {
      return Double.NaN;
    }
    double v = scale > 0 ? m / POW10[scale] : (double) m;
    return neg ? -v : v;
  }

  static double parseDouble(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!((c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
        throw new NumberFormatException(s);
      }
    }
    return Double.parseDouble(s);
  }

  /**
   * A per-column cache from bytes to decoded strings, so that repeated values (actors, places,
   * event types, dates) are decoded once and share one String, with one number in the cache's
   * {@link TextDict} (text columns store that number per cell). Each parser thread has its own
   * caches: no shared counters or table writes bounce between cores, and entries can live in plain
   * parallel arrays. A slot holds the value's length and first 16 bytes inline (most categorical
   * values fit, so a hit touches one short run of longs and no key array); longer values keep their
   * remaining bytes in a side array. Two-way set-associative: a value that finds both slots of its
   * pair taken replaces one of them. Columns whose values rarely repeat (free-text notes) stop
   * being cached after 65,536 lookups.
   */
  static final class StringCache {
    /** Slots at first: a column of a few thousand distinct values never needs more. */
    private static final int FIRST_BITS = 12;
    /** At most 32,768 slots, grown (emptied and doubled) while misses keep coming. */
    private static final int MAX_BITS = 15;
    private static final int MAX_BYTES = 4096;
    private static final long K = 0x9E3779B97F4A7C15L;
    private static final java.lang.invoke.VarHandle LONGS =
        java.lang.invoke.MethodHandles.byteArrayViewVarHandle(
            long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

    /** Per slot: length + 1 (0 = empty), first 8 bytes, next 8 bytes (zero-padded). */
    private long[] meta;
    /** Per slot: the bytes after the first 16, for longer values. */
    private byte[][] tails;
    /** Per slot: the value's number in {@link #dict}. */
    private int[] ids;
    /** Every string this cache decoded, numbered; also the cells it did not cache. */
    final TextDict dict = new TextDict();
    private int bits;
    private int misses;
    private int lookups;
    private int hits;
    private boolean off;

    private void allocate(int b) {
      bits = b;
      int size = 1 << b;
      meta = new long[size * 3];
      tails = new byte[size][];
      ids = new int[size];
      misses = 0;
    }

    /** The little-endian long of {@code b[i, i+n)}, n in [0, 8], zero-padded. */
    private static long word(byte[] b, int i, int n) {
      if (n >= 8) {
        return (long) LONGS.get(b, i);
      }
      if (n == 0) {
        return 0;
      }
      if (i + 8 <= b.length) {
        return (long) LONGS.get(b, i) & ((1L << (n << 3)) - 1);
      }
      long w = 0;
      for (int k = n - 1; k >= 0; k--) {
        w = (w << 8) | (b[i + k] & 0xffL);
      }
      return w;
    }

    /** The number in {@link #dict} of the string {@code b[s, e)}, added to it if not cached. */
    int id(byte[] b, int s, int e, TextCodec.Charset cs) {
      int id = find(b, s, e, cs);
      return id >= 0 ? id : dict.add(TextCodec.decode(b, s, e, cs));
    }

    /** The cached number of {@code b[s, e)}, decoded and cached on a miss; -1 if not caching. */
    private int find(byte[] b, int s, int e, TextCodec.Charset cs) {
      int n = e - s;
      if (off || n > MAX_BYTES) {
        return -1;
      }
      if (meta == null) {
        allocate(FIRST_BITS);
      }
      // values that rarely repeat (free-text notes in a real export) stop being cached
      if (++lookups >= 65536 && hits < lookups / 10) {
        off = true;
        meta = null;
        tails = null;
        ids = null;
        return -1;
      }
      long w0 = word(b, s, Math.min(n, 8));
      long w1 = n > 8 ? word(b, s + 8, Math.min(n - 8, 8)) : 0;
      long h = (n + 1) * K ^ w0;
      h = h * K ^ w1;
      if (n > 16) {
        h = h * K ^ (long) LONGS.get(b, e - 8);
        if (n > 24) {
          h = h * K ^ (long) LONGS.get(b, e - 16);
        }
        if (n > 40) {
          // long texts often share their start and end ("On 5 December 2020, ...", "...[size=no
          // report]") and would share a slot, evicting each other: sample the middle too
          int step = (n - 32) >>> 2;
          for (int k = s + 16; k + 8 <= e - 16; k += Math.max(8, step)) {
            h = h * K ^ (long) LONGS.get(b, k);
          }
        }
      }
      h *= K;
      // two-way: a value may sit in either slot of its pair, so two values that hash to one
      // pair do not evict each other on every row
      int slot = (int) (h >>> (64 - bits)) & ~1;
      long[] mt = meta;
      for (int q = slot; q <= slot + 1; q++) {
        int m = q * 3;
        if (mt[m] == n + 1 && mt[m + 1] == w0 && mt[m + 2] == w1
            && (n <= 16 || Arrays.equals(tails[q], 0, n - 16, b, s + 16, e))) {
          hits++;
          return ids[q];
        }
      }
      int v = dict.add(TextCodec.decode(b, s, e, cs));
      if (++misses > (1 << (bits - 1)) && bits < MAX_BITS) {
        // more values than the table holds well: double it (its entries refill as they recur)
        allocate(bits + 1);
        mt = meta;
        slot = (int) (h >>> (64 - bits)) & ~1;
      }
      // an empty slot of the pair, else the one the miss count picks
      if (mt[slot * 3] != 0) {
        slot += mt[slot * 3 + 3] == 0 ? 1 : misses & 1;
      }
      int m = slot * 3;
      mt[m] = n + 1;
      mt[m + 1] = w0;
      mt[m + 2] = w1;
      tails[slot] = n > 16 ? Arrays.copyOfRange(b, s + 16, e) : null;
      ids[slot] = v;
      return v;
    }
  }

  static String ascii(byte[] b) {
    return new String(b, StandardCharsets.ISO_8859_1);
  }
}
