package io.github.conflictdata;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code PathProbe path|stream FILE}: reads FILE by path or as a stream and prints {@code OUTCOME}
 * and the exception's class and first line, for {@link ReaderResourceLimitsTest} (run with a
 * small heap). Exit status 3: out of memory.
 */
public final class PathProbe {
  private PathProbe() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[1]);
    try {
      if (args[0].equals("path")) {
        ConflictData.read(file);
      } else {
        try (InputStream in = Files.newInputStream(file)) {
          ConflictData.reader().read(in, file.getFileName().toString());
        }
      }
      System.out.println("OUTCOME read");
    } catch (OutOfMemoryError e) {
      System.out.println("OUTCOME " + e);
      System.exit(3);
    } catch (RuntimeException e) {
      System.out.println("OUTCOME " + e.getClass().getSimpleName() + ": "
          + String.join(" | ", e.getMessage().lines().limit(3).toList()));
    }
  }
}
