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
   */
  public record Entry(String key, String version, Path file, long size, String sha256) {}

  /**
   * Verifies a file you already have and stores it as the release it is, so downloads of that
   * release need no network. The release is recognised by its bytes (the catalog's MD5 and size,
   * e.g. a publisher's zip or CSV as downloaded), else by reading it (kind and release from its
   * content; a zip member such as COW's "INTRA-STATE WARS v5.1 CSV.csv" is stored as that
   * release's member). COW's state list ({@code states2016.csv}) is recognised by its header.
   *
   * @throws IntegrityException if the file is named as, or reads as, a catalog release whose
   *     recorded MD5 or size it does not have, or the lock file pins other bytes
   * @throws io.github.conflictdata.DatasetFormatException if it is no file conflictdata can read
   */
  public Entry add(Path file) {
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
    for (Release r : Catalog.all()) {
      if (r.fileName().equals(name) && (r.md5().isPresent() || r.size().isPresent())) {
        Releases.checkCatalog(Artifact.of(r), h.size(), h.md5(), r.url(), file);
      }
    }
    // 2. COW's state list
    if (isCowStateList(file)) {
      return addData(file, Catalog.COW_STATES, h);
    }
    // 3. a data file: kind and release from its content
    Dataset d = ConflictData.read(file);
    if (d.version() == null) {
      throw new IllegalArgumentException(file + " reads as " + d.kind() + " but holds no release"
          + " number, so it cannot be stored as a release");
    }
    Optional<Release> known = Catalog.find(d.kind(), d.version());
    if (known.isPresent()) {
      Release r = known.get();
      if (r.member() == null) {
        // the catalog's file itself, but not its recorded bytes (step 1 did not match)
        Releases.checkCatalog(Artifact.of(r), h.size(), h.md5(), r.url(), file);
      }
      return addData(file, Artifact.of(r), h);
    }
    Artifact local = new Artifact(d.kind().name(), d.version(), d.kind(), null, name, null,
        OptionalLong.empty(), Optional.empty(), d.source().citation(), isCow(d.kind()));
    return addData(file, local, h);
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
        return new Entry(a.key(), a.version(), s.file(), s.size(), s.sha256());
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
        return new Entry(a.key(), a.version(), s.file(), s.size(), s.sha256());
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
