package io.github.conflictdata.releases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.conflictdata.DatasetKind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 27, item 10: a complete cache that cannot be written is still read (offline too), and a
 * download that would have to store into it is a {@link DownloadException}, not an {@code
 * UncheckedIOException}. The cache is made unwritable with permissions, or as root (whom
 * permissions do not stop) with {@code chattr +i}.
 */
class ReadOnlyCacheTest {
  @TempDir Path tmp;

  private static boolean root() throws Exception {
    Process id = new ProcessBuilder("id", "-u").redirectErrorStream(true).start();
    String out = new String(id.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    return id.waitFor(10, TimeUnit.SECONDS) && out.equals("0");
  }

  private static boolean chattr(String flag, Path dir) throws Exception {
    Process p = new ProcessBuilder("chattr", "-R", flag, dir.toString()).redirectErrorStream(true)
        .start();
    p.getInputStream().readAllBytes();
    return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
  }

  /** Makes {@code dir} unwritable; returns how to undo it. */
  private static AutoCloseable readOnly(Path dir) throws Exception {
    if (root()) {
      assumeTrue(chattr("+i", dir), "skipped: root, and chattr +i is not available here");
      return () -> chattr("-i", dir);
    }
    Set<PosixFilePermission> write = EnumSet.of(PosixFilePermission.OWNER_WRITE,
        PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);
    List<Path> all;
    try (Stream<Path> s = Files.walk(dir)) {
      all = s.toList();
    }
    for (Path p : all) {
      Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p);
      perms.removeAll(write);
      Files.setPosixFilePermissions(p, perms);
    }
    return () -> {
      for (Path p : all) {
        Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p);
        perms.add(PosixFilePermission.OWNER_WRITE);
        Files.setPosixFilePermissions(p, perms);
      }
    };
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void aCompleteReadOnlyCacheIsReadAndStoringIntoItIsADownloadException() throws Exception {
    Path cache = tmp.resolve("cache");
    byte[] zip = Fixtures.brdZip();
    Release r = Fixtures.release(DatasetKind.UCDP_BRD_CONFLICT, "24.1", Fixtures.BRD_URL,
        "BattleDeaths_v24_1_conf.csv", zip);
    try (Loopback server = new Loopback().on(Fixtures.BRD_PATH, Loopback.bytes(zip))) {
      Fixtures.settings(cache, server, new Fixtures.Recorder()).build().download(r);
      try (AutoCloseable undo = readOnly(cache)) {
        Releases offline = Fixtures.settings(cache, null, new Fixtures.Recorder()).offline(true)
            .build();
        assertEquals("24.1", offline.download(r).version());
        assertEquals("24.1", offline.download(DatasetKind.UCDP_BRD_CONFLICT, "24.1").version());
        Releases online = Fixtures.settings(cache, server, new Fixtures.Recorder()).build();
        DownloadException e = assertThrows(DownloadException.class,
            () -> online.download(DatasetKind.UCDP_BRD_CONFLICT, "27.1"));
        assertTrue(e.getMessage().contains("cannot be used")
            && e.getMessage().contains("CONFLICTDATA_CACHE"), e.getMessage());
      }
    }
  }
}
