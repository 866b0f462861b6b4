package io.github.conflictdata.ucdp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conflictdata.ConflictData;
import io.github.conflictdata.Dataset;
import io.github.conflictdata.DatasetKind;
import io.github.conflictdata.MultiValued;
import io.github.conflictdata.testing.TestFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;

/**
 * Older UCDP layouts (constructed fixtures under src/test/resources/ucdp, see its README): CamelCase
 * and run-together headers map onto the current names, version cells "2.5-2016", "v1.4-2016" and
 * a bare "17" give the release, list-valued columns stay text, Excel's "11447.0" is an integer.
 */
class OlderReleasesTest {

  private static byte[] bytes(String resource) throws IOException {
    try (InputStream in = OlderReleasesTest.class.getResourceAsStream("/ucdp/" + resource)) {
      return in.readAllBytes();
    }
  }

  private static Dataset read(String resource) throws IOException {
    return ConflictData.reader().read(new java.io.ByteArrayInputStream(bytes(resource)), resource);
  }

  private static List<List<String>> records(String resource) throws IOException {
    return TestFiles.csvRecords(new String(bytes(resource), StandardCharsets.UTF_8));
  }

  @Test
  void nonState2016CamelCaseWithTwoVersionCellsIsTheNewest() throws IOException {
    Dataset d = read("nonstate/NonState_2.5-2016.csv");
    assertEquals(DatasetKind.UCDP_NONSTATE, d.kind());
    assertEquals("2.5-2016", d.version(), "a file holding 2.5-2016 and 2.5-2015 is the newest");
    Table t = d.table();
    List<List<String>> recs = records("nonstate/NonState_2.5-2016.csv");
    List<String> h = recs.get(0);
    assertEquals(recs.get(1).get(h.indexOf("SideA")), t.stringColumn("side_a_name").get(0));
    assertEquals(Integer.parseInt(recs.get(1).get(h.indexOf("BestFatalityEstimate"))),
        t.intColumn("best_fatality_estimate").getInt(0));
    assertEquals(recs.get(2).get(h.indexOf("GWNOLocation")), t.stringColumn("gwno_location").get(1));
    assertEquals(List.of(501, 520), MultiValued.splitInts(t.stringColumn("gwno_location").get(1)));
    assertEquals(ConflictData.schema(DatasetKind.UCDP_NONSTATE).columns().size(), t.columnCount(),
        "no extra columns: every old name mapped");
  }

  @Test
  void nonState171RunTogetherNamesAndBareVersion() throws IOException {
    Dataset d = read("nonstate/ucdp-nonstate-171.csv");
    assertEquals(DatasetKind.UCDP_NONSTATE, d.kind());
    assertEquals("17", d.version(), "release 17, never 1.7");
    Table t = d.table();
    List<List<String>> recs = records("nonstate/ucdp-nonstate-171.csv");
    List<String> h = recs.get(0);
    assertEquals(Integer.parseInt(recs.get(1).get(h.indexOf("fatbest"))),
        t.intColumn("best_fatality_estimate").getInt(0));
    assertEquals(Integer.parseInt(recs.get(1).get(h.indexOf("fathigh"))),
        t.intColumn("high_fatality_estimate").getInt(0));
    assertEquals(recs.get(1).get(h.indexOf("sideaname")), t.stringColumn("side_a_name").get(0));
    assertEquals(java.time.LocalDate.parse(recs.get(1).get(h.indexOf("ependdate"))),
        t.dateColumn("ep_end_date").get(0));
    assertEquals(recs.get(1).get(h.indexOf("gwnoloc")), t.stringColumn("gwno_location").get(0));
  }

  @Test
  void oneSided14WithoutConflictIds() throws IOException {
    Dataset d = read("onesided/ucdp-onesided-14-2016.csv");
    assertEquals(DatasetKind.UCDP_ONESIDED, d.kind());
    assertEquals("1.4-2016", d.version());
    Table t = d.table();
    assertEquals(t.rowCount(), t.intColumn("conflict_id").countMissing(), "1.4 has no conflict ids");
    List<List<String>> recs = records("onesided/ucdp-onesided-14-2016.csv");
    List<String> h = recs.get(0);
    assertEquals(Integer.parseInt(recs.get(1).get(h.indexOf("HighFatalityEstimate"))),
        t.intColumn("high_fatality_estimate").getInt(0));
    assertEquals(recs.get(2).get(h.indexOf("CoalitionComponents")),
        t.stringColumn("coalition_components").get(1));
  }

  @Test
  void brdConflictLevel2016ListValuedTypeAndExcelIntegers() throws IOException {
    Dataset d = read("brd/ucdp-brd-conf-50-2016.csv");
    assertEquals(DatasetKind.UCDP_BRD_CONFLICT, d.kind());
    assertEquals("5.0-2016", d.version());
    Table t = d.table();
    assertEquals(ColumnType.STRING, t.column("type_of_conflict").type());
    assertEquals(List.of(3, 4), MultiValued.splitInts(t.stringColumn("type_of_conflict").get(0)));
    assertEquals(11447, t.intColumn("conflict_id").getInt(0), "Excel's 11447.0");
    assertEquals(1500, t.intColumn("bd_best").getInt(0));
    assertEquals(2, t.intColumn("incompatibility").getInt(0));
    assertTrue(ConflictData.schema(DatasetKind.UCDP_BRD_CONFLICT).multiValued()
        .containsKey("type_of_conflict"));
  }

  @Test
  void twelvePointFiveInAnIntegerColumnIsStillAnError() throws IOException {
    String csv = new String(bytes("brd/ucdp-brd-conf-50-2016.csv"), StandardCharsets.UTF_8)
        .replace(",1500.0,", ",12.5,");
    io.github.conflictdata.DatasetFormatException e = org.junit.jupiter.api.Assertions.assertThrows(
        io.github.conflictdata.DatasetFormatException.class,
        () -> ConflictData.reader().read(
            new java.io.ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "x.csv"));
    assertEquals("BdBest", e.problems().get(0).columnName(), "the file's own header name");
    assertEquals(12, e.problems().get(0).column());
    assertEquals(2, e.problems().get(0).line());
  }

  @Test
  void acd2016KeepsPre2017IdsAsPublished() throws IOException {
    Dataset d = read("acd/ucdp-prio-acd-4-2016.csv");
    assertEquals(DatasetKind.UCDP_PRIO_ACD, d.kind());
    assertEquals("4.0-2016", d.version());
    Table t = d.table();
    List<List<String>> recs = records("acd/ucdp-prio-acd-4-2016.csv");
    List<String> h = recs.get(0);
    assertEquals(recs.get(1).get(h.indexOf("ConflictId")), t.stringColumn("old_conflict_id").get(0));
    assertEquals(t.rowCount(), t.intColumn("conflict_id").countMissing(),
        "no integer ids in this release");
    assertEquals(recs.get(1).get(h.indexOf("GWNoB2nd")), t.stringColumn("gwno_b_2nd").get(0));
    assertEquals(Integer.parseInt(recs.get(1).get(h.indexOf("IntensityLevel"))),
        t.intColumn("intensity_level").getInt(0));
    // a current file keeps integer ids, the text column empty
    Table now = ConflictData.bundled(DatasetKind.UCDP_PRIO_ACD).table();
    assertEquals(0, now.intColumn("conflict_id").countMissing());
    assertEquals(now.rowCount(), now.stringColumn("old_conflict_id").countMissing());
  }
}
