package io.github.conflictdata.io;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Byte-level text helpers: UTF-8 validation and cp1252 decoding that never produces U+FFFD (the
 * five bytes cp1252 leaves undefined map to the C1 control of the same number, as latin-1 does).
 */
public final class TextCodec {
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final char[] CP1252 = new char[256];

  static {
    for (int i = 0; i < 256; i++) {
      CP1252[i] = (char) i;
    }
    String high =
        "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f"
            + "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";
    for (int i = 0; i < 32; i++) {
      CP1252[0x80 + i] = high.charAt(i);
    }
  }

  /** The two encodings conflict files come in. */
  public enum Charset {
    UTF_8,
    CP1252;

    /** The name Java uses for it, for messages. */
    public String displayName() {
      return this == UTF_8 ? "UTF-8" : "windows-1252";
    }
  }

  private TextCodec() {}

  /** True if {@code b[from, to)} holds only bytes below 0x80. */
  public static boolean isAscii(byte[] b, int from, int to) {
    int i = from;
    for (; i + 8 <= to; i += 8) {
      if (((long) LONGS.get(b, i) & 0x8080808080808080L) != 0) {
        return false;
      }
    }
    for (; i < to; i++) {
      if (b[i] < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * True if {@code b[from, to)} is well-formed UTF-8. A sequence cut off by {@code to} counts as
   * well-formed when {@code allowTruncatedEnd} is set (a sniffing window can end mid-character).
   */
  public static boolean isUtf8(byte[] b, int from, int to, boolean allowTruncatedEnd) {
    int i = from;
    while (i < to) {
      if (i + 8 <= to && ((long) LONGS.get(b, i) & 0x8080808080808080L) == 0) {
        i += 8;
        continue;
      }
      int c = b[i] & 0xff;
      if (c < 0x80) {
        i++;
        continue;
      }
      int n;
      int min;
      if (c >= 0xc2 && c <= 0xdf) {
        n = 1;
        min = 0x80;
      } else if (c >= 0xe0 && c <= 0xef) {
        n = 2;
        min = 0x800;
      } else if (c >= 0xf0 && c <= 0xf4) {
        n = 3;
        min = 0x10000;
      } else {
        return false;
      }
      if (i + n >= to) {
        if (!allowTruncatedEnd) {
          return false;
        }
        for (int k = i + 1; k < to; k++) {
          if ((b[k] & 0xc0) != 0x80) {
            return false;
          }
        }
        return true;
      }
      int cp = c & (0x3f >> n);
      for (int k = 1; k <= n; k++) {
        int cc = b[i + k] & 0xff;
        if ((cc & 0xc0) != 0x80) {
          return false;
        }
        cp = (cp << 6) | (cc & 0x3f);
      }
      if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
        return false;
      }
      i += n + 1;
    }
    return true;
  }

  /** Decodes {@code b[from, to)}. */
  public static String decode(byte[] b, int from, int to, Charset cs) {
    if (cs == Charset.UTF_8) {
      return new String(b, from, to - from, StandardCharsets.UTF_8);
    }
    if (isAscii(b, from, to)) {
      return new String(b, from, to - from, StandardCharsets.ISO_8859_1);
    }
    char[] out = new char[to - from];
    for (int i = from; i < to; i++) {
      out[i - from] = CP1252[b[i] & 0xff];
    }
    return new String(out);
  }
}
