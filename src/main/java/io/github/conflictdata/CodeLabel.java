package io.github.conflictdata;

import java.util.Optional;

/**
 * One value of a coded column, as a dataset's codebook defines it: the integer code found in the
 * file, a short label and the codebook's own wording.
 *
 * <p>Every codebook enum in the family packages ({@code ucdp}, {@code cow}, {@code prio})
 * implements this, so that {@link Labels} can treat them alike.
 */
public interface CodeLabel {

  /** The integer code as it appears in the data file. */
  int code();

  /** A short label for tables and charts, worded after the codebook. */
  String label();

  /** The codebook's own description of the code, as close to its wording as practical. */
  String description();

  /**
   * The constant among {@code values} whose {@link #code()} is {@code code}; empty for a code the
   * codebook does not define. Never throws for an unknown code.
   */
  static <E extends CodeLabel> Optional<E> find(E[] values, int code) {
    for (E e : values) {
      if (e.code() == code) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }
}
