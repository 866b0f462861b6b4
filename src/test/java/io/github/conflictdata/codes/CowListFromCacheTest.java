package io.github.conflictdata.codes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conflictdata.ConflictData;
import io.github.conflictdata.testing.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * COW's state list is not shipped (COW's terms): the crosswalk reads it from the download cache,
 * and says clearly how to put it there when it is absent (for COW lookups only: G&amp;W ones work).
 */
class CowListFromCacheTest {
  @TempDir Path cache;

  @Test
  void absentListIsAClearErrorAndAnAddedOneIsRead() throws Exception {
    String before = System.getProperty("conflictdata.cache");
    String shared = System.getProperty("conflictdata.shared");
    System.setProperty("conflictdata.cache", cache.toString());
    try {
      // the cache only: no data folder (CONFLICTDATA_SHARED=none) to find the list in
      System.setProperty("conflictdata.shared", "none");
      CountryCodes without;
      try {
        without = CountryCodes.builder().build(); // G&W works without COW's list
      } finally {
        if (shared == null) {
          System.clearProperty("conflictdata.shared");
        } else {
          System.setProperty("conflictdata.shared", shared);
        }
      }
      assertEquals(1, without.notes().size());
      IllegalStateException e = assertThrows(IllegalStateException.class,
          () -> without.cowState(2, java.time.LocalDate.of(2000, 1, 1)));
      assertEquals(without.notes().get(0), e.getMessage());
      assertTrue(e.getMessage().contains("states2016.csv") && e.getMessage().contains("cache().add")
          && e.getMessage().contains(cache.toString()) && e.getMessage().contains("terms"),
          e.getMessage());
      Path states = TestFiles.sharedFile("country-codes/states2016.csv");
      ConflictData.cache().add(states);
      CountryCodes codes = CountryCodes.builder().build();
      assertEquals(TestFiles.sha256(Files.readAllBytes(states)), codes.sources().get(0).sha256());
      assertTrue(codes.sources().get(0).name().startsWith(cache.toString()),
          codes.sources().get(0).name());
      assertEquals(243, codes.cowStates().size()); // SOURCES.md: 243 rows
    } finally {
      if (before == null) {
        System.clearProperty("conflictdata.cache");
      } else {
        System.setProperty("conflictdata.cache", before);
      }
    }
  }
}
