package io.github.conflictdata.kernel;

import java.util.Objects;
import java.util.UUID;

/**
 * The display API of every notebook cell, named as IJava names it so that IJava notebooks run
 * unchanged: {@code display(x)}, {@code render(x)}, {@code updateDisplay(id, x)}, and {@code
 * clearOutput()}. The kernel imports these statically into each session.
 */
public final class Notebook {
  private static volatile DisplaySink sink;
  private static volatile Evaluator session;
  private static volatile String lastDisplayId;

  private Notebook() {}

  /** Connects the API to the running kernel session (called by the evaluator). */
  static void connect(DisplaySink target, Evaluator evaluator) {
    sink = target;
    session = evaluator;
  }

  /** The id the last {@link #display(Object)} returned. */
  static String lastDisplayId() {
    return lastDisplayId;
  }

  private static DisplaySink sink() {
    DisplaySink s = sink;
    if (s == null) {
      throw new IllegalStateException("display is available only inside a conflictdata kernel");
    }
    return s;
  }

  private static Evaluator session() {
    Evaluator e = session;
    if (e == null) {
      throw new IllegalStateException("eval and magics are available only inside a conflictdata kernel");
    }
    return e;
  }

  /**
   * Shows {@code value} below the cell now (a Table as HTML, a chart as an image, ...).
   *
   * @return the display id, for {@link #updateDisplay(String, Object)}
   */
  public static String display(Object value) {
    String id = UUID.randomUUID().toString();
    lastDisplayId = id;
    sink().display(Renderers.render(value), id, false);
    return id;
  }

  /**
   * IJava's {@code display(value, mimeTypes...)}: shows {@code value} as the MIME types named
   * (plus {@code text/plain}); a String shown as {@code text/markdown}, {@code text/html} or
   * another text type is that markup, e.g. {@code display("*done*", "text/markdown")}.
   *
   * @return the display id, for {@link #updateDisplay(String, Object, String...)}
   */
  public static String display(Object value, String... mimeTypes) {
    String id = UUID.randomUUID().toString();
    lastDisplayId = id;
    sink().display(Renderers.renderAs(value, mimeTypes), id, false);
    return id;
  }

  /**
   * {@code display(value, mimeType)} as IJava orders the arguments, and also rapaio's {@code
   * display(mimeType, value)}: when only the first argument is a MIME type, it is the type.
   */
  public static String display(String first, Object second) {
    if (isMimeType(first) && !(second instanceof String s && isMimeType(s))) {
      return display(second, new String[] {first});
    }
    if (second instanceof String mime && isMimeType(mime)) {
      return display((Object) first, new String[] {mime});
    }
    throw new IllegalArgumentException("display(a, b): neither '" + first + "' nor '" + second
        + "' is a MIME type such as text/html or text/markdown");
  }

  /** Renders {@code value} without showing it; a cell whose last expression is the result shows it. */
  public static MimeBundle render(Object value) {
    return Renderers.render(value);
  }

  /** IJava's {@code render(value, mimeTypes...)}: {@code value} as those MIME types, not shown yet. */
  public static MimeBundle render(Object value, String... mimeTypes) {
    return Renderers.renderAs(value, mimeTypes);
  }

  /** Replaces what an earlier {@link #display(Object)} showed with {@code value}. */
  public static void updateDisplay(String displayId, Object value) {
    Objects.requireNonNull(displayId, "displayId");
    sink().display(Renderers.render(value), displayId, true);
  }

  /** IJava's {@code updateDisplay(id, value, mimeTypes...)}: replaces a display, as those MIME types. */
  public static void updateDisplay(String displayId, Object value, String... mimeTypes) {
    Objects.requireNonNull(displayId, "displayId");
    sink().display(Renderers.renderAs(value, mimeTypes), displayId, true);
  }

  /** {@code updateDisplay(id, value, mimeType)}, or rapaio's {@code updateDisplay(id, mimeType, value)}. */
  public static void updateDisplay(String displayId, String first, Object second) {
    if (isMimeType(first) && !(second instanceof String s && isMimeType(s))) {
      updateDisplay(displayId, second, new String[] {first});
    } else if (second instanceof String mime && isMimeType(mime)) {
      updateDisplay(displayId, (Object) first, new String[] {mime});
    } else {
      throw new IllegalArgumentException("updateDisplay(id, a, b): neither '" + first + "' nor '"
          + second + "' is a MIME type such as text/html or text/markdown");
    }
  }

  /** Whether {@code s} reads as a MIME type ({@code text/html}, {@code image/svg+xml}, ...). */
  static boolean isMimeType(String s) {
    return s != null && s.matches("[a-z]+/[A-Za-z0-9.+_-]+");
  }

  /** Clears the cell's output now. */
  public static void clearOutput() {
    sink().clearOutput(false);
  }

  /** Clears the cell's output; with {@code wait}, only when the next output replaces it. */
  public static void clearOutput(boolean wait) {
    sink().clearOutput(wait);
  }

  /**
   * IJava's {@code eval(code)}: evaluates Java code now, in this session, and returns the value of
   * its last expression, e.g. {@code (int) eval("1 + 1")}. Declarations it makes stay in the session.
   *
   * @throws EvalException when the code does not compile; an exception the code throws is
   *     rethrown as it is
   */
  public static Object eval(String code) throws Exception {
    try {
      return session().evalForValue(code);
    } catch (Exception | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new EvalException(t.toString());
    }
  }

  /**
   * Runs a line magic and returns its value: what {@code %jars lib/*.jar} becomes when it is used
   * as a value ({@code List<String> jars = %jars lib/*.jar}). {@code %jars}, {@code %classpath}
   * and {@code %maven} return the paths they added, as a {@code List<String>}.
   */
  @SuppressWarnings("unchecked")
  public static <T> T lineMagic(String name, String args) {
    return (T) session().magics().value(name, args);
  }

  /** The table display settings (rows, columns, cell width): {@code tableDisplay().maxRows(100)}. */
  public static TableDisplay tableDisplay() {
    return TableDisplay.settings();
  }

  /** Thrown by {@link #eval(String)} when the code does not compile, and by failing magics. */
  public static final class EvalException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** An error with the compiler's or the magic's message. */
    public EvalException(String message) {
      super(message);
    }
  }
}
