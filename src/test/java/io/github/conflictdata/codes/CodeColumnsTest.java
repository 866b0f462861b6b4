package io.github.conflictdata.codes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conflictdata.Problem;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Adding ccode / gwno / iso3 columns to a table, with and without exploding lists. */
class CodeColumnsTest {
  /** COW files are not bundled (COW's terms): the shared copies go into the test cache. */
  @org.junit.jupiter.api.BeforeAll
  static void cowInCache() {
    io.github.conflictdata.testing.TestFiles.cowInCache();
  }

  private final CountryCodes codes = CountryCodes.load();

  /**
   * A UCDP-like table. Row 1 is ACD v23.1's conflict 228 in 1948 (gwno_a written "651,  645,  663,
   * 660,  652" in the file); row 2 Karabakh 2020; row 3 Hyderabad 1948 (ACD conflict 226); row 4 an
   * illustrative German row in 1990; row 5 a row without a code.
   */
  private static Table acdLike() {
    return Table.create("acd-sample",
        IntColumn.create("conflict_id", 228, 388, 226, 1, 2),
        IntColumn.create("year", 1948, 2020, 1948, 1990, 1990),
        StringColumn.create("gwno_a",
            "651,  645,  663,  660,  652", "373", "751", "260", ""));
  }

  @Test
  void explodeGivesOneRowPerCodeWithIntegerColumns() {
    CodedTable r = codes.columns(acdLike()).from("gwno_a", CodeSystem.GW).year("year")
        .add(CodeSystem.GW).add(CodeSystem.COW).add(CodeSystem.ISO3).explode().apply();
    Table t = r.table();
    assertEquals(5 + 1 + 1 + 1 + 1, t.rowCount());
    assertEquals(List.of("conflict_id", "year", "gwno_a", "gwno", "ccode", "iso3"),
        t.columnNames());
    IntColumn gwno = t.intColumn("gwno");
    IntColumn ccode = t.intColumn("ccode");
    StringColumn iso = t.stringColumn("iso3");
    // conflict 228: every state a member of both lists in 1948, same numbers; ISO from countrycode
    int[] expected = {651, 645, 663, 660, 652};
    String[] isos = {"EGY", "IRQ", "JOR", "LBN", "SYR"};
    for (int i = 0; i < 5; i++) {
      assertEquals(228, t.intColumn("conflict_id").get(i));
      assertEquals("651,  645,  663,  660,  652", t.stringColumn("gwno_a").get(i));
      assertEquals(expected[i], gwno.get(i));
      assertEquals(expected[i], ccode.get(i));
      assertEquals(isos[i], iso.get(i));
    }
    assertEquals(373, ccode.get(5));
    assertEquals("AZE", iso.get(5));
    // Hyderabad: kept as a row, gwno as written, no COW number, no ISO code
    assertEquals(751, gwno.get(6));
    assertTrue(ccode.isMissing(6));
    assertTrue(iso.isMissing(6));
    // G&W 260 in 1990 -> COW 255 (unified Germany from 1990-10-03)
    assertEquals(255, ccode.get(7));
    assertEquals("DEU", iso.get(7));
    // no code: one row, all missing, no problem
    assertTrue(gwno.isMissing(8) && ccode.isMissing(8) && iso.isMissing(8));

    assertEquals(1, r.problems().size(), "" + r.problems());
    Problem p = r.problems().get(0);
    assertEquals("acd-sample", p.file());
    assertEquals(3, p.line());
    assertEquals(3, p.column());
    assertEquals("gwno_a", p.columnName());
    assertEquals("751", p.found());
    assertTrue(p.expected().contains("Hyderabad"), p.expected());
  }

  @Test
  void withoutExplodeAMultiValuedFieldStaysText() {
    Table input = acdLike();
    CodedTable r = codes.columns(input).from("gwno_a", CodeSystem.GW).year("year")
        .add(CodeSystem.COW).add(CodeSystem.ISO3).apply();
    Table t = r.table();
    assertEquals(5, t.rowCount());
    StringColumn ccode = t.stringColumn("ccode");
    assertEquals("651, 645, 663, 660, 652", ccode.get(0));
    assertEquals("EGY, IRQ, JOR, LBN, SYR", t.stringColumn("iso3").get(0));
    assertEquals("373", ccode.get(1));
    assertTrue(ccode.isMissing(2));
    assertEquals("255", ccode.get(3));
    assertTrue(ccode.isMissing(4));
    // the input is untouched
    assertEquals(3, input.columnCount());
  }

  @Test
  void numericCodeColumnGivesIntegers() {
    Table input = Table.create("prio-like",
        IntColumn.create("year", 1955, 1992, 1992),
        IntColumn.create("gwnoloc", 817, 373, -99));
    Table t = codes.columns(input).from("gwnoloc", CodeSystem.GW).year("year")
        .add(CodeSystem.COW, "ccode_loc").apply().table();
    assertEquals(817, t.intColumn("ccode_loc").get(0));
    assertEquals(373, t.intColumn("ccode_loc").get(1));
    // -99 is PRIO's missing-value code: missing, no problem
    assertTrue(t.intColumn("ccode_loc").isMissing(2));
  }

  @Test
  void cowSourceColumn() {
    // COW inter-state war 216 (Azeri-Armenian) has ccode 373 and 371 in 1993; COW 255 is unified
    // Germany from 1990-10-03 (G&W 260); COW 345 after 2006-06-05 is G&W's Serbia 340
    Table input = Table.create("cow-like",
        IntColumn.create("ccode", 373, 371, 255, 345),
        IntColumn.create("StartYear1", 1993, 1993, 1999, 2010));
    Table t = codes.columns(input).from("ccode", CodeSystem.COW).year("StartYear1")
        .add(CodeSystem.GW).add(CodeSystem.ISO3).apply().table();
    assertEquals(List.of(373, 371, 260, 340), t.intColumn("gwno").asList());
    assertEquals(List.of("AZE", "ARM", "DEU", "SRB"), t.stringColumn("iso3").asList());
  }

  @Test
  void dateColumnUsesTheExactDay() {
    // G&W Azerbaijan from 1991-12-21, COW from 1991-12-26
    Table input = Table.create("dated",
        DateColumn.create("start_date", LocalDate.of(1991, 12, 23), LocalDate.of(1991, 12, 29)),
        IntColumn.create("gwno_loc", 373, 373));
    CodedTable r = codes.columns(input).from("gwno_loc", CodeSystem.GW).date("start_date")
        .add(CodeSystem.COW).apply();
    assertTrue(r.table().intColumn("ccode").isMissing(0));
    assertEquals(373, r.table().intColumn("ccode").get(1));
    assertEquals(1, r.problems().size());
    assertTrue(r.problems().get(0).expected().contains("1991-12-26"), r.problems().toString());
  }

  @Test
  void iso3SourceColumn() {
    // ACLED exports carry an iso3 column
    Table input = Table.create("acled-like",
        StringColumn.create("iso3", "ARM", "AZE"),
        IntColumn.create("year", 2020, 2020));
    Table t = codes.columns(input).from("iso3", CodeSystem.ISO3).year("year")
        .add(CodeSystem.GW).add(CodeSystem.COW).explode().apply().table();
    assertEquals(List.of(371, 373), t.intColumn("gwno").asList());
    assertEquals(List.of(371, 373), t.intColumn("ccode").asList());
  }

  @Test
  void nearestSpellForLocationCodesOfColonialWars() {
    // G&W lists Algeria 615 from 1962-07-05; COW from 1962-07-05
    Table input = Table.create("extrasystemic",
        IntColumn.create("year", new int[] {1955}),
        IntColumn.create("gwno_loc", new int[] {615}));
    CodedTable plain = codes.columns(input).from("gwno_loc", CodeSystem.GW).year("year")
        .add(CodeSystem.COW).apply();
    assertTrue(plain.table().intColumn("ccode").isMissing(0));
    assertTrue(plain.problems().get(0).expected().contains("not a member in 1955"),
        plain.problems().toString());
    CodedTable near = codes.columns(input).from("gwno_loc", CodeSystem.GW).year("year")
        .add(CodeSystem.COW).add(CodeSystem.ISO3).nearestSpell().apply();
    assertEquals(615, near.table().intColumn("ccode").get(0));
    assertEquals("DZA", near.table().stringColumn("iso3").get(0));
    assertEquals(List.of(), near.problems());
  }

  @Test
  void strictModeThrowsWithEveryProblem() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> codes.columns(acdLike()).from("gwno_a", CodeSystem.GW).year("year")
            .add(CodeSystem.COW).explode().strict().apply());
    assertTrue(e.getMessage().contains("acd-sample:3:3 (gwno_a): found '751'"), e.getMessage());
  }

  @Test
  void badTokensAreProblemsNotSilentDrops() {
    Table input = Table.create("bad",
        IntColumn.create("year", 2000, 2000),
        StringColumn.create("gwno", "2,,20", "two"));
    CodedTable r = codes.columns(input).from("gwno", CodeSystem.GW).year("year")
        .add(CodeSystem.COW, "ccode").explode().apply();
    assertEquals(2, r.problems().size(), r.problems().toString());
    assertTrue(r.problems().get(0).expected().contains("empty code"));
    assertEquals("two", r.problems().get(1).found());
    assertEquals(List.of(2, 20), r.table().intColumn("ccode").asList().subList(0, 2));
  }

  @Test
  void clearErrorsForMisuse() {
    Table input = acdLike();
    IllegalArgumentException noColumn = assertThrows(IllegalArgumentException.class,
        () -> codes.columns(input).from("gwno_b", CodeSystem.GW));
    assertTrue(noColumn.getMessage().contains("gwno_b"));
    IllegalArgumentException clash = assertThrows(IllegalArgumentException.class,
        () -> codes.columns(input).from("gwno_a", CodeSystem.GW).add(CodeSystem.COW, "year"));
    assertTrue(clash.getMessage().contains("already has a column 'year'"));
    IllegalStateException noTime = assertThrows(IllegalStateException.class,
        () -> codes.columns(input).from("gwno_a", CodeSystem.GW).add(CodeSystem.COW).apply());
    assertTrue(noTime.getMessage().contains("year(column)"));
  }
}
