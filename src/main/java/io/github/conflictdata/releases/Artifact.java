package io.github.conflictdata.releases;

import io.github.conflictdata.DatasetKind;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What the cache and the downloader work on: a release of a dataset, or a reference file that is
 * not a dataset (COW's state list). {@code key} names the cache folder.
 */
record Artifact(
    String key,
    String version,
    DatasetKind kind,
    String url,
    String fileName,
    String member,
    OptionalLong size,
    Optional<String> md5,
    String citation,
    boolean cowTerms) {

  /**
   * The catalog's form of a release: "24.1", "4.0", "2016", a monthly candidate "26.0.5", a
   * cumulative candidate "26.01.26.03"; nothing that names a path.
   */
  static final java.util.regex.Pattern VERSION =
      java.util.regex.Pattern.compile("\\d{1,4}(\\.\\d{1,4}){0,3}");

  /** Refuses a version that is not a release number before it names a cache folder. */
  Artifact {
    if (version == null || !VERSION.matcher(version).matches()) {
      throw new IllegalArgumentException("release '" + version + "' of " + key + " is not a"
          + " release number such as 24.1 or 4.0 (digits and dots): nothing was looked up");
    }
  }

  static Artifact of(Release r) {
    return new Artifact(r.kind().name(), r.version(), r.kind(), r.url(), r.fileName(), r.member(),
        r.size(), r.md5(), r.citation(), r.kind().name().startsWith("COW_"));
  }

  /** The file that holds the data: the member, or the downloaded file. */
  String dataFileName() {
    return member != null ? member : fileName;
  }

  String label() {
    return key + " " + version;
  }
}
