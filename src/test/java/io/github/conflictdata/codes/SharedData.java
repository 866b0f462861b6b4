package io.github.conflictdata.codes;

import io.github.conflictdata.testing.TestFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Access to ../shared/data (skips when absent) and to the bundled resources. */
final class SharedData {
  private SharedData() {}

  /** A file under the shared data folder; the calling test is skipped if it is absent. */
  static Path file(String relative) {
    return TestFiles.sharedFile(relative);
  }

  /**
   * The bytes of a bundled file in data/country-codes/, read from the class path. COW's
   * states2016.csv is no longer bundled (COW's terms): it is read from ../shared/data, skipping the
   * calling test when absent.
   */
  static byte[] bundled(String name) {
    if (name.equals(CountryCodes.COW_FILE)) {
      try {
        return java.nio.file.Files.readAllBytes(TestFiles.sharedFile("country-codes/" + name));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    try (InputStream in = SharedData.class.getResourceAsStream(CountryCodes.RESOURCE_DIR + name)) {
      if (in == null) {
        throw new AssertionError("bundled resource " + name + " is not on the class path");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A test fixture in src/test/resources/codes/. */
  static InputStream fixture(String name) {
    InputStream in = SharedData.class.getResourceAsStream("/codes/" + name);
    if (in == null) {
      throw new AssertionError("fixture /codes/" + name + " is missing");
    }
    return in;
  }
}
