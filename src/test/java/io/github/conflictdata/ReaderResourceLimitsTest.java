package io.github.conflictdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Resource bounds: each hostile input (a 2 GB field, a record and a header of a million
 * delimiters, a 100 MB cell, 100 MB of quotes, a 2 GB fake workbook, an .xlsx zip bomb) is read in
 * a separate JVM with a 256 MB heap and must end in a {@link DatasetFormatException} naming the
 * limit, never in an OutOfMemoryError. The inputs are generated as streams (nothing big touches the
 * disk). The limits are the reader's options: {@code ConflictData.reader().limits(...)} and {@code
 * workbookLimits(...)}.
 */
class ReaderResourceLimitsTest {

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "field-2gb, strict, a header row shorter than",
    "field-2gb-after-header, strict, a record shorter than 67108864",
    "field-2gb-after-header, lenient, a record shorter than 67108864",
    "million-delims, strict, at most 10000 fields",
    "million-header, strict, a header of at most 10000",
    "cell-100mb, strict, a record shorter than 67108864",
    "quotes, strict, a header row shorter than",
    "xlsx-2gb, strict, an Excel workbook of at most 67108864 bytes",
    "xlsx-bomb, strict, IOException: Zip b"
  })
  void endsInAClearErrorWithin256MbOfHeap(String id, String mode, String expected)
      throws Exception {
    String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    Process p =
        new ProcessBuilder(
                java, "-Xmx256m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                ResourceProbe.class.getName(), id, mode)
            .redirectErrorStream(true)
            .start();
    byte[] out = p.getInputStream().readAllBytes();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), id + ": still running after 120 s");
    String text = new String(out, StandardCharsets.UTF_8);
    String outcome =
        text.lines().filter(l -> l.startsWith("OUTCOME ")).findFirst().orElse("(no outcome)\n" + text);
    assertEquals(0, p.exitValue(), id + " ran out of memory in a 256 MB heap: " + outcome);
    assertTrue(outcome.startsWith("OUTCOME DatasetFormatException"), id + ": " + outcome);
    assertTrue(outcome.contains(expected), id + ": expected '" + expected + "' in " + outcome);
  }

  /**
   * Issue 27, item 12: an unclosed quote followed by 1 GB is the same clean error by path as by
   * stream, in a 256 MB heap (the record buffer grew past the limit by doubling: three times
   * {@code maxRecordBytes} at once).
   */
  @ParameterizedTest(name = "by {0}")
  @CsvSource({"path", "stream"})
  @Timeout(value = 180, unit = TimeUnit.SECONDS)
  void anUnclosedQuoteBeforeOneGigabyteIsBoundedByPathAndByStream(String how,
      @TempDir Path tmp) throws Exception {
    Path file = tmp.resolve("unclosed.csv");
    List<String> brd = Files.readAllLines(Path.of("data/ucdp/BattleDeaths_v24_1_conf.csv"),
        StandardCharsets.UTF_8);
    byte[] block = new byte[1 << 20];
    Arrays.fill(block, (byte) 'a');
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write((brd.get(0) + "\n" + brd.get(1) + "\n\"").getBytes(StandardCharsets.UTF_8));
      for (int i = 0; i < 1024; i++) {
        out.write(block);
      }
    }
    String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    Process p = new ProcessBuilder(java, "-Xmx256m", "-XX:+UseSerialGC", "-cp",
        System.getProperty("java.class.path"), PathProbe.class.getName(), how, file.toString())
        .redirectErrorStream(true).start();
    byte[] out = p.getInputStream().readAllBytes();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), how + ": still running after 120 s");
    String text = new String(out, StandardCharsets.UTF_8);
    String outcome = text.lines().filter(l -> l.startsWith("OUTCOME ")).findFirst()
        .orElse("(no outcome)\n" + text);
    assertEquals(0, p.exitValue(), how + " ran out of memory in a 256 MB heap: " + outcome);
    assertTrue(outcome.startsWith("OUTCOME DatasetFormatException")
        && outcome.contains("a record shorter than 67108864"), how + ": " + outcome);
  }
}
