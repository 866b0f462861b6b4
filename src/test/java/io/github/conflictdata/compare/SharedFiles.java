package io.github.conflictdata.compare;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
    String p = System.getProperty("conflictdata.shared");
    assumeTrue(p != null && Files.isDirectory(Path.of(p)),
        "shared data not found (system property conflictdata.shared=" + p + "): skipped");
    return Path.of(p);
  }

  static Path file(String relative) {
    Path f = dir().resolve(relative);
    assumeTrue(Files.isRegularFile(f), f + " not found: skipped");
    return f;
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
      List<List<String>> rows = parse(text);
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

  private static List<List<String>> parse(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder f = new StringBuilder();
    boolean q = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (q) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          f.append('"');
          i++;
        } else if (c == '"') {
          q = false;
        } else {
          f.append(c);
        }
      } else if (c == '"') {
        q = true;
      } else if (c == ',') {
        fields.add(f.toString());
        f.setLength(0);
      } else if (c == '\r' || c == '\n') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        fields.add(f.toString());
        f.setLength(0);
        rows.add(fields);
        fields = new ArrayList<>();
      } else {
        f.append(c);
      }
    }
    if (f.length() > 0 || !fields.isEmpty()) {
      fields.add(f.toString());
      rows.add(fields);
    }
    return rows;
  }
}
