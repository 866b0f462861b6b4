package io.github.conflictdata;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 27, item 6: one long shared string filling many cells is small on disk but gigabytes as
 * text. The read ends in a {@link DatasetFormatException} naming the limit, with surefire's
 * default heap, instead of an {@code OutOfMemoryError}.
 */
class WorkbookExpansionTest {
  @TempDir Path tmp;

  /** Rows x columns cells all holding one 32,000-character string (stored once). */
  private static Path hostileXls(Path file, int rows, int cols) throws Exception {
    String big = "x".repeat(32_000);
    try (Workbook wb = new HSSFWorkbook()) {
      Sheet s = wb.createSheet("events");
      for (int r = 0; r < rows; r++) {
        Row row = s.createRow(r);
        for (int c = 0; c < cols; c++) {
          row.createCell(c).setCellValue(big);
        }
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        wb.write(out);
      }
    }
    return file;
  }

  /**
   * As {@link #hostileXls}, as .xlsx: POI writes a workbook whose one cell holds the string (so
   * the shared-strings part and the package are POI's), then the sheet part is replaced by rows x
   * columns cells naming shared string 0, as Excel writes them (POI's own writer takes half a
   * minute for 100,000 cells).
   */
  private static Path hostileXlsx(Path file, int rows, int cols) throws Exception {
    ByteArrayOutputStream one = new ByteArrayOutputStream();
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      wb.createSheet("events").createRow(0).createCell(0).setCellValue("x".repeat(32_000));
      wb.write(one);
    }
    StringBuilder sheet = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        + "<sheetData>");
    for (int r = 1; r <= rows; r++) {
      sheet.append("<row r=\"").append(r).append("\">");
      for (int c = 0; c < cols; c++) {
        sheet.append("<c r=\"").append((char) ('A' + c)).append(r).append("\" t=\"s\"><v>0</v></c>");
      }
      sheet.append("</row>");
    }
    sheet.append("</sheetData></worksheet>");
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(one.toByteArray()));
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        out.putNextEntry(new ZipEntry(e.getName()));
        if (e.getName().equals("xl/worksheets/sheet1.xml")) {
          out.write(sheet.toString().getBytes(StandardCharsets.UTF_8));
        } else {
          in.transferTo(out);
        }
        out.closeEntry();
      }
    }
    return file;
  }

  private static void assertBounded(Path file) {
    DatasetFormatException e = assertThrows(DatasetFormatException.class,
        () -> ConflictData.read(file));
    assertTrue(e.getMessage().contains("bytes as text")
        && e.getMessage().contains("maxUnpackedBytes"), e.getMessage());
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void anXlsxSharedStringInManyCellsIsBounded() throws Exception {
    Path f = hostileXlsx(tmp.resolve("hostile.xlsx"), 10_000, 10);
    assertTrue(Files.size(f) < 2 << 20, "small on disk: " + Files.size(f));
    assertBounded(f);
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void anXlsSharedStringInManyCellsIsBounded() throws Exception {
    Path f = hostileXls(tmp.resolve("hostile.xls"), 10_000, 10);
    assertTrue(Files.size(f) < 4 << 20, "small on disk: " + Files.size(f));
    assertBounded(f);
  }
}
