package io.github.conflictdata.compare;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.conflictdata.testing.TestFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Test-side access to ../shared/data, parsed simply and independently of the library's readers, so
 * that expected values come from the files themselves.
 */
final class SharedFiles {
  private SharedFiles() {}

  /** The shared data folder; skips the calling test when it is absent. */
  static Path dir() {
    return TestFiles.sharedDir();
  }

  static Path file(String relative) {
    return TestFiles.sharedFile(relative);
  }

  /** The seed article (in ../shared/seed next to ../shared/data). */
  static String article() {
    Path f = dir().getParent().resolve("seed/karabakh-2020-casualties-article.txt");
    assumeTrue(Files.isRegularFile(f), f + " not found: skipped");
    try {
      return Files.readString(f);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A CSV file as header-keyed records (quotes, any line ending). */
  static List<Map<String, String>> csv(String relative, Charset cs) {
    try {
      String text = Files.readString(file(relative), cs);
      List<List<String>> rows = TestFiles.csvRecords(text);
      List<String> header = rows.get(0);
      List<Map<String, String>> out = new ArrayList<>();
      for (List<String> r : rows.subList(1, rows.size())) {
        if (r.size() == 1 && r.get(0).isEmpty()) {
          continue;
        }
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
          m.put(header.get(i).trim(), i < r.size() ? r.get(i).trim() : "");
        }
        out.add(m);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first sheet of an Excel file as header-keyed records of formatted cell text. */
  static List<Map<String, String>> excel(String relative) {
    try (Workbook wb = WorkbookFactory.create(file(relative).toFile(), null, true)) {
      Sheet s = wb.getSheetAt(0);
      DataFormatter f = new DataFormatter();
      List<String> header = new ArrayList<>();
      for (Cell c : s.getRow(0)) {
        header.add(f.formatCellValue(c).trim());
      }
      List<Map<String, String>> out = new ArrayList<>();
      for (int i = 1; i <= s.getLastRowNum(); i++) {
        Row r = s.getRow(i);
        if (r == null) {
          continue;
        }
        Map<String, String> m = new LinkedHashMap<>();
        for (int j = 0; j < header.size(); j++) {
          Cell c = r.getCell(j);
          m.put(header.get(j), c == null ? "" : f.formatCellValue(c).trim());
        }
        out.add(m);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An integer cell; COW's "10,480" thousands separators removed. */
  static int num(String s) {
    return Integer.parseInt(s.replace(",", "").trim());
  }

}
