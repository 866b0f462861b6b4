package io.github.conflictdata.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The byte-level decimal parser agrees with Double.parseDouble, bit for bit, or declines. */
class FastDecimalTest {
  private static double fast(String s) {
    byte[] b = s.getBytes(StandardCharsets.US_ASCII);
    return ChunkParser.fastDecimal(b, 0, b.length);
  }

  @Test
  void agreesWithParseDoubleOnCoordinatesAndDurations() {
    Random rnd = new Random(1);
    for (int i = 0; i < 200_000; i++) {
      String s = String.format(java.util.Locale.ROOT, "%." + rnd.nextInt(9) + "f",
          (rnd.nextDouble() - 0.5) * Math.pow(10, rnd.nextInt(8)));
      double f = fast(s);
      if (!Double.isNaN(f)) {
        assertEquals(Double.doubleToLongBits(Double.parseDouble(s)), Double.doubleToLongBits(f), s);
      }
    }
    assertEquals(40.1811, fast("40.1811"));
    assertEquals(53.2, fast("53.20"));
    assertEquals(-3.0, fast("-3"));
    assertEquals(502.1, fast("502.1"));
  }

  @Test
  void declinesWhatItDoesNotHandle() {
    for (String s : new String[] {"3.399E+89", "1,5", "", "-", ".", "abc", "1.2.3", "12345678901234567.5"}) {
      assertTrue(Double.isNaN(fast(s)), s);
    }
  }
}
