package io.github.conflictdata;

import java.util.List;

/**
 * A result that carries the notes it produced (rows a join could not place, columns a diff could
 * not compare), instead of printing warnings while it was made: the notes stay with the result,
 * and a notebook shows them once, set apart below it (the kernel renders them as a dimmed block,
 * a report as a footnote).
 */
public interface Noted {
  /**
   * What the result wants said about how it was made, one line each.
   *
   * @return the notes; empty when there is nothing to say
   */
  List<String> notes();
}
