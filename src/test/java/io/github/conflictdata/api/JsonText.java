package io.github.conflictdata.api;

import java.util.List;
import java.util.Map;

/** Writes test fixtures as JSON (independent of the code under test's reader). */
final class JsonText {
  private JsonText() {}

  /** Values: String, Number (written bare), Boolean, null, Map, List; a {@link Raw} as is. */
  static String of(Object v) {
    StringBuilder b = new StringBuilder();
    write(b, v);
    return b.toString();
  }

  /** Text written verbatim (a number literal such as 12.0). */
  record Raw(String text) {}

  private static void write(StringBuilder b, Object v) {
    if (v == null) {
      b.append("null");
    } else if (v instanceof Raw r) {
      b.append(r.text());
    } else if (v instanceof Number || v instanceof Boolean) {
      b.append(v);
    } else if (v instanceof String s) {
      b.append('"');
      for (char c : s.toCharArray()) {
        switch (c) {
          case '"' -> b.append("\\\"");
          case '\\' -> b.append("\\\\");
          case '\n' -> b.append("\\n");
          case '\r' -> b.append("\\r");
          case '\t' -> b.append("\\t");
          default -> {
            if (c < 0x20) {
              b.append(String.format("\\u%04x", (int) c));
            } else {
              b.append(c);
            }
          }
        }
      }
      b.append('"');
    } else if (v instanceof Map<?, ?> m) {
      b.append('{');
      int k = 0;
      for (Map.Entry<?, ?> e : m.entrySet()) {
        if (k++ > 0) {
          b.append(',');
        }
        write(b, String.valueOf(e.getKey()));
        b.append(':');
        write(b, e.getValue());
      }
      b.append('}');
    } else if (v instanceof List<?> l) {
      b.append('[');
      for (int k = 0; k < l.size(); k++) {
        if (k > 0) {
          b.append(',');
        }
        write(b, l.get(k));
      }
      b.append(']');
    } else {
      throw new IllegalArgumentException("cannot write " + v.getClass());
    }
  }
}
