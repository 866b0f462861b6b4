package io.github.conflictdata.releases;

import io.github.conflictdata.ConflictData;
import io.github.conflictdata.Dataset;
import io.github.conflictdata.DatasetKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The verified cache of {@link Releases}: add a file you already have, so that {@link
 * ConflictData#download} finds it without the network, and look up what is stored.
 *
 * <pre>{@code
 * ConflictData.cache().add(Path.of("Inter-StateWarData_v4.0.csv")); // checked against the catalog
 * Dataset inter = ConflictData.download(DatasetKind.COW_INTER_STATE, "4.0"); // no network needed
 * }</pre>
 */
public final class ReleaseCache {
  /** The cache's folder for files added with {@link #add} that could not be verified. */
  static final String UNVERIFIED = "unverified";

  private final Releases releases;

  ReleaseCache(Releases releases) {
    this.releases = releases;
  }

  /** The cache folder. */
  public Path dir() {
    return releases.cacheDir();
  }

  /**
   * One stored file.
   *
   * @param key the kind's name ("COW_INTER_STATE"), or "COW_STATE_LIST" for COW's state list
   * @param version the release
   * @param file the file in the cache
   * @param size its byte size
   * @param sha256 its SHA-256, lower-case hex, as recorded when stored
   * @param verified true when its bytes matched the catalog's checksum or the lock file's pin (or
   *     it was added with {@link #addTrusted}), so {@code download(kind, version)} serves it; false
   *     for a copy kept under its own name that downloads never return
   * @param note why it is unverified and what to do, or "" for a verified file
   */
  public record Entry(String key, String version, Path file, long size, String sha256,
      boolean verified, String note) {
    @Override
    public String toString() {
      return key + " " + version + (verified ? " (verified)" : " (UNVERIFIED: " + note + ")")
          + ": " + file + ", " + size + " bytes, sha256 " + sha256;
    }
  }

  /**
   * Stores a file you already have. It is served by {@code download(kind, version)} only when
   * its bytes are known: they match the catalog's MD5 and size (e.g. a publisher's zip, or COW's
   * CSV, as downloaded), or, where the catalog records no checksum for them (a CSV unzipped from a
   * UCDP zip, a release outside the catalog), the lock file ({@code CONFLICTDATA_LOCK}) pins these
   * bytes. Any other file (an extract, an edited or re-saved copy, a release nobody pinned) is
   * kept under its own name in the cache's {@code unverified} folder, and the entry says so
   * ({@link Entry#verified()} false, with a {@link Entry#note()}); downloads never return it.
   * Read such a file with {@code ConflictData.read(path)}, or vouch for it with {@link
   * #addTrusted}. COW's state list ({@code states2016.csv}) is recognised by its header.
   *
   * @param file the file to add
   * @return what was stored, verified or not
   * @throws io.github.conflictdata.DatasetFormatException if it is no file conflictdata can read
   * @throws IllegalArgumentException if there is no such file, or it holds no release number
   */
  public Entry add(Path file) {
    return add(file, false);
  }

  /**
   * Stores a file as the release it reads as, without a checksum to compare it with: you vouch
   * for its bytes. Downloads of that release then serve it, and its SHA-256 is pinned in the lock
   * file if one is set. Use it for a genuine copy the catalog has no checksum for; {@link #add}
   * is the checked way.
   *
   * @param file the file to add
   * @return what was stored (verified)
   * @throws IntegrityException if the catalog records another MD5 or size for that file or
   *     release, or the lock file pins other bytes for it
   * @throws io.github.conflictdata.DatasetFormatException if it is no file conflictdata can read
   * @throws IllegalArgumentException if there is no such file, or it holds no release number
   */
  public Entry addTrusted(Path file) {
    return add(file, true);
  }

  private Entry add(Path file, boolean trusted) {
    Objects.requireNonNull(file, "file");
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("no such file: " + file);
    }
    Releases.Hashed h = Releases.hash(file);
    String name = file.getFileName().toString();
    // 1. the publisher's file, byte for byte
    for (Release r : Catalog.all()) {
      if (r.md5().isPresent() && r.md5().get().equals(h.md5()) && r.size().orElse(-1) == h.size()) {
        return addArtifact(file, Artifact.of(r), h);
      }
    }
    String mismatch = null;
    for (Release r : Catalog.all()) {
      if (r.fileName().equals(name) && (r.md5().isPresent() || r.size().isPresent())) {
        mismatch = catalogMismatch(Artifact.of(r), h, file);
      }
    }
    // 2. COW's state list
    if (mismatch == null && isCowStateList(file)) {
      return addData(file, Catalog.COW_STATES, h);
    }
    // 3. a data file: kind and release from its content
    Dataset d = ConflictData.read(file);
    if (d.version() == null) {
      throw new IllegalArgumentException(file + " reads as " + d.kind() + " but holds no release"
          + " number, so it cannot be stored as a release");
    }
    Optional<Release> known = Catalog.find(d.kind(), d.version());
    Artifact a = known.map(Artifact::of).orElse(new Artifact(d.kind().name(), d.version(),
        d.kind(), null, name, null, OptionalLong.empty(), Optional.empty(),
        d.source().citation(), isCow(d.kind())));
    if (mismatch == null && known.isPresent() && known.get().member() == null) {
      // the catalog's file itself, but not its recorded bytes (step 1 did not match)
      mismatch = catalogMismatch(a, h, file);
    }
    if (trusted) {
      if (mismatch != null) {
        throw new IntegrityException(mismatch + " addTrusted vouches only for files the catalog has"
            + " no checksum for; nothing was cached. Read this copy with ConflictData.read(path).");
      }
      return addData(file, a, h);
    }
    String why = mismatch != null ? mismatch : releases.pinned(a, h.sha256());
    if (why == null) {
      return addData(file, a, h);
    }
    return addUnverified(file, a, h, why + " It is kept as " + d.kind() + " " + d.version()
        + " under its own name but download(DatasetKind." + d.kind() + ", \"" + d.version()
        + "\") never returns it: read it with ConflictData.read(path), or, if you vouch for its"
        + " bytes, add it with ConflictData.cache().addTrusted(path).");
  }

  /** Why the file is not the catalog's release {@code a}, or null when size and MD5 agree. */
  private static String catalogMismatch(Artifact a, Releases.Hashed h, Path file) {
    try {
      Releases.checkCatalog(a, h.size(), h.md5(), a.url(), file);
      return null;
    } catch (IntegrityException e) {
      return e.getMessage().substring(0, e.getMessage().indexOf("; nothing was cached")) + ".";
    }
  }

  /** Keeps a file that is not a verified release under its own name, outside the release folders. */
  private Entry addUnverified(Path file, Artifact a, Releases.Hashed h, String note) {
    Path dir = releases.cacheDir().resolve(UNVERIFIED).resolve(a.key()).resolve(a.version());
    return releases.locked(dir, () -> {
      Path tmp = Releases.tempFile(dir);
      try {
        Releases.Hashed copied = copy(file, tmp);
        sameBytes(file, h, copied);
        Releases.Stored s = releases.store(tmp, dir.resolve(file.getFileName().toString()),
            copied.size(), copied.sha256(), null, "unverified");
        return new Entry(a.key(), a.version(), s.file(), s.size(), s.sha256(), false, note);
      } finally {
        Releases.deleteQuietly(tmp);
      }
    });
  }

  /** The release's data file, if it is in the cache and verified; never uses the network. */
  public Optional<Path> file(DatasetKind kind, String version) {
    Artifact a = Catalog.find(kind, version).map(Artifact::of).orElse(new Artifact(kind.name(),
        version, kind, null, null, null, OptionalLong.empty(), Optional.empty(), "", false));
    Path dir = releases.dir(a);
    if (!Files.isDirectory(dir)) {
      return Optional.empty();
    }
    return releases.locked(dir, () -> releases.findData(dir, a)).map(Releases.Stored::file);
  }

  /**
   * COW's State System Membership list v2016 ({@code states2016.csv}), if it has been added; the
   * country-code crosswalk reads it from here, since COW's terms keep it out of the jar.
   */
  public Optional<Path> cowStateList() {
    Artifact a = Catalog.COW_STATES;
    Path dir = releases.dir(a);
    if (!Files.isDirectory(dir)) {
      return Optional.empty();
    }
    return releases.locked(dir, () -> releases.findData(dir, a)).map(Releases.Stored::file);
  }

  private Entry addArtifact(Path file, Artifact a, Releases.Hashed h) {
    if (a.member() == null) {
      return addData(file, a, h);
    }
    if (a.cowTerms()) {
      releases.showCowTermsOnce();
    }
    Path dir = releases.dir(a);
    return releases.locked(dir, () -> {
      Path zipTmp = Releases.tempFile(dir);
      Path memberTmp = Releases.tempFile(dir);
      try {
        Releases.Hashed copied = copy(file, zipTmp);
        sameBytes(file, h, copied);
        Releases.Hashed m = Releases.extract(zipTmp, a, memberTmp);
        releases.checkPin(a, m.sha256());
        releases.store(zipTmp, dir.resolve(a.fileName()), copied.size(), copied.sha256(),
            a.url(), "archive");
        Releases.Stored s = releases.store(memberTmp, dir.resolve(a.member()), m.size(),
            m.sha256(), a.url(), "data");
        releases.recordPin(a, s);
        return new Entry(a.key(), a.version(), s.file(), s.size(), s.sha256(), true, "");
      } finally {
        Releases.deleteQuietly(zipTmp);
        Releases.deleteQuietly(memberTmp);
      }
    });
  }

  private Entry addData(Path file, Artifact a, Releases.Hashed h) {
    if (a.cowTerms()) {
      releases.showCowTermsOnce();
    }
    Path dir = releases.dir(a);
    return releases.locked(dir, () -> {
      Path tmp = Releases.tempFile(dir);
      try {
        Releases.Hashed copied = copy(file, tmp);
        sameBytes(file, h, copied);
        releases.checkPin(a, copied.sha256());
        String target = a.member() != null ? a.member()
            : a.fileName() != null ? a.fileName() : file.getFileName().toString();
        Releases.Stored s = releases.store(tmp, dir.resolve(target), copied.size(),
            copied.sha256(), a.url(), "data");
        releases.recordPin(a, s);
        return new Entry(a.key(), a.version(), s.file(), s.size(), s.sha256(), true, "");
      } finally {
        Releases.deleteQuietly(tmp);
      }
    });
  }

  private static Releases.Hashed copy(Path from, Path to) {
    try (InputStream in = Files.newInputStream(from);
        var out = Files.newOutputStream(to)) {
      return Releases.copyHashing(in, out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy " + from + " into the cache", e);
    }
  }

  private static void sameBytes(Path file, Releases.Hashed checked, Releases.Hashed copied) {
    if (!checked.sha256().equals(copied.sha256())) {
      throw new IntegrityException(file + " changed while it was being added (sha256 "
          + checked.sha256() + ", then " + copied.sha256() + "); nothing was cached");
    }
  }

  private static boolean isCowStateList(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(200);
      String first = new String(head, StandardCharsets.ISO_8859_1).split("[\r\n]", 2)[0]
          .replace("\uFEFF", "").toLowerCase(Locale.ROOT);
      return Arrays.asList(first.split(",")).containsAll(
          java.util.List.of("stateabb", "ccode", "statenme", "styear", "endyear"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static boolean isCow(DatasetKind k) {
    return k.name().startsWith("COW_");
  }
}
