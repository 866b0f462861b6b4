package io.github.conflictdata.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The parser's per-column text cache gives back exactly the text of the bytes, shared. */
class StringCacheTest {
  /** Texts alike at both ends (as ACLED's notes are), short and long, some non-ASCII. */
  private static List<byte[]> values(Random rnd, int count) {
    List<byte[]> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      StringBuilder b = new StringBuilder();
      switch (i % 4) {
        case 0 -> b.append("On 5 December 2020, ").append(i).append(" protesters in Yerevan")
            .append(" x".repeat(rnd.nextInt(80))).append(" [size=no report]");
        case 1 -> b.append("Protesters (Armenia)").append(i % 7 == 0 ? "" : "é" + i);
        case 2 -> b.append(i);
        default -> b.append("Military Forces of Azerbaijan (2003-) ").append(i);
      }
      out.add(b.toString().getBytes(StandardCharsets.UTF_8));
    }
    return out;
  }

  @Test
  void givesTheBytesTextAndItsNumberInTheDictionary() {
    Random rnd = new Random(2783);
    List<byte[]> values = values(rnd, 20_000);
    ChunkParser.StringCache cache = new ChunkParser.StringCache();
    // lookups in a buffer with other bytes around, as in a block of a file
    for (int k = 0; k < 300_000; k++) {
      byte[] v = values.get(k < 100_000 ? rnd.nextInt(200) : rnd.nextInt(values.size()));
      byte[] buf = new byte[v.length + 20];
      rnd.nextBytes(buf);
      int at = 7;
      System.arraycopy(v, 0, buf, at, v.length);
      String expected = new String(v, StandardCharsets.UTF_8);
      int id = cache.id(buf, at, at + v.length, TextCodec.Charset.UTF_8);
      assertEquals(expected, cache.dict.values[id]);
      // the same bytes again: the same text, from the cache this time
      int again = cache.id(buf, at, at + v.length, TextCodec.Charset.UTF_8);
      assertEquals(expected, cache.dict.values[again]);
    }
  }

  @Test
  void aFewValuesRepeatedShareOneStringEach() {
    Random rnd = new Random(6700);
    List<byte[]> values = values(rnd, 60);
    ChunkParser.StringCache cache = new ChunkParser.StringCache();
    List<String> first = new ArrayList<>();
    for (byte[] v : values) {
      first.add(text(cache, v));
    }
    for (int k = 0; k < 10_000; k++) {
      int i = rnd.nextInt(values.size());
      byte[] v = values.get(i);
      assertSame(first.get(i), text(cache, v), "value " + i);
    }
    assertTrue(cache.dict.size <= values.size(), "decoded once each: " + cache.dict.size);
  }

  private static String text(ChunkParser.StringCache cache, byte[] v) {
    return cache.dict.values[cache.id(v, 0, v.length, TextCodec.Charset.UTF_8)];
  }
}
