package io.github.conflictdata;

import io.github.conflictdata.acled.AcledFamily;
import io.github.conflictdata.cow.CowFamily;
import io.github.conflictdata.io.DatasetFamily;
import io.github.conflictdata.io.DatasetReader;
import io.github.conflictdata.io.Snapshots;
import io.github.conflictdata.io.ReadOptions;
import io.github.conflictdata.io.Schema;
import io.github.conflictdata.prio.PrioFamily;
import io.github.conflictdata.ucdp.UcdpFamily;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The entry point: read any supported conflict dataset file into a typed {@link Dataset}.
 *
 * <pre>{@code
 * Dataset brd = ConflictData.read(Path.of("BattleDeaths_v24_1_conf.csv"));
 * Dataset acd = ConflictData.bundled(DatasetKind.UCDP_PRIO_ACD);
 * Dataset messy = ConflictData.reader().kind(DatasetKind.COW_INTER_STATE).lenient().read(path);
 * }</pre>
 */
public final class ConflictData {
  /** The dataset families, each declaring its kinds; detection tries them in this order. */
  private static final List<DatasetFamily> FAMILIES =
      List.of(UcdpFamily.INSTANCE, CowFamily.INSTANCE, PrioFamily.INSTANCE, AcledFamily.INSTANCE);

  /** Every kind's schema, in the order detection tries them. */
  private static final List<Schema> SCHEMAS =
      FAMILIES.stream().flatMap(f -> f.schemas().stream()).toList();

  private static final String DATA = "io/github/conflictdata/data/";

  /** The releases this jar ships, newest first within each kind. */
  private static final List<BundledRelease> BUNDLED =
      List.of(
          new BundledRelease(DatasetKind.UCDP_BRD_CONFLICT, "24.1", "ucdp/BattleDeaths_v24_1_conf.csv"),
          new BundledRelease(DatasetKind.UCDP_BRD_DYADIC, "24.1", "ucdp/BattleDeaths_v24_1.csv"),
          new BundledRelease(DatasetKind.UCDP_DYADIC, "24.1", "ucdp/Dyadic_v24_1.csv"),
          new BundledRelease(DatasetKind.UCDP_NONSTATE, "25.1", "ucdp/NonState_v25_1.xlsx"),
          new BundledRelease(DatasetKind.UCDP_ONESIDED, "25.1", "ucdp/OneSided_v25_1.xlsx"),
          new BundledRelease(DatasetKind.UCDP_PRIO_ACD, "24.1", "ucdp/UcdpPrioConflict_v24_1.xlsx"),
          new BundledRelease(DatasetKind.UCDP_PRIO_ACD, "23.1", "ucdp/UcdpPrioConflict_v23_1.csv"),
          new BundledRelease(
              DatasetKind.PRIO_BATTLE_DEATHS, "3.1", "prio/PRIO Battle Deaths Dataset 3.1.xls"),
          new BundledRelease(DatasetKind.PRIO_BATTLE_DEATHS, "3.0", "prio/PRIO_bd3.0.xls"));

  /** Each bundled release as parsed once in this JVM; never handed out (callers get copies). */
  private static final Map<BundledRelease, Dataset> PARSED = new ConcurrentHashMap<>();

  private ConflictData() {}

  /**
   * Reads a file strictly, detecting its kind and release from its content. A zip archive as UCDP
   * ships it ({@code ged251-csv.zip}) is read through its one data member; for an archive of
   * several, name one with {@code ConflictData.reader().member("x.csv").read(path)}.
   *
   * @param file a csv, tsv, xls, xlsx or zip file
   * @return the dataset
   *
   * @throws DatasetFormatException if the file is of no known kind or any record is malformed
   * @throws java.io.UncheckedIOException if the file cannot be read
   */
  public static Dataset read(Path file) {
    return reader().read(file);
  }

  /** A reader with options: {@code ConflictData.reader().kind(...).lenient().read(path)}. */
  public static Reader reader() {
    return new Reader();
  }

  /**
   * The newest release of {@code kind} that this library ships, read from the classpath. UCDP
   * (BRD conflict and dyadic, ACD, Dyadic, Non-State, One-Sided), COW and PRIO releases are
   * bundled with their citations; UCDP GED is too large, and ACLED's terms forbid redistribution.
   *
   * <p>Each release is parsed once per JVM (the first call, about a second for a workbook); every
   * call returns its own copy ({@link Dataset#copy()}), so what one caller changes in its table
   * ({@code removeColumns}, {@code setName}, ...) never reaches another caller.
   *
   * @param kind the dataset kind
   * @return a copy of the newest bundled release
   *
   * @throws IllegalArgumentException for the ACLED kinds (ACLED's terms forbid redistribution)
   *     and for {@link DatasetKind#UCDP_GED} (too large to ship: the message points to {@code
   *     ConflictData.download})
   */
  public static Dataset bundled(DatasetKind kind) {
    Objects.requireNonNull(kind, "kind");
    for (BundledRelease r : BUNDLED) {
      if (r.kind() == kind) {
        return readBundled(r);
      }
    }
    throw new IllegalArgumentException(notBundled(kind));
  }

  /**
   * A specific shipped release of {@code kind}, e.g. {@code bundled(COW_INTRA_STATE, "4.1")}.
   *
   * @param kind the dataset kind
   * @param version the release, "major.minor"
   * @return a copy of that release, parsed once per JVM as {@link #bundled(DatasetKind)}
   * @throws IllegalArgumentException if that release is not shipped (the message lists those
   *     that are)
   */
  public static Dataset bundled(DatasetKind kind, String version) {
    Objects.requireNonNull(kind, "kind");
    List<String> have = new ArrayList<>();
    for (BundledRelease r : BUNDLED) {
      if (r.kind() == kind) {
        if (r.version().equals(version)) {
          return readBundled(r);
        }
        have.add(r.version());
      }
    }
    if (have.isEmpty()) {
      throw new IllegalArgumentException(notBundled(kind));
    }
    throw new IllegalArgumentException(
        kind + " release " + version + " is not bundled; bundled releases: " + have);
  }

  /** The releases this jar ships, newest first within each kind. */
  public static List<BundledRelease> bundledReleases() {
    return BUNDLED;
  }

  /** The dataset families this library reads, each declaring its kinds. */
  public static List<DatasetFamily> families() {
    return FAMILIES;
  }

  /** The schema of {@code kind}: its columns, types and missing-value codes, as data. */
  public static Schema schema(DatasetKind kind) {
    for (Schema s : SCHEMAS) {
      if (s.kind() == kind) {
        return s;
      }
    }
    throw new IllegalArgumentException("no schema for " + kind);
  }

  private static String notBundled(DatasetKind kind) {
    if (kind.name().startsWith("COW_")) {
      return io.github.conflictdata.releases.Releases.cowNotBundled(kind);
    }
    if (kind == DatasetKind.ACLED_EVENTS || kind == DatasetKind.ACLED_COUNTRY_YEAR) {
      return "ACLED data are not bundled: ACLED's terms of use forbid redistribution. Download an"
          + " export from acleddata.com (or HDX) and read it with ConflictData.read(path).";
    }
    if (kind == DatasetKind.UCDP_GED) {
      return "UCDP GED is not bundled: a release is 400,000+ events (hundreds of MB). Download it"
          + " with ConflictData.download(DatasetKind.UCDP_GED, version) or from ucdp.uu.se, and"
          + " read it with ConflictData.read(path).";
    }
    return "no bundled release of " + kind;
  }

  /** Where the build puts the bundled releases' snapshots (see {@link BundledSnapshots}). */
  static final String SNAPSHOTS = "io/github/conflictdata/snapshots/";

  /** A copy of the release, read on the first call for it in this JVM. */
  private static Dataset readBundled(BundledRelease r) {
    Dataset d = PARSED.get(r);
    if (d == null) {
      // one lock per release: two threads asking for it parse it once, other releases go on
      synchronized (r) {
        d = PARSED.get(r);
        if (d == null) {
          d = loadBundled(r);
          PARSED.put(r, d);
        }
      }
    }
    return d.copy();
  }

  /** The build's snapshot of the release when it is of the bytes in this jar, else a parse. */
  private static Dataset loadBundled(BundledRelease r) {
    String resource = DATA + r.resource();
    byte[] bytes;
    try (InputStream in = ConflictData.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("bundled resource missing from the classpath: " + resource);
      }
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // the snapshot the build made of these very bytes, if the jar has it: no workbook to parse
    try (InputStream in = ConflictData.class.getClassLoader()
        .getResourceAsStream(SNAPSHOTS + r.resource() + ".cdsnap")) {
      if (in != null) {
        Dataset d = io.github.conflictdata.io.Snapshot.read(in.readAllBytes(), resource);
        if (d.source().sha256().equals(io.github.conflictdata.io.Sha256.hex(bytes))
            && d.kind() == r.kind()) {
          return d;
        }
      }
    } catch (IOException e) {
      // a damaged or foreign snapshot: parse the publisher's file below
    }
    return parseBundled(r, bytes);
  }

  /** Parses a bundled release from its publisher's bytes (the build's snapshots come from here). */
  static Dataset parseBundled(BundledRelease r, byte[] bytes) {
    return reader().kind(r.kind()).read(new java.io.ByteArrayInputStream(bytes), DATA + r.resource());
  }

  /**
   * One release shipped in the jar.
   *
   * @param kind the dataset kind
   * @param version the release, "major.minor"
   * @param resource the path under {@code io/github/conflictdata/data/}
   */
  public record BundledRelease(DatasetKind kind, String version, String resource) {}

  /** Options for one read. Mutable: each setter returns this reader. */
  public static final class Reader {
    private ReadOptions options = ReadOptions.defaults();

    Reader() {}

    /** Skip detection and read as this kind. */
    public Reader kind(DatasetKind kind) {
      options = options.withKind(kind);
      return this;
    }

    /** Keep every well-formed record; skip malformed ones and report them in problems(). */
    public Reader lenient() {
      options = options.withLenient(true);
      return this;
    }

    /** Parser threads for large files (default: all cores). */
    public Reader threads(int threads) {
      options = options.withThreads(threads);
      return this;
    }

    /**
     * Resource limits against hostile files: the longest cell in bytes, the most fields per
     * record, the longest record in bytes, and the most problems listed.
     */
    public Reader limits(int maxCellBytes, int maxFieldsPerLine, int maxRecordBytes, int maxProblems) {
      options = options.withLimits(maxCellBytes, maxFieldsPerLine, maxRecordBytes, maxProblems);
      return this;
    }

    /**
     * Limits for Excel files, which POI reads whole into memory: the largest .xls/.xlsx accepted
     * (default 64 MB) and the most an .xlsx may unpack to (default 512 MB; stops zip bombs and
     * sheets too big for the heap). A file past either is a {@link DatasetFormatException}.
     */
    public Reader workbookLimits(long maxWorkbookBytes, long maxUnpackedBytes) {
      options = options.withWorkbookLimits(maxWorkbookBytes, maxUnpackedBytes);
      return this;
    }

    /**
     * The member of a zip archive to read, for an archive holding several data files (UCDP's zips
     * hold one, which is read without naming it): {@code
     * ConflictData.reader().member("GEDEvent_v25_1.csv").read(Path.of("ged251-csv.zip"))}. The
     * name may omit the member's folders and its case. Problems and {@link Dataset#source()} then
     * name {@code archive.zip!/member.csv}.
     *
     * @param name the member's name
     * @return this reader
     */
    public Reader member(String name) {
      options = options.withMember(Objects.requireNonNull(name, "name"));
      return this;
    }

    /**
     * The most bytes the member of a zip archive may unpack to (default 8 GB), counted as it
     * inflates: a member past it is a {@link DatasetFormatException}.
     *
     * @param maxUnpackedBytes the bound, at least 1
     * @return this reader
     */
    public Reader archiveLimit(long maxUnpackedBytes) {
      options = options.withArchiveLimit(maxUnpackedBytes);
      return this;
    }

    /** Size of the blocks a CSV file is cut into for parallel parsing (default 4 MB). */
    public Reader blockBytes(int bytes) {
      options = options.withBlockBytes(bytes);
      return this;
    }

    /** The options this reader will use. */
    public ReadOptions options() {
      return options;
    }

    /** Snapshots on (the default) or off for this reader; see {@link #read(Path)}. */
    private boolean snapshots = true;

    /**
     * Whether this read may use and make a snapshot (default: on, unless the setting {@code
     * CONFLICTDATA_SNAPSHOTS} / {@code conflictdata.snapshots} is off).
     *
     * @param on false to parse the file whatever the snapshot store holds
     * @return this reader
     */
    public Reader snapshots(boolean on) {
      this.snapshots = on;
      return this;
    }

    /**
     * Reads a file: csv, tsv, xls or xlsx, or a zip archive as UCDP ships its data ({@code
     * ged251-csv.zip}), whose one data member (or the one named with {@link #member}) is read
     * with the same kind detection. A file of 10 MB or more read once before is served from its
     * typed snapshot in the cache folder ({@code snapshots/}), equal cell for cell to a parse; see
     * {@link Snapshots} for the key and bounds.
     *
     * @param file the file
     * @return the dataset
     * @throws DatasetFormatException if the file is of no known kind or a record is malformed
     *     (a zip member's problems name {@code archive.zip!/member.csv:LINE:COLUMN}), or a zip holds
     *     several data members and none was named (the message lists them)
     * @throws java.io.UncheckedIOException if the file cannot be read
     */
    public Dataset read(Path file) {
      Snapshots store = snapshots ? SnapshotSettings.store() : null;
      if (store == null) {
        return DatasetReader.read(file, file.toString(), options, SCHEMAS).toDataset();
      }
      return store.read(file, file.toString(), SnapshotSettings.optionsKey(options),
          () -> DatasetReader.read(file, file.toString(), options, SCHEMAS).toDataset());
    }

    /**
     * Reads a stream, for classpath resources and downloads. The stream is read to its end and
     * not closed.
     *
     * @param name the name used in problems and {@link Dataset#source()}
     */
    public Dataset read(InputStream in, String name) {
      return DatasetReader.read(in, name, options, SCHEMAS).toDataset(name);
    }
  }

  // ---- current releases on demand (io.github.conflictdata.releases) ----------------------------

  /**
   * Every release of {@code kind} the download catalog knows, newest first, with URL, zip member,
   * recorded size and MD5 where a trustworthy record exists, and citation; for {@code UCDP_GED}
   * also the candidate releases published after the newest yearly one, found with a bounded number
   * of HEAD requests and recorded for the day in the cache (none are sent offline). Empty for a
   * kind with no download (ACLED).
   *
   * @param kind the dataset kind
   * @return the releases
   */
  public static java.util.List<io.github.conflictdata.releases.Release> releases(DatasetKind kind) {
    return io.github.conflictdata.releases.Releases.fromEnvironment()
        .releases(Objects.requireNonNull(kind, "kind"));
  }

  /**
   * That release from the publisher: from the cache if there, else downloaded, verified (catalog
   * MD5 and size, lock file SHA-256), cached, then read strictly. Settings come from the
   * environment: {@code CONFLICTDATA_CACHE}, {@code CONFLICTDATA_OFFLINE}, {@code
   * CONFLICTDATA_MIRROR}, {@code CONFLICTDATA_LOCK} (see {@link
   * io.github.conflictdata.releases.Releases}).
   *
   * @throws io.github.conflictdata.releases.DownloadException if it cannot be fetched
   * @throws io.github.conflictdata.releases.IntegrityException if the bytes, or the release read
   *     from them, are not the ones asked for
   */
  public static Dataset download(DatasetKind kind, String version) {
    return io.github.conflictdata.releases.Releases.fromEnvironment().download(kind, version);
  }

  /** The newest release of {@code kind} in the catalog, as {@link #download(DatasetKind, String)}. */
  public static Dataset download(DatasetKind kind) {
    return io.github.conflictdata.releases.Releases.fromEnvironment().download(kind);
  }

  /**
   * The download cache: {@code cache().add(path)} verifies a file you already have and stores it
   * as its release, so {@code download} needs no network (how COW's files get in: their terms
   * keep them out of this jar).
   */
  public static io.github.conflictdata.releases.ReleaseCache cache() {
    return io.github.conflictdata.releases.Releases.fromEnvironment().cache();
  }

  /**
   * The bundled war concordance: one row per link between a UCDP conflict and a COW war, with the
   * PRIO Battle Deaths id where it applies. Columns include {@code war}, {@code ucdp_conflict_id},
   * {@code cow_war_num}, {@code cow_kind} (inter/intra/extra/non-state), {@code prio_id}, {@code
   * start_year}, {@code end_year} and {@code evidence}; see data/concordance/README.md.
   */
  public static tech.tablesaw.api.Table concordance() {
    return io.github.conflictdata.compare.Concordance.bundled().table().copy();
  }

  /**
   * The bundled casualty claims (official statements, UN counts and independent estimates for 13
   * wars), one row per stated figure, with columns {@code claimant}, {@code claimant_role}, {@code
   * date_stated}, {@code party}, {@code population}, {@code scope}, {@code measure}, {@code
   * qualifier}, {@code value}, {@code revises}, a {@code statement} in our own words and their
   * sources; see data/claims/README.md. A table the project curates ({@link CuratedTable#CLAIMS}),
   * not a {@link DatasetKind}: {@code claims().table()} holds the rows, {@code claims().series(war,
   * claimant)} a running total, {@code claims().citation()} the footnote text.
   *
   * @return the bundled claims, read strictly
   */
  public static io.github.conflictdata.compare.Claims claims() {
    return io.github.conflictdata.compare.Claims.bundled();
  }
}
