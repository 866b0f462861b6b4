package io.github.conflictdata.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class RowCodesTest {
  @Test
  void answersLikeAMapForRowsAddedOutOfOrderWithRepeats() {
    Random rnd = new Random(16);
    RowCodes codes = new RowCodes();
    TreeMap<Integer, String> expected = new TreeMap<>();
    for (int i = 0; i < 5_000; i++) {
      // mostly increasing, as chunks add them, with jumps back and repeated rows
      int row = i % 7 == 0 ? rnd.nextInt(i + 1) : i * 3;
      String code = "c" + rnd.nextInt(50);
      codes.add(row, code);
      expected.put(row, code);
    }
    Map<Integer, String> m = codes.trim();
    assertEquals(expected.size(), m.size());
    assertEquals(expected, m);
    assertEquals(new ArrayList<>(expected.entrySet()), new ArrayList<>(m.entrySet()));
    for (int row = -2; row < 15_005; row++) {
      assertEquals(expected.get(row), m.get(row), "row " + row);
      assertEquals(expected.containsKey(row), m.containsKey(row), "row " + row);
    }
    assertNull(m.get("3"));
    assertFalse(m.containsKey(3L));
  }

  @Test
  void isReadOnly() {
    RowCodes codes = new RowCodes();
    codes.add(4, "-99");
    Map<Integer, String> m = codes.trim();
    assertThrows(UnsupportedOperationException.class, () -> m.put(5, "x"));
    assertThrows(UnsupportedOperationException.class, () -> m.entrySet().iterator().next().setValue("y"));
    assertTrue(m.containsKey(4));
    assertEquals(List.of(4), new ArrayList<>(m.keySet()));
  }
}
