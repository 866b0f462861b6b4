package io.github.conflictdata.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Small helpers the tests of several packages share: the shared data folder (skipping the calling
 * test when it is absent), SHA-256 of bytes, and a plain CSV splitter that is independent of the
 * library's readers, so expected values come from the files themselves.
 */
public final class TestFiles {
  private TestFiles() {}

  /** The folder named by the system property {@code conflictdata.shared}; skips when absent. */
  public static Path sharedDir() {
    String p = System.getProperty("conflictdata.shared");
    assumeTrue(p != null, "system property conflictdata.shared is not set (run through Maven): skipped");
    Path d = Path.of(p);
    assumeTrue(Files.isDirectory(d), "shared data folder " + d + " is absent: skipped");
    return d;
  }

  /** A file in the shared data folder; skips the calling test when it is absent. */
  public static Path sharedFile(String relative) {
    Path f = sharedDir().resolve(relative);
    assumeTrue(Files.isRegularFile(f), "shared data file " + f + " is absent: skipped");
    return f;
  }

  /** The SHA-256 of {@code bytes} as 64 lower-case hex digits, as SOURCES.md writes it. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError("every Java platform has SHA-256", e);
    }
  }

  /**
   * Splits CSV text into records of fields (RFC 4180 quoting: commas, doubled quotes and line
   * breaks inside quotes). A record ends at LF, CRLF or a lone CR; a final line break adds no
   * empty record. Fields are returned as written, not trimmed.
   */
  public static List<List<String>> csvRecords(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder f = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          f.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          f.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(f.toString());
        f.setLength(0);
      } else if (c == '\r' || c == '\n') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        fields.add(f.toString());
        f.setLength(0);
        rows.add(fields);
        fields = new ArrayList<>();
      } else {
        f.append(c);
      }
    }
    if (f.length() > 0 || !fields.isEmpty()) {
      fields.add(f.toString());
      rows.add(fields);
    }
    return rows;
  }

  /** COW files in ../shared/data that tests put into the download cache. */
  public static final List<String> COW_FILES = List.of(
      "cow-wars/Inter-StateWarData_v4.0.csv", "cow-wars/INTRA-STATE WARS v5.1 CSV.csv",
      "cow-wars/Intra-StateWarData_v4.1.csv", "cow-wars/Extra-StateWarData_v4.0.csv",
      "cow-wars/Non-StateWarData_v4.0.csv", "country-codes/states2016.csv");

  private static volatile boolean cowAdded;

  /**
   * Puts ../shared/data's COW war files and state list into the download cache the tests use
   * (surefire sets {@code conflictdata.cache} to target/test-cache), through {@code
   * ConflictData.cache().addTrusted}: COW's terms keep them out of the jar. Skips the calling test (or
   * class, from {@code @BeforeAll}) when any is absent.
   */
  public static void cowInCache() {
    List<java.nio.file.Path> files = new ArrayList<>();
    for (String f : COW_FILES) {
      files.add(sharedFile(f));
    }
    if (cowAdded) {
      return;
    }
    synchronized (TestFiles.class) {
      if (!cowAdded) {
        io.github.conflictdata.releases.ReleaseCache cache =
            io.github.conflictdata.ConflictData.cache();
        for (java.nio.file.Path f : files) {
          cache.addTrusted(f); // the shared copies, whose provenance SOURCES.md records
        }
        cowAdded = true;
      }
    }
  }
}
