package io.github.conflictdata.releases;

import io.github.conflictdata.ConflictData;
import io.github.conflictdata.Dataset;
import io.github.conflictdata.DatasetKind;
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
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
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
 * the environment ({@link #fromEnvironment()}, what {@link ConflictData#download} uses) or set by
 * a {@link #builder()}.
 *
 * <ul>
 *   <li>{@code CONFLICTDATA_CACHE} ({@code conflictdata.cache}): the cache folder; default {@code
 *       $XDG_CACHE_HOME/conflictdata}, else {@code ~/.cache/conflictdata}.
 *   <li>{@code CONFLICTDATA_OFFLINE=true} ({@code conflictdata.offline}): cache only.
 *   <li>{@code CONFLICTDATA_MIRROR} ({@code conflictdata.mirror}): {@code
 *       https://host/path?query} is fetched from {@code MIRROR/host/path?query}.
 *   <li>{@code CONFLICTDATA_LOCK} ({@code conflictdata.lock}): the lock file pinning each
 *       release's SHA-256.
 * </ul>
 *
 * A system property wins over the environment variable. Every cached file has its SHA-256
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

  private Releases(Builder b) {
    this.cacheDir = b.cacheDir.toAbsolutePath().normalize();
    this.offline = b.offline;
    this.mirror = b.mirror == null || b.mirror.isBlank() ? null : b.mirror.replaceAll("/+$", "");
    this.lock = b.lockFile == null ? null : new LockFile(b.lockFile.toAbsolutePath().normalize());
    this.listener = b.listener;
    this.settings = b;
  }

  private synchronized Fetcher fetcher() {
    if (fetcher == null) {
      fetcher = new Fetcher(settings.connectTimeout, settings.readTimeout, settings.attempts,
          settings.backoff, settings.maxRetryAfter);
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

  /** The lock file, if one is set. */
  public Optional<Path> lockFile() {
    return lock == null ? Optional.empty() : Optional.of(lock.path());
  }

  /** The cache, to add files you already have and to look up what is stored. */
  public ReleaseCache cache() {
    return new ReleaseCache(this);
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
   * release the catalog does not list (e.g. "27.1") is tried at UCDP's URL pattern.
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
        if (Files.isDirectory(p)) {
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
        Fetcher.Fetched f = fetcher().fetch(u, tmp, a.label(), listener(), new Fetcher.Hint() {
          @Override
          public String notFound() {
            return a.kind() == null ? "" : knownReleases(a.kind());
          }

          @Override
          public String cachePath() {
            return dir.toString();
          }
        });
        checkCatalog(a, f.size(), f.md5(), u.toString(), null);
        if (a.member() != null) {
          return storeMemberFromDownload(tmp, f, a, dir);
        }
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
      Hashed h = extract(zipTmp, a, memberTmp);
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
      Hashed h = extract(zip, a, memberTmp);
      checkPin(a, h.sha256());
      Stored s = store(memberTmp, dir.resolve(a.member()), h.size(), h.sha256(), url, "data");
      recordPin(a, s);
      return s;
    } finally {
      deleteQuietly(memberTmp);
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

  /** Runs {@code body} holding this JVM's lock and the file lock of the release's folder. */
  <T> T locked(Path dir, Supplier<T> body) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the cache folder " + dir, e);
    }
    ReentrantLock l = JVM_LOCKS.computeIfAbsent(dir, d -> new ReentrantLock());
    l.lock();
    try (FileChannel ch = FileChannel.open(dir.resolve(".lock"), StandardOpenOption.CREATE,
        StandardOpenOption.WRITE);
        FileLock fl = ch.lock()) {
      return body.get();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot lock the cache folder " + dir, e);
    } finally {
      l.unlock();
    }
  }

  // ---- zips and hashes --------------------------------------------------------------------------

  record Hashed(long size, String md5, String sha256) {}

  /** Copies the release's member out of the zip into {@code target}, hashing it. */
  static Hashed extract(Path zip, Artifact a, Path target) {
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
        return copyHashing(in, out);
      }
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
    MessageDigest md5;
    MessageDigest sha;
    try {
      md5 = withMd5 ? MessageDigest.getInstance("MD5") : null;
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError("MD5 and SHA-256 are on every Java platform", e);
    }
    byte[] buf = new byte[64 * 1024];
    long n = 0;
    int r;
    while ((r = in.read(buf)) >= 0) {
      out.write(buf, 0, r);
      if (md5 != null) {
        md5.update(buf, 0, r);
      }
      sha.update(buf, 0, r);
      n += r;
    }
    return new Hashed(n, md5 == null ? "" : HexFormat.of().formatHex(md5.digest()),
        HexFormat.of().formatHex(sha.digest()));
  }

  // ---- helpers ----------------------------------------------------------------------------------

  /** The URL fetched: the publisher's, or the mirror's {@code MIRROR/host/path?query}. */
  URI effectiveUrl(String url) {
    URI u = URI.create(url);
    if (mirror == null) {
      return u;
    }
    String host = u.getHost() + (u.getPort() > 0 ? ":" + u.getPort() : "");
    return URI.create(mirror + "/" + host + u.getRawPath()
        + (u.getRawQuery() != null ? "?" + u.getRawQuery() : ""));
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
    private Path cacheDir = defaultCacheDir();
    private boolean offline = Boolean.parseBoolean(
        Objects.requireNonNullElse(setting("CONFLICTDATA_OFFLINE", "conflictdata.offline"), "false")
            .trim().toLowerCase(Locale.ROOT));
    private String mirror = setting("CONFLICTDATA_MIRROR", "conflictdata.mirror");
    private Path lockFile = Optional.ofNullable(setting("CONFLICTDATA_LOCK", "conflictdata.lock"))
        .filter(s -> !s.isBlank()).map(Path::of).orElse(null);
    private ProgressListener listener;
    private Duration connectTimeout = Duration.ofSeconds(20);
    private Duration readTimeout = Duration.ofSeconds(60);
    private int attempts = 4;
    private Duration backoff = Duration.ofSeconds(2);
    private Duration maxRetryAfter = Duration.ofMinutes(2);

    Builder() {}

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

  static String setting(String env, String property) {
    String p = System.getProperty(property);
    if (p != null && !p.isBlank()) {
      return p;
    }
    String e = System.getenv(env);
    return e == null || e.isBlank() ? null : e;
  }

  static Path defaultCacheDir() {
    String set = setting("CONFLICTDATA_CACHE", "conflictdata.cache");
    if (set != null) {
      return Path.of(set);
    }
    String xdg = System.getenv("XDG_CACHE_HOME");
    if (xdg != null && !xdg.isBlank()) {
      return Path.of(xdg, "conflictdata");
    }
    return Path.of(System.getProperty("user.home"), ".cache", "conflictdata");
  }
}
