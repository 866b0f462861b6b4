package io.github.conflictdata.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conflictdata.ConflictData;
import io.github.conflictdata.compare.ConcordanceEntry.CowKind;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;

/** The bundled concordance: layout, types and the Nagorno-Karabakh rows named in SOURCES.md. */
class ConcordanceTest {

  @Test
  void tableHasTheContractColumnsWithIntegerIds() {
    Table t = ConflictData.concordance();
    for (String c : List.of("ucdp_conflict_id", "cow_war_num", "prio_id", "start_year", "end_year")) {
      assertEquals(ColumnType.INTEGER, t.column(c).type(), c);
    }
    for (String c : List.of("cow_kind", "evidence", "war")) {
      assertEquals(ColumnType.STRING, t.column(c).type(), c);
    }
    assertTrue(t.rowCount() >= 41, "rows: " + t.rowCount());
    for (int r = 0; r < t.rowCount(); r++) {
      assertTrue(t.stringColumn("evidence").get(r).length() > 40, "thin evidence on row " + r);
    }
  }

  @Test
  void nagornoKarabakhLinksUcdp388ToCowIntra872AndInter216AndPrio193() {
    War nk = War.of("nagorno-karabakh");
    assertEquals(388, nk.ucdpConflictId());
    List<ConcordanceEntry> e = nk.entries();
    assertEquals(2, e.size());
    ConcordanceEntry intra = e.stream()
        .filter(x -> x.cowKind().equals(Optional.of(CowKind.INTRA))).findFirst().orElseThrow();
    assertEquals(OptionalInt.of(872), intra.cowWarNum());
    assertEquals(Optional.of("872"), intra.cowIntraV51WarNum());
    assertEquals(OptionalInt.of(193), intra.prioId());
    assertEquals(1991, intra.startYear()); // COW intra-state 872: 1991-1993
    assertEquals(1993, intra.endYear());
    assertEquals("833", intra.ucdpDyadIds()); // SOURCES.md: dyad_id 833
    ConcordanceEntry inter = e.stream()
        .filter(x -> x.cowKind().equals(Optional.of(CowKind.INTER))).findFirst().orElseThrow();
    assertEquals(OptionalInt.of(216), inter.cowWarNum());
    assertEquals(OptionalInt.of(193), inter.prioId());
    assertEquals(1993, inter.startYear()); // COW inter-state 216: 1993-02-06 to 1994-05-12
    assertEquals(1994, inter.endYear());
    assertTrue(inter.evidence().contains("373") && inter.evidence().contains("371"));
  }

  @Test
  void aConflictWithoutCowWarSaysSo() {
    List<ConcordanceEntry> cameroon = Concordance.bundled().byUcdp(353);
    assertEquals(1, cameroon.size());
    assertTrue(cameroon.get(0).cowKind().isEmpty());
    assertTrue(cameroon.get(0).evidence().contains("No COW war"));
  }
}
