package io.github.conflictdata.releases;

import io.github.conflictdata.DatasetKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A second JVM for {@link ConcurrentDownloadTest}: downloads one release into a shared cache and
 * prints the SHA-256 of the file it got. Arguments: cache, mirror, url, member, md5, size.
 */
public final class DownloadProcessMain {
  private DownloadProcessMain() {}

  /** Entry point; exits non-zero on failure. */
  public static void main(String[] a) throws Exception {
    Release r = new Release(DatasetKind.UCDP_BRD_CONFLICT, "24.1", a[2], a[3],
        OptionalLong.of(Long.parseLong(a[5])), Optional.of(a[4]), "test", "test");
    Releases rel = Releases.builder().cacheDir(Path.of(a[0])).mirror(a[1]).offline(false)
        .lockFile(null).progress(ProgressListener.silent()).build();
    System.out.println("ready");
    System.out.flush();
    Path f = rel.file(r);
    System.out.println("sha256 " + Fixtures.sha256(Files.readAllBytes(f)));
  }
}
