package io.github.conflictdata.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conflictdata.DatasetFormatException;
import io.github.conflictdata.Problem;
import io.github.conflictdata.testing.TestFiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/**
 * The claims layout of issue 13 adds period_start, period_end (ISO dates, may be empty) and
 * population (text, may be empty): files with and without them read, to the same columns.
 */
class ClaimsOptionalColumnsTest {

  /** The claims fixture in layout 1.0: good.csv without the three columns of layout 1.1. */
  private static String good() throws IOException {
    String csv;
    try (InputStream in = ClaimsOptionalColumnsTest.class.getResourceAsStream("/claims/good.csv")) {
      csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<List<String>> recs = TestFiles.csvRecords(csv);
    List<String> added = List.of("period_start", "period_end", "population");
    List<Integer> keep = new ArrayList<>();
    for (int i = 0; i < recs.get(0).size(); i++) {
      if (!added.contains(recs.get(0).get(i))) {
        keep.add(i);
      }
    }
    StringBuilder sb = new StringBuilder();
    for (List<String> rec : recs) {
      for (int k = 0; k < keep.size(); k++) {
        String v = rec.get(keep.get(k));
        sb.append(k > 0 ? "," : "").append(v.contains(",") || v.contains("\"") || v.contains("\n")
            ? "\"" + v.replace("\"", "\"\"") + "\"" : v);
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  /** good.csv with the three columns inserted after {@code after} (-1: at the end). */
  private static byte[] extended(String csv, int after, String start, String end, String pop) {
    List<List<String>> recs = TestFiles.csvRecords(csv);
    StringBuilder sb = new StringBuilder();
    for (int r = 0; r < recs.size(); r++) {
      List<String> f = new ArrayList<>(recs.get(r));
      List<String> add = r == 0 ? List.of("period_start", "period_end", "population")
          : List.of(start, end, pop);
      int at = after < 0 ? f.size() : after + 1;
      f.addAll(at, add);
      for (int i = 0; i < f.size(); i++) {
        String v = f.get(i);
        if (i > 0) {
          sb.append(',');
        }
        sb.append(v.contains(",") || v.contains("\"") || v.contains("\n")
            ? "\"" + v.replace("\"", "\"\"") + "\"" : v);
      }
      sb.append('\n');
    }
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void bothLayoutsReadToTheSameColumns() throws IOException {
    Table before = Claims.read(new ByteArrayInputStream(good().getBytes(StandardCharsets.UTF_8)),
        "good.csv").table();
    assertTrue(before.columnNames().containsAll(List.of("period_start", "period_end", "population")));
    assertEquals(before.rowCount(), before.dateColumn("period_start").countMissing());
    for (int after : new int[] {-1, 3}) {
      Table t = Claims.read(new ByteArrayInputStream(
          extended(good(), after, "2020-09-27", "2020-11-10", "soldiers")), "new.csv").table();
      assertEquals(before.columnNames(), t.columnNames());
      assertEquals(LocalDate.of(2020, 9, 27), t.dateColumn("period_start").get(0));
      assertEquals(LocalDate.of(2020, 11, 10), t.dateColumn("period_end").get(0));
      assertEquals("soldiers", t.stringColumn("population").get(0));
      assertEquals(before.intColumn("value").asList(), t.intColumn("value").asList());
    }
  }

  @Test
  void aBadPeriodDateIsAPositionedError() throws IOException {
    DatasetFormatException e = assertThrows(DatasetFormatException.class,
        () -> Claims.read(new ByteArrayInputStream(
            extended(good(), -1, "27.09.2020", "", "")), "new.csv"));
    Problem p = e.problems().get(0);
    assertEquals(2, p.line());
    assertEquals("period_start", p.columnName());
    List<String> header = TestFiles.csvRecords(good()).get(0);
    assertEquals(header.size() + 1, p.column());
  }

  @Test
  void theBundledFileReads() {
    assertTrue(Claims.bundled().table().rowCount() > 0);
  }
}
