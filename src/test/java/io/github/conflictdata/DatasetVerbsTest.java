package io.github.conflictdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conflictdata.testing.TableAsserts;
import io.github.conflictdata.testing.TestFiles;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/**
 * The verbs an analyst chains on a {@link Dataset} keep what it is: kind, release, source, the
 * problems and the raw missing-value codes at the rows' new positions; joins rename clashing
 * columns; bundled releases are copies. Expected figures come from the bundled CSV files split by
 * {@link TestFiles#csvRecords} (not the library's parser).
 */
class DatasetVerbsTest {

  private static List<List<String>> csv(String resource) {
    return TestFiles.csvRecords(new String(Shared.bundledBytes(resource), StandardCharsets.UTF_8));
  }

  @Test
  void whereSelectSortFirstKeepKindReleaseAndSource() {
    Dataset brd = ConflictData.bundled(DatasetKind.UCDP_BRD_CONFLICT);
    List<List<String>> rows = csv("ucdp/BattleDeaths_v24_1_conf.csv");
    int yearCol = rows.get(0).indexOf("year");
    long after2020 = rows.stream().skip(1).filter(r -> Integer.parseInt(r.get(yearCol)) > 2020).count();

    Dataset recent = brd.where(t -> t.intColumn("year").isGreaterThan(2020));
    assertEquals(after2020, recent.table().rowCount());
    assertEquals(DatasetKind.UCDP_BRD_CONFLICT, recent.kind());
    assertEquals("24.1", recent.version());
    assertEquals(brd.source(), recent.source());
    assertTrue(recent.toString().contains("where: " + after2020 + " of"), recent.toString());

    Dataset chained = recent.select("conflict_id", "year", "bd_best").sortOn("-bd_best").first(3);
    assertEquals(List.of("conflict_id", "year", "bd_best"), chained.table().columnNames());
    assertEquals(3, chained.table().rowCount());
    assertEquals(brd.source(), chained.source());
    assertEquals("24.1", chained.version());
    // the largest three bd_best after 2020, from the file
    int best = rows.get(0).indexOf("bd_best");
    List<Integer> top = rows.stream().skip(1).filter(r -> Integer.parseInt(r.get(yearCol)) > 2020)
        .map(r -> Integer.parseInt(r.get(best))).sorted((a, b) -> b - a).limit(3).toList();
    assertEquals(top, chained.table().intColumn("bd_best").asList());
    assertEquals(4, chained.steps().size(), chained.steps().toString());
    // the verbs do not change what they are called on
    assertEquals(rows.size() - 1, brd.table().rowCount());
    assertThrows(IllegalArgumentException.class, () -> brd.select("no_such_column"));
    assertThrows(IllegalArgumentException.class, () -> brd.sortOn("-no_such_column"));
  }

  @Test
  void rawMissingCodesFollowTheirRows() {
    Dataset prio = ConflictData.bundled(DatasetKind.PRIO_BATTLE_DEATHS);
    String col = prio.rawMissingValues().keySet().stream().sorted().findFirst().orElseThrow();
    Map<Integer, String> raw = prio.rawMissingValues().get(col);
    assertFalse(raw.isEmpty());
    // each row's (id, year) says where it was before the verbs
    Map<String, Integer> before = new HashMap<>();
    Table t = prio.table();
    for (int r = 0; r < t.rowCount(); r++) {
      before.put(t.getString(r, "id") + "/" + t.getString(r, "year"), r);
    }
    Set<Integer> coded = raw.keySet();
    Dataset sorted = prio.where(tt -> tt.intColumn("year").isGreaterThan(1960)).sortOn("-year", "id");
    int seen = 0;
    for (int r = 0; r < sorted.table().rowCount(); r++) {
      int old = before.get(sorted.table().getString(r, "id") + "/" + sorted.table().getString(r, "year"));
      assertEquals(prio.rawValue(col, old), sorted.rawValue(col, r), "row " + r);
      if (coded.contains(old)) {
        seen++;
      }
    }
    assertTrue(seen > 0, "the test picked rows with raw codes");
    Dataset firstRows = sorted.first(5);
    for (int r = 0; r < 5; r++) {
      assertEquals(sorted.rawValue(col, r), firstRows.rawValue(col, r));
    }
    Dataset selected = sorted.select("year", col);
    for (int r = 0; r < sorted.table().rowCount(); r++) {
      assertEquals(sorted.rawValue(col, r), selected.rawValue(col, r));
    }
  }

  @Test
  void joinRenamesClashingColumnsAndCitesBoth() {
    Dataset dyadic = ConflictData.bundled(DatasetKind.UCDP_BRD_DYADIC);
    Dataset conflict = ConflictData.bundled(DatasetKind.UCDP_BRD_CONFLICT);
    List<List<String>> d = csv("ucdp/BattleDeaths_v24_1.csv");
    List<List<String>> c = csv("ucdp/BattleDeaths_v24_1_conf.csv");
    int dc = d.get(0).indexOf("conflict_id");
    int dy = d.get(0).indexOf("year");
    int cc = c.get(0).indexOf("conflict_id");
    int cy = c.get(0).indexOf("year");
    int cb = c.get(0).indexOf("bd_best");
    Map<String, String> conflictBest = new HashMap<>();
    for (List<String> r : c.subList(1, c.size())) {
      conflictBest.put(r.get(cc) + "/" + r.get(cy), r.get(cb));
    }
    long matching = d.stream().skip(1).filter(r -> conflictBest.containsKey(r.get(dc) + "/" + r.get(dy)))
        .count();

    Dataset j = dyadic.joinOn(conflict, "conflict_id", "year");
    Table t = j.table();
    assertEquals(matching, t.rowCount());
    assertEquals(DatasetKind.UCDP_BRD_DYADIC, j.kind());
    assertTrue(t.containsColumn("bd_best") && t.containsColumn("brd.bd_best"), t.columnNames().toString());
    assertFalse(t.containsColumn("brd.year"), "keys appear once");
    for (int r = 0; r < t.rowCount(); r++) {
      String key = t.getString(r, "conflict_id") + "/" + t.getString(r, "year");
      assertEquals(conflictBest.get(key), t.getString(r, "brd.bd_best").replace(",", ""), key);
    }
    assertTrue(j.steps().get(j.steps().size() - 1).contains("UCDP_BRD_CONFLICT 24.1"), j.steps().toString());
    assertTrue(j.toString().contains("joined with UCDP_BRD_CONFLICT"), j.toString());
    assertEquals(dyadic.source().name(), j.source().name());

    // ACD with BRD: both have gwno_a (text: lists of codes), region, location...; no failure
    Dataset acd = ConflictData.bundled(DatasetKind.UCDP_PRIO_ACD);
    Dataset acdBrd = acd.joinOn(conflict, "conflict_id", "year");
    assertTrue(acdBrd.table().containsColumn("brd.gwno_a"));
    assertEquals(conflict.table().column("gwno_a").type(), acdBrd.table().column("brd.gwno_a").type());
    assertTrue(acdBrd.source().citation().contains(acd.source().citation()));
    assertTrue(acdBrd.source().citation().contains(conflict.source().citation()));
    Dataset left = acd.leftJoinOn(conflict, "conflict_id", "year");
    assertEquals(acd.table().rowCount(), left.table().rowCount());
    assertThrows(IllegalArgumentException.class, () -> acd.joinOn(conflict, "dyad_id_x"));
  }

  @Test
  void bundledIsACopyEachCall() throws Exception {
    Dataset a = ConflictData.bundled(DatasetKind.UCDP_NONSTATE);
    int rows = a.table().rowCount();
    String name = a.table().column(0).name();
    String firstCell = a.table().getString(0, name);
    a.table().removeColumns(name);
    a.table().dropRows(0);
    Dataset b = ConflictData.bundled(DatasetKind.UCDP_NONSTATE);
    assertNotSame(a.table(), b.table());
    assertTrue(b.table().containsColumn(name));
    assertEquals(rows, b.table().rowCount());
    assertEquals(firstCell, b.table().getString(0, name));
    // the copy holds what a fresh read of the resource holds (text columns are copied by hand)
    String resource = "io/github/conflictdata/data/ucdp/NonState_v25_1.xlsx";
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
      Dataset fresh = ConflictData.reader().kind(DatasetKind.UCDP_NONSTATE).read(in, resource);
      TableAsserts.assertSameTable(fresh, b, null);
      Set<String> text = new HashSet<>();
      for (tech.tablesaw.api.StringColumn sc : b.table().stringColumns()) {
        text.add(sc.name());
      }
      assertFalse(text.isEmpty());
      for (String s : text) {
        assertEquals(fresh.table().stringColumn(s).countMissing(), b.table().stringColumn(s).countMissing(), s);
        assertEquals(fresh.table().stringColumn(s).countUnique(), b.table().stringColumn(s).countUnique(), s);
      }
    }
    // a copied text column is a normal, growable column
    tech.tablesaw.api.StringColumn grown = b.table().stringColumns()[0];
    grown.append("appended");
    assertEquals("appended", grown.get(grown.size() - 1));
    assertEquals(1, grown.isEqualTo("appended").size());
    // a changed text cell in one copy stays there
    String s0 = b.table().stringColumns()[0].name();
    b.table().stringColumn(s0).set(1, "changed");
    assertFalse("changed".equals(ConflictData.bundled(DatasetKind.UCDP_NONSTATE).table().getString(1, s0)));
  }
}
