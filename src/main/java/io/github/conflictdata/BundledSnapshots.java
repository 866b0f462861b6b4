package io.github.conflictdata;

import io.github.conflictdata.io.Snapshot;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Build step: parses every bundled release once and writes its {@link Snapshot} into the classes
 * folder, so that the jar carries the publishers' files byte for byte and, beside them, the typed
 * tables they parse to. {@link ConflictData#bundled(DatasetKind)} maps the snapshot when its
 * recorded SHA-256 is that of the publisher's file in the same jar, and parses the file otherwise.
 * Run by Maven ({@code exec:java} in {@code process-classes}); not part of the API.
 */
public final class BundledSnapshots {
  private BundledSnapshots() {}

  /**
   * Writes the snapshots.
   *
   * @param args the classes folder ({@code target/classes})
   */
  public static void main(String[] args) {
    Path classes = Path.of(args[0]);
    long t0 = System.nanoTime();
    for (ConflictData.BundledRelease r : ConflictData.bundledReleases()) {
      String resource = "io/github/conflictdata/data/" + r.resource();
      byte[] bytes;
      try (InputStream in = BundledSnapshots.class.getClassLoader().getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("bundled resource missing: " + resource);
        }
        bytes = in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Snapshot.write(ConflictData.parseBundled(r, bytes),
          classes.resolve(ConflictData.SNAPSHOTS + r.resource() + ".cdsnap"));
    }
    System.out.printf("bundled snapshots: %d releases in %.1f s%n",
        ConflictData.bundledReleases().size(), (System.nanoTime() - t0) / 1e9);
  }
}
