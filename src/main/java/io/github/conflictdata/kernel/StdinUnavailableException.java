package io.github.conflictdata.kernel;

/**
 * Thrown by a read of {@code System.in} when the notebook's client accepts no input ({@code
 * allow_stdin} false, as under {@code nbconvert --execute}), instead of waiting forever or
 * returning end-of-file. The message says why and how to give the input in the cell.
 */
public final class StdinUnavailableException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  StdinUnavailableException() {
    super("this cell reads System.in, but the notebook's client does not accept input "
        + "(allow_stdin is false: the notebook is run headless, e.g. by nbconvert --execute or "
        + "nbclient, or the read happened outside a running cell). Run it in Jupyter, or give the "
        + "input in the cell: System.setIn(new ByteArrayInputStream(\"...\".getBytes()))");
  }
}
