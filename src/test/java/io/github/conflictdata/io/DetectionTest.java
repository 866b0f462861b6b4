package io.github.conflictdata.io;

import io.github.conflictdata.ConflictData;
import io.github.conflictdata.Dataset;
import io.github.conflictdata.DatasetFormatException;
import io.github.conflictdata.DatasetKind;
import io.github.conflictdata.Problem;
import io.github.conflictdata.Resaver;
import io.github.conflictdata.Shared;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;

/** The kind comes from the content (header and values), never from the file name. */
class DetectionTest {
  private static final String BRD = "ucdp/BattleDeaths_v24_1_conf.csv";

  private static List<List<String>> brdRecords() {
    return Resaver.parse(new String(Shared.bundledBytes(BRD), StandardCharsets.UTF_8), ',');
  }

  private static Dataset read(byte[] b, String name) {
    return ConflictData.reader().read(new ByteArrayInputStream(b), name);
  }

  @Test
  void conflictLevelBrdWithDyadLists() {
    Dataset d = read(Shared.bundledBytes(BRD), "dyadic-looking-name.csv");
    assertEquals(DatasetKind.UCDP_BRD_CONFLICT, d.kind());
    assertEquals(ColumnType.STRING, d.table().column("dyad_id").type());
  }

  @Test
  void dyadicBrdIsToldApartByRepeatedConflictYears() {
    // one row per dyad-year: split each conflict-year's dyad list into one row per dyad
    List<List<String>> recs = brdRecords();
    List<List<String>> dyadic = new ArrayList<>();
    dyadic.add(recs.get(0));
    int extra = 0;
    for (List<String> r : recs.subList(1, recs.size())) {
      String[] dyads = r.get(1).split(",");
      for (String dy : dyads) {
        List<String> copy = new ArrayList<>(r);
        copy.set(1, dy.trim());
        dyadic.add(copy);
      }
      extra += dyads.length - 1;
    }
    assertTrue(extra > 0, "the conflict-level file has dyad lists");
    Dataset d = read(new Resaver().write(dyadic), "BattleDeaths_v24_1_conf.csv");
    assertEquals(DatasetKind.UCDP_BRD_DYADIC, d.kind(), "values decide, not the file name");
    assertEquals(1520 + extra, d.table().rowCount());
    assertEquals(ColumnType.INTEGER, d.table().column("dyad_id").type());
    assertEquals(833, d.table().intColumn("dyad_id").getInt(rowOf(d.table(), 388, 2020)));
  }

  private static int rowOf(Table t, int conflict, int year) {
    for (int r = 0; r < t.rowCount(); r++) {
      if (t.intColumn("conflict_id").getInt(r) == conflict && t.intColumn("year").getInt(r) == year) {
        return r;
      }
    }
    throw new AssertionError();
  }

  @Test
  void noListsAndNoRepeatsReadsAsConflictLevel() {
    List<List<String>> recs = brdRecords();
    List<List<String>> single = new ArrayList<>();
    for (List<String> r : recs) {
      if (!r.get(1).contains(",")) {
        single.add(r);
      }
    }
    Dataset d = read(new Resaver().write(single), "single.csv");
    assertEquals(DatasetKind.UCDP_BRD_CONFLICT, d.kind());
    assertEquals(single.size() - 1, d.table().rowCount());
  }

  @Test
  void explicitDyadicKindRejectsDyadLists() {
    DatasetFormatException e = assertThrows(DatasetFormatException.class,
        () -> ConflictData.reader().kind(DatasetKind.UCDP_BRD_DYADIC)
            .read(new ByteArrayInputStream(Shared.bundledBytes(BRD)), "conf.csv"));
    assertEquals(DatasetKind.UCDP_BRD_DYADIC, e.kind());
    Problem first = e.problems().get(0);
    assertEquals(2, first.column());
    assertEquals("dyad_id", first.columnName());
    // the file's first dyad list: "17033, 15195"
    List<List<String>> recs = brdRecords();
    int line = 1;
    for (List<String> r : recs.subList(1, recs.size())) {
      line++;
      if (r.get(1).contains(",")) {
        break;
      }
    }
    assertEquals(line, first.line());
  }

  @Test
  void lenientDyadicReadSkipsRowsWithDyadLists() {
    long lists = brdRecords().stream().skip(1).filter(r -> r.get(1).contains(",")).count();
    Dataset d = ConflictData.reader().kind(DatasetKind.UCDP_BRD_DYADIC).lenient()
        .read(new ByteArrayInputStream(Shared.bundledBytes(BRD)), "conf.csv");
    assertEquals(lists, d.problems().size());
    assertEquals(1520 - lists, d.table().rowCount());
    assertEquals(0, d.table().intColumn("dyad_id").countMissing());
  }

  @Test
  void hxlRowIsSkippedAndLinesStayPhysical() {
    String csv = "event_id_cnty,event_date,year,event_type,notes,fatalities\n"
        + "#event+code,#date+occurred,#date+year,#event+type,#description,#affected+killed\n"
        + "XYZ1,2020-10-01,2020,Battles,\"two\nlines\",3\n"
        + "XYZ2,2020-10-02,twenty,Battles,one line,0\n";
    DatasetFormatException e = assertThrows(DatasetFormatException.class,
        () -> read(csv.getBytes(StandardCharsets.UTF_8), "events.csv"));
    assertEquals(DatasetKind.ACLED_EVENTS, e.kind());
    assertEquals(5, e.problems().get(0).line(), e.getMessage());
    assertEquals("year", e.problems().get(0).columnName());

    Dataset ok = read(csv.replace("twenty", "2020").getBytes(StandardCharsets.UTF_8), "events.csv");
    assertEquals(2, ok.table().rowCount());
    assertEquals("two\nlines", ok.table().stringColumn("notes").get(0));
    assertEquals(LocalDate.of(2020, 10, 2), ok.table().dateColumn("event_date").get(1));
    assertEquals("2020-10-02", ok.version(), "an ACLED export is named by its latest event");
    assertEquals(2, ok.table().intColumn("data_id").countMissing(), "absent columns read as missing");
  }

  @Test
  void unknownExtraColumnsAreKeptAsText() {
    List<List<String>> recs = brdRecords();
    for (int i = 0; i < recs.size(); i++) {
      recs.get(i).add(i == 0 ? "analyst_note" : "n" + i);
    }
    Table t = read(new Resaver().write(recs), "extra.csv").table();
    assertEquals("analyst_note", t.column(t.columnCount() - 1).name());
    assertEquals(ColumnType.STRING, t.column("analyst_note").type());
    assertEquals("n1", t.stringColumn("analyst_note").get(0));
  }

  @Test
  void olderCamelCaseHeadersMapOntoCurrentNames() {
    List<List<String>> recs = brdRecords();
    List<String> h = recs.get(0);
    h.set(0, "ConflictId");
    h.set(12, "BdBest");
    h.set(21, "GWNoLoc");
    Table t = read(new Resaver().write(recs), "old.csv").table();
    assertEquals(7646, t.intColumn("bd_best").getInt(rowOf(t, 388, 2020)));
    assertEquals("373", t.stringColumn("gwno_loc").get(rowOf(t, 388, 2020)));
  }
}
