package io.github.conflictdata.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The concordance covers the 40 deadliest PRIO conflicts of 1946-2007, recomputed here from the raw
 * PRIO file: deaths summed over the conflict's years, {@code bdeadbes}, or {@code bdeadlow} where
 * the best estimate is -999.
 */
class ConcordanceCoverageTest {

  static List<Integer> deadliest40(List<Map<String, String>> rows) {
    Map<Integer, Long> total = new HashMap<>();
    for (Map<String, String> r : rows) {
      int year = Integer.parseInt(r.get("year"));
      if (year < 1946 || year > 2007) {
        continue;
      }
      int best = Integer.parseInt(r.get("bdeadbes"));
      int deaths = best == -999 ? Integer.parseInt(r.get("bdeadlow")) : best;
      total.merge(Integer.parseInt(r.get("id")), (long) deaths, Long::sum);
    }
    List<Map.Entry<Integer, Long>> l = new ArrayList<>(total.entrySet());
    l.sort(Map.Entry.<Integer, Long>comparingByValue(Comparator.reverseOrder()));
    // the 40th and 41st must differ, or "the 40 deadliest" would be ambiguous
    assertTrue(l.get(39).getValue() > l.get(40).getValue());
    return l.subList(0, 40).stream().map(Map.Entry::getKey).toList();
  }

  @Test
  void everyOfThe40DeadliestPrioConflictsIsLinked() {
    List<Integer> top =
        deadliest40(SharedFiles.excel("prio-battle-deaths/PRIO Battle Deaths Dataset 3.1.xls"));
    Set<Integer> linked = new HashSet<>(Concordance.bundled().table().intColumn("prio_id").removeMissing().asList());
    List<Integer> missing = top.stream().filter(id -> !linked.contains(id)).toList();
    assertEquals(List.of(), missing, "PRIO ids among the 40 deadliest with no concordance row");
    // the top three, as the file gives them: Vietnam 96, China 3, Korea 38
    assertEquals(List.of(96, 3, 38), top.subList(0, 3));
    assertTrue(linked.contains(193), "Nagorno-Karabakh PRIO 193");
  }

  @Test
  void prio30GivesTheSameList() {
    List<Integer> v31 =
        deadliest40(SharedFiles.excel("prio-battle-deaths/PRIO Battle Deaths Dataset 3.1.xls"));
    List<Integer> v30 =
        deadliest40(SharedFiles.csv("prio-battle-deaths/PRIO_bd3.0.csv", StandardCharsets.ISO_8859_1));
    assertEquals(v31, v30);
  }
}
