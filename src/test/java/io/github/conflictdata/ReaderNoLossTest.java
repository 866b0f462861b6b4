package io.github.conflictdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.conflictdata.CsvText.Layout;
import io.github.conflictdata.RandomTables.DateStyle;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * No loss: random valid tables written in every layout a reader must take (issue 3: delimiter ','
 * ';' or tab, minimal or full quoting, LF/CRLF/CR, UTF-8 with and without BOM, cp1252, ISO,
 * d-m-yyyy, m/d/yyyy and m/d/yy dates, any column order, an unknown extra column) read back with
 * every row and cell unchanged, the kind detected, and the row count equal to the records written.
 *
 * <p>The seed is printed; rerun one with {@code -Dconflictdata.seed=N}, more tables with {@code
 * -Dconflictdata.iterations=N}.
 */
class ReaderNoLossTest {
  private static final long SEED = Long.getLong("conflictdata.seed", 20261125L);
  private static final int ITERATIONS = Integer.getInteger("conflictdata.iterations", 270);

  @TempDir Path dir;

  static Layout randomLayout(Random rnd, boolean cp1252) {
    char[] delims = {',', ';', '\t'};
    String[] ends = {"\n", "\r\n", "\r"};
    Layout l =
        Layout.plain()
            .withDelimiter(delims[rnd.nextInt(3)])
            .withLineEnd(ends[rnd.nextInt(3)])
            .withQuoteAll(rnd.nextInt(4) == 0)
            .withFinalNewline(rnd.nextInt(6) != 0);
    if (cp1252) {
      return l.withCharset(CsvText.CP1252, false);
    }
    return l.withCharset(StandardCharsets.UTF_8, rnd.nextInt(3) == 0);
  }

  @Test
  void randomTablesReadBackUnchanged() throws IOException {
    System.out.println("ReaderNoLossTest seed " + SEED + ", " + ITERATIONS + " tables");
    Random rnd = new Random(SEED);
    DatasetKind[] kinds = java.util.Arrays.stream(DatasetKind.values())
        .toArray(DatasetKind[]::new);
    List<String> failures = new ArrayList<>();
    int rowsChecked = 0;
    for (int it = 0; it < ITERATIONS; it++) {
      DatasetKind kind = kinds[it % kinds.length];
      RandomTables.KindSpec spec = RandomTables.spec(kind);
      int rows = rnd.nextInt(5) == 0 ? rnd.nextInt(3) : 3 + rnd.nextInt(40);
      if (kind == DatasetKind.UCDP_BRD_DYADIC && rows == 1) {
        rows = 2;
      }
      boolean cp1252 = rnd.nextInt(4) == 0;
      DateStyle dates = DateStyle.values()[rnd.nextInt(4)];
      if (kind == DatasetKind.ACLED_EVENTS && dates == DateStyle.MDYY) {
        dates = DateStyle.ISO; // ACLED has no release year to resolve two-digit years against
      }
      RandomTables.Table t =
          RandomTables.generate(
              spec, rnd, rows, cp1252, dates, rnd.nextBoolean(), rnd.nextInt(4) == 0);
      Layout layout = randomLayout(rnd, cp1252);
      byte[] bytes = CsvText.write(t.writtenRows(true), layout);
      String what =
          "table " + it + " (" + kind + ", " + t.rows().size() + " rows, " + layout.describe()
              + ", dates " + dates + ")";
      String name = "random-" + it + (layout.delimiter() == '\t' ? ".tsv" : ".csv");
      try {
        Dataset ds;
        if (it % 2 == 0) {
          Path file = dir.resolve(name);
          Files.write(file, bytes);
          ds = ConflictData.read(file);
        } else {
          ds = ConflictData.reader().read(new ByteArrayInputStream(bytes), name);
        }
        List<String> diffs = new ArrayList<>();
        boolean brd = kind == DatasetKind.UCDP_BRD_CONFLICT || kind == DatasetKind.UCDP_BRD_DYADIC;
        boolean kindOk =
            ds.kind() == kind
                || (brd && t.rows().isEmpty()
                    && (ds.kind() == DatasetKind.UCDP_BRD_CONFLICT
                        || ds.kind() == DatasetKind.UCDP_BRD_DYADIC));
        if (!kindOk) {
          diffs.add("kind " + ds.kind() + ", expected " + kind);
        }
        if (spec.expectedVersion() != null
            && !t.rows().isEmpty()
            && !spec.expectedVersion().equals(ds.version())) {
          diffs.add("version '" + ds.version() + "', expected " + spec.expectedVersion());
        }
        if (!ds.problems().isEmpty()) {
          diffs.add("strict read reported problems " + ds.problems());
        }
        diffs.addAll(ReadBack.differences(ds, t, 5));
        if (!diffs.isEmpty()) {
          failures.add(what + ": " + String.join("; ", diffs));
          keep(name, bytes);
        }
        rowsChecked += t.rows().size();
      } catch (RuntimeException e) {
        failures.add(what + ": " + e.getClass().getSimpleName() + ": " + firstLines(e.getMessage()));
        keep(name, bytes);
      }
    }
    System.out.println(
        "ReaderNoLossTest: " + ITERATIONS + " tables, " + rowsChecked + " rows, "
            + failures.size() + " failing");
    if (!failures.isEmpty()) {
      fail("seed " + SEED + ": " + failures.size() + " of " + ITERATIONS
          + " random tables did not read back unchanged (files kept in target/hostile-failures):\n"
          + String.join("\n", failures.subList(0, Math.min(25, failures.size()))));
    }
  }

  /**
   * The Excel layouts: .xlsx with every cell stored as text (as UCDP ships it) and .xls (BIFF, as
   * PRIO ships it) with numbers as numeric cells; empty values as absent cells.
   */
  @Test
  void randomTablesInWorkbooksReadBackUnchanged() throws IOException {
    Random rnd = new Random(SEED + 1);
    List<String> failures = new ArrayList<>();
    int tables = 0;
    for (DatasetKind kind : DatasetKind.values()) {
      for (int i = 0; i < 6; i++) {
        int rows = kind == DatasetKind.UCDP_BRD_DYADIC ? 2 + rnd.nextInt(20) : rnd.nextInt(21);
        DateStyle dates = rnd.nextBoolean() ? DateStyle.ISO : DateStyle.MDY;
        RandomTables.Table t =
            RandomTables.generate(
                RandomTables.spec(kind), rnd, rows, false, dates, rnd.nextBoolean(), false);
        boolean xlsx = i % 2 == 0;
        byte[] book = workbook(t, xlsx);
        String name = "random-" + kind + "-" + i + (xlsx ? ".xlsx" : ".xls");
        tables++;
        try {
          Dataset ds = ConflictData.reader().read(new ByteArrayInputStream(book), name);
          List<String> diffs = new ArrayList<>();
          boolean brd = kind == DatasetKind.UCDP_BRD_CONFLICT || kind == DatasetKind.UCDP_BRD_DYADIC;
          if (ds.kind() != kind && !(brd && t.rows().isEmpty())) {
            diffs.add("kind " + ds.kind());
          }
          diffs.addAll(ReadBack.differences(ds, t, 5));
          if (!diffs.isEmpty()) {
            failures.add(name + " (" + t.rows().size() + " rows, dates " + dates + "): " + diffs);
            keep(name, book);
          }
        } catch (RuntimeException e) {
          failures.add(name + ": " + e.getClass().getSimpleName() + ": " + firstLines(e.getMessage()));
          keep(name, book);
        }
      }
    }
    System.out.println("ReaderNoLossTest workbooks: " + tables + " tables, " + failures.size()
        + " failing");
    if (!failures.isEmpty()) {
      fail("seed " + (SEED + 1) + ":\n" + String.join("\n", failures.subList(0,
          Math.min(20, failures.size()))));
    }
  }

  static byte[] workbook(RandomTables.Table t, boolean xlsx) throws IOException {
    try (org.apache.poi.ss.usermodel.Workbook wb =
        xlsx ? new org.apache.poi.xssf.usermodel.XSSFWorkbook()
            : new org.apache.poi.hssf.usermodel.HSSFWorkbook()) {
      org.apache.poi.ss.usermodel.Sheet sheet = wb.createSheet(xlsx ? "Blad1" : "bdonly");
      org.apache.poi.ss.usermodel.Row h = sheet.createRow(0);
      for (int c = 0; c < t.header().size(); c++) {
        h.createCell(c).setCellValue(t.header().get(c));
      }
      int r = 1;
      if (t.spec().hxl() != null) {
        org.apache.poi.ss.usermodel.Row x = sheet.createRow(r++);
        List<String> tags = t.hxlRow();
        for (int c = 0; c < tags.size(); c++) {
          if (!tags.get(c).isEmpty()) {
            x.createCell(c).setCellValue(tags.get(c));
          }
        }
      }
      for (List<RandomTables.Cell> row : t.rows()) {
        org.apache.poi.ss.usermodel.Row out = sheet.createRow(r++);
        for (int c = 0; c < row.size(); c++) {
          RandomTables.Cell cell = row.get(c);
          if (cell.written().isEmpty()) {
            continue;
          }
          boolean number = cell.written().matches("-?\\d{1,9}(\\.\\d+)?");
          if (!xlsx && number) {
            out.createCell(c).setCellValue(Double.parseDouble(cell.written()));
          } else {
            out.createCell(c).setCellValue(cell.written());
          }
        }
      }
      java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
      wb.write(b);
      return b.toByteArray();
    }
  }

  /** A header-only file of a known kind is a valid table with zero rows, in every line ending. */
  @ParameterizedTest
  @EnumSource(DatasetKind.class)
  void headerOnlyIsAnEmptyTable(DatasetKind kind) {
    RandomTables.KindSpec spec = RandomTables.spec(kind);
    RandomTables.Table t =
        RandomTables.generate(spec, new Random(1), 0, false, DateStyle.ISO, false, false);
    for (String end : new String[] {"\n", "\r\n", "\r"}) {
      for (boolean finalNewline : new boolean[] {true, false}) {
        Layout layout = Layout.plain().withLineEnd(end).withFinalNewline(finalNewline);
        byte[] bytes = CsvText.write(t.writtenRows(true), layout);
        Dataset ds = ConflictData.reader().read(new ByteArrayInputStream(bytes), "header-only.csv");
        assertEquals(0, ds.table().rowCount(), layout.describe());
        assertTrue(ds.problems().isEmpty(), layout.describe());
        boolean brd = kind == DatasetKind.UCDP_BRD_CONFLICT || kind == DatasetKind.UCDP_BRD_DYADIC;
        assertTrue(
            ds.kind() == kind || (brd && (ds.kind() == DatasetKind.UCDP_BRD_CONFLICT
                || ds.kind() == DatasetKind.UCDP_BRD_DYADIC)),
            "kind " + ds.kind() + " for a header-only " + kind + " file, " + layout.describe());
        // and with the kind given, exactly that kind
        Dataset given =
            ConflictData.reader().kind(kind).read(new ByteArrayInputStream(bytes), "header-only.csv");
        assertEquals(kind, given.kind());
        assertEquals(0, given.table().rowCount());
      }
    }
  }

  static String firstLines(String s) {
    if (s == null) {
      return "(no message)";
    }
    String[] lines = s.split("\n");
    return lines.length <= 3 ? String.join(" | ", lines)
        : String.join(" | ", java.util.Arrays.copyOf(lines, 3)) + " | ...";
  }

  static void keep(String name, byte[] bytes) {
    try {
      Path target =
          Path.of(ReaderNoLossTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
              .getParent()
              .resolve("hostile-failures");
      Files.createDirectories(target);
      Files.write(target.resolve(name), bytes);
    } catch (Exception e) {
      // keeping the file is a convenience; the failure message has the details
    }
  }
}
