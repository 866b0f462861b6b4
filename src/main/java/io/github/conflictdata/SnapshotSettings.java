package io.github.conflictdata;

import io.github.conflictdata.io.ReadOptions;
import io.github.conflictdata.io.Snapshots;

/**
 * The snapshot settings (read through {@link Settings}): {@code CONFLICTDATA_SNAPSHOTS} ({@code conflictdata.snapshots}): on or off
 * (default on; 1/0, true/false, yes/no, on/off in any case), {@code CONFLICTDATA_SNAPSHOT_MAX}
 * ({@code conflictdata.snapshot.max}): the most the store may hold, in bytes (default 4 GiB). The
 * store is the folder {@code snapshots} of the download cache.
 */
final class SnapshotSettings {
  static final long DEFAULT_MAX = 4L << 30;

  private SnapshotSettings() {}

  /** The store, or null when snapshots are off. */
  static Snapshots store() {
    if (!Settings.flag("conflictdata.snapshots", "CONFLICTDATA_SNAPSHOTS", true)) {
      return null;
    }
    long max = DEFAULT_MAX;
    String m = Settings.text("conflictdata.snapshot.max", "CONFLICTDATA_SNAPSHOT_MAX");
    if (m != null) {
      try {
        max = Long.parseLong(m);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("CONFLICTDATA_SNAPSHOT_MAX (conflictdata.snapshot.max) is '"
            + m + "'; expected a number of bytes", e);
      }
    }
    return new Snapshots(Settings.current().cacheDir().resolve("snapshots"), max);
  }

  /** The options that change what a read returns (not threads or block size). */
  static String optionsKey(ReadOptions o) {
    return o.kind() + "," + o.lenient() + "," + o.maxCellBytes() + "," + o.maxFieldsPerLine() + ","
        + o.maxRecordBytes() + "," + o.maxProblems() + "," + o.maxWorkbookBytes() + ","
        + o.maxWorkbookUnpackedBytes() + "," + o.member() + "," + o.maxArchiveUnpackedBytes();
  }
}
