package io.github.conflictdata;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Tag;
import java.io.ByteArrayInputStream;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.Column;

/**
 * Jazzer fuzz tests of {@link ConflictData.Reader#read(java.io.InputStream, String)}. Whatever the
 * bytes, a read either returns a dataset or throws {@link DatasetFormatException}: any other
 * exception, an error (OutOfMemoryError, StackOverflowError) or an input that takes longer than
 * {@link #HANG_SECONDS} is a finding.
 *
 * <p>{@code mvn verify} replays the committed seeds (made from every shared file and its re-saved
 * layouts by {@link SeedCorpusTool}) and every crash found so far, all under {@code
 * src/test/resources/io/github/conflictdata/ReaderFuzzTestInputs/<method>/}. A long run: {@code
 * JAZZER_FUZZ=1 mvn -o test -Dtest=ReaderFuzzTest#readDetected} (see README "Fuzzing the
 * readers"); new crashes land in that directory and then replay in every build.
 */
@Tag("fuzz")
class ReaderFuzzTest {

  /** Per-input time bound: a read that takes longer is a hang. */
  static final long HANG_SECONDS = 10;

  private static final ExecutorService WORKER =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "fuzz-read");
            t.setDaemon(true);
            return t;
          });

  /**
   * Runs one input's checks on a worker thread and waits at most {@link #HANG_SECONDS}. (JUnit's
   * {@code @Timeout} would bound the whole fuzzing run, not one input.)
   */
  static void bounded(Runnable check) {
    Future<?> f = WORKER.submit(check);
    try {
      f.get(HANG_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      throw new AssertionError("hang: one input took more than " + HANG_SECONDS + " s");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new AssertionError(cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** Detection: the bytes as a file of unknown kind, strict. */
  @FuzzTest(maxDuration = "5m")
  void readDetected(byte[] data) {
    bounded(() -> readAndCheck(ConflictData.reader(), data, "fuzz-input", false));
  }

  /**
   * Options: the first byte chooses them, the rest is the file. Bits 0-3: the kind (a {@link
   * DatasetKind} ordinal; 9 and above detect); bit 4: lenient; bit 5: 1 KB blocks on 2 threads
   * (so that block boundaries fall inside small inputs); bits 6-7: the name's extension (.csv,
   * .tsv, .xlsx, none). Strict and lenient reads of the same bytes must also agree: a strict
   * success is a lenient success with the same rows and no problems.
   */
  @FuzzTest(maxDuration = "5m")
  void readWithOptions(byte[] data) {
    if (data.length == 0) {
      return;
    }
    bounded(() -> checkOptions(data));
  }

  private static void checkOptions(byte[] data) {
    int control = data[0] & 0xff;
    byte[] file = java.util.Arrays.copyOfRange(data, 1, data.length);
    int k = control & 0x0f;
    DatasetKind[] kinds = java.util.Arrays.stream(DatasetKind.values())
        .toArray(DatasetKind[]::new);
    DatasetKind kind = k < kinds.length ? kinds[k] : null;
    boolean lenient = (control & 0x10) != 0;
    boolean smallBlocks = (control & 0x20) != 0;
    String name = "fuzz-input" + new String[] {".csv", ".tsv", ".xlsx", ""}[control >>> 6];

    Dataset strict = readAndCheck(reader(kind, false, smallBlocks), file, name, false);
    Dataset lenientRead = readAndCheck(reader(kind, true, smallBlocks), file, name, true);
    if (strict != null) {
      if (lenientRead == null) {
        throw new AssertionError("strict read succeeded but the lenient read threw");
      }
      if (lenientRead.table().rowCount() != strict.table().rowCount()
          || !lenientRead.problems().isEmpty()) {
        throw new AssertionError(
            "strict read gave " + strict.table().rowCount() + " rows, lenient "
                + lenientRead.table().rowCount() + " rows and problems " + lenientRead.problems());
      }
    }
    if (lenient && lenientRead != null && lenientRead.problems().isEmpty() && strict == null) {
      throw new AssertionError("lenient read found no problem but the strict read threw");
    }
  }

  private static ConflictData.Reader reader(DatasetKind kind, boolean lenient, boolean small) {
    ConflictData.Reader r = ConflictData.reader();
    if (kind != null) {
      r.kind(kind);
    }
    if (lenient) {
      r.lenient();
    }
    if (small) {
      r.blockBytes(1024).threads(2);
    }
    return r;
  }

  /**
   * Reads and checks the contract: a dataset with a table (no problems after a strict read, every
   * problem positioned in a lenient one, no U+FFFD unless the input holds one), or a
   * DatasetFormatException naming the file with at least one problem. Returns null on the latter.
   */
  static Dataset readAndCheck(ConflictData.Reader reader, byte[] data, String name, boolean lenient) {
    Dataset ds;
    try {
      ds = reader.read(new ByteArrayInputStream(data), name);
    } catch (DatasetFormatException e) {
      if (e.problems().isEmpty()) {
        throw new AssertionError("DatasetFormatException without problems: " + e.getMessage());
      }
      if (!name.equals(e.file())) {
        throw new AssertionError("DatasetFormatException names file " + e.file() + ", not " + name);
      }
      return null;
    }
    if (ds == null || ds.table() == null) {
      throw new AssertionError("read returned no dataset or no table");
    }
    if (!lenient && !ds.problems().isEmpty()) {
      throw new AssertionError("a strict read returned problems: " + ds.problems());
    }
    for (Problem p : ds.problems()) {
      if (p.line() < 1) {
        throw new AssertionError("a skipped record without its line: " + p);
      }
    }
    if (!containsReplacementChar(data)) {
      for (Column<?> c : ds.table().columns()) {
        if (c.name().indexOf('\uFFFD') >= 0) {
          throw new AssertionError("U+FFFD in column name " + c.name());
        }
        if (c instanceof StringColumn s) {
          for (int r = 0; r < s.size(); r++) {
            if (s.get(r).indexOf('\uFFFD') >= 0) {
              throw new AssertionError("U+FFFD in column " + c.name() + " row " + r);
            }
          }
        }
      }
    }
    return ds;
  }

  /** True if the bytes hold U+FFFD in UTF-8 (EF BF BD): then it may rightly appear in a cell. */
  private static boolean containsReplacementChar(byte[] b) {
    for (int i = 0; i + 2 < b.length; i++) {
      if ((b[i] & 0xff) == 0xEF && (b[i + 1] & 0xff) == 0xBF && (b[i + 2] & 0xff) == 0xBD) {
        return true;
      }
    }
    return false;
  }

}
