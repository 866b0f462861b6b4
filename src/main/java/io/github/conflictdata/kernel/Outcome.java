package io.github.conflictdata.kernel;

import java.util.List;

/**
 * How a cell ended: {@code ok} with an optional result to show, or an error with Jupyter's
 * ename/evalue/traceback. {@code fatal} means the session cannot go on (the agent restarts).
 */
public record Outcome(
    boolean ok, MimeBundle result, String ename, String evalue, List<String> traceback, boolean fatal) {

  /** Success; {@code result} may be null (nothing to show). */
  public static Outcome success(MimeBundle result) {
    return new Outcome(true, result, null, null, List.of(), false);
  }

  /** An error shown to the user; the first traceback line repeats ename and evalue. */
  public static Outcome error(String ename, String evalue, List<String> traceback) {
    return new Outcome(false, null, ename, evalue == null ? "" : evalue, List.copyOf(traceback), false);
  }

  /** An error after which the session must restart. */
  Outcome asFatal() {
    return new Outcome(ok, result, ename, evalue, traceback, true);
  }
}
