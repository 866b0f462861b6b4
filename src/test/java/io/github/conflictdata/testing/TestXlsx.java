package io.github.conflictdata.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads the first sheet of an .xlsx with the JDK alone (zip + regular expressions over the sheet
 * XML), independent of POI and of the library's readers, so that tests take expected values off
 * the workbook itself. Cells come back as written: shared and inline strings as text, numbers as
 * the stored digits (an Excel date is its serial number). Good for the small, regular workbooks
 * publishers write; not a general xlsx reader.
 */
public final class TestXlsx {
  private static final Pattern SI = Pattern.compile("<si>(.*?)</si>", Pattern.DOTALL);
  private static final Pattern T = Pattern.compile("<t(?: [^>]*)?>(.*?)</t>", Pattern.DOTALL);
  private static final Pattern ROW = Pattern.compile("<row [^>]*?r=\"(\\d+)\"[^>]*?(?:/>|>(.*?)</row>)", Pattern.DOTALL);
  private static final Pattern CELL =
      Pattern.compile("<c r=\"([A-Z]+)\\d+\"([^>]*?)(?:/>|>(.*?)</c>)", Pattern.DOTALL);
  private static final Pattern V = Pattern.compile("<v>(.*?)</v>", Pattern.DOTALL);

  private TestXlsx() {}

  /** Rows of the first sheet (xl/worksheets/sheet1.xml), header first; empty cells as "". */
  public static List<List<String>> rows(Path xlsx) throws IOException {
    Map<String, byte[]> parts = new HashMap<>();
    try (ZipInputStream z = new ZipInputStream(Files.newInputStream(xlsx))) {
      for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
        if (e.getName().equals("xl/sharedStrings.xml") || e.getName().equals("xl/worksheets/sheet1.xml")) {
          parts.put(e.getName(), readAll(z));
        }
      }
    }
    List<String> shared = new ArrayList<>();
    byte[] sst = parts.get("xl/sharedStrings.xml");
    if (sst != null) {
      Matcher m = SI.matcher(new String(sst, StandardCharsets.UTF_8));
      while (m.find()) {
        StringBuilder sb = new StringBuilder();
        Matcher t = T.matcher(m.group(1));
        while (t.find()) {
          sb.append(unescape(t.group(1)));
        }
        shared.add(sb.toString());
      }
    }
    String sheet = new String(parts.get("xl/worksheets/sheet1.xml"), StandardCharsets.UTF_8);
    TreeMap<Integer, TreeMap<Integer, String>> cells = new TreeMap<>();
    int width = 0;
    Matcher r = ROW.matcher(sheet);
    while (r.find()) {
      int rowNum = Integer.parseInt(r.group(1));
      TreeMap<Integer, String> row = new TreeMap<>();
      if (r.group(2) != null) {
        Matcher c = CELL.matcher(r.group(2));
        while (c.find()) {
          int col = column(c.group(1));
          String attrs = c.group(2);
          String body = c.group(3) == null ? "" : c.group(3);
          String value;
          if (attrs.contains("t=\"s\"")) {
            Matcher v = V.matcher(body);
            value = v.find() ? shared.get(Integer.parseInt(v.group(1).trim())) : "";
          } else if (attrs.contains("t=\"inlineStr\"")) {
            StringBuilder sb = new StringBuilder();
            Matcher t = T.matcher(body);
            while (t.find()) {
              sb.append(unescape(t.group(1)));
            }
            value = sb.toString();
          } else {
            Matcher v = V.matcher(body);
            value = v.find() ? unescape(v.group(1)) : "";
          }
          row.put(col, value);
          width = Math.max(width, col + 1);
        }
      }
      cells.put(rowNum, row);
    }
    List<List<String>> out = new ArrayList<>();
    for (TreeMap<Integer, String> row : cells.values()) {
      List<String> l = new ArrayList<>();
      for (int c = 0; c < width; c++) {
        l.add(row.getOrDefault(c, ""));
      }
      if (l.stream().anyMatch(x -> !x.isEmpty())) {
        out.add(l);
      }
    }
    return out;
  }

  private static int column(String letters) {
    int n = 0;
    for (char ch : letters.toCharArray()) {
      n = n * 26 + (ch - 'A' + 1);
    }
    return n - 1;
  }

  private static String unescape(String s) {
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
        .replace("&apos;", "'").replace("&amp;", "&");
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    in.transferTo(out);
    return out.toByteArray();
  }
}
