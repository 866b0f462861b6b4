package io.github.conflictdata.compare;

import io.github.conflictdata.ConflictData;
import io.github.conflictdata.Dataset;
import io.github.conflictdata.DatasetKind;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The datasets a comparison draws on, one per kind. {@link #bundled()} loads the releases the jar
 * ships, each on first use; {@link #of(Dataset...)} compares other releases or your own files. A
 * kind that is absent is left out of the comparison (its rows are simply not there).
 *
 * <pre>{@code
 * Sources s = Sources.of(ConflictData.read(Path.of("BattleDeaths_v24_1_conf.csv")),
 *                        ConflictData.bundled(DatasetKind.PRIO_BATTLE_DEATHS));
 * }</pre>
 */
public final class Sources {
  private static final DatasetKind[] USED = {
    DatasetKind.UCDP_BRD_CONFLICT,
    DatasetKind.UCDP_PRIO_ACD,
    DatasetKind.PRIO_BATTLE_DEATHS,
    DatasetKind.COW_INTER_STATE,
    DatasetKind.COW_INTRA_STATE,
    DatasetKind.COW_EXTRA_STATE,
    DatasetKind.COW_NON_STATE
  };

  private static volatile Sources bundled;

  private final Map<DatasetKind, Supplier<Dataset>> suppliers = new EnumMap<>(DatasetKind.class);
  private final Map<DatasetKind, Dataset> loaded = new EnumMap<>(DatasetKind.class);
  private final Map<DatasetKind, String> missing = new EnumMap<>(DatasetKind.class);

  private Sources() {}

  /**
   * The bundled releases of UCDP BRD, UCDP/PRIO ACD and PRIO BD, and the newest release of each
   * COW dataset on this machine: the download cache, else a data folder ({@code
   * CONFLICTDATA_SHARED}, the project's ../shared/data; see {@link SharedData}). COW's terms keep
   * COW files out of the jar. A COW dataset found nowhere is left out and {@link
   * #missing(DatasetKind)} says why (the comparisons put that in their result); it is looked for
   * again on the next use, so a copy added later counts. Never uses the network.
   *
   * @return the bundled and locally found datasets
   */
  public static Sources bundled() {
    Sources s = bundled;
    if (s == null) {
      s = fromCache();
      bundled = s;
    }
    return s;
  }

  /** A new instance of what {@link #bundled()} shares (the bundled files, COW from the cache). */
  static Sources fromCache() {
    Sources s = new Sources();
    for (DatasetKind k : USED) {
      if (k.name().startsWith("COW_")) {
        s.suppliers.put(k, () -> s.cachedCow(k));
      } else {
        s.suppliers.put(k, () -> ConflictData.bundled(k));
      }
    }
    return s;
  }

  private Dataset cachedCow(DatasetKind k) {
    io.github.conflictdata.releases.Releases r =
        io.github.conflictdata.releases.Releases.fromEnvironment();
    Optional<Dataset> d = r.localNewest(k);
    if (d.isEmpty()) {
      missing.put(k, k + " is left out: it is neither in the download cache (" + r.cacheDir()
          + ") nor in a data folder " + io.github.conflictdata.releases.Releases.dataFolders()
          + "; COW's terms keep COW files out of the jar. Put your copy in the folder"
          + " CONFLICTDATA_SHARED names, or add it with ConflictData.cache().add(path) or"
          + " ConflictData.download(DatasetKind." + k + ").");
    } else {
      missing.remove(k);
    }
    return d.orElse(null);
  }

  /**
   * These datasets, by their kind; a later dataset of the same kind replaces an earlier one.
   *
   * @param datasets the datasets to use
   * @return the sources, one dataset per kind
   */
  public static Sources of(Dataset... datasets) {
    Sources s = new Sources();
    for (Dataset d : datasets) {
      s.loaded.put(d.kind(), d);
    }
    return s;
  }

  /**
   * The dataset of this kind, if any.
   *
   * @param kind the dataset kind
   * @return the dataset; empty when none of that kind is held
   */
  public synchronized Optional<Dataset> get(DatasetKind kind) {
    Dataset d = loaded.get(kind);
    if (d == null && suppliers.containsKey(kind)) {
      d = suppliers.get(kind).get();
      if (d != null) {
        loaded.put(kind, d);
      }
    }
    return Optional.ofNullable(d);
  }

  /**
   * Why a dataset these sources were to hold is absent (a COW dataset not in the download cache,
   * for {@link #bundled()}), with how to add it; empty when it is there or was never expected
   * (datasets given to {@link #of} are all there is).
   *
   * @param kind the kind
   * @return the reason, or empty
   */
  public synchronized Optional<String> missing(DatasetKind kind) {
    get(kind);
    return Optional.ofNullable(missing.get(kind));
  }

  /**
   * One line per COW dataset that {@link #bundled()} looked for in the download cache and did not
   * find ({@link #missing(DatasetKind)} of each; the bundled files are always there).
   *
   * @return the notes, empty when nothing is missing
   */
  public synchronized List<String> notes() {
    List<String> out = new java.util.ArrayList<>();
    for (DatasetKind k : suppliers.keySet()) {
      if (k.name().startsWith("COW_")) {
        missing(k).ifPresent(out::add);
      }
    }
    return out;
  }
}
