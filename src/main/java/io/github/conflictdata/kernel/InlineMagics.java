package io.github.conflictdata.kernel;

/**
 * Line magics used as values, as IJava allows: in {@code List<String> jars = %jars lib/*.jar} the
 * magic after the assignment's {@code =} runs when the statement runs, and its value is assigned.
 * The magic (to the end of its line) is rewritten into a call of {@link Notebook#lineMagic}; code
 * inside strings, character literals, text blocks and comments is left alone.
 */
final class InlineMagics {
  private static final String CALL = "io.github.conflictdata.kernel.Notebook.lineMagic(";

  private InlineMagics() {}

  /** {@code code} with every inline line magic replaced by a call; unchanged when there is none. */
  static String transform(String code) {
    if (code.indexOf('%') < 0) {
      return code;
    }
    StringBuilder out = null;
    int copied = 0;
    int n = code.length();
    int i = 0;
    while (i < n) {
      char c = code.charAt(i);
      char next = i + 1 < n ? code.charAt(i + 1) : 0;
      if (c == '/' && next == '/') {
        i = lineEnd(code, i);
      } else if (c == '/' && next == '*') {
        int e = code.indexOf("*/", i + 2);
        i = e < 0 ? n : e + 2;
      } else if (c == '"' && code.startsWith("\"\"\"", i)) {
        int e = code.indexOf("\"\"\"", i + 3);
        while (e > 0 && code.charAt(e - 1) == '\\') {
          e = code.indexOf("\"\"\"", e + 1);
        }
        i = e < 0 ? n : e + 3;
      } else if (c == '"' || c == '\'') {
        i = literalEnd(code, i, c);
      } else if (c == '=' && isAssignment(code, i)) {
        int m = i + 1;
        while (m < n && (code.charAt(m) == ' ' || code.charAt(m) == '\t')) {
          m++;
        }
        if (m + 1 < n && code.charAt(m) == '%' && Character.isJavaIdentifierStart(code.charAt(m + 1))) {
          int end = lineEnd(code, m);
          String magic = code.substring(m + 1, end).strip();
          if (magic.endsWith(";")) {
            magic = magic.substring(0, magic.length() - 1).strip();
          }
          int sp = indexOfSpace(magic);
          String name = sp < 0 ? magic : magic.substring(0, sp);
          String args = sp < 0 ? "" : magic.substring(sp).strip();
          if (out == null) {
            out = new StringBuilder(code.length() + 64);
          }
          // the magic runs to the end of the line, so the statement ends there (with or without ';')
          out.append(code, copied, m).append(CALL).append(quote(name)).append(", ").append(quote(args))
              .append(");");
          copied = end;
          i = end;
        } else {
          i++;
        }
      } else {
        i++;
      }
    }
    if (out == null) {
      return code;
    }
    return out.append(code, copied, n).toString();
  }

  private static boolean isAssignment(String code, int i) {
    char prev = i > 0 ? code.charAt(i - 1) : 0;
    char next = i + 1 < code.length() ? code.charAt(i + 1) : 0;
    return next != '=' && "=!<>+-*/%&|^".indexOf(prev) < 0;
  }

  private static int lineEnd(String code, int from) {
    int e = code.indexOf('\n', from);
    return e < 0 ? code.length() : e;
  }

  private static int literalEnd(String code, int start, char quote) {
    int i = start + 1;
    while (i < code.length()) {
      char c = code.charAt(i);
      if (c == '\\') {
        i += 2;
      } else if (c == quote || c == '\n') {
        return i + 1;
      } else {
        i++;
      }
    }
    return code.length();
  }

  private static int indexOfSpace(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isWhitespace(s.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /** A Java string literal for {@code s}. */
  static String quote(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> sb.append(c);
      }
    }
    return sb.append('"').toString();
  }
}
