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
  private static volatile String lastDisplayId;

  private Notebook() {}

  /** Connects the API to the running kernel session (called by the evaluator). */
  static void connect(DisplaySink target) {
    sink = target;
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

  /** Renders {@code value} without showing it; a cell whose last expression is the result shows it. */
  public static MimeBundle render(Object value) {
    return Renderers.render(value);
  }

  /** Replaces what an earlier {@link #display(Object)} showed with {@code value}. */
  public static void updateDisplay(String displayId, Object value) {
    Objects.requireNonNull(displayId, "displayId");
    sink().display(Renderers.render(value), displayId, true);
  }

  /** Clears the cell's output now. */
  public static void clearOutput() {
    sink().clearOutput(false);
  }

  /** Clears the cell's output; with {@code wait}, only when the next output replaces it. */
  public static void clearOutput(boolean wait) {
    sink().clearOutput(wait);
  }
}
