package io.github.conflictdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Label views of small inline tables: replacement, unknown codes, missing cells, multi-values. */
class LabelsViewTest {

  private static Table acd() {
    IntColumn incompatibility = IntColumn.create("incompatibility", 1, 3, 7, 2);
    incompatibility.setMissing(3);
    return Table.create(
        "acd",
        IntColumn.create("conflict_id", 388, 299, 1, 2),
        incompatibility,
        IntColumn.create("type_of_conflict", 4, 3, 2, 1),
        StringColumn.create("region", "1", "1, 3, 5", "", "2,  9"),
        StringColumn.create("gwno_a", "373", "652", "651,  645", ""));
  }

  @Test
  void viewReplacesCodedColumnsInPlaceWithLabels() {
    Table t = acd();
    Table v = Labels.view(t, DatasetKind.UCDP_PRIO_ACD);
    assertEquals(t.columnNames(), v.columnNames());
    assertEquals(t.rowCount(), v.rowCount());
    StringColumn inc = v.stringColumn("incompatibility");
    assertEquals("Territory", inc.get(0));
    assertEquals("Government AND territory", inc.get(1));
    assertEquals("unknown code 7", inc.get(2));
    assertTrue(inc.isMissing(3), "a missing code stays missing");
    assertEquals(
        List.of("Internationalized intrastate", "Intrastate", "Interstate", "Extrasystemic"),
        v.stringColumn("type_of_conflict").asList());
  }

  @Test
  void multiValuedRegionShowsJoinedLabels() {
    StringColumn region = Labels.view(acd(), DatasetKind.UCDP_PRIO_ACD).stringColumn("region");
    assertEquals("Europe", region.get(0));
    assertEquals("Europe, Asia, Americas", region.get(1));
    assertTrue(region.isMissing(2));
    assertEquals("Middle East, unknown code 9", region.get(3));
  }

  @Test
  void uncodedColumnsAndTheInputAreUntouched() {
    Table t = acd();
    Table v = Labels.view(t, DatasetKind.UCDP_PRIO_ACD);
    assertEquals(List.of(388, 299, 1, 2), v.intColumn("conflict_id").asList());
    assertEquals(t.stringColumn("gwno_a").asList(), v.stringColumn("gwno_a").asList());
    assertTrue(t.column("incompatibility") instanceof IntColumn, "input keeps its codes");
    assertEquals(3, t.intColumn("incompatibility").get(1));
  }

  @Test
  void withLabelsKeepsCodesAndAddsLabelColumnAfterEach() {
    Table v = Labels.withLabels(acd(), DatasetKind.UCDP_PRIO_ACD);
    assertEquals(
        List.of(
            "conflict_id",
            "incompatibility",
            "incompatibility_label",
            "type_of_conflict",
            "type_of_conflict_label",
            "region",
            "region_label",
            "gwno_a"),
        v.columnNames());
    assertEquals(3, v.intColumn("incompatibility").get(1));
    assertEquals("Government AND territory", v.stringColumn("incompatibility_label").get(1));
    assertEquals("Europe, Asia, Americas", v.stringColumn("region_label").get(1));
  }

  @Test
  void prioColumnNamesAndNonIntegerNumbers() {
    DoubleColumn region = DoubleColumn.create("region", 3.0, 2.5);
    Table t =
        Table.create(
            "prio",
            IntColumn.create("id", 193, 193),
            IntColumn.create("incomp", 1, 3),
            IntColumn.create("int", 1, 2),
            IntColumn.create("annualdata", 0, 2),
            IntColumn.create("source", 0, 1),
            IntColumn.create("startprec", 1, 7),
            region);
    Table v = Labels.view(t, DatasetKind.PRIO_BATTLE_DEATHS);
    assertEquals("Territory", v.stringColumn("incomp").get(0));
    assertEquals("War", v.stringColumn("int").get(1));
    assertEquals("Not specific to the conflict year", v.stringColumn("annualdata").get(0));
    assertEquals("UCDP/PRIO coding rules only", v.stringColumn("source").get(0));
    assertEquals("Asia", v.stringColumn("region").get(0));
    assertEquals("unknown code 2.5", v.stringColumn("region").get(1));
    // startprec is not labelled (see Labels javadoc), so it keeps its codes
    assertEquals(List.of(1, 7), v.intColumn("startprec").asList());
  }

  @Test
  void columnsWithoutCodesStayAsTheyAre() {
    Table t =
        Table.create(
            "inter",
            IntColumn.create("WarNum", 216, 216),
            IntColumn.create("BatDeath", 1000, 2500),
            IntColumn.create("WarType", 1, 1),
            IntColumn.create("Side", 1, 2),
            IntColumn.create("Outcome", 1, 2),
            IntColumn.create("WhereFought", 2, 12));
    Table v = Labels.view(t, DatasetKind.COW_INTER_STATE);
    // WarNum and BatDeath are not codes, so they keep their integers
    assertEquals(List.of(216, 216), v.intColumn("WarNum").asList());
    assertEquals(List.of(1000, 2500), v.intColumn("BatDeath").asList());
    // Inter-State codebook p. 3 (WarType), p. 4 (Outcome, WhereFought); Side: peacesciencer
    assertEquals(List.of("Inter-state war", "Inter-state war"), v.stringColumn("WarType").asList());
    assertEquals(List.of("Side 1", "Side 2"), v.stringColumn("Side").asList());
    assertEquals(List.of("Winner", "Loser"), v.stringColumn("Outcome").asList());
    assertEquals(List.of("Europe", "Europe & Asia"), v.stringColumn("WhereFought").asList());
    Table acled = Table.create("acled", IntColumn.create("inter1", 1, 2));
    assertEquals(
        List.of(1, 2), Labels.view(acled, DatasetKind.ACLED_EVENTS).intColumn("inter1").asList());
  }

  @Test
  void cowExtraStateWhereFought() {
    Table t = Table.create("extra", IntColumn.create("WhereFought", 1, 9, 11));
    assertEquals(
        List.of("W. Hemisphere", "Oceania", "unknown code 11"),
        Labels.view(t, DatasetKind.COW_EXTRA_STATE).stringColumn("WhereFought").asList());
  }

  @Test
  void viewOfDatasetUsesItsKind() {
    Source source =
        new Source("inline", "0".repeat(64), "test citation", "test licence");
    Dataset d = new Dataset(DatasetKind.UCDP_BRD_CONFLICT, "24.1", acd(), source, List.of(), Map.of());
    Table v = Labels.view(d);
    assertEquals("Internationalized intrastate", v.stringColumn("type_of_conflict").get(0));
    assertEquals("Europe, Asia, Americas", v.stringColumn("region").get(1));
    assertEquals("Government AND territory", Labels.withLabels(d).stringColumn("incompatibility_label").get(1));
  }

  @Test
  void labelTextOfOneCell() {
    assertEquals("Europe, Asia", Labels.labelText(DatasetKind.UCDP_PRIO_ACD, "region", "1,3"));
    assertEquals(null, Labels.labelText(DatasetKind.UCDP_PRIO_ACD, "region", "  "));
    assertEquals(
        "unknown code 'x'", Labels.labelText(DatasetKind.UCDP_PRIO_ACD, "region", "x"));
    assertSame(null, Labels.labelText(DatasetKind.UCDP_PRIO_ACD, "region", null));
  }

  @Test
  void codebookTableListsEveryCodeOfEveryLabelledColumn() {
    Table cb = Labels.codebookTable(DatasetKind.COW_EXTRA_STATE);
    assertEquals(List.of("column", "code", "label", "description"), cb.columnNames());
    // COW Extra-State codebook pp. 7-9, in column order: WarType 2, 3; Initiator 0, 1; Interven
    // 0, 1; Outcome 1-7; WhereFought's six regions
    assertEquals(
        List.of(2, 3, 0, 1, 0, 1, 1, 2, 3, 4, 5, 6, 7, 1, 2, 4, 6, 7, 9),
        cb.intColumn("code").asList());
    assertEquals("Colonial war", cb.stringColumn("label").get(0));
    assertEquals("W. Hemisphere", cb.stringColumn("label").get(13));
    assertEquals(0, Labels.codebookTable(DatasetKind.ACLED_EVENTS).rowCount());
    // inter-state: WarType 1 + Side 2 + WhereFought 15 + Initiator 2 + Outcome 8 codes
    assertEquals(28, Labels.codebookTable(DatasetKind.COW_INTER_STATE).rowCount());
    Table acd = Labels.codebookTable(DatasetKind.UCDP_PRIO_ACD);
    // ACD codebook v25.1: 3 + 2 + 2 + 4 + 7 + 7 + 2 + 5 + 5 codes
    assertEquals(37, acd.rowCount());
  }
}
