package io.github.conflictdata.kernel;

/**
 * Where a cell's side output goes while it runs: the agent forwards each call to the kernel, which
 * publishes it on Jupyter's IOPub channel. Tests collect the calls.
 */
public interface DisplaySink {
  /** Text written to {@code stdout} or {@code stderr}. */
  void stream(String name, String text);

  /**
   * A display_data message, or an update_display_data message when {@code update} is true.
   *
   * @param displayId the id {@code updateDisplay} refers to
   */
  void display(MimeBundle bundle, String displayId, boolean update);

  /** Clears the cell's output, now or (with {@code wait}) when the next output arrives. */
  void clearOutput(boolean wait);
}
