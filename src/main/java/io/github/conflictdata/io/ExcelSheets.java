package io.github.conflictdata.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Excel workbooks (.xls BIFF and .xlsx, both through POI's {@code WorkbookFactory}) turned into
 * UTF-8 CSV text of the first sheet, so they go through the same typed parser as CSV files. Sheet
 * row N becomes line N (blank lines stand in for empty rows), so problem positions name the row a
 * spreadsheet shows. Numbers are written without a spurious ".0"; date cells as ISO dates.
 */
final class ExcelSheets {
  private ExcelSheets() {}

  /** True if the bytes start like an OLE2 (.xls) or zip (.xlsx) container. */
  public static boolean looksLikeExcel(byte[] b, int len) {
    if (len >= 8
        && (b[0] & 0xff) == 0xD0
        && (b[1] & 0xff) == 0xCF
        && (b[2] & 0xff) == 0x11
        && (b[3] & 0xff) == 0xE0) {
      return true;
    }
    return len >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
  }

  /**
   * Throws if an .xlsx (zip) unpacks to more than {@code max} bytes, counting the bytes actually
   * inflated (the sizes a zip header declares can lie). Not a zip: nothing to check.
   *
   * @return the bytes inflated (the workbook's own size when it is not a zip or cannot be walked)
   */
  public static long checkUnpackedSize(byte[] workbook, long max) throws IOException {
    if (workbook.length < 4 || workbook[0] != 'P' || workbook[1] != 'K') {
      return workbook.length;
    }
    long total = 0;
    byte[] scratch = new byte[64 << 10];
    try (java.util.zip.ZipInputStream z =
        new java.util.zip.ZipInputStream(new ByteArrayInputStream(workbook))) {
      while (z.getNextEntry() != null) {
        for (int n; (n = z.read(scratch)) > 0; ) {
          total += n;
          if (total > max) {
            throw new IOException("the workbook unpacks to more than " + max + " bytes (a zip"
                + " bomb, or a sheet too big to hold in memory; see"
                + " ConflictData.reader().workbookLimits)");
          }
        }
      }
    } catch (java.util.zip.ZipException | java.io.EOFException e) {
      // a zip this scan cannot walk (damaged, or entries it does not support): POI decides,
      // with its own zip-bomb check (ZipSecureFile)
      return Math.max(total, workbook.length);
    }
    return Math.max(total, workbook.length);
  }

  /** How many times its unpacked size a sheet's text may be (shared strings repeat). */
  static final int TEXT_PER_UNPACKED_BYTE = 8;

  /**
   * The most bytes of CSV text a sheet may expand to: {@code maxUnpackedBytes}, and no more than
   * {@value #TEXT_PER_UNPACKED_BYTE} times the workbook's unpacked size (at least 16 MB). A cell
   * that names a shared string costs about 30 bytes of XML (10 in an .xls) whatever the string's
   * length, so one 32,000-character string in 100,000 cells would be 3.2 GB of text.
   */
  static long textLimit(long unpacked, long maxUnpackedBytes) {
    long byRatio = unpacked > Long.MAX_VALUE / TEXT_PER_UNPACKED_BYTE
        ? Long.MAX_VALUE : unpacked * TEXT_PER_UNPACKED_BYTE;
    return Math.min(maxUnpackedBytes, Math.max(16L << 20, byRatio));
  }

  /** The sheet's text passed {@link #textLimit}. */
  static final class SheetTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;
    final long limit;
    final long cells;

    SheetTooLargeException(long limit, long cells) {
      super("the first sheet expands to more than " + limit + " bytes of text after " + cells
          + " cells");
      this.limit = limit;
      this.cells = cells;
    }
  }

  /** The first sheet as CSV bytes (UTF-8, comma, LF), with no bound on its size. */
  public static byte[] firstSheetAsCsv(byte[] workbook) throws IOException {
    return firstSheetAsCsv(workbook, Integer.MAX_VALUE - 16);
  }

  /**
   * The first sheet as CSV bytes (UTF-8, comma, LF), stopping with a {@link
   * SheetTooLargeException} once the text passes {@code maxText} bytes.
   */
  static byte[] firstSheetAsCsv(byte[] workbook, long maxText) throws IOException {
    try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(workbook))) {
      if (wb.getNumberOfSheets() == 0) {
        return new byte[0];
      }
      Sheet sheet = wb.getSheetAt(0);
      ByteArrayOutputStream out = new ByteArrayOutputStream(
          (int) Math.min(maxText, Math.min(Integer.MAX_VALUE / 4, workbook.length * 2L)));
      StringBuilder sb = new StringBuilder(256);
      long cells = 0;
      int next = 0;
      int width = -1;
      for (Row row : sheet) {
        int r = row.getRowNum();
        for (; next < r; next++) {
          out.write('\n');
        }
        if (width < 0) {
          width = trimmedWidth(row);
          if (width == 0) {
            width = -1;
            out.write('\n');
            next = r + 1;
            continue;
          }
        }
        sb.setLength(0);
        int n = Math.max(width, trimmedWidth(row));
        for (int c = 0; c < n; c++) {
          if (c > 0) {
            sb.append(',');
          }
          String v = text(row.getCell(c));
          cells++;
          if (sb.length() + (long) out.size() + v.length() > maxText) {
            throw new SheetTooLargeException(maxText, cells);
          }
          if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0
              || v.indexOf('\r') >= 0) {
            sb.append('"').append(v.replace("\"", "\"\"")).append('"');
          } else {
            sb.append(v);
          }
        }
        sb.append('\n');
        byte[] line = sb.toString().getBytes(StandardCharsets.UTF_8);
        if (out.size() + (long) line.length > maxText) {
          throw new SheetTooLargeException(maxText, cells);
        }
        out.write(line);
        next = r + 1;
      }
      return out.toByteArray();
    }
  }

  /** Cells up to the last non-blank one: spreadsheets often carry empty formatted cells. */
  private static int trimmedWidth(Row row) {
    int n = Math.max(0, row.getLastCellNum());
    while (n > 0 && text(row.getCell(n - 1)).isEmpty()) {
      n--;
    }
    return n;
  }

  private static String text(Cell cell) {
    if (cell == null) {
      return "";
    }
    CellType t = cell.getCellType();
    if (t == CellType.FORMULA) {
      t = cell.getCachedFormulaResultType();
    }
    switch (t) {
      case STRING:
        return cell.getRichStringCellValue().getString();
      case NUMERIC:
        if (DateUtil.isCellDateFormatted(cell)) {
          return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        return number(cell.getNumericCellValue());
      case BOOLEAN:
        return cell.getBooleanCellValue() ? "TRUE" : "FALSE";
      case ERROR:
        return FormulaError.forInt(cell.getErrorCellValue()).getString();
      default:
        return "";
    }
  }

  static String number(double d) {
    if (d == Math.rint(d) && Math.abs(d) < 1e15) {
      return Long.toString((long) d);
    }
    if (Math.abs(d) < 1e15 && Math.abs(d) > 1e-6) {
      return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
    return Double.toString(d);
  }
}
