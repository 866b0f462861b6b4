package io.github.conflictdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
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
}
