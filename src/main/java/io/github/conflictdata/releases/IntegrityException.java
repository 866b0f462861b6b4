package io.github.conflictdata.releases;

/**
 * Bytes that are not the ones expected: a size or MD5 that differs from the catalog's record, a
 * SHA-256 that differs from the lock file's, or a file whose detected kind or release is not the
 * one asked for. The message names both values and how to accept the new bytes if that is wanted.
 */
public class IntegrityException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** An integrity failure described by {@code message}. */
  public IntegrityException(String message) {
    super(message);
  }
}
