package io.github.conflictdata.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The library's one JSON codec, for its own use (the API responses of {@code api}, the Parquet
 * metadata of {@code export}, the token cache): a strict reader (RFC 8259) and a writer. Read
 * objects become {@link LinkedHashMap}s in document order, arrays {@link List}s, strings {@link
 * String}s, {@code true} and {@code false} {@link Boolean}s, {@code null} Java null, and numbers
 * {@link Num}s that keep the exact text of the number, so that {@code 12} and {@code 12.0} reach
 * the typed reader as the server wrote them (no double rounding of ids or epoch timestamps).
 *
 * <p>Written here rather than taken from Jackson or Gson: the texts are small (API pages of at most
 * a few MB, metadata values), the library gains no dependency, and an error names the offset and
 * what was expected. Not a public API: it may change without notice.
 */
public final class Json {
  /**
   * A JSON number, as its literal text.
   *
   * @param text the number exactly as written
   */
  public record Num(String text) {
    @Override
    public String toString() {
      return text;
    }

    /**
     * The value if the text is an integer literal that fits a {@code long}, else null.
     *
     * @return the integer, or null for fractions, exponents and out-of-range integers
     */
    public Long longValue() {
      if (!text.matches("-?\\d+")) {
        return null;
      }
      try {
        return Long.parseLong(text);
      } catch (NumberFormatException e) {
        return null;
      }
    }
  }

  /** Malformed JSON, with the 0-based character offset where it went wrong. */
  public static final class JsonException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** Where the text went wrong (0-based character offset). */
    public final int offset;

    JsonException(String message, int offset) {
      super(message + " at character " + offset);
      this.offset = offset;
    }
  }

  private static final int MAX_DEPTH = 64;

  private final String s;
  private int i;

  private Json(String s) {
    this.s = s;
  }

  /**
   * Parses one JSON text; anything but whitespace after it is an error.
   *
   * @param text the JSON text
   * @return the value (map, list, string, {@link Num}, boolean or null)
   * @throws JsonException for text that is not one JSON value, naming the offset
   */
  public static Object parse(String text) {
    Json p = new Json(text);
    p.ws();
    Object v = p.value(0);
    p.ws();
    if (p.i != text.length()) {
      throw new JsonException("unexpected text after the JSON value", p.i);
    }
    return v;
  }

  private void ws() {
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        i++;
      } else {
        break;
      }
    }
  }

  private Object value(int depth) {
    if (depth > MAX_DEPTH) {
      throw new JsonException("nesting deeper than " + MAX_DEPTH, i);
    }
    if (i >= s.length()) {
      throw new JsonException("expected a value but the text ended", i);
    }
    char c = s.charAt(i);
    switch (c) {
      case '{':
        return object(depth);
      case '[':
        return array(depth);
      case '"':
        return string();
      case 't':
        literal("true");
        return Boolean.TRUE;
      case 'f':
        literal("false");
        return Boolean.FALSE;
      case 'n':
        literal("null");
        return null;
      default:
        if (c == '-' || (c >= '0' && c <= '9')) {
          return number();
        }
        throw new JsonException("expected a value, found '" + c + "'", i);
    }
  }

  private void literal(String word) {
    if (!s.startsWith(word, i)) {
      throw new JsonException("expected " + word, i);
    }
    i += word.length();
  }

  private Map<String, Object> object(int depth) {
    Map<String, Object> m = new LinkedHashMap<>();
    i++;
    ws();
    if (i < s.length() && s.charAt(i) == '}') {
      i++;
      return m;
    }
    while (true) {
      ws();
      if (i >= s.length() || s.charAt(i) != '"') {
        throw new JsonException("expected a member name in double quotes", i);
      }
      int at = i;
      String key = string();
      ws();
      expect(':');
      ws();
      Object v = value(depth + 1);
      if (m.containsKey(key)) {
        throw new JsonException("member \"" + key + "\" appears twice", at);
      }
      m.put(key, v);
      ws();
      if (i < s.length() && s.charAt(i) == ',') {
        i++;
        continue;
      }
      expect('}');
      return m;
    }
  }

  private List<Object> array(int depth) {
    List<Object> a = new ArrayList<>();
    i++;
    ws();
    if (i < s.length() && s.charAt(i) == ']') {
      i++;
      return a;
    }
    while (true) {
      ws();
      a.add(value(depth + 1));
      ws();
      if (i < s.length() && s.charAt(i) == ',') {
        i++;
        continue;
      }
      expect(']');
      return a;
    }
  }

  private void expect(char c) {
    if (i >= s.length() || s.charAt(i) != c) {
      throw new JsonException(
          "expected '" + c + "'" + (i >= s.length() ? " but the text ended" : ""), i);
    }
    i++;
  }

  private String string() {
    i++; // opening quote
    StringBuilder b = null;
    int start = i;
    while (true) {
      if (i >= s.length()) {
        throw new JsonException("unterminated string", start - 1);
      }
      char c = s.charAt(i);
      if (c == '"') {
        String out = b == null ? s.substring(start, i) : b.append(s, start, i).toString();
        i++;
        return out;
      }
      if (c < 0x20) {
        throw new JsonException("control character in a string", i);
      }
      if (c == '\\') {
        if (b == null) {
          b = new StringBuilder();
        }
        b.append(s, start, i);
        i++;
        if (i >= s.length()) {
          throw new JsonException("unterminated escape", i);
        }
        char e = s.charAt(i++);
        switch (e) {
          case '"' -> b.append('"');
          case '\\' -> b.append('\\');
          case '/' -> b.append('/');
          case 'b' -> b.append('\b');
          case 'f' -> b.append('\f');
          case 'n' -> b.append('\n');
          case 'r' -> b.append('\r');
          case 't' -> b.append('\t');
          case 'u' -> {
            if (i + 4 > s.length()) {
              throw new JsonException("short \\u escape", i);
            }
            int cp = 0;
            for (int k = 0; k < 4; k++) {
              int d = Character.digit(s.charAt(i + k), 16);
              if (d < 0) {
                throw new JsonException("bad hex digit in \\u escape", i + k);
              }
              cp = cp * 16 + d;
            }
            b.append((char) cp);
            i += 4;
          }
          default -> throw new JsonException("unknown escape \\" + e, i - 1);
        }
        start = i;
      } else {
        i++;
      }
    }
  }

  private Num number() {
    int start = i;
    if (s.charAt(i) == '-') {
      i++;
    }
    if (i >= s.length()) {
      throw new JsonException("bad number", start);
    }
    if (s.charAt(i) == '0') {
      i++;
    } else if (isDigit(i)) {
      while (isDigit(i)) {
        i++;
      }
    } else {
      throw new JsonException("bad number", start);
    }
    if (i < s.length() && s.charAt(i) == '.') {
      i++;
      if (!isDigit(i)) {
        throw new JsonException("bad number: digits expected after '.'", i);
      }
      while (isDigit(i)) {
        i++;
      }
    }
    if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      i++;
      if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
        i++;
      }
      if (!isDigit(i)) {
        throw new JsonException("bad number: digits expected in the exponent", i);
      }
      while (isDigit(i)) {
        i++;
      }
    }
    return new Num(s.substring(start, i));
  }

  private boolean isDigit(int at) {
    return at < s.length() && s.charAt(at) >= '0' && s.charAt(at) <= '9';
  }

  /**
   * Parses one JSON text whose errors name {@code what}.
   *
   * @param text the JSON text
   * @param what names the text in error messages (e.g. "metadata key raw_missing of f.parquet")
   * @return the value, as {@link #parse(String)} gives it
   * @throws JsonException for text that is not one JSON value, naming {@code what} and the offset
   */
  public static Object parse(String text, String what) {
    try {
      return parse(text);
    } catch (JsonException e) {
      throw new JsonException(what + ": " + e.getMessage().replaceFirst(" at character \\d+$", ""),
          e.offset);
    }
  }

  /**
   * Writes maps (String keys), iterables, strings, numbers, booleans, {@link Num}s and null as
   * compact JSON text.
   *
   * @param value the value to write
   * @return its JSON text
   * @throws IllegalArgumentException for any other type
   */
  public static String write(Object value) {
    StringBuilder sb = new StringBuilder();
    write(value, sb);
    return sb.toString();
  }

  private static void write(Object v, StringBuilder sb) {
    if (v == null) {
      sb.append("null");
    } else if (v instanceof String s) {
      quote(s, sb);
    } else if (v instanceof Number || v instanceof Boolean || v instanceof Num) {
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

  /**
   * Writes {@code text} as a JSON string literal.
   *
   * @param text the text
   * @return the literal, with its double quotes
   */
  public static String quote(String text) {
    StringBuilder b = new StringBuilder(text.length() + 2);
    quote(text, b);
    return b.toString();
  }

  private static void quote(String text, StringBuilder b) {
    b.append('"');
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
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
  }
}
