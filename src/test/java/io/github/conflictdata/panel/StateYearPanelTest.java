package io.github.conflictdata.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conflictdata.codes.CodeSystem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/** State-year panels: sizes and members re-derived from the membership files by plain code. */
class StateYearPanelTest {

  @Test
  void gwPanelHasEveryMemberOfEveryYearAnyDayRule() {
    check(CodeSystem.GW, RawFiles.gwSpells(), 1946, 2023, Membership.ANY_DAY);
  }

  @Test
  void gwPanelDec31RuleAndWholeHistory() {
    check(CodeSystem.GW, RawFiles.gwSpells(), 1816, 2023, Membership.DEC_31);
    check(CodeSystem.GW, RawFiles.gwSpells(), 1816, 2023, Membership.ANY_DAY);
  }

  @Test
  void cowPanelHasEveryMemberOfEveryYear() {
    RawFiles.assumeCowList();
    check(CodeSystem.COW, RawFiles.cowSpells(), 1816, 2023, Membership.ANY_DAY);
    check(CodeSystem.COW, RawFiles.cowSpells(), 1946, 2023, Membership.DEC_31);
  }

  @Test
  void theRulesDifferWhereAStateJoinsOrLeavesInTheYear() {
    // G&W 260 German Federal Republic has no end; 265 GDR ends 1990-10-02 (iisystem.dat):
    // a member on some days of 1990, not on December 31
    Table any = Panels.stateYears(CodeSystem.GW, 1990, 1990).table();
    Table dec = Panels.stateYears(CodeSystem.GW, 1990, 1990, Membership.DEC_31).table();
    assertTrue(any.intColumn("gwno").contains(265));
    assertFalse(dec.intColumn("gwno").contains(265));
  }

  @Test
  void openSpellsContinueAfterTheListsLastDay() {
    Table t = Panels.stateYears(CodeSystem.GW, 2023, 2023).table();
    TreeSet<Integer> expected = RawFiles.members(RawFiles.gwSpells(), 2017, true);
    TreeSet<Integer> got = new TreeSet<>();
    t.intColumn("gwno").forEach(got::add);
    assertEquals(expected, got, "2023 holds the states still members on 2017-12-31");
    assertTrue(got.contains(371) && got.contains(373), "Armenia and Azerbaijan in 2023");
  }

  @Test
  void columnsAndNamedRows() {
    Table t = Panels.stateYears(CodeSystem.GW, 2020, 2020).table();
    boolean cow = Panels.hasList(io.github.conflictdata.codes.CountryCodes.load(), CodeSystem.COW);
    assertEquals(cow ? List.of("gwno", "ccode", "year", "iso3", "state_name")
        : List.of("gwno", "year", "iso3", "state_name"), t.columnNames());
    Table aze = t.where(t.intColumn("gwno").isEqualTo(373));
    assertEquals(1, aze.rowCount());
    assertEquals("AZE", aze.stringColumn("iso3").get(0));
    assertEquals("Azerbaijan", aze.stringColumn("state_name").get(0));
  }

  @Test
  void badArgumentsAreRefusedWithAReason() {
    IllegalArgumentException iso = assertThrows(IllegalArgumentException.class,
        () -> Panels.stateYears(CodeSystem.ISO3, 2000, 2001));
    assertTrue(iso.getMessage().contains("membership"), iso.getMessage());
    IllegalArgumentException order = assertThrows(IllegalArgumentException.class,
        () -> Panels.stateYears(CodeSystem.GW, 2001, 2000));
    assertTrue(order.getMessage().contains("2001"), order.getMessage());
  }

  /** Rows, per-year counts and the (code, year) set equal the plain re-derivation. */
  private static void check(CodeSystem system, List<RawFiles.Spell> spells, int from, int to,
      Membership rule) {
    Table t = Panels.stateYears(system, from, to, rule).table();
    IntColumn code = t.intColumn(RawFiles.column(system));
    IntColumn year = t.intColumn("year");
    Map<Integer, TreeSet<Integer>> got = new TreeMap<>();
    List<Long> order = new ArrayList<>();
    for (int i = 0; i < t.rowCount(); i++) {
      assertTrue(got.computeIfAbsent(year.getInt(i), k -> new TreeSet<>()).add(code.getInt(i)),
          "state-year " + code.getInt(i) + "/" + year.getInt(i) + " twice");
      order.add(code.getInt(i) * 10000L + year.getInt(i));
    }
    List<Long> sorted = new ArrayList<>(order);
    sorted.sort(null);
    assertEquals(sorted, order, "rows are sorted by number, then year");
    int total = 0;
    for (int y = from; y <= to; y++) {
      TreeSet<Integer> expected = RawFiles.members(spells, y, rule == Membership.DEC_31);
      total += expected.size();
      assertEquals(expected, got.getOrDefault(y, new TreeSet<>()), system + " " + rule + " " + y);
    }
    assertEquals(total, t.rowCount());
  }
}
