package io.github.conflictdata.releases;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The lock file ({@code CONFLICTDATA_LOCK}): per release read, the file read, its size and
 * SHA-256, the URL and when it was fetched. A plain text file of blocks sorted by kind and release,
 * so it diffs well in git:
 *
 * <pre>
 * [UCDP_BRD_CONFLICT 26.1]
 * file = BattleDeaths_v26_1_conf.csv
 * size = 301449
 * sha256 = 0a1b...
 * url = https://ucdp.uu.se/downloads/brd/ucdp-brd-conf-261-csv.zip
 * fetched = 2026-11-26T15:00:00Z
 * </pre>
 *
 * The hash is of the data file itself (the zip member for zipped releases), so a re-zipped archive
 * with the same data still matches. Thread-safe within a JVM; rewritten atomically.
 */
final class LockFile {
  private static final String HEADER =
      "# conflictdata lock file: the exact bytes of every dataset release downloaded or added to\n"
          + "# the cache while CONFLICTDATA_LOCK named this file. Commit it: a later run\n"
          + "# accepts only these bytes (sha256 of the data file; the zip member for zipped releases).\n"
          + "# To accept new bytes for a release, delete its block.\n";

  record Entry(String key, String version, String file, long size, String sha256, String url,
      String fetched) {}

  private static final ConcurrentHashMap<Path, ReentrantLock> JVM_LOCKS = new ConcurrentHashMap<>();

  private final Path path;

  LockFile(Path path) {
    this.path = path;
  }

  Path path() {
    return path;
  }

  synchronized Optional<Entry> get(String key, String version) {
    return Optional.ofNullable(read().get(key + " " + version));
  }

  /**
   * Adds or replaces the entry for its release. The whole read-modify-write holds this JVM's lock
   * for the path and a file lock on {@code FILE.guard} beside it, so two downloads at once (threads,
   * or processes sharing the lock file) never lose each other's pins.
   */
  void put(Entry e) {
    Path abs = path.toAbsolutePath().normalize();
    ReentrantLock jvm = JVM_LOCKS.computeIfAbsent(abs, p -> new ReentrantLock());
    jvm.lock();
    try {
      Files.createDirectories(abs.getParent());
      try (FileChannel ch = FileChannel.open(abs.resolveSibling(abs.getFileName() + ".guard"),
          StandardOpenOption.CREATE, StandardOpenOption.WRITE);
          FileLock fl = ch.lock()) {
        putLocked(e);
      }
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot lock the lock file " + path + " (through "
          + path.getFileName() + ".guard beside it)", ex);
    } finally {
      jvm.unlock();
    }
  }

  private void putLocked(Entry e) {
    Map<String, Entry> all = read();
    Entry old = all.get(e.key() + " " + e.version());
    if (e.equals(old)) {
      return;
    }
    all.put(e.key() + " " + e.version(), e);
    List<Entry> sorted = new ArrayList<>(all.values());
    sorted.sort(Comparator.comparing(Entry::key)
        .thenComparing((Entry x) -> Catalog.versionKey(x.version()))
        .thenComparing(Entry::version));
    StringBuilder s = new StringBuilder(HEADER);
    for (Entry x : sorted) {
      s.append('\n').append('[').append(x.key()).append(' ').append(x.version()).append("]\n");
      s.append("file = ").append(x.file()).append('\n');
      s.append("size = ").append(x.size()).append('\n');
      s.append("sha256 = ").append(x.sha256()).append('\n');
      if (x.url() != null) {
        s.append("url = ").append(x.url()).append('\n');
      }
      s.append("fetched = ").append(x.fetched()).append('\n');
    }
    try {
      Path parent = path.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      Path tmp = Files.createTempFile(parent, ".conflictdata-lock", ".tmp");
      Files.writeString(tmp, s, StandardCharsets.UTF_8);
      Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot write the lock file " + path, ex);
    }
  }

  private Map<String, Entry> read() {
    Map<String, Entry> out = new LinkedHashMap<>();
    if (!Files.exists(path)) {
      return out;
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(path, StandardCharsets.UTF_8);
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot read the lock file " + path, ex);
    }
    String key = null;
    String version = null;
    Map<String, String> f = new LinkedHashMap<>();
    int n = 0;
    for (String raw : lines) {
      n++;
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("[") && line.endsWith("]")) {
        add(out, key, version, f, n);
        String[] kv = line.substring(1, line.length() - 1).trim().split("\\s+");
        if (kv.length != 2) {
          throw bad(n, "a block header [KIND RELEASE]", line);
        }
        key = kv[0];
        version = kv[1];
        f = new LinkedHashMap<>();
        continue;
      }
      int eq = line.indexOf('=');
      if (eq < 0 || key == null) {
        throw bad(n, key == null ? "a block header [KIND RELEASE]" : "name = value", line);
      }
      f.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
    }
    add(out, key, version, f, n);
    return out;
  }

  private void add(Map<String, Entry> out, String key, String version, Map<String, String> f,
      int line) {
    if (key == null) {
      return;
    }
    String sha = f.get("sha256");
    if (sha == null || !sha.matches("[0-9a-f]{64}") || f.get("file") == null) {
      throw bad(line, "file and sha256 (64 lower-case hex digits) in block [" + key + " "
          + version + "]", String.valueOf(sha));
    }
    long size;
    try {
      size = Long.parseLong(f.getOrDefault("size", "-1"));
    } catch (NumberFormatException e) {
      throw bad(line, "a byte count for size in [" + key + " " + version + "]", f.get("size"));
    }
    out.put(key + " " + version,
        new Entry(key, version, f.get("file"), size, sha, f.get("url"), f.get("fetched")));
  }

  private IllegalStateException bad(int line, String expected, String found) {
    return new IllegalStateException("lock file " + path + ":" + line + ": found '" + found
        + "', expected " + expected);
  }
}
