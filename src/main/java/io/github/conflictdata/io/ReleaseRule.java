package io.github.conflictdata.io;

import tech.tablesaw.api.Table;

/**
 * How a kind finds the release of a file that does not state it in a version column (UCDP's GED
 * infers it from coverage, ACLED's aggregates from the "as-of" date in the file name). Declared
 * by the family with {@link Schema.Builder#releaseRule}; the reader calls it once the table is
 * built.
 */
@FunctionalInterface
public interface ReleaseRule {
  /**
   * The release of {@code table}.
   *
   * @param fileName the file or resource name as the caller gave it
   * @param table the table as read
   * @param fromVersionColumn the release read off the schema's version column, or null
   * @return the release and a note for {@code Dataset.source()} saying how it was found (empty
   *     when the file states it)
   */
  Release release(String fileName, Table table, String fromVersionColumn);

  /**
   * A release and how it was found.
   *
   * @param version the release, or null if it cannot be known
   * @param note empty when the file states the release; else how it was inferred
   */
  record Release(String version, String note) {
    /** A release the file states. */
    public static Release stated(String version) {
      return new Release(version, "");
    }
  }
}
