package io.github.conflictdata.acled;

import static io.github.conflictdata.testing.TableAsserts.assertCell;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conflictdata.ConflictData;
import io.github.conflictdata.Dataset;
import io.github.conflictdata.DatasetFormatException;
import io.github.conflictdata.DatasetKind;
import io.github.conflictdata.Problem;
import io.github.conflictdata.Resaver;
import io.github.conflictdata.testing.TableAsserts;
import io.github.conflictdata.testing.TestFiles;
import io.github.conflictdata.testing.TestXlsx;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;

/**
 * ACLED's 2025 and 2020 export layouts and its country-year aggregates read strictly, with one
 * set of column names and types; values are checked against the files read by testing/ helpers.
 */
class AcledSharedFilesTest {
  private static final String FATALITIES =
      "acled/number_of_reported_fatalities_by_country-year_as-of-06Mar2026.xlsx";
  private static final String EVENTS =
      "acled/number_of_political_violence_events_by_country-year_as-of-06Mar2026.xlsx";

  static Stream<Arguments> files() {
    return Stream.of(
        Arguments.of("acled/acled_data.csv", DatasetKind.ACLED_EVENTS, "2026-03-27", 6464,
            "3d442fa42d64697bf14654c634a982c13cb339dac6e8d459f1d129827f52842b",
            List.of("event_id_cnty", "fatalities", "event_date")),
        Arguments.of("acled/ACLED.csv", DatasetKind.ACLED_EVENTS, "2020-03-21", 496,
            "48145d172dc85ae7deaeb2d83642aaaa9dcf1626a4d53f7136a44c4b7dbb354f",
            List.of("event_id_cnty", "fatalities")),
        Arguments.of(FATALITIES, DatasetKind.ACLED_COUNTRY_YEAR, "2026-03-06", 2933,
            "05b07d4eb6e6189cec4d62ee8188a4ac4ad37a1d52bed2817c0aa3e71bb23f70",
            List.of("COUNTRY", "FATALITIES")),
        Arguments.of(EVENTS, DatasetKind.ACLED_COUNTRY_YEAR, "2026-03-06", 2697,
            "37a099705822131697c4f3ca56bb995965b12c4635b816d0f8ebffa59a055946",
            List.of("COUNTRY", "EVENTS")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void readsWithKindReleaseRowsChecksumAndValues(String file, DatasetKind kind, String version,
      int rows, String sha256, List<String> checked) throws IOException {
    Path p = TestFiles.sharedFile(file);
    assertEquals(sha256, TestFiles.sha256(Files.readAllBytes(p)));
    Dataset d = ConflictData.read(p);
    assertEquals(kind, d.kind());
    assertEquals(version, d.version());
    assertEquals(rows, d.table().rowCount());
    assertEquals(sha256, d.source().sha256());
    assertTrue(d.problems().isEmpty());
    List<List<String>> recs = file.endsWith(".xlsx") ? TestXlsx.rows(p)
        : TestFiles.csvRecords(Files.readString(p, StandardCharsets.UTF_8));
    assertEquals(rows + 1, recs.size());
    for (String col : checked) {
      int i = recs.get(0).indexOf(col);
      String name = col.toLowerCase(java.util.Locale.ROOT);
      if (name.equals("event_date")) {
        // "2025-04-01" in the 2025 layout
        assertEquals(LocalDate.parse(recs.get(1).get(i)), d.table().dateColumn(name).get(0));
        continue;
      }
      assertCell(d.table(), 0, name, recs.get(1).get(i));
      assertCell(d.table(), rows - 1, name, recs.get(rows).get(i));
    }
  }

  @Test
  void bothEventLayoutsShareColumnNamesAndTypes() {
    Table now = ConflictData.read(TestFiles.sharedFile("acled/acled_data.csv")).table();
    Table old = ConflictData.read(TestFiles.sharedFile("acled/ACLED.csv")).table();
    assertEquals(now.columnNames(), old.columnNames());
    for (int c = 0; c < now.columnCount(); c++) {
      assertEquals(now.column(c).type(), old.column(c).type(), now.column(c).name());
    }
    assertEquals(ColumnType.STRING, now.column("inter1").type());
    assertEquals(ColumnType.LOCAL_DATE, old.column("event_date").type());
    assertEquals(ColumnType.INTEGER, now.column("fatalities").type());
  }

  @Test
  void oldNumericActorCodesReadAsTheNewTextWithTheRawCodeKept() throws IOException {
    Path p = TestFiles.sharedFile("acled/ACLED.csv");
    List<List<String>> recs = TestFiles.csvRecords(Files.readString(p));
    List<String> h = recs.get(0);
    // first record: Taliban (2) vs Military Forces of Afghanistan (1), interaction 12
    assertEquals(List.of("2", "1", "12"), List.of(recs.get(1).get(h.indexOf("inter1")),
        recs.get(1).get(h.indexOf("inter2")), recs.get(1).get(h.indexOf("interaction"))));
    Dataset d = ConflictData.read(p);
    Table t = d.table();
    assertEquals("Rebel group", t.stringColumn("inter1").get(0));
    assertEquals("State forces", t.stringColumn("inter2").get(0));
    assertEquals("State forces-Rebel group", t.stringColumn("interaction").get(0));
    assertEquals("2", d.rawValue("inter1", 0).orElseThrow());
    assertEquals("12", d.rawValue("interaction", 0).orElseThrow());
    assertEquals(LocalDate.of(2020, 3, 21), t.dateColumn("event_date").get(0));
    // every old code maps: the sum of fatalities is the file's (SOURCES.md: 704)
    assertEquals(704, (long) t.intColumn("fatalities").sum());
  }

  @Test
  void newTextFormsAreKeptAsWritten() throws IOException {
    Path p = TestFiles.sharedFile("acled/acled_data.csv");
    List<List<String>> recs = TestFiles.csvRecords(Files.readString(p));
    int inter = recs.get(0).indexOf("interaction");
    Dataset d = ConflictData.read(p);
    for (int r = 1; r < recs.size(); r++) {
      String want = recs.get(r).get(inter);
      assertEquals(want, d.table().stringColumn("interaction").get(r - 1), "row " + r);
    }
    assertTrue(d.rawMissingValues().getOrDefault("interaction", java.util.Map.of()).isEmpty(),
        "nothing recoded in the new layout");
    assertEquals(8687, (long) d.table().intColumn("fatalities").sum(), "SOURCES.md");
  }

  @Test
  void eitherDateFormMayAppearInEitherLayout() {
    String csv = "event_id_cnty,event_date,year,event_type,inter1,interaction,fatalities\n"
        + "SOM1,2025-04-01,2025,Battles,Rebel group,Rebel group only,3\n"
        + "SOM2,01 November 2024,2024,Battles,2,20,1\n";
    Table t = ConflictData.reader().read(
        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "mixed.csv").table();
    assertEquals(LocalDate.of(2025, 4, 1), t.dateColumn("event_date").get(0));
    assertEquals(LocalDate.of(2024, 11, 1), t.dateColumn("event_date").get(1));
    assertEquals(List.of("Rebel group only", "Rebel group only"),
        t.stringColumn("interaction").asList());
  }

  @Test
  void anUnknownActorCodeIsAPositionedError() {
    String csv = "event_id_cnty,event_date,year,event_type,inter1,interaction,fatalities\n"
        + "SOM1,2025-04-01,2025,Battles,2,12,3\n"
        + "SOM2,2025-04-02,2025,Battles,9,19,1\n";
    DatasetFormatException e = assertThrows(DatasetFormatException.class,
        () -> ConflictData.reader().read(
            new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "bad.csv"));
    assertEquals(DatasetKind.ACLED_EVENTS, e.kind());
    List<Problem> ps = e.problems();
    assertEquals(2, ps.size(), e.getMessage());
    assertEquals(3, ps.get(0).line());
    assertEquals("inter1", ps.get(0).columnName());
    assertEquals(5, ps.get(0).column());
    assertEquals("interaction", ps.get(1).columnName());
  }

  @Test
  void countryYearFilesHaveOneOfTheirCountColumns() {
    Table f = ConflictData.read(TestFiles.sharedFile(FATALITIES)).table();
    Table e = ConflictData.read(TestFiles.sharedFile(EVENTS)).table();
    assertEquals(List.of("country", "year", "fatalities", "events"), f.columnNames());
    assertEquals(f.rowCount(), f.intColumn("events").countMissing());
    assertEquals(e.rowCount(), e.intColumn("fatalities").countMissing());
    // SOURCES.md: Azerbaijan 2020 = 7057 fatalities, 4063 events
    assertEquals(7057, f.where(f.stringColumn("country").isEqualTo("Azerbaijan")
        .and(f.intColumn("year").isEqualTo(2020))).intColumn("fatalities").getInt(0));
    assertEquals(4063, e.where(e.stringColumn("country").isEqualTo("Azerbaijan")
        .and(e.intColumn("year").isEqualTo(2020))).intColumn("events").getInt(0));
  }

  @Test
  void sameTableInOtherLayouts() throws IOException {
    for (String file : List.of("acled/acled_data.csv", "acled/ACLED.csv")) {
      Path p = TestFiles.sharedFile(file);
      Dataset a = ConflictData.read(p);
      List<List<String>> recs = Resaver.parse(Files.readString(p), ',');
      for (Resaver r : List.of(new Resaver().delimiter(';').lineEnd("\r\n"),
          new Resaver().bom().quoteAll(), new Resaver().delimiter('\t').shuffleColumns(3))) {
        // the release of an export is its latest event: the same under any file name
        TableAsserts.assertSameTable(a, ConflictData.reader().read(
            new ByteArrayInputStream(r.write(recs)), file), null);
      }
    }
  }
}
