package io.github.conflictdata.io;

import io.github.conflictdata.Dataset;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

/**
 * The snapshot store: a folder of {@link Snapshot}s of files read before, so that reading a large
 * file (or a downloaded release) again in a new JVM maps typed columns instead of parsing text.
 *
 * <p><b>When.</b> Files of {@link #MIN_BYTES} or more, read by path. <b>Key.</b> The file's absolute
 * path, size and modification time, the name given for it, the read options that change the result
 * (kind, lenient, limits) and this library's reader (a digest of its reading classes): a file
 * changed in place, other options or another version of the library miss and parse afresh. A file
 * rewritten with the same size and the same modification time to the nanosecond would not be
 * noticed; turn snapshots off to be sure. The snapshot keeps the SHA-256 of the bytes first parsed
 * in {@link Dataset#source()}, which the download cache compares with its record as for a parse.
 *
 * <p><b>Bounds.</b> At most {@code maxBytes} in all: after each write the least recently used
 * snapshots are deleted until the folder fits. A snapshot that cannot be read is deleted and the
 * file parsed; a snapshot that cannot be written is skipped. Writes are atomic.
 *
 * @param dir the folder
 * @param maxBytes the most the folder may hold
 */
public record Snapshots(Path dir, long maxBytes) {
  /** Files smaller than this are parsed every time (10 MB): parsing them costs less than a map. */
  public static final long MIN_BYTES = 10L << 20;

  private static final String SUFFIX = ".cdsnap";

  /**
   * The dataset of {@code file}: from its snapshot if there is a valid one, else parsed by {@code
   * parse} and snapshotted.
   *
   * @param file the file read
   * @param name the name it is read under (in problems and the source)
   * @param optionsKey the read options that change the result, as text
   * @param parse how to parse it when no snapshot serves
   * @return the dataset
   */
  public Dataset read(Path file, String name, String optionsKey, Supplier<Dataset> parse) {
    String key;
    try {
      if (Files.size(file) < MIN_BYTES) {
        return parse.get();
      }
      key = key(file, name, optionsKey);
    } catch (IOException e) {
      return parse.get(); // the parse reports the unreadable file as it always does
    }
    Path snap = dir.resolve(key + SUFFIX);
    if (Files.isRegularFile(snap)) {
      try {
        Dataset d = Snapshot.read(snap);
        touch(snap);
        return d;
      } catch (IOException e) {
        delete(snap);
      }
    }
    Dataset d = parse.get();
    if (Snapshot.supports(d)) {
      try {
        Snapshot.write(d, snap);
        evict(snap);
      } catch (UncheckedIOException e) {
        delete(snap); // a full disk or read-only cache: the dataset is still returned
      }
    }
    return d;
  }

  private static String key(Path file, String name, String optionsKey) throws IOException {
    Path abs = file.toAbsolutePath().normalize();
    String k = abs + "\0" + Files.size(abs) + "\0"
        + Files.getLastModifiedTime(abs).toInstant() + "\0" + name + "\0" + optionsKey + "\0"
        + Snapshot.FORMAT + "\0" + READER;
    return HexFormat.of().formatHex(sha256(k.getBytes(StandardCharsets.UTF_8))).substring(0, 40);
  }

  /** A digest of the classes that decide what a read returns, so that a new reader misses. */
  private static final String READER = readerDigest();

  private static String readerDigest() {
    String[] classes = {"io/DatasetReader", "io/ChunkParser", "io/Schema", "io/ColumnSpec",
        "io/ExcelSheets", "io/DateInference", "io/Snapshot", "io/ZipMembers", "ucdp/UcdpSchemas",
        "acled/AcledSchemas", "cow/CowSchemas", "prio/PrioSchemas", "ConflictData", "Dataset"};
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (String c : classes) {
        try (InputStream in = Snapshots.class.getResourceAsStream(
            "/io/github/conflictdata/" + c + ".class")) {
          md.update(c.getBytes(StandardCharsets.UTF_8));
          if (in != null) {
            md.update(in.readAllBytes());
          }
        }
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (IOException | NoSuchAlgorithmException e) {
      return "unknown-" + System.nanoTime(); // never matches: every read parses
    }
  }

  private static byte[] sha256(byte[] b) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(b);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void touch(Path p) {
    try {
      Files.setLastModifiedTime(p, FileTime.fromMillis(System.currentTimeMillis()));
    } catch (IOException e) {
      // a read-only store still serves; its eviction order is then the write order
    }
  }

  private static void delete(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      // left for the next eviction
    }
  }

  /** Deletes least recently used snapshots, never {@code keep}, until the folder fits. */
  private void evict(Path keep) {
    List<Path> all = new ArrayList<>();
    long total = 0;
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
      for (Path p : ds) {
        all.add(p);
        total += Files.size(p);
      }
    } catch (IOException e) {
      return;
    }
    if (total <= maxBytes) {
      return;
    }
    all.sort((a, b) -> {
      try {
        return Files.getLastModifiedTime(a).compareTo(Files.getLastModifiedTime(b));
      } catch (IOException e) {
        return 0;
      }
    });
    for (Path p : all) {
      if (total <= maxBytes) {
        break;
      }
      if (p.equals(keep)) {
        continue;
      }
      try {
        long size = Files.size(p);
        Files.deleteIfExists(p);
        total -= size;
      } catch (IOException e) {
        // skip it
      }
    }
    if (total > maxBytes) {
      delete(keep); // one snapshot larger than the whole bound
    }
  }
}
