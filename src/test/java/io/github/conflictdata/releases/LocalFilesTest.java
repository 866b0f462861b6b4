package io.github.conflictdata.releases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conflictdata.ConflictData;
import io.github.conflictdata.Dataset;
import io.github.conflictdata.DatasetKind;
import io.github.conflictdata.compare.SharedData;
import io.github.conflictdata.testing.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one resolution order for third-party files: the download cache, then the folder {@code
 * CONFLICTDATA_SHARED} names, then the project's ../shared/data; nothing is copied into the cache
 * on the way. COW's inter-state file is copied from ../shared/data into a temporary folder for the
 * test (skipped when absent), never into the repository.
 */
class LocalFilesTest {
  @TempDir Path cache;
  @TempDir Path mine;

  private static void withSettings(Path cache, String shared, Runnable r) {
    String c = System.getProperty("conflictdata.cache");
    String s = System.getProperty("conflictdata.shared");
    System.setProperty("conflictdata.cache", cache.toString());
    System.setProperty("conflictdata.shared", shared);
    try {
      r.run();
    } finally {
      restore("conflictdata.cache", c);
      restore("conflictdata.shared", s);
    }
  }

  private static void restore(String key, String value) {
    if (value == null) {
      System.clearProperty(key);
    } else {
      System.setProperty(key, value);
    }
  }

  private List<Path> cacheFiles() {
    try (Stream<Path> s = Files.walk(cache)) {
      return s.filter(Files::isRegularFile).toList();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void cacheThenYourFolderThenNothingAndTheCacheStaysAsItWas() throws IOException {
    Path original = TestFiles.sharedFile("cow-wars/Inter-StateWarData_v4.0.csv");
    Path copy = Files.createDirectories(mine.resolve("cow")).resolve(original.getFileName());
    Files.copy(original, copy);

    withSettings(cache, mine.toString(), () -> {
      assertEquals(mine.toAbsolutePath().normalize(), SharedData.folders().get(0));
      Optional<Dataset> d = SharedData.newest(DatasetKind.COW_INTER_STATE);
      assertTrue(d.isPresent(), "found in the folder CONFLICTDATA_SHARED names");
      assertEquals(copy.toString(), d.get().source().name());
      assertEquals("4.0", d.get().version());
      assertEquals(List.of(), cacheFiles(), "nothing was copied into the cache");
    });
    withSettings(cache, "none", () -> {
      assertEquals(List.of(), SharedData.folders());
      assertTrue(SharedData.newest(DatasetKind.COW_INTER_STATE).isEmpty(), "no cache entry, no folder");
      assertTrue(Releases.fromEnvironment().localCowStateList().isEmpty());
      ConflictData.cache().add(original);
      Dataset cached = SharedData.newest(DatasetKind.COW_INTER_STATE).orElseThrow();
      assertTrue(cached.source().name().startsWith(cache.toString()), "the cache comes first: " + cached.source().name());
    });
    withSettings(cache, mine.toString(), () -> {
      Dataset first = SharedData.newest(DatasetKind.COW_INTER_STATE).orElseThrow();
      assertTrue(first.source().name().startsWith(cache.toString()), "the cache before the folder: " + first.source().name());
    });
  }
}
