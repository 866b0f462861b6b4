package io.github.conflictdata.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The little JSON the Parquet metadata needs (objects, arrays, strings, integers, null), written
 * and read without a JSON library, so that the export package adds no dependency but DuckDB.
 * Other tools read these values with any JSON parser.
 */
final class Json {
  private Json() {}

  /** Writes maps (String keys), lists, strings, numbers, booleans and null as JSON text. */
  static String write(Object value) {
    StringBuilder sb = new StringBuilder();
    write(value, sb);
    return sb.toString();
  }

  private static void write(Object v, StringBuilder sb) {
    if (v == null) {
      sb.append("null");
    } else if (v instanceof String s) {
      quote(s, sb);
    } else if (v instanceof Number || v instanceof Boolean) {
      sb.append(v);
    } else if (v instanceof Map<?, ?> m) {
      sb.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : m.entrySet()) {
        if (!first) {
          sb.append(',');
        }
        first = false;
        quote(String.valueOf(e.getKey()), sb);
        sb.append(':');
        write(e.getValue(), sb);
      }
      sb.append('}');
    } else if (v instanceof Iterable<?> it) {
      sb.append('[');
      boolean first = true;
      for (Object o : it) {
        if (!first) {
          sb.append(',');
        }
        first = false;
        write(o, sb);
      }
      sb.append(']');
    } else {
      throw new IllegalArgumentException("cannot write " + v.getClass() + " as JSON");
    }
  }

  private static void quote(String s, StringBuilder sb) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }

  /**
   * Parses JSON text into {@code LinkedHashMap}, {@code ArrayList}, {@code String}, {@code Long},
   * {@code Double}, {@code Boolean} or null.
   *
   * @param what names the value in error messages (e.g. "metadata key raw_missing of f.parquet")
   * @throws IllegalArgumentException for text that is not JSON, naming the offset
   */
  static Object parse(String text, String what) {
    Parser p = new Parser(text, what);
    Object v = p.value();
    p.space();
    if (p.pos != text.length()) {
      throw p.error("the end of the text");
    }
    return v;
  }

  private static final class Parser {
    private final String s;
    private final String what;
    private int pos;

    Parser(String s, String what) {
      this.s = s;
      this.what = what;
    }

    IllegalArgumentException error(String expected) {
      String found = pos >= s.length() ? "the end" : "'" + s.charAt(pos) + "'";
      return new IllegalArgumentException(
          what + ": found " + found + " at offset " + pos + ", expected " + expected);
    }

    void space() {
      while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
        pos++;
      }
    }

    Object value() {
      space();
      if (pos >= s.length()) {
        throw error("a JSON value");
      }
      char c = s.charAt(pos);
      switch (c) {
        case '{':
          return object();
        case '[':
          return array();
        case '"':
          return string();
        default:
          if (s.startsWith("null", pos)) {
            pos += 4;
            return null;
          }
          if (s.startsWith("true", pos)) {
            pos += 4;
            return Boolean.TRUE;
          }
          if (s.startsWith("false", pos)) {
            pos += 5;
            return Boolean.FALSE;
          }
          return number();
      }
    }

    private Map<String, Object> object() {
      Map<String, Object> m = new LinkedHashMap<>();
      pos++;
      space();
      if (pos < s.length() && s.charAt(pos) == '}') {
        pos++;
        return m;
      }
      while (true) {
        space();
        if (pos >= s.length() || s.charAt(pos) != '"') {
          throw error("a quoted key");
        }
        String key = string();
        space();
        if (pos >= s.length() || s.charAt(pos) != ':') {
          throw error("':'");
        }
        pos++;
        m.put(key, value());
        space();
        if (pos < s.length() && s.charAt(pos) == ',') {
          pos++;
        } else if (pos < s.length() && s.charAt(pos) == '}') {
          pos++;
          return m;
        } else {
          throw error("',' or '}'");
        }
      }
    }

    private List<Object> array() {
      List<Object> list = new ArrayList<>();
      pos++;
      space();
      if (pos < s.length() && s.charAt(pos) == ']') {
        pos++;
        return list;
      }
      while (true) {
        list.add(value());
        space();
        if (pos < s.length() && s.charAt(pos) == ',') {
          pos++;
        } else if (pos < s.length() && s.charAt(pos) == ']') {
          pos++;
          return list;
        } else {
          throw error("',' or ']'");
        }
      }
    }

    private String string() {
      pos++;
      StringBuilder sb = new StringBuilder();
      while (pos < s.length()) {
        char c = s.charAt(pos++);
        if (c == '"') {
          return sb.toString();
        }
        if (c != '\\') {
          sb.append(c);
          continue;
        }
        if (pos >= s.length()) {
          break;
        }
        char e = s.charAt(pos++);
        switch (e) {
          case '"', '\\', '/' -> sb.append(e);
          case 'n' -> sb.append('\n');
          case 'r' -> sb.append('\r');
          case 't' -> sb.append('\t');
          case 'b' -> sb.append('\b');
          case 'f' -> sb.append('\f');
          case 'u' -> {
            if (pos + 4 > s.length()) {
              throw error("four hex digits");
            }
            try {
              sb.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
            } catch (NumberFormatException ex) {
              throw error("four hex digits");
            }
            pos += 4;
          }
          default -> {
            pos--;
            throw error("an escape (\\\" \\\\ \\/ \\n \\r \\t \\b \\f \\uXXXX)");
          }
        }
      }
      throw error("a closing quote");
    }

    private Object number() {
      int start = pos;
      while (pos < s.length() && "+-0123456789.eE".indexOf(s.charAt(pos)) >= 0) {
        pos++;
      }
      String t = s.substring(start, pos);
      if (t.isEmpty()) {
        throw error("a JSON value");
      }
      try {
        if (t.matches("-?\\d+")) {
          return Long.parseLong(t);
        }
        return Double.parseDouble(t);
      } catch (NumberFormatException ex) {
        pos = start;
        throw error("a number");
      }
    }
  }
}
