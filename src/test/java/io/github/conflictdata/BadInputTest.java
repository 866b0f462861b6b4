package io.github.conflictdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.ColumnType;

/**
 * Malformed inputs, made by damaging the bundled UCDP BRD 24.1 file (header on line 1, one record
 * per line, LF): each gives a DatasetFormatException naming file, line and column, never another
 * exception type and never a partial table; a lenient read keeps the good records and reports each
 * skipped one.
 */
class BadInputTest {
  private static List<String> lines;
  @TempDir Path tmp;

  @BeforeAll
  static void load() {
    String text = new String(Shared.bundledBytes("ucdp/BattleDeaths_v24_1_conf.csv"), StandardCharsets.UTF_8);
    lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    assertEquals("", lines.remove(lines.size() - 1), "file ends with a line end");
    assertEquals(1521, lines.size());
  }

  /** Header plus the first n data lines (physical lines 1..n+1). */
  private static List<String> head(int n) {
    return new ArrayList<>(lines.subList(0, n + 1));
  }

  private Path write(String name, List<String> ls) throws IOException {
    return write(name, (String.join("\n", ls) + "\n").getBytes(StandardCharsets.UTF_8));
  }

  private Path write(String name, byte[] bytes) throws IOException {
    Path p = tmp.resolve(name);
    Files.write(p, bytes);
    return p;
  }

  private static DatasetFormatException strictFails(Path p) {
    return assertThrows(DatasetFormatException.class, () -> ConflictData.read(p));
  }

  private static void hasLine(DatasetFormatException e, String regex) {
    Pattern p = Pattern.compile(regex);
    assertTrue(e.getMessage().lines().anyMatch(l -> p.matcher(l).matches()),
        "no line matching " + regex + " in:\n" + e.getMessage());
  }

  /** Replaces field i (0-based, unquoted fields only) of a record. */
  private static String setField(String line, int i, String value) {
    List<String> f = split(line);
    f.set(i, value);
    return String.join(",", f);
  }

  private static List<String> split(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder sb = new StringBuilder();
    boolean q = false;
    for (char c : line.toCharArray()) {
      if (c == '"') {
        q = !q;
      }
      if (c == ',' && !q) {
        out.add(sb.toString());
        sb.setLength(0);
      } else {
        sb.append(c);
      }
    }
    out.add(sb.toString());
    return out;
  }

  @Test
  void truncatedFile() throws IOException {
    List<String> ls = head(10);
    ls.add(lines.get(11).substring(0, 20));
    Path p = write("truncated.csv", ls);
    DatasetFormatException e = strictFails(p);
    assertEquals(DatasetKind.UCDP_BRD_CONFLICT, e.kind());
    assertEquals(1, e.problems().size());
    assertEquals(12, e.problems().get(0).line());
    hasLine(e, Pattern.quote(p.toString()) + ":12:\\d+ \\(\\w+\\): found '.*', expected 25 fields as in the header, found \\d+.*");
  }

  @Test
  void wrongDelimiterInData() throws IOException {
    List<String> ls = head(3);
    ls.set(2, ls.get(2).replace(',', ';'));
    Path p = write("semicolon-row.csv", ls);
    DatasetFormatException e = strictFails(p);
    assertEquals(3, e.problems().get(0).line());
    assertEquals(2, e.problems().get(0).column());
    assertTrue(e.problems().get(0).expected().contains("found 1"), e.problems().get(0).expected());
  }

  @Test
  void semicolonHeaderWithCommaRecordsFailsEveryRecord() throws IOException {
    List<String> ls = head(4);
    ls.set(0, ls.get(0).replace(',', ';'));
    DatasetFormatException e = strictFails(write("semicolon-header.csv", ls));
    assertEquals(List.of(2L, 3L, 4L, 5L), e.problems().stream().map(Problem::line).toList());
  }

  @Test
  void extraAndMissingFields() throws IOException {
    List<String> ls = head(6);
    ls.set(2, ls.get(2) + ",extra");
    ls.set(4, ls.get(4).substring(0, ls.get(4).lastIndexOf(',')));
    Path p = write("fields.csv", ls);
    DatasetFormatException e = strictFails(p);
    assertEquals(2, e.problems().size(), e.getMessage());
    Problem extra = e.problems().get(0);
    assertEquals(3, extra.line());
    assertEquals(26, extra.column());
    Problem missing = e.problems().get(1);
    assertEquals(5, missing.line());
    assertEquals(25, missing.column());
    assertEquals("version", missing.columnName());
  }

  @Test
  void nonNumericCount() throws IOException {
    List<String> ls = head(6);
    ls.set(4, setField(ls.get(4), 12, "many"));
    Path p = write("count.csv", ls);
    DatasetFormatException e = strictFails(p);
    assertEquals(1, e.problems().size());
    hasLine(e, Pattern.quote(p.toString()) + ":5:13 \\(bd_best\\): found 'many', expected a whole number");
  }

  @Test
  void emptyRequiredKey() throws IOException {
    List<String> ls = head(8);
    ls.set(7, setField(ls.get(7), 11, ""));
    DatasetFormatException e = strictFails(write("nokey.csv", ls));
    Problem pr = e.problems().get(0);
    assertEquals(8, pr.line());
    assertEquals(12, pr.column());
    assertEquals("year", pr.columnName());
  }

  @Test
  void everyProblemIsListedNotOnlyTheFirst() throws IOException {
    List<String> ls = head(20);
    ls.set(3, setField(ls.get(3), 12, "x"));
    ls.set(9, setField(ls.get(9), 13, "1.5"));
    ls.set(15, ls.get(15) + ",");
    DatasetFormatException e = strictFails(write("many.csv", ls));
    assertEquals(List.of(4L, 10L, 16L), e.problems().stream().map(Problem::line).toList());
    assertEquals(4, e.getMessage().lines().count(), "a summary line and one line per problem");
  }

  @Test
  void recordBrokenAcrossLines() throws IOException {
    List<String> ls = head(10);
    String rec = ls.get(5);
    int cut = rec.indexOf(",2"); // before the year field
    ls.set(5, rec.substring(0, cut));
    ls.add(6, rec.substring(cut + 1));
    Path p = write("broken.csv", ls);
    DatasetFormatException e = strictFails(p);
    assertEquals(List.of(6L, 7L), e.problems().stream().map(Problem::line).toList());

    Dataset lenient = ConflictData.reader().lenient().read(p);
    assertEquals(9, lenient.table().rowCount(), "10 records, one broken in two: 9 kept");
    assertEquals(List.of(6L, 7L), lenient.problems().stream().map(Problem::line).toList());
  }

  @Test
  void lenientKeepsGoodRecordsAndReportsEachSkippedOne() throws IOException {
    List<String> ls = head(30);
    ls.set(3, setField(ls.get(3), 12, "x"));
    ls.set(9, ls.get(9) + ",extra");
    ls.set(20, setField(ls.get(20), 0, ""));
    Path p = write("lenient.csv", ls);
    Dataset d = ConflictData.reader().lenient().read(p);
    assertEquals(27, d.table().rowCount());
    assertEquals(List.of(4L, 10L, 21L), d.problems().stream().map(Problem::line).toList());
    // the kept records are the well-formed ones, in file order
    assertEquals(Integer.parseInt(split(lines.get(3)).get(0)), d.table().intColumn("conflict_id").getInt(2));
    assertEquals(Integer.parseInt(split(lines.get(5)).get(12)), d.table().intColumn("bd_best").getInt(3));
  }

  @Test
  void emptyFile() throws IOException {
    DatasetFormatException e = strictFails(write("empty.csv", new byte[0]));
    assertEquals(1, e.problems().get(0).line());
    assertTrue(e.getMessage().contains("empty"), e.getMessage());
  }

  @Test
  void blankLinesOnly() throws IOException {
    DatasetFormatException e = strictFails(write("blank.csv", "\n\r\n\n".getBytes(StandardCharsets.US_ASCII)));
    assertTrue(e.getMessage().contains("header"), e.getMessage());
  }

  @Test
  void binaryGarbage() throws IOException {
    byte[] junk = new byte[5000];
    new Random(42).nextBytes(junk);
    DatasetFormatException e = strictFails(write("garbage.bin", junk));
    assertTrue(e.getMessage().contains("binary"), e.getMessage());
  }

  @Test
  void fakeExcelContainer() throws IOException {
    byte[] b = new byte[200];
    b[0] = 'P';
    b[1] = 'K';
    b[2] = 3;
    b[3] = 4;
    DatasetFormatException e = strictFails(write("fake.xlsx", b));
    assertTrue(e.getMessage().contains("Excel"), e.getMessage());
    byte[] ole = new byte[600];
    ole[0] = (byte) 0xD0;
    ole[1] = (byte) 0xCF;
    ole[2] = 0x11;
    ole[3] = (byte) 0xE0;
    strictFails(write("fake.xls", ole));
  }

  @Test
  void unknownHeaderListsEveryKindChecked() throws IOException {
    DatasetFormatException e = strictFails(write("other.csv", List.of("a,b,c", "1,2,3")));
    assertEquals(null, e.kind());
    for (DatasetKind k : DatasetKind.values()) {
      assertTrue(e.getMessage().contains(k.name()), k + " in " + e.getMessage());
    }
    assertTrue(e.getMessage().contains("conflict_id"), "names the missing columns");
  }

  @Test
  void explicitKindThatDoesNotFit() throws IOException {
    Path p = write("brd.csv", head(3));
    DatasetFormatException e = assertThrows(DatasetFormatException.class,
        () -> ConflictData.reader().kind(DatasetKind.COW_INTER_STATE).read(p));
    assertTrue(e.getMessage().contains("WarNum") && e.getMessage().contains("ccode"), e.getMessage());
  }

  @Test
  void headerOnlyIsAValidEmptyTable() throws IOException {
    Dataset d = ConflictData.read(write("header.csv", head(0)));
    assertEquals(DatasetKind.UCDP_BRD_CONFLICT, d.kind());
    assertEquals(0, d.table().rowCount());
    assertEquals(25, d.table().columnCount());
    assertEquals(ColumnType.INTEGER, d.table().column("bd_best").type());
  }

  @Test
  void unclosedQuoteNamesTheLineItOpened() throws IOException {
    List<String> ls = head(5);
    ls.set(3, ls.get(3).replaceFirst(",", ",\""));
    DatasetFormatException e = strictFails(write("quote.csv", ls));
    assertEquals(4, e.problems().get(0).line());
  }

  @Test
  void aColumnNamedTwiceIsRefused() throws IOException {
    List<String> ls = head(3);
    ls.set(0, ls.get(0).replace("bd_low", "bd_best"));
    DatasetFormatException e = strictFails(write("dup.csv", ls));
    Problem p = e.problems().get(0);
    assertEquals(1, p.line());
    assertEquals(14, p.column());
    assertTrue(p.expected().contains("column 13"), p.expected());
    // an older name of a column already present counts as the same column
    List<String> old = head(3);
    old.set(0, old.get(0).replace("bd_low", "BdBest"));
    strictFails(write("dup-old.csv", old));
  }

  @Test
  void streamsReportTheGivenName() {
    byte[] b = "conflict_id,year,bd_best,bd_low,bd_high\n1,2000,x,1,1\n".getBytes(StandardCharsets.UTF_8);
    DatasetFormatException e = assertThrows(DatasetFormatException.class,
        () -> ConflictData.reader().read(new ByteArrayInputStream(b), "download.csv"));
    hasLine(e, "download.csv:2:3 \\(bd_best\\): found 'x', expected a whole number");
  }
}
