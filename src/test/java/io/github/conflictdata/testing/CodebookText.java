package io.github.conflictdata.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.conflictdata.CodeLabel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Test helpers for codebook label enums: the text of a codebook PDF in the shared data folder (via
 * {@code pdftotext}, skipping when it or the PDF is absent), a normal form in which codebook
 * wording and enum descriptions compare, and the distinct cells of a column of a CSV or xlsx file
 * read without the project's readers.
 */
public final class CodebookText {
  private CodebookText() {}

  /**
   * The text of {@code docs/<pdf>} in the shared folder, in {@link #norm} form. Skips the calling
   * test when the PDF or {@code pdftotext} is absent.
   */
  public static String pdf(String pdf) throws IOException, InterruptedException {
    Path file = TestFiles.sharedFile("docs/" + pdf);
    Process p;
    try {
      p = new ProcessBuilder("pdftotext", "-layout", file.toString(), "-").start();
    } catch (IOException e) {
      assumeTrue(false, "pdftotext is not installed (Debian: poppler-utils): skipped");
      return "";
    }
    String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "pdftotext did not finish on " + file);
    assertTrue(text.length() > 1000, "pdftotext gave almost no text for " + file);
    return norm(text);
  }

  /**
   * A normal form for comparing wording: en and em dashes become hyphens, runs of white space one
   * space, and spaces around {@code =} and {@code -} go ("1 = Winner", "1= Winner" and "1=Winner"
   * compare equal, as do "1 – Side A wins" and "1 - Side A wins").
   */
  public static String norm(String s) {
    return s.replace('\u2013', '-')
        .replace('\u2014', '-')
        .replaceAll("\\s+", " ")
        .replaceAll(" ?= ?", "=")
        .replaceAll(" ?- ?", "-")
        .strip();
  }

  /**
   * Asserts that every description of {@code values} occurs in the codebook text {@code text}
   * ({@link #norm} form); with {@code paired}, right after its code and one of ":", "=" or "-"
   * ("1: state-based conflict", "8 = changed sides", "1 - Side A wins").
   */
  public static void assertDescriptionsIn(
      String text, CodeLabel[] values, boolean paired, String codebook) {
    assertTrue(values.length > 0, "no values");
    for (CodeLabel v : values) {
      String d = norm(v.description());
      boolean found;
      if (paired) {
        int c = v.code();
        found =
            text.contains(c + ": " + d)
                || text.contains(c + ":" + d)
                || text.contains(c + "=" + d)
                || text.contains(c + "-" + d);
      } else {
        found = text.contains(d);
      }
      assertTrue(
          found,
          codebook + " lacks " + (paired ? "code " + v.code() + " with " : "") + "'"
              + v.description() + "' (" + v + ")");
    }
  }

  /**
   * The distinct non-empty cells, trimmed, of column {@code column} (header name, trimmed) of the
   * CSV records {@code records}, whose first record is the header. Records whose cells start with
   * {@code #} in that column (an HXL hashtag row) are left out.
   */
  public static Set<String> distinct(List<List<String>> records, String column) {
    List<String> header = records.get(0);
    int at = -1;
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).strip().equals(column)) {
        at = i;
      }
    }
    assertTrue(at >= 0, "no column " + column + " in " + header);
    Set<String> out = new LinkedHashSet<>();
    for (List<String> r : records.subList(1, records.size())) {
      String v = at < r.size() ? r.get(at).strip() : "";
      if (!v.isEmpty() && !v.startsWith("#")) {
        out.add(v);
      }
    }
    return out;
  }

  /**
   * The records of the first sheet of an xlsx file, every cell as Excel shows it (POI's {@link
   * DataFormatter}), the header first; missing cells are empty strings.
   */
  public static List<List<String>> xlsxRecords(Path file) throws IOException {
    DataFormatter fmt = new DataFormatter();
    List<List<String>> out = new ArrayList<>();
    try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
      Sheet sheet = wb.getSheetAt(0);
      int width = sheet.getRow(sheet.getFirstRowNum()).getLastCellNum();
      for (Row row : sheet) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < width; i++) {
          Cell c = row.getCell(i);
          cells.add(c == null ? "" : fmt.formatCellValue(c));
        }
        out.add(cells);
      }
    }
    return out;
  }

  /** The integer codes among {@code cells}, each split at commas ("4, 2, 3" gives 4, 2 and 3). */
  public static Set<Integer> codes(Set<String> cells) {
    Set<Integer> out = new LinkedHashSet<>();
    for (String cell : cells) {
      for (String part : cell.split(",")) {
        out.add(Integer.parseInt(part.strip()));
      }
    }
    return out;
  }
}
