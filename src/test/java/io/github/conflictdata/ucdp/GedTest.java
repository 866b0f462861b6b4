package io.github.conflictdata.ucdp;

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
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** UCDP GED: the event sums, the web/API export form, CRLF with bare LFs, and bad input. */
class GedTest {
  private static final String GED = "ucdp-ged/ged191.csv";

  private static List<List<String>> records() throws IOException {
    return TestFiles.csvRecords(Files.readString(TestFiles.sharedFile(GED), StandardCharsets.UTF_8));
  }

  private static Dataset read(byte[] b, String name) {
    return ConflictData.reader().read(new ByteArrayInputStream(b), name);
  }

  @Test
  void myanmarEventsOfAugustToSeptember2017SumAsTheRawCsvSays() throws IOException {
    List<List<String>> recs = records();
    List<String> h = recs.get(0);
    int country = h.indexOf("country");
    int start = h.indexOf("date_start");
    int best = h.indexOf("best");
    int low = h.indexOf("low");
    int high = h.indexOf("high");
    LocalDate from = LocalDate.of(2017, 8, 25);
    LocalDate to = LocalDate.of(2017, 9, 24);
    long events = 0;
    long sumBest = 0;
    long sumLow = 0;
    long sumHigh = 0;
    for (List<String> r : recs.subList(1, recs.size())) {
      LocalDate d = LocalDate.parse(r.get(start).substring(0, 10));
      if (r.get(country).equals("Myanmar (Burma)") && !d.isBefore(from) && !d.isAfter(to)) {
        events++;
        sumBest += Long.parseLong(r.get(best));
        sumLow += Long.parseLong(r.get(low));
        sumHigh += Long.parseLong(r.get(high));
      }
    }
    assertTrue(events > 0, "the file has Myanmar events in that month");

    Table t = ConflictData.read(TestFiles.sharedFile(GED)).table();
    Table m = t.where(t.stringColumn("country").isEqualTo("Myanmar (Burma)")
        .and(t.dateColumn("date_start").isBetweenIncluding(from, to)));
    assertEquals(events, m.rowCount());
    assertEquals(sumBest, (long) m.intColumn("best").sum());
    assertEquals(sumLow, (long) m.intColumn("low").sum());
    assertEquals(sumHigh, (long) m.intColumn("high").sum());
  }

  @Test
  void recordsWithLineBreaksInQuotedFieldsKeepThem() throws IOException {
    List<List<String>> recs = records();
    int article = recs.get(0).indexOf("source_article");
    long withBreaks = recs.stream().skip(1).filter(r -> r.stream().anyMatch(f -> f.contains("\n")))
        .count();
    assertEquals(73, withBreaks, "SOURCES.md: 73 records with line breaks inside quoted fields");
    Table t = ConflictData.read(TestFiles.sharedFile(GED)).table();
    for (int r = 1; r < recs.size(); r++) {
      String want = recs.get(r).get(article);
      if (want.contains("\n")) {
        assertEquals(want, t.stringColumn("source_article").get(r - 1));
      }
    }
  }

  /**
   * The same events as a UCDP web/API export writes them: best_est/high_est/low_est (in that
   * order), a legacy conflict_dset_id, active_year True/False, dates "08/25/2017 00:00:00", CRLF
   * records whose quoted fields keep bare LFs, and a trailing delimiter on every record.
   */
  @Test
  void webExportFormReadsToTheSameValues() throws IOException {
    Dataset a = ConflictData.read(TestFiles.sharedFile(GED));
    List<List<String>> recs = records();
    List<String> h = recs.get(0);
    List<List<String>> out = new ArrayList<>();
    DateTimeFormatter us = DateTimeFormatter.ofPattern("MM/dd/yyyy");
    for (int r = 0; r < recs.size(); r++) {
      List<String> in = recs.get(r);
      List<String> o = new ArrayList<>();
      for (int c = 0; c < h.size(); c++) {
        String name = h.get(c);
        String v = in.get(c);
        if (name.equals("low") || name.equals("best") || name.equals("high")) {
          continue; // written below, in the web export's order
        }
        if (r > 0 && name.equals("active_year")) {
          v = v.equals("1") ? "True" : "False";
        } else if (r > 0 && (name.equals("date_start") || name.equals("date_end"))) {
          v = LocalDate.parse(v).format(us) + " 00:00:00";
        }
        o.add(v);
      }
      if (r == 0) {
        o.addAll(List.of("best_est", "high_est", "low_est", "conflict_dset_id"));
      } else {
        o.addAll(List.of(in.get(h.indexOf("best")), in.get(h.indexOf("high")),
            in.get(h.indexOf("low")), "1-" + r));
      }
      out.add(o);
    }
    byte[] bytes = new Resaver().lineEnd("\r\n").trailingDelimiter().write(out);
    Dataset b = read(bytes, "ged-web-export.csv");
    assertEquals(DatasetKind.UCDP_GED, b.kind());
    assertEquals(a.version(), b.version());
    Table ta = a.table();
    Table tb = b.table();
    assertEquals(ta.columnNames(), tb.columnNames(), "no column for the trailing delimiter");
    for (String col : ta.columnNames()) {
      if (!col.equals("conflict_dset_id")) {
        assertEquals(ta.column(col).asList(), tb.column(col).asList(), col);
      }
    }
    assertEquals("1-1", tb.stringColumn("conflict_dset_id").get(0));
  }

  @Test
  void activeYearReadsFromEveryWrittenForm() {
    String csv = "id,year,active_year,type_of_violence,conflict_new_id,date_start,best\n"
        + "1,2020,1,1,10,2020-01-01,3\n2,2020,0,1,10,2020-01-01,3\n3,2020,true,1,10,2020-01-01,3\n"
        + "4,2020,FALSE,1,10,2020-01-01,3\n5,2020,True,1,10,2020-01-01,3\n6,2020,,1,10,2020-01-01,3\n";
    Table t = read(csv.getBytes(StandardCharsets.UTF_8), "flags.csv").table();
    assertEquals(List.of(true, false, true, false, true), t.booleanColumn("active_year").asList()
        .subList(0, 5));
    assertTrue(t.booleanColumn("active_year").isMissing(5));
  }

  @Test
  void badCellsInGedGetPositionedErrors() {
    String csv = "id,year,active_year,type_of_violence,conflict_new_id,date_start,best\n"
        + "1,2020,1,1,10,2020-01-01,3\n"
        + "2,2020,maybe,1,10,2020-01-01,3\n"
        + "3,2020,0,1,10,2020-01-01,12.5\n"
        + "4,2020,0,1,10,2020-02-30,2\n";
    DatasetFormatException e = assertThrows(DatasetFormatException.class,
        () -> read(csv.getBytes(StandardCharsets.UTF_8), "bad-ged.csv"));
    assertEquals(DatasetKind.UCDP_GED, e.kind());
    List<Problem> ps = e.problems();
    assertEquals(3, ps.size(), e.getMessage());
    assertEquals(List.of(3L, 4L, 5L), ps.stream().map(Problem::line).toList());
    assertEquals(List.of("active_year", "best", "date_start"),
        ps.stream().map(Problem::columnName).toList());
    assertEquals(List.of(3, 7, 6), ps.stream().map(Problem::column).toList());
    assertTrue(ps.get(0).expected().contains("1 or 0"), ps.get(0).expected());
  }

  @Test
  void excelResaveIntegersReadAsIntegers() {
    String csv = "id,year,active_year,type_of_violence,conflict_new_id,date_start,best\n"
        + "11447.0,2020.0,1,1,10.0,2020-01-01,3.0\n";
    Table t = read(csv.getBytes(StandardCharsets.UTF_8), "resaved.csv").table();
    assertEquals(11447, t.intColumn("id").getInt(0));
    assertEquals(3, t.intColumn("best").getInt(0));
  }

  @Test
  void aTrailingDelimiterMustLeaveTheExtraFieldEmpty() {
    String csv = "id,year,active_year,type_of_violence,conflict_new_id,date_start,best\n"
        + "1,2020,1,1,10,2020-01-01,3,\n"
        + "2,2020,1,1,10,2020-01-01,3,oops\n";
    DatasetFormatException e = assertThrows(DatasetFormatException.class,
        () -> read(csv.getBytes(StandardCharsets.UTF_8), "trailing.csv"));
    Problem p = e.problems().get(0);
    assertEquals(3, p.line());
    assertEquals(8, p.column());
    assertEquals("oops", p.found());
    Table ok = read(csv.replace("oops", "").getBytes(StandardCharsets.UTF_8), "t.csv").table();
    assertEquals(2, ok.rowCount());
  }

  @Test
  void aMissingTrailingDelimiterOnOneRecordIsAnError() {
    String csv = "id,year,active_year,type_of_violence,conflict_new_id,date_start,best\n"
        + "1,2020,1,1,10,2020-01-01,3,\n"
        + "2,2020,1,1,10,2020-01-01,3\n";
    DatasetFormatException e = assertThrows(DatasetFormatException.class,
        () -> read(csv.getBytes(StandardCharsets.UTF_8), "trailing.csv"));
    assertEquals(3, e.problems().get(0).line());
  }

  @Test
  void candidateReleaseIsNamedAsUcdpNamesIt() throws IOException {
    Path p = TestFiles.sharedFile(GED);
    Dataset d = read(Files.readAllBytes(p), "downloads/GEDEvent_v26_0_8.csv");
    assertEquals("26.0.8", d.version());
    Dataset s = read(Files.readAllBytes(p), "GEDEvent_v25_1.csv");
    assertEquals("25.1", s.version());
  }

  @Test
  void sameTableInOtherLayouts() throws IOException {
    Dataset a = ConflictData.read(TestFiles.sharedFile(GED));
    List<List<String>> recs = records();
    for (Resaver r : List.of(new Resaver().delimiter(';').lineEnd("\r\n"), new Resaver().bom(),
        new Resaver().delimiter('\t').shuffleColumns(5), new Resaver().quoteAll().lineEnd("\r"))) {
      TableAsserts.assertSameTable(a, read(r.write(recs), "ged.csv"), null);
    }
  }
}
