package io.github.conflictdata.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one JSON codec: values, numbers kept as written, errors with offsets, writing. */
class JsonTest {
  @Test
  void readsValuesKeepingNumberText() {
    Object o = Json.parse(
        " {\"a\": 12, \"b\": \"12\", \"c\": null, \"d\": true, \"e\": [1.50, -2e3], "
            + "\"f\": \"x\\\"y\\u00e9\\n\", \"ts\": 1717171717171}");
    Map<?, ?> m = (Map<?, ?>) o;
    assertEquals(new Json.Num("12"), m.get("a"));
    assertEquals("12", m.get("b"));
    assertTrue(m.containsKey("c"));
    assertNull(m.get("c"));
    assertEquals(Boolean.TRUE, m.get("d"));
    assertEquals(List.of(new Json.Num("1.50"), new Json.Num("-2e3")), m.get("e"));
    assertEquals("x\"yé\n", m.get("f"));
    assertEquals(new Json.Num("1717171717171"), m.get("ts"));
  }

  @Test
  void malformedJsonIsRefusedWithTheOffset() {
    for (String bad : List.of("{\"a\":1,}", "{\"a\" 1}", "[1 2]", "{\"a\":01}", "\"open",
        "{\"a\":1} x", "{\"a\":1,\"a\":2}", "tru", "{\"a\":\"\u0001\"}", "")) {
      Json.JsonException e = assertThrows(Json.JsonException.class, () -> Json.parse(bad), bad);
      assertTrue(e.getMessage().contains("at character"), e.getMessage());
    }
  }

  @Test
  void writesWhatItReads() {
    Map<String, Object> m = new java.util.LinkedHashMap<>();
    m.put("s", "a\"b\\c\n\u0001");
    m.put("n", 12L);
    m.put("list", List.of(1, "x", true));
    m.put("none", null);
    String text = Json.write(m);
    assertEquals("{\"s\":\"a\\\"b\\\\c\\n\\u0001\",\"n\":12,\"list\":[1,\"x\",true],\"none\":null}", text);
    Map<?, ?> back = (Map<?, ?>) Json.parse(text);
    assertEquals("a\"b\\c\n\u0001", back.get("s"));
    assertEquals(12L, ((Json.Num) back.get("n")).longValue());
    assertEquals(List.of(new Json.Num("1"), "x", true), back.get("list"));
  }

  @Test
  void integersOnlyAsLongs() {
    assertEquals(-7L, new Json.Num("-7").longValue());
    assertNull(new Json.Num("1.5").longValue());
    assertNull(new Json.Num("2e3").longValue());
    assertNull(new Json.Num("99999999999999999999").longValue());
  }

  @Test
  void namedErrorsSayWhatWasRead() {
    Json.JsonException e = assertThrows(Json.JsonException.class,
        () -> Json.parse("[1,", "metadata key problems of f.parquet"));
    assertTrue(e.getMessage().startsWith("metadata key problems of f.parquet: ")
        && e.getMessage().endsWith("at character 3"), e.getMessage());
  }
}
