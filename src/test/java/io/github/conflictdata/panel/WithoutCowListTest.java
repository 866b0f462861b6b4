package io.github.conflictdata.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conflictdata.ConflictData;
import io.github.conflictdata.Dataset;
import io.github.conflictdata.DatasetKind;
import io.github.conflictdata.codes.CodeSystem;
import io.github.conflictdata.codes.CountryCodes;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/**
 * A G&amp;W panel needs only the G&amp;W list: with a crosswalk whose COW list is empty (as when
 * COW's list is not in the user's cache), it is built and joined to UCDP data, without a {@code
 * ccode} column; COW joins and COW panels fail with a message that says why.
 */
class WithoutCowListTest {
  private static CountryCodes withoutCow() {
    String header =
        "stateabb,ccode,statenme,styear,stmonth,stday,endyear,endmonth,endday,version\n";
    try {
      return CountryCodes.builder().cowStates(new ByteArrayInputStream(
          header.getBytes(StandardCharsets.US_ASCII)), "empty-states.csv").build();
    } catch (RuntimeException e) {
      throw new AssertionError("a header-only COW list should read as an empty list", e);
    }
  }

  @Test
  void gwPanelAndUcdpJoinsWithoutCowsList() {
    CountryCodes codes = withoutCow();
    assertTrue(codes.cowStates().isEmpty());
    Panel p = Panels.stateYears(codes, CodeSystem.GW, 2019, 2021, Membership.ANY_DAY)
        .withAcd(ConflictData.bundled(DatasetKind.UCDP_PRIO_ACD));
    Table t = p.table();
    assertFalse(t.columnNames().contains("ccode"), t.columnNames().toString());
    assertEquals(3 * Panels.stateYears(CodeSystem.GW, 2020, 2020).rowCount(), t.rowCount());
    assertTrue(p.notes().stream().anyMatch(n -> n.contains("no ccode column")), p.notes()
        .toString());
    Table aze =
        t.where(t.intColumn("gwno").isEqualTo(373).and(t.intColumn("year").isEqualTo(2020)));
    assertEquals("AZE", aze.stringColumn("iso3").get(0));
    assertEquals(1, aze.intColumn("acd_side_a").getInt(0));

    // a header-only file of COW's inter-state layout (column names only, no COW data)
    String interHeader = "WarNum,WarName,WarType,ccode,StateName,Side,StartMonth1,StartDay1,"
        + "StartYear1,EndMonth1,EndDay1,EndYear1,StartMonth2,StartDay2,StartYear2,EndMonth2,"
        + "EndDay2,EndYear2,TransFrom,WhereFought,Initiator,Outcome,TransTo,BatDeath,Version\n";
    Dataset inter = ConflictData.reader().kind(DatasetKind.COW_INTER_STATE).read(
        new ByteArrayInputStream(interHeader.getBytes(StandardCharsets.US_ASCII)), "inter.csv");
    IllegalStateException cowJoin = assertThrows(IllegalStateException.class,
        () -> p.withCowInterState(inter));
    assertTrue(cowJoin.getMessage().contains("COW's state list"), cowJoin.getMessage());
    IllegalStateException cowPanel = assertThrows(IllegalStateException.class,
        () -> Panels.stateYears(codes, CodeSystem.COW, 2000, 2001, Membership.ANY_DAY));
    assertTrue(cowPanel.getMessage().contains("COW's state list is not available"),
        cowPanel.getMessage());
  }
}
