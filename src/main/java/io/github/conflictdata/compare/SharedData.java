package io.github.conflictdata.compare;

import io.github.conflictdata.Dataset;
import io.github.conflictdata.DatasetKind;
import io.github.conflictdata.releases.Releases;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Third-party files that the project may not ship (COW, ACLED, large UCDP files), found on this
 * machine in one order for every dataset: the download cache, then your local data folder (the
 * environment variable {@code CONFLICTDATA_SHARED}), then the project's {@code ../shared/data}
 * ({@code ../../shared/data} from {@code notebooks/}). Nothing is copied into the cache, and the
 * network is never used, so a notebook finds the same files in a browser as in {@code ./report}.
 *
 * <pre>{@code
 * Optional<Dataset> cowInter = SharedData.newest(DatasetKind.COW_INTER_STATE);   // empty when absent
 * Optional<Path> ged = SharedData.file("ucdp-ged/ged191.csv");
 * }</pre>
 */
public final class SharedData {
  /** The environment variable naming your local data folder. */
  public static final String ENV = Releases.SHARED_ENV;

  private SharedData() {}

  /**
   * The data folders searched after the cache, in order ({@link Releases#dataFolders()}).
   *
   * @return the folders that exist
   */
  public static List<Path> folders() {
    return Releases.dataFolders();
  }

  /**
   * The first data folder, if any.
   *
   * @return the folder {@code CONFLICTDATA_SHARED} names, else the project's shared data folder
   */
  public static Optional<Path> folder() {
    return folders().stream().findFirst();
  }

  /**
   * A file at this path inside the first data folder that has it.
   *
   * @param relative the path inside the folder, e.g. {@code "ucdp-ged/ged191.csv"}
   * @return the file, or empty when no folder has it
   */
  public static Optional<Path> file(String relative) {
    return Releases.dataFile(relative);
  }

  /**
   * The newest release of {@code kind} on this machine: the cache's, else the newest catalog
   * release whose file is in a data folder.
   *
   * @param kind the dataset kind, e.g. {@code COW_INTER_STATE}
   * @return the dataset, or empty when it is not on this machine
   */
  public static Optional<Dataset> newest(DatasetKind kind) {
    return Releases.fromEnvironment().localNewest(kind);
  }
}
