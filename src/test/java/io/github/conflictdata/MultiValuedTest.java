package io.github.conflictdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Splitting cells and exploding inline tables. */
class MultiValuedTest {

  @Test
  void splitsIrregularlySpacedIntegers() {
    assertEquals(List.of(651, 645), MultiValued.splitInts("651,  645"));
    assertEquals(List.of(1108, 1124), MultiValued.splitInts("1108, 1124"));
    assertEquals(List.of(373), MultiValued.splitInts(" 373 "));
    assertEquals(List.of(1, 3, 5), MultiValued.splitInts("1,3 ,5"));
    assertEquals(List.of(), MultiValued.splitInts(""));
    assertEquals(List.of(), MultiValued.splitInts((String) null));
  }

  @Test
  void splitsStrings() {
    assertEquals(
        List.of("Kyrgyzstan", "Tajikistan"), MultiValued.splitStrings("Kyrgyzstan, Tajikistan"));
    assertEquals(List.of("Azerbaijan"), MultiValued.splitStrings("Azerbaijan"));
    assertEquals(List.of(), MultiValued.splitStrings("   "));
  }

  @Test
  void badCellsAreErrorsNamingColumnRowAndPart() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> MultiValued.splitInts(StringColumn.create("gwno_a", "651", "651, x45")));
    assertTrue(e.getMessage().contains("column 'gwno_a'"), e.getMessage());
    assertTrue(e.getMessage().contains("row 1"), e.getMessage());
    assertTrue(e.getMessage().contains("'x45'"), e.getMessage());
    assertTrue(e.getMessage().contains("not an integer"), e.getMessage());

    IllegalArgumentException empty =
        assertThrows(
            IllegalArgumentException.class,
            () -> MultiValued.splitStrings(StringColumn.create("location", "Iraq", "Iran,, Iraq")));
    assertTrue(empty.getMessage().contains("column 'location', row 1"), empty.getMessage());
    assertTrue(empty.getMessage().contains("value 2"), empty.getMessage());

    assertThrows(IllegalArgumentException.class, () -> MultiValued.splitInts("651, "));
    assertThrows(IllegalArgumentException.class, () -> MultiValued.splitInts("99999999999"));
    assertThrows(IllegalArgumentException.class, () -> MultiValued.splitInts("6.5"));
  }

  @Test
  void intColumnsSplitToOneValuePerPresentCell() {
    IntColumn c = IntColumn.create("gwno_loc", 373, 0);
    c.setMissing(1);
    assertEquals(List.of(List.of(373), List.of()), MultiValued.splitInts(c));
  }

  @Test
  void explodeRepeatsOtherColumnsAndKeepsEmptyCellsOnce() {
    DateColumn dates =
        DateColumn.create(
            "start_date",
            List.of(
                java.time.LocalDate.of(1991, 12, 29),
                java.time.LocalDate.of(2011, 3, 15),
                java.time.LocalDate.of(2001, 1, 1)));
    dates.setMissing(2);
    Table t =
        Table.create(
            "t",
            IntColumn.create("conflict_id", 388, 299, 5),
            StringColumn.create("gwno_a_2nd", "", "2,  200, 220", "651"),
            dates);
    Table x = MultiValued.explodeInts(t, "gwno_a_2nd");
    assertEquals(List.of("conflict_id", "gwno_a_2nd", "start_date"), x.columnNames());
    assertEquals(5, x.rowCount()); // 1 (empty kept once) + 3 + 1
    assertEquals(List.of(388, 299, 299, 299, 5), x.intColumn("conflict_id").asList());
    IntColumn g = x.intColumn("gwno_a_2nd");
    assertTrue(g.isMissing(0));
    assertEquals(List.of(2, 200, 220, 651), g.asList().subList(1, 5));
    assertEquals(java.time.LocalDate.of(2011, 3, 15), x.dateColumn("start_date").get(3));
    assertTrue(x.dateColumn("start_date").isMissing(4), "a missing value is repeated as missing");
    assertEquals(3, t.rowCount(), "input unchanged");

    Table s = MultiValued.explode(t, "gwno_a_2nd");
    assertEquals(List.of("", "2", "200", "220", "651"), s.stringColumn("gwno_a_2nd").asList());
  }

  @Test
  void explodeErrorsNameTheColumn() {
    Table t = Table.create("t", StringColumn.create("location", "Iraq"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> MultiValued.explode(t, "gwno_a"));
    assertTrue(e.getMessage().contains("'gwno_a'"), e.getMessage());
    IllegalArgumentException n =
        assertThrows(IllegalArgumentException.class, () -> MultiValued.explodeInts(t, "location"));
    assertTrue(n.getMessage().contains("column 'location', row 0"), n.getMessage());
  }
}
