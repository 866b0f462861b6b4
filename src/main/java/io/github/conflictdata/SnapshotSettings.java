package io.github.conflictdata;

import io.github.conflictdata.io.ReadOptions;
import io.github.conflictdata.io.Snapshots;
import io.github.conflictdata.releases.Releases;
import java.util.Locale;

/**
 * The snapshot settings: {@code CONFLICTDATA_SNAPSHOTS} ({@code conflictdata.snapshots}): on or off
 * (default on; 1/0, true/false, yes/no, on/off in any case), {@code CONFLICTDATA_SNAPSHOT_MAX}
 * ({@code conflictdata.snapshot.max}): the most the store may hold, in bytes (default 4 GiB). The
 * store is the folder {@code snapshots} of the download cache.
 */
final class SnapshotSettings {
  static final long DEFAULT_MAX = 4L << 30;

  private SnapshotSettings() {}

  /** The store, or null when snapshots are off. */
  static Snapshots store() {
    String on = setting("CONFLICTDATA_SNAPSHOTS", "conflictdata.snapshots");
    if (on != null) {
      switch (on.strip().toLowerCase(Locale.ROOT)) {
        case "1", "true", "yes", "on" -> { }
        case "0", "false", "no", "off" -> {
          return null;
        }
        default -> throw new IllegalArgumentException("CONFLICTDATA_SNAPSHOTS (conflictdata.snapshots)"
            + " is '" + on + "'; accepted: 1/0, true/false, yes/no, on/off");
      }
    }
    long max = DEFAULT_MAX;
    String m = setting("CONFLICTDATA_SNAPSHOT_MAX", "conflictdata.snapshot.max");
    if (m != null) {
      try {
        max = Long.parseLong(m.strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("CONFLICTDATA_SNAPSHOT_MAX (conflictdata.snapshot.max) is '"
            + m + "'; expected a number of bytes", e);
      }
    }
    return new Snapshots(Releases.fromEnvironment().cacheDir().resolve("snapshots"), max);
  }

  /** The options that change what a read returns (not threads or block size). */
  static String optionsKey(ReadOptions o) {
    return o.kind() + "," + o.lenient() + "," + o.maxCellBytes() + "," + o.maxFieldsPerLine() + ","
        + o.maxRecordBytes() + "," + o.maxProblems() + "," + o.maxWorkbookBytes() + ","
        + o.maxWorkbookUnpackedBytes() + "," + o.member() + "," + o.maxArchiveUnpackedBytes();
  }

  private static String setting(String env, String property) {
    String p = System.getProperty(property);
    if (p != null && !p.isBlank()) {
      return p;
    }
    String e = System.getenv(env);
    return e == null || e.isBlank() ? null : e;
  }
}
