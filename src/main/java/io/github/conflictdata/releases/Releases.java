package io.github.conflictdata.releases;

import io.github.conflictdata.ConflictData;
import io.github.conflictdata.Dataset;
import io.github.conflictdata.DatasetKind;
import io.github.conflictdata.Settings;
import io.github.conflictdata.io.Sha256;
import io.github.conflictdata.net.HttpRetries;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Fetches dataset releases from their publishers into a verified cache, with the settings from
 * the environment ({@link #fromEnvironment()}, what {@link ConflictData#download} uses: cache
 * folder, offline mode, mirror and lock file as {@link Settings} reads them) or set by a {@link
 * #builder()}.
 *
 * <p>Every cached file has its SHA-256
 * recorded when stored and is checked against it on each use (by {@code download}, on the bytes
 * the reader hashes as it parses them; a damaged copy is never returned); a download goes to a
 * temporary file and is moved into the cache only when complete and verified; concurrent
 * downloads of one release (threads or processes) are serialised by a file lock, so both get one
 * complete file.
 */
public final class Releases {
  private static final ConcurrentHashMap<Path, ReentrantLock> JVM_LOCKS = new ConcurrentHashMap<>();
  private static volatile ProgressListener defaultListener = ProgressListener.log();

  static final String COW_TERMS =
      "COW data are not shipped with conflictdata: the Correlates of War Project's terms"
          + " (https://correlatesofwar.org/data-sets/terms-and-conditions/) say \"Users agree not to"
          + " distribute the dataset to any third party without written permission of the COW"
          + " director and data host\", and forbid commercial use. Your copy stays in your cache"
          + " for your own use; cite the dataset as COW asks. (Shown once.)";

  private final Path cacheDir;
  private final boolean offline;
  private final String mirror;
  private final LockFile lock;
  private final ProgressListener listener;
  private final Builder settings;
  private Fetcher fetcher; // made on first download: a cache lookup needs no HTTP client

  /** Default cap of a download whose size is not known in advance (4 GB). */
  static final long MAX_UNKNOWN_BYTES = 4L << 30;
  /** Default deadline of one download, retries included (30 min). */
  static final Duration DOWNLOAD_DEADLINE = Duration.ofMinutes(30);
  /** Default cap of a zip member's inflated size (8 GB). */
  static final long MAX_UNPACKED_BYTES = 8L << 30;
  /** Default cap of inflated bytes per zip byte, past 64 MB (100). */
  static final int MAX_UNPACK_RATIO = 100;

  private Releases(Builder b) {
    this.cacheDir = b.cacheDir.toAbsolutePath().normalize();
    this.offline = b.offline;
    this.mirror = b.mirror == null || b.mirror.isBlank() ? null : b.mirror.replaceAll("/+$", "");
    if (mirror != null && !b.plainHttpMirror) {
      URI m = URI.create(mirror);
      if ("http".equalsIgnoreCase(m.getScheme()) && !HttpRetries.isLoopback(m.getHost())) {
        throw new IllegalArgumentException("the mirror " + mirror + " is plain http on a host"
            + " other than loopback: the bytes could be changed on the way (releases without a"
            + " checksum are taken as they come). Use an https:// mirror, or accept it with"
            + " Releases.builder().allowPlainHttpMirror(true)");
      }
    }
    this.lock = b.lockFile == null ? null : new LockFile(b.lockFile.toAbsolutePath().normalize());
    this.listener = b.listener;
    this.settings = b;
  }

  private synchronized Fetcher fetcher() {
    if (fetcher == null) {
      fetcher = new Fetcher(settings.connectTimeout, settings.readTimeout, settings.attempts,
          settings.backoff, settings.maxRetryAfter, settings.maxUnknownBytes,
          settings.downloadDeadline);
    }
    return fetcher;
  }

  /** The settings from the environment and system properties, read now. */
  public static Releases fromEnvironment() {
    return builder().build();
  }

  /** A builder whose defaults are the environment's settings. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Where downloads report progress when no listener is set on the builder: {@link
   * ProgressListener#log()} unless changed. A notebook kernel sets its own, to show one display
   * that updates in place.
   */
  public static void setDefaultProgressListener(ProgressListener l) {
    defaultListener = Objects.requireNonNull(l, "listener");
  }

  /** The listener downloads use when none is set on the builder. */
  public static ProgressListener defaultProgressListener() {
    return defaultListener;
  }

  /** The cache folder. */
  public Path cacheDir() {
    return cacheDir;
  }

  /** True when the network is never used. */
  public boolean offline() {
    return offline;
  }

  /**
   * The settings this instance runs with (cache folder, offline mode, mirror, lock file).
   *
   * @return the settings
   */
  public Settings settings() {
    return Settings.of(cacheDir, mirror, offline, lock == null ? null : lock.path());
  }

  /** The lock file, if one is set. */
  public Optional<Path> lockFile() {
    return lock == null ? Optional.empty() : Optional.of(lock.path());
  }

  /** The cache, to add files you already have and to look up what is stored. */
  public ReleaseCache cache() {
    return new ReleaseCache(this);
  }

  /**
   * The releases of {@code kind} there are: the catalog's, newest first, and for UCDP GED then the
   * candidate releases published after the newest yearly one (monthly {@code YY.0.M}, cumulative
   * {@code YY.01.YY.MM}), found with at most {@link CandidateProbe#MAX_REQUESTS} HEAD requests and
   * recorded with the date in the cache folder: reused that day, and offline (no request is sent
   * offline; with no record, no candidates are listed).
   *
   * @param kind the dataset kind
   * @return the releases; candidates are preliminary data
   */
  public List<Release> releases(DatasetKind kind) {
    List<Release> out = new ArrayList<>(Catalog.releases(kind));
    if (kind == DatasetKind.UCDP_GED && !out.isEmpty()) {
      out.addAll(CandidateProbe.candidates(this, out.get(0).version(), settings.connectTimeout));
    }
    return List.copyOf(out);
  }

  /**
   * The newest release of {@code kind} in the catalog, from the cache or downloaded.
   *
   * @throws DownloadException if the catalog has no release of the kind or it cannot be fetched
   */
  public Dataset download(DatasetKind kind) {
    List<Release> known = Catalog.releases(kind);
    if (known.isEmpty()) {
      throw new DownloadException("the catalog knows no download of " + kind + noDownloadWhy(kind));
    }
    return download(known.get(0));
  }

  /**
   * That release of {@code kind}: from the cache if there (a copy added with {@link
   * ReleaseCache#add} counts), else downloaded, verified, cached, then read strictly. A UCDP annual
   * release the catalog does not list (e.g. "27.1") is tried at UCDP's URL pattern, and a GED
   * candidate release ("26.0.5" one month, "26.01.26.03" January to March) at UCDP's candidate
   * pattern (a bare CSV).
   *
   * @throws DownloadException when it cannot be fetched (the message lists the known releases)
   * @throws IntegrityException when the bytes or the detected release differ from what was asked
   */
  public Dataset download(DatasetKind kind, String version) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(version, "version");
    Optional<Release> r = Catalog.resolve(kind, version);
    if (r.isPresent()) {
      return download(r.get());
    }
    Artifact local = new Artifact(kind.name(), version, kind, null, null, null,
        java.util.OptionalLong.empty(), Optional.empty(), kind.title(), kind.name().startsWith("COW_"));
    Path dir = dir(local);
    Optional<Stored> s = locked(dir, () -> findData(dir, local));
    if (s.isPresent()) {
      checkPin(local, s.get().sha256());
      recordPin(local, s.get());
      return readChecked(s.get().file(), kind, version, false);
    }
    throw new DownloadException(kind + " release " + version + " is neither in the catalog nor in"
        + " the cache (" + dir + "). " + knownReleases(kind)
        + " A copy you have can be added with ConflictData.cache().add(path).");
  }

  /** This release (the catalog's or your own {@link Release}), fetched as above and read. */
  public Dataset download(Release release) {
    Artifact a = Artifact.of(release);
    Optional<Dataset> cached = readRecorded(a, release.kind(), release.version(),
        release.md5().isEmpty());
    if (cached.isPresent()) {
      return cached.get();
    }
    Stored s = fetch(a);
    return readChecked(s.file(), release.kind(), release.version(), release.md5().isEmpty());
  }

  /**
   * The verified local file holding the release's data (the zip member for zips), fetching it if
   * needed; for reading it with options of your own ({@code ConflictData.reader()...read(path)}).
   */
  public Path file(Release release) {
    return fetch(Artifact.of(release)).file();
  }

  /** The newest release of {@code kind} in the cache, read without using the network. */
  public Optional<Dataset> cachedNewest(DatasetKind kind) {
    Path kdir = cacheDir.resolve(kind.name());
    if (!Files.isDirectory(kdir)) {
      return Optional.empty();
    }
    List<String> versions = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(kdir)) {
      for (Path p : ds) {
        if (Files.isDirectory(p) && Artifact.VERSION.matcher(p.getFileName().toString()).matches()) {
          versions.add(p.getFileName().toString());
        }
      }
    } catch (IOException e) {
      return Optional.empty();
    }
    versions.sort((x, y) -> Integer.compare(Catalog.versionKey(y), Catalog.versionKey(x)));
    for (String v : versions) {
      Artifact local = new Artifact(kind.name(), v, kind, null, null, null,
          java.util.OptionalLong.empty(), Optional.empty(), kind.title(), false);
      Path dir = dir(local);
      Optional<Stored> s = locked(dir, () -> findData(dir, local));
      if (s.isPresent()) {
        return Optional.of(readChecked(s.get().file(), kind, v, false));
      }
    }
    return Optional.empty();
  }

  // ---- files on this machine: the cache, then the data folders ----------------------------------

  /** The environment variable naming your local folder of third-party data files. */
  public static final String SHARED_ENV = "CONFLICTDATA_SHARED";

  /**
   * The folders searched for third-party files (COW, UCDP, ACLED) after the download cache, in
   * this order: the folder named by {@code CONFLICTDATA_SHARED} (system property {@code
   * conflictdata.shared}), then the project's {@code ../shared/data} (from the working directory,
   * or {@code ../../shared/data} for a notebook run in {@code notebooks/}). Only folders that exist
   * are listed; {@code CONFLICTDATA_SHARED=none} lists none (the cache only).
   *
   * @return the existing folders, in search order
   */
  public static List<Path> dataFolders() {
    List<Path> out = new ArrayList<>();
    String named = io.github.conflictdata.Settings.text("conflictdata.shared", SHARED_ENV);
    if (named != null && named.strip().equalsIgnoreCase("none")) {
      return out;
    }
    for (String f : new String[] {named, "../shared/data", "../../shared/data"}) {
      if (f != null && !f.isBlank()) {
        Path p = Path.of(f).toAbsolutePath().normalize();
        if (Files.isDirectory(p) && !out.contains(p)) {
          out.add(p);
        }
      }
    }
    return out;
  }

  /**
   * A file in the first data folder that has it ({@link #dataFolders()}), e.g. {@code
   * "ucdp-ged/ged191.csv"}.
   *
   * @param relative the path inside a data folder
   * @return the file, or empty when no folder has it
   */
  public static Optional<Path> dataFile(String relative) {
    return dataFolders().stream().map(f -> f.resolve(relative)).filter(Files::isRegularFile)
        .findFirst();
  }

  /**
   * That release's data file on this machine, never using the network: the verified copy in the
   * download cache, else the file of the catalog's name for it ({@link Release#dataFileName()})
   * in a data folder or one of its subfolders (nothing is copied into the cache).
   *
   * @param kind the dataset kind
   * @param version the release
   * @return the file, or empty when neither the cache nor a data folder has it
   */
  public Optional<Path> localFile(DatasetKind kind, String version) {
    Optional<Path> cached = cache().file(kind, version);
    if (cached.isPresent()) {
      return cached;
    }
    return Catalog.find(kind, version).flatMap(r -> inDataFolders(r.dataFileName()));
  }

  /**
   * The newest release of {@code kind} on this machine, never using the network: the newest in
   * the download cache, else the newest catalog release found in a data folder ({@link
   * #localFile}).
   *
   * @param kind the dataset kind
   * @return the dataset, or empty when no release of it is on this machine
   */
  public Optional<Dataset> localNewest(DatasetKind kind) {
    Optional<Dataset> cached = cachedNewest(kind);
    if (cached.isPresent()) {
      return cached;
    }
    for (Release r : Catalog.releases(kind)) {
      Optional<Path> f = inDataFolders(r.dataFileName());
      if (f.isPresent()) {
        return Optional.of(ConflictData.reader().kind(kind).read(f.get()));
      }
    }
    return Optional.empty();
  }

  /**
   * COW's State System Membership list ({@code states2016.csv}) on this machine: the cache's
   * copy, else one in a data folder.
   *
   * @return the file, or empty when neither has it
   */
  public Optional<Path> localCowStateList() {
    return cache().cowStateList().or(() -> inDataFolders(Catalog.COW_STATES.dataFileName()));
  }

  /** A file of this name in a data folder or a subfolder of one, the first folder winning. */
  private static Optional<Path> inDataFolders(String name) {
    for (Path folder : dataFolders()) {
      try (java.util.stream.Stream<Path> s = Files.walk(folder, 2)) {
        Optional<Path> f = s.filter(p -> p.getFileName().toString().equals(name))
            .filter(Files::isRegularFile).sorted().findFirst();
        if (f.isPresent()) {
          return f;
        }
      } catch (IOException | UncheckedIOException e) {
        // an unreadable folder holds nothing we can use: try the next
      }
    }
    return Optional.empty();
  }

  // ---- fetching ---------------------------------------------------------------------------------

  /** A verified file in the cache and what was recorded when it was stored. */
  record Stored(Path file, long size, String sha256, String url, String stored) {}

  Stored fetch(Artifact a) {
    Path dir = dir(a);
    return locked(dir, () -> {
      Optional<Stored> cached = findData(dir, a);
      if (cached.isPresent()) {
        checkPin(a, cached.get().sha256());
        recordPin(a, cached.get());
        return cached.get();
      }
      if (a.member() != null) {
        Optional<Stored> zip = trusted(dir.resolve(a.fileName()));
        if (zip.isPresent()) {
          return storeMember(zip.get().file(), a, dir, zip.get().url());
        }
      }
      if (offline) {
        throw new DownloadException(a.label() + " is not in the cache and CONFLICTDATA_OFFLINE is"
            + " set: nothing fetched from " + a.url() + ". Cache folder: " + dir
            + ". Unset offline mode, or add a copy with ConflictData.cache().add(path).");
      }
      if (a.url() == null) {
        throw new DownloadException("no download URL is known for " + a.label() + "; add your copy"
            + " with ConflictData.cache().add(path). Cache folder: " + dir);
      }
      if (a.cowTerms()) {
        showCowTermsOnce();
      }
      URI u = effectiveUrl(a.url());
      Path tmp = tempFile(dir);
      try {
        Fetcher.Bounds bounds = new Fetcher.Bounds(a.size().orElse(-1),
            a.md5().isPresent() ? HttpRetries.Redirects.ANY_HOST : HttpRetries.Redirects.SAME_HOST);
        Fetcher.Fetched f = fetcher().fetch(u, tmp, a.label(), listener(), new Fetcher.Hint() {
          @Override
          public String notFound() {
            return a.kind() == null ? "" : knownReleases(a.kind());
          }

          @Override
          public String cachePath() {
            return dir.toString();
          }
        }, bounds);
        checkCatalog(a, f.size(), f.md5(), u.toString(), null);
        if (a.member() != null) {
          return storeMemberFromDownload(tmp, f, a, dir);
        }
        readBeforeStoring(tmp, a);
        checkPin(a, f.sha256());
        Stored s = store(tmp, dir.resolve(a.fileName()), f.size(), f.sha256(), a.url(), "data");
        recordPin(a, s);
        return s;
      } finally {
        deleteQuietly(tmp);
      }
    });
  }

  private Stored storeMemberFromDownload(Path zipTmp, Fetcher.Fetched f, Artifact a, Path dir) {
    Path memberTmp = tempFile(dir);
    try {
      Hashed h = extract(zipTmp, a, memberTmp, unpackLimit(zipTmp));
      readBeforeStoring(memberTmp, a);
      checkPin(a, h.sha256());
      store(zipTmp, dir.resolve(a.fileName()), f.size(), f.sha256(), a.url(), "archive");
      Stored s = store(memberTmp, dir.resolve(a.member()), h.size(), h.sha256(), a.url(), "data");
      recordPin(a, s);
      return s;
    } finally {
      deleteQuietly(memberTmp);
    }
  }

  private Stored storeMember(Path zip, Artifact a, Path dir, String url) {
    Path memberTmp = tempFile(dir);
    try {
      Hashed h = extract(zip, a, memberTmp, unpackLimit(zip));
      readBeforeStoring(memberTmp, a);
      checkPin(a, h.sha256());
      Stored s = store(memberTmp, dir.resolve(a.member()), h.size(), h.sha256(), url, "data");
      recordPin(a, s);
      return s;
    } finally {
      deleteQuietly(memberTmp);
    }
  }

  /**
   * For a release the catalog has no checksum for (found by URL pattern, or your own {@link
   * Release} without MD5), the fetched bytes are read as that kind and release before anything is
   * stored or pinned: an HTML "unavailable" page, a zip bomb's member or another release is refused
   * with the reader's error and nothing is cached, so the genuine file is not refused later by a
   * pin of the wrong bytes. A release with a catalog MD5 was already checked byte for byte.
   */
  private void readBeforeStoring(Path tmp, Artifact a) {
    if (a.md5().isPresent() || a.kind() == null) {
      return;
    }
    Dataset d;
    try (InputStream in = Files.newInputStream(tmp)) {
      d = ConflictData.reader().read(in, a.dataFileName());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the download " + tmp, e);
    }
    if (d.kind() != a.kind() || !a.version().equals(d.version())) {
      throw new IntegrityException("asked for " + a.kind() + " release " + a.version() + ", but "
          + a.url() + " serves " + d.kind() + " release " + d.version() + ". The file was fetched"
          + " by URL pattern with no checksum to check, so nothing was cached or pinned: the"
          + " publisher serves another release at that URL.");
    }
  }

  /** The catalog's size and MD5, where recorded; the temp file is left for the caller to drop. */
  static void checkCatalog(Artifact a, long size, String md5, String from, Path file) {
    String where = file != null ? file.toString() : from;
    if (a.size().isPresent() && a.size().getAsLong() != size) {
      throw new IntegrityException(a.label() + ": " + where + " has " + size + " bytes, the"
          + " catalog records " + a.size().getAsLong() + " for " + a.url() + "; nothing was"
          + " cached. The publisher may have re-issued the file: if you trust it, read it with"
          + " ConflictData.read(path).");
    }
    if (a.md5().isPresent() && !a.md5().get().equals(md5)) {
      throw new IntegrityException(a.label() + ": " + where + " has MD5 " + md5 + ", the catalog"
          + " records " + a.md5().get() + " for " + a.url() + "; nothing was cached. The publisher"
          + " may have re-issued the file: if you trust it, read it with ConflictData.read(path).");
    }
  }

  void checkPin(Artifact a, String sha256) {
    if (lock == null) {
      return;
    }
    lock.get(a.key(), a.version()).ifPresent(e -> {
      if (!e.sha256().equals(sha256)) {
        throw new IntegrityException(a.label() + ": the lock file " + lock.path() + " pins "
            + e.file() + " to sha256 " + e.sha256() + ", but the bytes found have sha256 " + sha256
            + " (cache: " + dir(a) + "). To accept the new bytes, delete the block [" + a.label()
            + "] from the lock file and run again.");
      }
    });
  }

  /**
   * Null when the lock file pins {@code sha256} for the release; else why the bytes are not
   * known (no lock file, no pin, or a pin of other bytes).
   */
  String pinned(Artifact a, String sha256) {
    String none = "The catalog records no checksum for these bytes of " + a.label();
    if (lock == null) {
      return none + " and no lock file (CONFLICTDATA_LOCK) is set.";
    }
    Optional<LockFile.Entry> e = lock.get(a.key(), a.version());
    if (e.isEmpty()) {
      return none + " and the lock file " + lock.path() + " pins none.";
    }
    return e.get().sha256().equals(sha256) ? null : "The lock file " + lock.path() + " pins "
        + a.label() + " to sha256 " + e.get().sha256() + ", but this file has sha256 " + sha256
        + ".";
  }

  void recordPin(Artifact a, Stored s) {
    if (lock == null || lock.get(a.key(), a.version()).isPresent()) {
      return;
    }
    lock.put(new LockFile.Entry(a.key(), a.version(), s.file().getFileName().toString(), s.size(),
        s.sha256(), s.url(), s.stored()));
  }

  private Dataset readChecked(Path file, DatasetKind kind, String version, boolean dropOnMismatch) {
    return checkRelease(ConflictData.read(file), file, kind, version, dropOnMismatch);
  }

  /** {@code d}, read from {@code file}, if it is that kind and release; else an integrity error. */
  private Dataset checkRelease(Dataset d, Path file, DatasetKind kind, String version,
      boolean dropOnMismatch) {
    if (d.kind() != kind || !version.equals(d.version())) {
      String msg = "asked for " + kind + " release " + version + ", but " + file + " holds "
          + d.kind() + " release " + d.version() + ".";
      if (dropOnMismatch) {
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(file.getParent())) {
          for (Path p : ds) {
            if (!p.getFileName().toString().equals(".lock")) {
              deleteQuietly(p); // the member, the zip it came from, their records
            }
          }
        } catch (IOException e) {
          deleteQuietly(file);
          deleteQuietly(sidecar(file));
        }
        msg += " The file was fetched by URL pattern with no checksum to check, so it was removed"
            + " from the cache: the publisher serves another release at that URL.";
      }
      throw new IntegrityException(msg);
    }
    return d;
  }

  // ---- the cache --------------------------------------------------------------------------------

  Path dir(Artifact a) {
    return cacheDir.resolve(a.key()).resolve(a.version());
  }

  /** The data file of a release in its folder: the expected name first, else any data file. */
  Optional<Stored> findData(Path dir, Artifact a) {
    return findData(dir, a, true);
  }

  /**
   * As {@link #findData(Path, Artifact)}; without {@code verify} the file is not hashed: the
   * {@link Stored#sha256()} is the one recorded, for a caller that checks the bytes it reads.
   */
  Optional<Stored> findData(Path dir, Artifact a, boolean verify) {
    if (!Files.isDirectory(dir)) {
      return Optional.empty();
    }
    if (a.fileName() != null) {
      Optional<Stored> s = verify ? trusted(dir.resolve(a.dataFileName()))
          : recorded(dir.resolve(a.dataFileName()));
      if (s.isPresent()) {
        return s;
      }
    }
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.sha256")) {
      for (Path side : ds) {
        String n = side.getFileName().toString();
        Path f = dir.resolve(n.substring(0, n.length() - ".sha256".length()));
        if ("data".equals(readProps(side).getProperty("role"))) {
          Optional<Stored> s = verify ? trusted(f) : recorded(f);
          if (s.isPresent()) {
            return s;
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the cache folder " + dir, e);
    }
    return Optional.empty();
  }

  /** The file and its record as written, if both exist; nothing is hashed or deleted. */
  private Optional<Stored> recorded(Path file) {
    Path side = sidecar(file);
    if (!Files.isRegularFile(file) || !Files.isRegularFile(side)) {
      return Optional.empty();
    }
    Properties p = readProps(side);
    String sha = p.getProperty("sha256", "");
    if (sha.isEmpty()) {
      return Optional.empty();
    }
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      return Optional.empty();
    }
    return Optional.of(new Stored(file, size, sha, p.getProperty("url"), p.getProperty("stored")));
  }

  /**
   * A cached copy read in one pass: the reader hashes every byte it reads, so its {@link
   * io.github.conflictdata.Source#sha256()} is compared with the cache's record instead of hashing
   * the file once more before reading (for a 300 MB GED file, a whole extra pass). Empty when the
   * release is not cached, or the bytes read are not the recorded ones, or the read fails: the
   * caller then takes the checked path, which hashes first, removes a damaged copy and fetches it
   * again (or reports the failure).
   */
  private Optional<Dataset> readRecorded(Artifact a, DatasetKind kind, String version,
      boolean dropOnMismatch) {
    Path dir = dir(a);
    Optional<Stored> s = locked(dir, () -> findData(dir, a, false));
    if (s.isEmpty()) {
      return Optional.empty();
    }
    Dataset d;
    try {
      d = ConflictData.read(s.get().file());
    } catch (RuntimeException e) {
      return Optional.empty();
    }
    if (!d.source().sha256().equals(s.get().sha256())) {
      return Optional.empty();
    }
    locked(dir, () -> {
      checkPin(a, s.get().sha256());
      recordPin(a, s.get());
      return null;
    });
    return Optional.of(checkRelease(d, s.get().file(), kind, version, dropOnMismatch));
  }

  /**
   * The file, if it and its record exist and its SHA-256 still matches the record. A damaged or
   * unrecorded file is deleted (with a notice) so it is fetched again, never read.
   */
  Optional<Stored> trusted(Path file) {
    Path side = sidecar(file);
    boolean hasFile = Files.isRegularFile(file);
    boolean hasSide = Files.isRegularFile(side);
    if (!hasFile) {
      if (hasSide) {
        deleteQuietly(side);
      }
      return Optional.empty();
    }
    if (!hasSide) {
      listener().notice("cache entry " + file + " has no checksum record (an interrupted store?):"
          + " removed, it will be fetched again");
      deleteQuietly(file);
      return Optional.empty();
    }
    Properties p = readProps(side);
    String recorded = p.getProperty("sha256", "");
    Hashed h = sha256(file); // the record holds SHA-256: no MD5 pass on every use
    if (!h.sha256().equals(recorded)) {
      listener().notice("cache entry " + file + " is damaged (sha256 " + h.sha256() + ", recorded "
          + recorded + "): removed, it will be fetched again");
      deleteQuietly(file);
      deleteQuietly(side);
      return Optional.empty();
    }
    return Optional.of(new Stored(file, h.size(), h.sha256(), p.getProperty("url"),
        p.getProperty("stored")));
  }

  /** Moves a complete, verified temp file into place and writes its record. */
  Stored store(Path tmp, Path dest, long size, String sha256, String url, String role) {
    String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    Path side = sidecar(dest);
    try {
      deleteQuietly(side);
      move(tmp, dest);
      Properties p = new Properties();
      p.setProperty("sha256", sha256);
      p.setProperty("size", Long.toString(size));
      if (url != null) {
        p.setProperty("url", url);
      }
      p.setProperty("stored", now);
      p.setProperty("role", role);
      Path sideTmp = tempFile(dest.getParent());
      try (OutputStream out = Files.newOutputStream(sideTmp)) {
        p.store(out, "conflictdata cache record: sha256 of " + dest.getFileName());
      }
      move(sideTmp, side);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot store " + dest + " in the cache", e);
    }
    return new Stored(dest, size, sha256, url, now);
  }

  static Path sidecar(Path file) {
    return file.resolveSibling(file.getFileName() + ".sha256");
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static Properties readProps(Path side) {
    Properties p = new Properties();
    try (InputStream in = Files.newInputStream(side)) {
      p.load(in);
    } catch (IOException e) {
      // an unreadable record counts as no record
    }
    return p;
  }

  static Path tempFile(Path dir) {
    try {
      Files.createDirectories(dir);
      return Files.createTempFile(dir, ".part-", ".tmp");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary file in the cache folder " + dir, e);
    }
  }

  static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      // best effort: a leftover temp file is never taken for a cache entry
    }
  }

  /**
   * Runs {@code body} holding this JVM's lock and the file lock of the release's folder. A cache
   * that cannot be written (read-only, another user's) is still read: with a shared lock on its
   * {@code .lock} file if there is one, else with none (nobody can store into it either); what
   * would have to be written there then fails as a {@link DownloadException}.
   */
  <T> T locked(Path dir, Supplier<T> body) {
    ReentrantLock l = JVM_LOCKS.computeIfAbsent(dir, d -> new ReentrantLock());
    l.lock();
    try {
      FileChannel opened;
      boolean shared = false;
      try {
        Files.createDirectories(dir);
        opened = FileChannel.open(dir.resolve(".lock"), StandardOpenOption.CREATE,
            StandardOpenOption.WRITE);
      } catch (IOException e) {
        if (!Files.isDirectory(dir)) {
          throw unwritable(dir, e);
        }
        Path lockFile = dir.resolve(".lock");
        opened = Files.isRegularFile(lockFile) && Files.isReadable(lockFile)
            ? FileChannel.open(lockFile, StandardOpenOption.READ) : null;
        shared = true;
      }
      if (opened == null) {
        return body.get(); // a read-only folder without a lock file: nobody writes here
      }
      try (FileChannel ch = opened; FileLock fl = ch.lock(0, Long.MAX_VALUE, shared)) {
        return body.get();
      }
    } catch (IOException e) {
      throw unwritable(dir, e);
    } catch (UncheckedIOException e) {
      throw unwritable(dir, e.getCause());
    } finally {
      l.unlock();
    }
  }

  private static DownloadException unwritable(Path dir, IOException e) {
    return new DownloadException("the cache folder " + dir + " cannot be used (" + e + "). Set"
        + " CONFLICTDATA_CACHE (or Releases.builder().cacheDir) to a folder you can write (a"
        + " complete cache that is read-only is still read)", e);
  }

  // ---- zips and hashes --------------------------------------------------------------------------

  record Hashed(long size, String md5, String sha256) {}

  /**
   * The most bytes a zip member may inflate to: {@code maxUnpackedBytes}, and past 64 MB no more
   * than {@code maxUnpackRatio} times the zip's size (a zip bomb inflates a thousandfold; UCDP's
   * CSV zips about tenfold).
   */
  long unpackLimit(Path zip) {
    long zipSize;
    try {
      zipSize = Files.size(zip);
    } catch (IOException e) {
      zipSize = 0;
    }
    long byRatio = zipSize > Long.MAX_VALUE / Math.max(1, settings.maxUnpackRatio)
        ? Long.MAX_VALUE : zipSize * settings.maxUnpackRatio;
    return Math.min(settings.maxUnpackedBytes, Math.max(64L << 20, byRatio));
  }

  /** Copies the release's member out of the zip into {@code target}, hashing it. */
  static Hashed extract(Path zip, Artifact a, Path target) {
    return extract(zip, a, target, Long.MAX_VALUE);
  }

  /**
   * As {@link #extract(Path, Artifact, Path)}, stopping past {@code maxBytes} inflated bytes
   * with an {@link IntegrityException} (the caller deletes {@code target}).
   */
  static Hashed extract(Path zip, Artifact a, Path target, long maxBytes) {
    try (ZipFile z = new ZipFile(zip.toFile())) {
      ZipEntry e = member(z, a.member());
      if (e == null) {
        List<String> names = new ArrayList<>();
        for (Enumeration<? extends ZipEntry> en = z.entries(); en.hasMoreElements(); ) {
          names.add(en.nextElement().getName());
        }
        throw new IntegrityException(a.label() + ": the zip from " + a.url() + " holds no member "
            + a.member() + "; its members are " + names + "; nothing was cached");
      }
      try (InputStream in = z.getInputStream(e); OutputStream out = Files.newOutputStream(target)) {
        return copyHashing(in, out, true, maxBytes);
      }
    } catch (Sha256.TooLargeException e) {
      throw new IntegrityException(a.label() + ": the member " + a.member() + " of the zip from "
          + a.url() + " inflates past " + maxBytes + " bytes (Releases.Builder.unpackLimits:"
          + " maxUnpackedBytes, or maxUnpackRatio times the zip's size): a zip bomb or a damaged"
          + " file; nothing was cached");
    } catch (ZipException e) {
      throw new IntegrityException(a.label() + ": " + a.url() + " did not serve a readable zip ("
          + e.getMessage() + "); nothing was cached");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot unzip " + a.member() + " from " + zip, e);
    }
  }

  /** The entry named {@code name}: exactly, else ignoring case and folders. */
  private static ZipEntry member(ZipFile z, String name) {
    ZipEntry e = z.getEntry(name);
    if (e != null) {
      return e;
    }
    for (Enumeration<? extends ZipEntry> en = z.entries(); en.hasMoreElements(); ) {
      ZipEntry x = en.nextElement();
      String base = x.getName().substring(x.getName().lastIndexOf('/') + 1);
      if (!x.isDirectory() && base.equalsIgnoreCase(name)) {
        return x;
      }
    }
    return null;
  }

  static Hashed hash(Path file) {
    return hash(file, true);
  }

  /** Size and SHA-256 of {@code file} only ({@link Hashed#md5()} is empty). */
  static Hashed sha256(Path file) {
    return hash(file, false);
  }

  private static Hashed hash(Path file, boolean withMd5) {
    try (InputStream in = Files.newInputStream(file)) {
      return copyHashing(in, OutputStream.nullOutputStream(), withMd5);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  static Hashed copyHashing(InputStream in, OutputStream out) throws IOException {
    return copyHashing(in, out, true);
  }

  private static Hashed copyHashing(InputStream in, OutputStream out, boolean withMd5)
      throws IOException {
    return copyHashing(in, out, withMd5, Long.MAX_VALUE);
  }

  private static Hashed copyHashing(InputStream in, OutputStream out, boolean withMd5,
      long maxBytes) throws IOException {
    MessageDigest sha = Sha256.digest();
    MessageDigest md5 = withMd5 ? Sha256.md5() : null;
    long n = md5 == null ? Sha256.copy(in, out, maxBytes, null, sha)
        : Sha256.copy(in, out, maxBytes, null, sha, md5);
    return new Hashed(n, md5 == null ? "" : Sha256.hex(md5), Sha256.hex(sha));
  }

  // ---- helpers ----------------------------------------------------------------------------------

  /** The URL fetched: the publisher's, or the mirror's {@code MIRROR/host/path?query}. */
  URI effectiveUrl(String url) {
    return settings().resolve(URI.create(url));
  }

  ProgressListener listener() {
    return listener != null ? listener : defaultListener;
  }

  /** Shows COW's terms the first time a COW file is fetched or added with this cache. */
  void showCowTermsOnce() {
    Path marker = cacheDir.resolve("cow-terms-shown.txt");
    if (Files.exists(marker)) {
      return;
    }
    listener().notice(COW_TERMS);
    try {
      Files.createDirectories(cacheDir);
      Files.writeString(marker, "COW's terms of use were shown on "
          + Instant.now().truncatedTo(ChronoUnit.SECONDS) + ":\n" + COW_TERMS + "\n",
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      // the terms were shown; failing to record that only shows them again next time
    }
  }

  /**
   * Why {@code ConflictData.bundled(COW_...)} has nothing, and how to get the file: COW's terms
   * forbid redistribution, so the jar does not ship COW files.
   */
  public static String cowNotBundled(DatasetKind kind) {
    String how = Catalog.releases(kind).stream().findFirst()
        .map(r -> " Get it with ConflictData.download(DatasetKind." + kind.name() + ") (release "
            + r.version() + " from " + r.url() + ")")
        .orElse(" Get it from https://correlatesofwar.org/data-sets/cow-war/");
    return kind + " is not bundled: the Correlates of War Project's terms"
        + " (https://correlatesofwar.org/data-sets/terms-and-conditions/) forbid distributing its"
        + " datasets to third parties, so conflictdata does not ship COW files." + how
        + ", or add a copy you already have with ConflictData.cache().add(Path.of(\"...\")), after"
        + " which download(DatasetKind." + kind.name() + ", version) reads it without the network.";
  }

  static String knownReleases(DatasetKind kind) {
    List<Release> known = Catalog.releases(kind);
    if (known.isEmpty()) {
      return "The catalog knows no release of " + kind + noDownloadWhy(kind) + ".";
    }
    return "Releases of " + kind + " the catalog knows: "
        + known.stream().map(Release::version).collect(Collectors.joining(", ")) + ".";
  }

  private static String noDownloadWhy(DatasetKind kind) {
    if (kind.name().startsWith("ACLED")) {
      return " (ACLED data need an account at acleddata.com and may not be redistributed: export"
          + " them there and read the file with ConflictData.read(path))";
    }
    return "";
  }

  /** Settings, defaulting to the environment's. */
  public static final class Builder {
    private final Settings env = Settings.current();
    private Path cacheDir = env.cacheDir();
    private boolean offline = env.offline();
    private String mirror = env.mirror().orElse(null);
    private Path lockFile = env.lockFile().orElse(null);
    private ProgressListener listener;
    private Duration connectTimeout = Duration.ofSeconds(20);
    private Duration readTimeout = Duration.ofSeconds(60);
    private int attempts = 4;
    private Duration backoff = Duration.ofSeconds(2);
    private Duration maxRetryAfter = Duration.ofMinutes(2);
    private long maxUnknownBytes = MAX_UNKNOWN_BYTES;
    private Duration downloadDeadline = DOWNLOAD_DEADLINE;
    private long maxUnpackedBytes = MAX_UNPACKED_BYTES;
    private int maxUnpackRatio = MAX_UNPACK_RATIO;
    private boolean plainHttpMirror;

    Builder() {}

    /**
     * Bounds of every download: the most bytes of a file whose size neither the catalog nor the
     * server's Content-Length gives (default 4 GB; a known size is itself the bound), and the
     * longest one download may take, retries included (default 30 min). Past either the download
     * is a {@link DownloadException} and nothing is left in the cache.
     *
     * @param maxUnknownBytes the cap for files of unknown size
     * @param deadline the longest one download may take
     * @return this
     * @throws IllegalArgumentException for a cap below one byte or a deadline not positive
     */
    public Builder downloadLimits(long maxUnknownBytes, Duration deadline) {
      if (maxUnknownBytes < 1 || deadline == null || deadline.isNegative() || deadline.isZero()) {
        throw new IllegalArgumentException("downloadLimits needs a cap of at least one byte and a"
            + " positive deadline, got " + maxUnknownBytes + " and " + deadline);
      }
      this.maxUnknownBytes = maxUnknownBytes;
      this.downloadDeadline = deadline;
      return this;
    }

    /**
     * Bounds of unzipping a release: the most bytes its member may inflate to (default 8 GB)
     * and, past 64 MB, the most times the zip's own size (default 100). Past either the release
     * is an {@link IntegrityException} and nothing is cached.
     *
     * @param maxUnpackedBytes the most inflated bytes
     * @param maxUnpackRatio the most inflated bytes per zip byte, past 64 MB
     * @return this
     * @throws IllegalArgumentException for a bound below one
     */
    public Builder unpackLimits(long maxUnpackedBytes, int maxUnpackRatio) {
      if (maxUnpackedBytes < 1 || maxUnpackRatio < 1) {
        throw new IllegalArgumentException("unpackLimits needs bounds of at least 1, got "
            + maxUnpackedBytes + " and " + maxUnpackRatio);
      }
      this.maxUnpackedBytes = maxUnpackedBytes;
      this.maxUnpackRatio = maxUnpackRatio;
      return this;
    }

    /**
     * Accepts a plain {@code http://} mirror on a host other than loopback (refused by default:
     * the bytes of releases without a checksum could be changed on the way).
     *
     * @param allow true to accept one
     * @return this
     */
    public Builder allowPlainHttpMirror(boolean allow) {
      this.plainHttpMirror = allow;
      return this;
    }

    /** The cache folder. */
    public Builder cacheDir(Path dir) {
      this.cacheDir = Objects.requireNonNull(dir, "dir");
      return this;
    }

    /** Never use the network. */
    public Builder offline(boolean offline) {
      this.offline = offline;
      return this;
    }

    /** A base URL replacing every publisher's scheme and host; null for none. */
    public Builder mirror(String baseUrl) {
      this.mirror = baseUrl;
      return this;
    }

    /** The lock file; null for none. */
    public Builder lockFile(Path file) {
      this.lockFile = file;
      return this;
    }

    /** Where progress and notices go (default: {@link #defaultProgressListener()}). */
    public Builder progress(ProgressListener listener) {
      this.listener = listener;
      return this;
    }

    /**
     * Retry policy: attempts in all (at least 1; default 4), the first backoff (doubled each
     * time; default 2 s) and the longest Retry-After accepted (default 2 min).
     */
    public Builder retries(int attempts, Duration backoff, Duration maxRetryAfter) {
      this.attempts = attempts;
      this.backoff = Objects.requireNonNull(backoff, "backoff");
      this.maxRetryAfter = Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
      return this;
    }

    /**
     * Timeouts: to connect (default 20 s) and for the answer's headers or a pause in its body
     * (default 60 s).
     */
    public Builder timeouts(Duration connect, Duration read) {
      this.connectTimeout = Objects.requireNonNull(connect, "connect");
      this.readTimeout = Objects.requireNonNull(read, "read");
      return this;
    }

    /** The configured instance. */
    public Releases build() {
      return new Releases(this);
    }
  }

}
