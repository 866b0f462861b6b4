package io.github.conflictdata.releases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 27, item 9: pins written at once (threads with their own {@link LockFile}, as two {@link
 * Releases} have, and separate processes) are all kept. The expected blocks are counted by plain
 * line matching on the file.
 */
class LockFileRaceTest {
  @TempDir Path tmp;

  static LockFile.Entry entry(String prefix, int i) {
    return new LockFile.Entry("TEST_" + prefix, (i + 1) + ".0", "f.csv", i,
        "0".repeat(63) + (i % 10), null, "2026-01-01T00:00:00Z");
  }

  private static long blocks(Path lock) throws Exception {
    return Files.readAllLines(lock, StandardCharsets.UTF_8).stream()
        .filter(l -> l.startsWith("[TEST_")).count();
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void threadsWithTheirOwnLockFileLoseNoPin() throws Exception {
    Path lock = tmp.resolve("conflictdata.lock");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        String prefix = "T" + t;
        done.add(pool.submit(() -> {
          LockFile f = new LockFile(lock);
          for (int i = 0; i < 25; i++) {
            f.put(entry(prefix, i));
          }
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(100, blocks(lock));
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void twoProcessesLoseNoPin() throws Exception {
    Path lock = tmp.resolve("conflictdata.lock");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<Process> procs = new ArrayList<>();
    for (int p = 0; p < 2; p++) {
      procs.add(new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
          LockFilePutMain.class.getName(), lock.toString(), "P" + p, "50")
          .redirectErrorStream(true).redirectOutput(tmp.resolve("p" + p + ".log").toFile()).start());
    }
    for (Process p : procs) {
      p.waitFor(100, TimeUnit.SECONDS);
      assertEquals(0, p.exitValue());
    }
    assertEquals(100, blocks(lock));
  }
}
