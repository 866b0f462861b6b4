package io.github.conflictdata.releases;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Command line for {@link ReleaseCache#add}: {@code java -cp conflictdata.jar
 * io.github.conflictdata.releases.AddToCache FILE...} verifies and stores each file as its release
 * in the cache ({@code CONFLICTDATA_CACHE}). Missing files are reported and skipped; a file that
 * fails verification (or is kept unverified: neither the catalog nor the lock file {@code
 * CONFLICTDATA_LOCK} knows its bytes) makes the exit status 1. Used by {@code ./report} for COW's
 * files.
 */
public final class AddToCache {
  private AddToCache() {}

  /** Adds each named file; prints one line per file. */
  public static void main(String[] args) {
    ReleaseCache cache = Releases.fromEnvironment().cache();
    int failed = 0;
    for (String a : args) {
      Path f = Path.of(a);
      if (!Files.isRegularFile(f)) {
        System.out.println("conflictdata: not found, skipped: " + f);
        continue;
      }
      try {
        ReleaseCache.Entry e = cache.add(f);
        if (!e.verified()) {
          failed++;
          System.err.println("conflictdata: " + f + " was kept unverified: " + e.note());
          continue;
        }
        System.out.println("conflictdata: " + f.getFileName() + " -> " + e.key() + " "
            + e.version() + " (sha256 " + e.sha256() + ")");
      } catch (RuntimeException e) {
        failed++;
        System.err.println("conflictdata: cannot add " + f + ": " + e.getMessage());
      }
    }
    System.exit(failed == 0 ? 0 : 1);
  }
}
