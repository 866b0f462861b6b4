package io.github.conflictdata.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conflictdata.DatasetFormatException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sniffing before any schema is known: delimiter, header fields, HXL rows, binary data. */
class SnifferTest {
  private static byte[] b(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void delimiterIsTheMostFrequentOutsideQuotes() {
    byte[] semi = b("a;b;\"c,d,e\"\n1;2;3\n");
    assertEquals(';', Sniffer.sniffDelimiter(semi, 0, semi.length));
    byte[] tab = b("a\tb\tc,d\n");
    assertEquals('\t', Sniffer.sniffDelimiter(tab, 0, tab.length));
    byte[] comma = b("a,b\n");
    assertEquals(',', Sniffer.sniffDelimiter(comma, 0, comma.length));
  }

  @Test
  void headerFieldsHonourQuotesAndDoubledQuotes() {
    assertEquals(List.of("a", "b,c", "say \"x\"", ""),
        Sniffer.splitRecord("a,\"b,c\",\"say \"\"x\"\"\",\r\n", ','));
    byte[] h = b("a,\"b,c\",d");
    assertEquals(3, Sniffer.countFields(h, 0, h.length, (byte) ','));
  }

  @Test
  void hxlRowsAreHashtagsOrEmpty() {
    assertTrue(Sniffer.isHxl(List.of("", "#date+year", " #affected+killed ", "")));
    assertFalse(Sniffer.isHxl(List.of("", "", "")));
    assertFalse(Sniffer.isHxl(List.of("#a", "2020")));
  }

  @Test
  void binaryDataIsRefusedWithItsPosition() {
    byte[] nul = b("id,year\n1,20\u0000\n");
    DatasetFormatException e = assertThrows(DatasetFormatException.class,
        () -> Sniffer.checkNotBinary("x.bin", nul, 0, nul.length));
    assertEquals(2, e.problems().get(0).line());
    assertTrue(e.getMessage().contains("NUL"), e.getMessage());
  }
}
