package io.github.conflictdata;

import io.github.conflictdata.CsvText.Layout;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the fuzz seed corpus of {@link ReaderFuzzTest} from the shared files: every file, cut to
 * its first records (at most {@link #MAX_SEED} bytes), in its own bytes and re-saved in the
 * layouts a spreadsheet produces (';', tab, BOM, CRLF, CR, cp1252, all-quoted). Excel files become
 * small workbooks of their first rows plus a truncated prefix. ACLED's and COW's files (whose
 * terms forbid redistribution) and the GPL-3 countrycode list are never copied: their seeds keep
 * the header (and ACLED's HXL row) with made-up values, generated for the file's kind where
 * {@link RandomTables} knows it.
 *
 * <p>Not part of the build; regenerate with {@code mvn -o -q test -Dtest=SeedCorpusTool
 * -Dconflictdata.writeSeeds=true} (needs ../shared/data).
 */
class SeedCorpusTool {
  static final int MAX_SEED = 2048;

  @Test
  @EnabledIfSystemProperty(named = "conflictdata.writeSeeds", matches = "true")
  void writeSeeds() throws Exception {
    Path shared = Path.of(System.getProperty("conflictdata.shared", "../shared/data"));
    Path testClasses =
        Path.of(SeedCorpusTool.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path resources = testClasses.getParent().getParent().resolve("src/test/resources");
    Path base = resources.resolve("io/github/conflictdata/ReaderFuzzTestInputs");
    Path detected = base.resolve("readDetected");
    Path options = base.resolve("readWithOptions");
    for (Path d : List.of(detected, options)) {
      if (Files.isDirectory(d)) {
        try (Stream<Path> s = Files.list(d)) {
          for (Path p : s.filter(p -> p.getFileName().toString().startsWith("seed-")).toList()) {
            Files.delete(p);
          }
        }
      }
      Files.createDirectories(d);
    }
    List<Path> files;
    try (Stream<Path> s = Files.walk(shared)) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    }
    int n = 0;
    for (Path f : files) {
      String rel = shared.relativize(f).toString();
      String stem = rel.replaceAll("[^A-Za-z0-9._-]+", "_");
      Map<String, byte[]> seeds = seedsOf(f, rel);
      int k = 0;
      for (Map.Entry<String, byte[]> e : seeds.entrySet()) {
        Files.write(detected.resolve("seed-" + stem + "-" + e.getKey()), e.getValue());
        n++;
        // readWithOptions: first byte = options (see ReaderFuzzTest); the file's own kind, then
        // alternately lenient / small blocks / another kind
        if (k < 3) {
          int kind = kindIndex(rel);
          int control =
              switch (k) {
                case 0 -> kind;
                case 1 -> kind | 0x10 | 0x20;
                default -> ((kind + 4) % 10) | 0x10;
              };
          byte[] v = e.getValue();
          byte[] withControl = new byte[v.length + 1];
          withControl[0] = (byte) control;
          System.arraycopy(v, 0, withControl, 1, v.length);
          Files.write(options.resolve("seed-" + stem + "-" + e.getKey()), withControl);
          n++;
        }
        k++;
      }
    }
    System.out.println("SeedCorpusTool: wrote " + n + " seeds under " + base);
  }

  /** The DatasetKind ordinal a shared file should read as; 9 = detect. */
  static int kindIndex(String rel) {
    String r = rel.toLowerCase();
    DatasetKind k =
        r.contains("battledeaths") ? DatasetKind.UCDP_BRD_CONFLICT
            : r.contains("ucdpprioconflict") ? DatasetKind.UCDP_PRIO_ACD
            : r.contains("inter-state") ? DatasetKind.COW_INTER_STATE
            : r.contains("intra-state") ? DatasetKind.COW_INTRA_STATE
            : r.contains("extra-state") ? DatasetKind.COW_EXTRA_STATE
            : r.contains("non-state") ? DatasetKind.COW_NON_STATE
            : r.contains("prio") && !r.endsWith(".pdf") ? DatasetKind.PRIO_BATTLE_DEATHS
            : r.contains("acled") ? DatasetKind.ACLED_EVENTS
            : null;
    return k == null ? 9 : k.ordinal();
  }

  static Map<String, byte[]> seedsOf(Path f, String rel) throws IOException {
    Map<String, byte[]> out = new LinkedHashMap<>();
    String name = f.getFileName().toString().toLowerCase();
    byte[] all = Files.readAllBytes(f);
    boolean synthetic = notToCopy(rel, name);
    if (name.endsWith(".xlsx") || name.endsWith(".xls")) {
      out.put("first-rows" + (name.endsWith(".xlsx") ? ".xlsx" : ".xls"),
          smallWorkbook(all, name, synthetic));
      if (!synthetic) {
        out.put("prefix.bin", Arrays.copyOf(all, Math.min(all.length, MAX_SEED)));
      }
      return out;
    }
    if (name.endsWith(".pdf")) {
      out.put("prefix.bin", Arrays.copyOf(all, Math.min(all.length, 600)));
      return out;
    }
    if (name.endsWith(".md")) {
      out.put("prefix.txt", Arrays.copyOf(all, Math.min(all.length, MAX_SEED)));
      return out;
    }
    String text = CsvText.decode(all);
    String firstLine = text.split("\r\n|\r|\n", 2)[0];
    char delim = CsvText.sniff(firstLine);
    List<List<String>> rows = CsvText.parse(text, delim);
    if (synthetic) {
      int kind = kindIndex(rel);
      rows = syntheticRows(rows, kind == 9 ? null : DatasetKind.values()[kind]);
    } else {
      out.put("raw.csv", rawPrefix(all));
    }
    List<List<String>> cut = cut(rows);
    Layout plain = Layout.plain().withDelimiter(delim == '\t' ? '\t' : ',');
    out.put("comma-lf.csv", CsvText.write(cut, plain.withDelimiter(',')));
    out.put("semicolon.csv", CsvText.write(cut, plain.withDelimiter(';')));
    out.put("tab.tsv", CsvText.write(cut, plain.withDelimiter('\t')));
    out.put("bom.csv", CsvText.write(cut, plain.withCharset(StandardCharsets.UTF_8, true)));
    out.put("crlf.csv", CsvText.write(cut, plain.withLineEnd("\r\n")));
    out.put("cr.csv", CsvText.write(cut, plain.withLineEnd("\r")));
    out.put("cp1252.csv", CsvText.write(cut, plain.withCharset(CsvText.CP1252, false)
        .withLineEnd("\r\n")));
    out.put("quoted.csv", CsvText.write(cut, plain.withQuoteAll(true).withFinalNewline(false)));
    return out;
  }

  /**
   * Files whose content must not be copied into the repository: ACLED's and COW's (their terms
   * forbid redistribution; COW's state lists included) and the GPL-3 countrycode list.
   */
  static boolean notToCopy(String rel, String name) {
    return rel.startsWith("acled") || rel.startsWith("cow-wars") || name.contains("codelist")
        || name.equals("cow-country-codes.csv") || name.equals("states2016.csv");
  }

  /** The file's own bytes up to the last line end before {@link #MAX_SEED}. */
  static byte[] rawPrefix(byte[] all) {
    if (all.length <= MAX_SEED) {
      return all;
    }
    int end = MAX_SEED;
    while (end > 0 && all[end - 1] != '\n' && all[end - 1] != '\r') {
      end--;
    }
    return Arrays.copyOf(all, end > 0 ? end : MAX_SEED);
  }

  /** Header (and ACLED's HXL row) plus as many records as fit in {@link #MAX_SEED} bytes. */
  static List<List<String>> cut(List<List<String>> rows) {
    List<List<String>> out = new ArrayList<>();
    int size = 0;
    for (List<String> r : rows) {
      int len = String.join(",", r).getBytes(StandardCharsets.UTF_8).length + 2;
      if (out.size() >= 3 && size + len > MAX_SEED) {
        break;
      }
      out.add(r);
      size += len;
    }
    return out;
  }

  /** The header (and HXL row) kept, every value made up: nothing of the file's content. */
  static List<List<String>> syntheticRows(List<List<String>> rows, DatasetKind kind) {
    List<List<String>> out = new ArrayList<>();
    out.add(rows.get(0));
    if (kind != null) {
      if (kind == DatasetKind.ACLED_EVENTS && rows.size() > 1 && !rows.get(1).isEmpty()
          && rows.get(1).get(rows.get(1).size() - 1).startsWith("#")) {
        out.add(rows.get(1)); // the HXL hashtag row: column tags, not data
      }
      RandomTables.Table t =
          RandomTables.generate(
              RandomTables.spec(kind), new Random(7), 8, false,
              RandomTables.DateStyle.ISO, false, false);
      // same column order as the header read from the file
      for (List<RandomTables.Cell> r : t.rows()) {
        List<String> v = new ArrayList<>();
        for (String h : rows.get(0)) {
          int i = t.header().indexOf(h);
          v.add(i < 0 ? "" : r.get(i).written());
        }
        out.add(v);
      }
    } else {
      Random rnd = new Random(11);
      for (int r = 0; r < 6; r++) {
        List<String> v = new ArrayList<>();
        for (int c = 0; c < rows.get(0).size(); c++) {
          v.add(rnd.nextInt(3) == 0 ? "" : rnd.nextBoolean() ? "" + rnd.nextInt(1000) : "Place " + c);
        }
        out.add(v);
      }
    }
    return out;
  }

  /**
   * A small workbook of the first rows, written by POI in the same format (xls or xlsx); with
   * {@code synthetic}, only the header row is kept and every other cell is made up (a number for
   * a number, "Place r-c" for text).
   */
  static byte[] smallWorkbook(byte[] all, String name, boolean synthetic) throws IOException {
    Random rnd = new Random(13);
    try (Workbook in = WorkbookFactory.create(new ByteArrayInputStream(all));
        Workbook out = name.endsWith(".xlsx") ? new XSSFWorkbook() : new HSSFWorkbook()) {
      Sheet src = in.getSheetAt(0);
      Sheet dst = out.createSheet(src.getSheetName());
      for (Row row : src) {
        if (row.getRowNum() > 10) {
          break;
        }
        Row r = dst.createRow(row.getRowNum());
        for (Cell c : row) {
          Cell d = r.createCell(c.getColumnIndex());
          CellType t = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType()
              : c.getCellType();
          boolean madeUp = synthetic && row.getRowNum() > 0;
          if (t == CellType.NUMERIC) {
            d.setCellValue(madeUp ? 1990 + rnd.nextInt(35) : c.getNumericCellValue());
          } else if (t == CellType.STRING) {
            d.setCellValue(madeUp ? "Place " + row.getRowNum() + "-" + c.getColumnIndex()
                : c.getStringCellValue());
          } else if (t == CellType.BOOLEAN) {
            d.setCellValue(c.getBooleanCellValue());
          }
        }
      }
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      out.write(b);
      return b.toByteArray();
    }
  }
}
