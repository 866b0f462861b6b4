package io.github.conflictdata;

import java.util.Objects;

/**
 * Where a dataset's table came from: the file or classpath resource, its SHA-256, and the
 * publisher's citation and licence, so that a chart footnote or report can cite it.
 *
 * @param name file path or resource name as given by the caller
 * @param sha256 lower-case hex SHA-256 of the bytes read
 * @param citation the publisher's requested citation
 * @param licence the licence or terms of use
 * @param note how the release was found when the file does not state it (e.g. "release 19.1
 *     inferred from coverage: ..."), or empty
 */
public record Source(String name, String sha256, String citation, String licence, String note) {

  public Source {
    note = Objects.requireNonNullElse(note, "");
  }

  /** A source whose release the file itself states (no note). */
  public Source(String name, String sha256, String citation, String licence) {
    this(name, sha256, citation, licence, "");
  }

  /** True if the release was not read from the file but inferred (see {@link #note()}). */
  public boolean releaseInferred() {
    return !note.isEmpty();
  }
}
