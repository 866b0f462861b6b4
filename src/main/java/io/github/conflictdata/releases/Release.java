package io.github.conflictdata.releases;

import io.github.conflictdata.DatasetKind;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One release of a dataset as its publisher serves it: where to fetch it, which file inside a zip
 * holds the data, and the size and MD5 of the exact bytes where a trustworthy record exists (Our
 * World in Data's recorded downloads, see DATA-ACCESS.md). Immutable.
 *
 * @param kind the dataset kind
 * @param version the release, "major.minor" ("26.1", "4.0", "3.1")
 * @param url the publisher's URL (query string included), never null
 * @param member the data file inside a zip, or null when the URL serves the data file itself
 * @param size the byte size of the file at {@code url}, where recorded (else empty)
 * @param md5 lower-case hex MD5 of the file at {@code url}, where recorded (else empty)
 * @param citation the publisher's requested citation for this release
 * @param evidence where the URL, member name, size and MD5 come from (the catalog's sources)
 */
public record Release(
    DatasetKind kind,
    String version,
    String url,
    String member,
    OptionalLong size,
    Optional<String> md5,
    String citation,
    String evidence) {

  /** Checks the components: kind, version, url, citation and evidence are required. */
  public Release {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(size, "size");
    Objects.requireNonNull(md5, "md5");
    Objects.requireNonNull(citation, "citation");
    Objects.requireNonNull(evidence, "evidence");
    URI.create(url); // fails early on a malformed URL
    if (md5.isPresent() && !md5.get().matches("[0-9a-f]{32}")) {
      throw new IllegalArgumentException("md5 must be 32 lower-case hex digits: " + md5.get());
    }
  }

  /**
   * The name of the file the URL serves: the last path segment, percent-decoded ({@code
   * "ucdp-brd-conf-261-csv.zip"}, {@code "PRIO Battle Deaths Dataset 31.xls"}).
   */
  public String fileName() {
    String path = URI.create(url).getRawPath();
    String last = path.substring(path.lastIndexOf('/') + 1);
    return URLDecoder.decode(last.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  /** The name of the file that holds the data: the zip member, or the downloaded file itself. */
  public String dataFileName() {
    return member != null ? member : fileName();
  }

  @Override
  public String toString() {
    return kind + " " + version + " <" + url + ">" + (member != null ? " member " + member : "");
  }
}
