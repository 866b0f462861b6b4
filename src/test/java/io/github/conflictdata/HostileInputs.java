package io.github.conflictdata;

import io.github.conflictdata.CsvText.Layout;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Test helper: the bad inputs tried against the readers, each built in memory or streamed from a
 * generator (nothing big is ever written to disk or committed). Shared by {@link
 * BadInputTableTest}, which prints the README table, and {@link ReaderResourceLimitsTest}, which
 * runs the big ones in a small JVM.
 */
final class HostileInputs {
  private HostileInputs() {}

  /**
   * One bad input.
   *
   * @param id short id, used on the command line of {@link ResourceProbe}
   * @param description what the file is, for the README table
   * @param fileName the name the reader is given
   * @param input a fresh stream of the bytes
   * @param readable true if the input is a valid table (a strict read must succeed)
   */
  record Case(
      String id, String description, String fileName, Supplier<CountingStream> input,
      boolean readable) {

    /** Reads this input with the reader's limits and reports the outcome, as the README shows it. */
    String run(boolean lenient) {
      return BadInputTableTest.outcome(this, lenient);
    }
  }

  /** The case with this id. */
  static Case byId(String id) {
    return all().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
  }

  /** A stream that generates {@code prefix}, then {@code unit} repeated up to {@code total} bytes. */
  static final class CountingStream extends InputStream {
    private final byte[] prefix;
    private final byte[] unit;
    private final long total;
    private long pos;

    CountingStream(byte[] prefix, byte[] unit, long total) {
      this.prefix = prefix;
      this.unit = unit;
      this.total = total;
    }

    static CountingStream of(byte[] bytes) {
      return new CountingStream(bytes, new byte[] {0}, bytes.length);
    }

    /** Bytes handed out so far: how far the reader read before it stopped. */
    long bytesRead() {
      return pos;
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (pos >= total) {
        return -1;
      }
      int n = (int) Math.min(len, total - pos);
      for (int i = 0; i < n; i++) {
        long p = pos + i;
        b[off + i] = p < prefix.length ? prefix[(int) p] : unit[(int) ((p - prefix.length) % unit.length)];
      }
      pos += n;
      return n;
    }
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** A small valid UCDP conflict-level BRD file: header and 6 records, comma, LF, UTF-8. */
  static RandomTables.Table brdTable() {
    return RandomTables.generate(
        RandomTables.spec(DatasetKind.UCDP_BRD_CONFLICT), new Random(42), 6, false,
        RandomTables.DateStyle.ISO, false, false);
  }

  static List<List<String>> brdRows() {
    return brdTable().writtenRows(true);
  }

  static byte[] csv(List<List<String>> rows) {
    return CsvText.write(rows, Layout.plain());
  }

  static String brdHeader() {
    return String.join(",", brdRows().get(0));
  }

  /** The BRD rows with record {@code r} (1-based data record) replaced by {@code fields}. */
  static byte[] withRecord(int r, List<String> fields) {
    List<List<String>> rows = new ArrayList<>(brdRows());
    rows.set(r, fields);
    return csv(rows);
  }

  static List<String> record(int r) {
    return new ArrayList<>(brdRows().get(r));
  }

  static Case small(String id, String description, String name, byte[] bytes) {
    return new Case(id, description, name, () -> CountingStream.of(bytes), false);
  }

  static Case big(String id, String description, String name, byte[] prefix, byte[] unit, long total) {
    return new Case(id, description, name, () -> new CountingStream(prefix, unit, total), false);
  }

  /** Every bad input, in README order. */
  static List<Case> all() {
    List<Case> out = new ArrayList<>();
    byte[] valid = csv(brdRows());
    String header = brdHeader();
    int year = brdRows().get(0).indexOf("year");
    int best = brdRows().get(0).indexOf("bd_best");

    out.add(small("empty", "empty file (0 bytes)", "bad.csv", new byte[0]));
    out.add(small("blank", "only blank lines", "bad.csv", utf8("\n\r\n\n")));
    out.add(new Case("header-only", "header only (UCDP BRD)", "bad.csv",
        () -> CountingStream.of(utf8(header + "\n")), true));
    out.add(small("cut-record", "truncated download: last record cut mid-way", "bad.csv",
        Arrays.copyOf(valid, valid.length - 40)));
    List<List<String>> quotedRows = brdRows();
    byte[] allQuoted = CsvText.write(quotedRows, Layout.plain().withQuoteAll(true));
    out.add(small("cut-quote", "truncated download: cut inside a quoted field", "bad.csv",
        Arrays.copyOf(allQuoted, allQuoted.length - 4)));
    String mixed = new String(valid, StandardCharsets.UTF_8);
    String[] lines = mixed.split("\n");
    lines[3] = lines[3].replace(',', ';');
    out.add(small("mixed-delimiter", "wrong delimiter: record 3 uses ';', the rest ','", "bad.csv",
        utf8(String.join("\n", lines) + "\n")));
    List<String> extra = record(2);
    extra.add("surplus");
    out.add(small("extra-field", "a record with an extra field (line 3)", "bad.csv", withRecord(2, extra)));
    List<String> fewer = record(2);
    fewer.remove(fewer.size() - 1);
    out.add(small("missing-field", "a record with a field missing (line 3)", "bad.csv", withRecord(2, fewer)));
    List<String> text = record(4);
    text.set(best, "about 300");
    out.add(small("non-numeric", "non-numeric count: bd_best 'about 300' (line 5)", "bad.csv",
        withRecord(4, text)));
    List<String> noYear = record(4);
    noYear.set(year, "");
    out.add(small("empty-required", "required field empty: year (line 5)", "bad.csv", withRecord(4, noYear)));
    List<List<String>> broken = new ArrayList<>(brdRows());
    List<String> r3 = broken.get(3);
    broken.set(3, new ArrayList<>(r3.subList(0, 10)));
    broken.add(4, new ArrayList<>(r3.subList(10, r3.size())));
    out.add(small("broken-record", "record broken across lines 4-5 by a re-save", "bad.csv", csv(broken)));
    out.add(small("unknown-header", "unknown header (COW country codes)", "bad.csv",
        utf8("StateAbb,CCode,StateNme\nUSA,2,United States of America\n")));
    byte[] garbage = new byte[4096];
    new Random(3).nextBytes(garbage);
    out.add(small("garbage", "binary garbage (4 KB of random bytes)", "bad.csv", garbage));
    out.add(small("pdf", "a PDF given as data", "bad.pdf",
        utf8("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")));
    byte[] utf16 = ("\uFEFF" + header.replace(',', '\t') + "\r\n").getBytes(StandardCharsets.UTF_16LE);
    out.add(small("utf16", "UTF-16LE text (Excel 'Unicode text' save)", "bad.txt", utf16));
    out.add(small("nul", "NUL bytes inside a cell", "bad.csv", withRecord(2, nul(record(2)))));
    List<String> dup = new ArrayList<>(brdRows().get(0));
    dup.set(dup.indexOf("bd_low"), "bd_best");
    List<List<String>> dupRows = new ArrayList<>(brdRows());
    dupRows.set(0, dup);
    out.add(new Case("dup-column", "header names bd_best twice (no bd_low)", "bad.csv",
        () -> CountingStream.of(csv(dupRows)), true));
    out.add(new Case("blank-names", "two extra columns with empty names", "bad.csv",
        () -> CountingStream.of(utf8(String.join("\n", addColumns(valid, ",,")) + "\n")), true));
    out.add(new Case("cow-own-date", "COW Inter-State file with the analyst's own 'StartDate1' column",
        "bad.csv", () -> CountingStream.of(cowWithOwnDate()), true));
    out.add(small("unclosed-quote", "an unclosed quote in line 3", "bad.csv", unclosedQuote()));
    out.add(new Case("bom-cp1252", "UTF-8 BOM, then a cp1252 header and records", "bad.csv",
        () -> CountingStream.of(bomCp1252()), true));
    out.add(new Case("mixed-versions", "rows of two releases (version 24.1 and 23.1)", "bad.csv",
        () -> CountingStream.of(mixedVersions()), true));
    out.add(small("many-bad", "20,000 malformed records (the problem list is capped)", "bad.csv",
        manyBad()));
    out.add(small("zip-not-xlsx", "a zip archive that is not a workbook", "bad.xlsx", plainZip()));
    byte[] xlsx = tinyXlsx(header);
    out.add(small("cut-xlsx", "truncated .xlsx (first half)", "bad.xlsx",
        Arrays.copyOf(xlsx, xlsx.length / 2)));
    out.add(small("xlsx-unknown", "an .xlsx whose sheet is no known kind", "bad.xlsx",
        tinyXlsx("StateAbb,CCode,StateNme")));
    // resource bounds (also run in a 256 MB JVM by ReaderResourceLimitsTest)
    out.add(big("quotes", "a CSV of only quotes (100 MB of '\"')", "bad.csv", new byte[0],
        new byte[] {'"'}, 100L << 20));
    out.add(big("million-delims", "a record of 1,000,000 delimiters", "bad.csv",
        utf8(header + "\n"), new byte[] {','}, utf8(header + "\n").length + 1_000_000L));
    out.add(big("million-header", "a header of 1,000,000 delimiters", "bad.csv",
        utf8(header), new byte[] {','}, utf8(header).length + 1_000_000L));
    out.add(big("cell-100mb", "a cell of 100 MB (bd_best)", "bad.csv",
        utf8(header + "\n" + String.join(",", record(1).subList(0, best)) + ","),
        utf8("9"), 100L << 20));
    out.add(big("field-2gb", "2 GB of one field, no line end", "bad.csv", new byte[0],
        utf8("a"), 2L << 30));
    out.add(big("field-2gb-after-header", "a header, then 2 GB of one field", "bad.csv",
        utf8(header + "\n"), utf8("a"), 2L << 30));
    out.add(big("xlsx-2gb", "2 GB that start like an .xlsx (zip header, then junk)", "bad.xlsx",
        new byte[] {'P', 'K', 3, 4}, utf8("junk"), 2L << 30));
    out.add(new Case("xlsx-bomb", "an .xlsx zip bomb (a 256 MB sheet entry, zipped to 250 KB)",
        "bad.xlsx", () -> CountingStream.of(XLSX_BOMB.get()), false));
    return out;
  }

  private static List<String> nul(List<String> r) {
    r.set(3, "side\0a");
    return r;
  }

  private static List<String> addColumns(byte[] valid, String suffix) {
    List<String> out = new ArrayList<>();
    for (String l : new String(valid, StandardCharsets.UTF_8).split("\n")) {
      out.add(l + suffix);
    }
    return out;
  }

  private static byte[] unclosedQuote() {
    String s = new String(csv(brdRows()), StandardCharsets.UTF_8);
    String[] lines = s.split("\n");
    lines[2] = lines[2].replaceFirst(",", ",\"");
    return utf8(String.join("\n", lines) + "\n");
  }

  private static byte[] bomCp1252() {
    List<List<String>> rows = brdRows();
    rows.get(1).set(3, "Government of Württemberg");
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    b.writeBytes(CsvText.write(rows, Layout.plain().withCharset(CsvText.CP1252, false)));
    return b.toByteArray();
  }

  private static byte[] cowWithOwnDate() {
    RandomTables.Table t =
        RandomTables.generate(
            RandomTables.spec(DatasetKind.COW_INTER_STATE), new Random(5), 4, false,
            RandomTables.DateStyle.ISO, false, false);
    List<List<String>> rows = t.writtenRows(true);
    for (int r = 0; r < rows.size(); r++) {
      rows.set(r, new ArrayList<>(rows.get(r)));
      rows.get(r).add(r == 0 ? "StartDate1" : "1999-01-0" + r);
    }
    return csv(rows);
  }

  private static byte[] mixedVersions() {
    List<List<String>> rows = brdRows();
    int v = rows.get(0).indexOf("version");
    rows.get(3).set(v, "23.1");
    return csv(rows);
  }

  private static byte[] manyBad() {
    StringBuilder sb = new StringBuilder(brdHeader()).append('\n');
    String bad = String.join(",", record(1).subList(0, 5));
    for (int i = 0; i < 20_000; i++) {
      sb.append(bad).append('\n');
    }
    return utf8(sb.toString());
  }

  private static byte[] plainZip() {
    try {
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      try (ZipOutputStream z = new ZipOutputStream(b)) {
        z.putNextEntry(fixedTime(new ZipEntry("readme.txt")));
        z.write(utf8("not a workbook"));
        z.closeEntry();
      }
      return b.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A one-sheet xlsx (POI) whose rows are the given CSV header and one row of numbers. */
  static byte[] tinyXlsx(String header) {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      var sheet = wb.createSheet("Blad1");
      String[] names = header.split(",");
      var r0 = sheet.createRow(0);
      var r1 = sheet.createRow(1);
      for (int i = 0; i < names.length; i++) {
        r0.createCell(i).setCellValue(names[i]);
        r1.createCell(i).setCellValue(String.valueOf(i + 1));
      }
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      wb.write(b);
      return rezip(b.toByteArray(), -1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Zip entries carry their time: a fixed one keeps the bytes (and the README table) stable. */
  static ZipEntry fixedTime(ZipEntry e) {
    e.setTime(315_532_800_000L + 86_400_000L); // 1980-01-02, the DOS epoch's next day
    return e;
  }

  /**
   * A zip bomb shaped like an xlsx: a valid POI workbook whose sheet1.xml is replaced by one of
   * {@code sheetBytes} (one cell of 'a's), which deflates about 1000:1.
   */
  private static final Supplier<byte[]> XLSX_BOMB =
      new Supplier<>() {
        private byte[] bytes;

        @Override
        public synchronized byte[] get() {
          if (bytes == null) {
            bytes = bomb(256L << 20);
          }
          return bytes;
        }
      };

  static byte[] bomb(long sheetBytes) {
    return rezip(tinyXlsx("a,b"), sheetBytes);
  }

  /**
   * The zip again with fixed entry times; with {@code sheetBytes >= 0}, sheet1.xml replaced by one
   * of that many bytes of a single cell of 'a's.
   */
  static byte[] rezip(byte[] zip, long sheetBytes) {
    try {
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
          ZipOutputStream out = new ZipOutputStream(b)) {
        for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
          out.putNextEntry(fixedTime(new ZipEntry(e.getName())));
          if (sheetBytes >= 0 && e.getName().equals("xl/worksheets/sheet1.xml")) {
            byte[] head = utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns="
                + "\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>");
            byte[] tail = utf8("</t></is></c></row></sheetData></worksheet>");
            out.write(head);
            byte[] chunk = new byte[1 << 20];
            Arrays.fill(chunk, (byte) 'a');
            for (long w = 0; w < sheetBytes; w += chunk.length) {
              out.write(chunk);
            }
            out.write(tail);
          } else {
            in.transferTo(out);
          }
          out.closeEntry();
        }
      }
      return b.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

}
