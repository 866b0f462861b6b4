package io.github.conflictdata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Test access to the bundled resources; ../shared/data goes through {@link
 * io.github.conflictdata.testing.TestFiles} (one set of helpers: skips with a message when absent).
 */
public final class Shared {
  private Shared() {}

  /** The shared data folder; the calling test is skipped (with a message) when it is absent. */
  public static Path dir() {
    return io.github.conflictdata.testing.TestFiles.sharedDir();
  }

  /** A file in the shared data folder; skips when absent. */
  public static Path file(String relative) {
    return io.github.conflictdata.testing.TestFiles.sharedFile(relative);
  }

  /**
   * The bytes of a bundled resource under io/github/conflictdata/data/. COW files ("cow/...") are
   * no longer bundled (COW's terms forbid redistribution): they are read from ../shared/data's
   * cow-wars/ folder instead, skipping the calling test when absent.
   */
  public static byte[] bundledBytes(String relative) {
    if (relative.startsWith("cow/")) {
      try {
        return Files.readAllBytes(
            io.github.conflictdata.testing.TestFiles.sharedFile("cow-wars/" + relative.substring(4)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    String name = "io/github/conflictdata/data/" + relative;
    try (InputStream in = Shared.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
