package io.github.conflictdata.io;

import io.github.conflictdata.Dataset;
import io.github.conflictdata.DatasetFormatException;
import io.github.conflictdata.DatasetKind;
import io.github.conflictdata.Problem;
import io.github.conflictdata.Source;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.columns.dates.PackedLocalDate;
import tech.tablesaw.columns.strings.IntDictionaryMap;
import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;
import it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap;
import it.unimi.dsi.fastutil.objects.Object2IntMap;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;

/**
 * The reading engine behind {@code ConflictData}: sniffs the bytes (Excel container, byte order
 * mark, UTF-8 or windows-1252, delimiter), reads the header, picks the dataset kind from the
 * header (and values), then parses the records in parallel blocks straight into typed Tablesaw
 * columns, keeping each record's physical line for problems.
 */
public final class DatasetReader {
  static final int SNIFF_BYTES = 8192;
  private static final boolean TRACE =
      io.github.conflictdata.Settings.flag("conflictdata.trace", "CONFLICTDATA_TRACE", false);
  /** The library's log (System.Logger: java.util.logging unless the application routes it). */
  private static final System.Logger LOG = System.getLogger("io.github.conflictdata.io");

  private final ReadOptions options;
  private final List<Schema> schemas;
  private final String name;
  private MessageDigest sha;

  private DatasetReader(String name, ReadOptions options, List<Schema> schemas) {
    this.name = name;
    this.options = options;
    this.schemas = schemas;
    this.sha = Sha256.digest();
  }

  /**
   * Reads a file. {@code name} is used in problems and the source. A zip archive (not an .xlsx)
   * is read through its data member ({@link ReadOptions#member()}, or the only one), named {@code
   * name!/member} in problems and the source.
   *
   * @param file the file
   * @param name the name problems and the source use
   * @param options the read options (member and archive limit included)
   * @param schemas the kinds to detect among
   * @return what was read
   */
  public static ReadResult read(Path file, String name, ReadOptions options, List<Schema> schemas) {
    try {
      if (ZipMembers.isArchive(file)) {
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(file.toFile())) {
          java.util.zip.ZipEntry e = ZipMembers.choose(z, name, options.member());
          String inner = name + "!/" + e.getName();
          try (InputStream in = ZipMembers.open(z, e, inner, options.maxArchiveUnpackedBytes())) {
            return new DatasetReader(inner, options, schemas).run(in);
          }
        }
      }
      if (options.member() != null) {
        throw new DatasetFormatException(name, null, null, new Problem(name, 0, 0, "", "",
            "a zip archive holding member " + options.member() + " (this file is not one; drop"
                + " .member(...) to read it)"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
    }
    try (InputStream in = Files.newInputStream(file)) {
      return new DatasetReader(name, options, schemas).run(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
    }
  }

  /** Reads a stream (not closed here). */
  public static ReadResult read(
      InputStream in, String name, ReadOptions options, List<Schema> schemas) {
    try {
      return new DatasetReader(name, options, schemas).run(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
    }
  }

  /** What a read produced, before the facade adds the citation. */
  public record ReadResult(
      Schema schema,
      String version,
      Table table,
      String sha256,
      List<Problem> problems,
      Map<String, Map<Integer, String>> rawMissing,
      String releaseNote,
      String name) {

    /**
     * The dataset, citing {@code schema}'s publisher, named as the reader named it ({@code
     * archive.zip!/member.csv} for a zip member).
     *
     * @return the dataset
     */
    public Dataset toDataset() {
      return toDataset(name);
    }

    /** The dataset, citing {@code schema}'s publisher. */
    public Dataset toDataset(String sourceName) {
      return new Dataset(
          schema.kind(),
          version,
          table,
          new Source(sourceName, sha256, schema.citation(version), schema.licence(), releaseNote),
          problems,
          rawMissing);
    }
  }

  // ---------------------------------------------------------------- sniffing and header

  private static final java.util.concurrent.atomic.AtomicBoolean TABLESAW_WARM =
      new java.util.concurrent.atomic.AtomicBoolean();

  /**
   * Tablesaw's {@code Table} class scans the classpath for readers when first used (about 0.7 s
   * on a large classpath); start that on a spare thread while the file is being parsed.
   */
  private static void warmTablesaw() {
    if (TABLESAW_WARM.compareAndSet(false, true)) {
      Thread t = new Thread(() -> Table.create("warm-up"), "conflictdata-tablesaw-init");
      t.setDaemon(true);
      t.start();
    }
  }

  private ReadResult run(InputStream in) throws IOException {
    warmTablesaw();
    int block = Math.max(options.blockBytes(), SNIFF_BYTES);
    byte[] buf = new byte[block];
    int len = fill(in, buf, 0, block, true);
    boolean eof = len < block;
    if (len == 0) {
      throw fail((DatasetKind) null, 1, 0, "", "", "a header row naming the columns (the file is empty)");
    }
    if (ExcelSheets.looksLikeExcel(buf, len)) {
      // read at most one byte past the limit: a workbook is held whole in memory
      long room = Math.max(0, options.maxWorkbookBytes() - len);
      byte[] all = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, room + 1));
      if (all.length > room) {
        throw fail((DatasetKind) null, 1, 0, "", Sniffer.describeStart(buf, len),
            "an Excel workbook of at most " + options.maxWorkbookBytes() + " bytes (see"
                + " ConflictData.reader().workbookLimits)");
      }
      sha.update(all);
      byte[] book = new byte[len + all.length];
      System.arraycopy(buf, 0, book, 0, len);
      System.arraycopy(all, 0, book, len, all.length);
      if (ZipMembers.isArchive(book)) {
        throw fail((DatasetKind) null, 1, 0, "", Sniffer.describeStart(buf, len),
            "an Excel workbook; this is a zip archive (as UCDP ships its data): save it as a file"
                + " and read it with ConflictData.read(path), which reads its data member");
      }
      byte[] csv;
      try {
        long unpacked = ExcelSheets.checkUnpackedSize(book, options.maxWorkbookUnpackedBytes());
        csv = ExcelSheets.firstSheetAsCsv(book,
            ExcelSheets.textLimit(unpacked, options.maxWorkbookUnpackedBytes()));
      } catch (ExcelSheets.SheetTooLargeException e) {
        throw fail((DatasetKind) null, 1, 0, "", Sniffer.describeStart(buf, len),
            "a workbook whose first sheet is at most " + e.limit + " bytes as text (the"
                + " workbook's maxUnpackedBytes, or " + ExcelSheets.TEXT_PER_UNPACKED_BYTE
                + " times its unpacked size: a shared string repeated in many cells expands"
                + " without bound; it passed that after " + e.cells + " cells; see"
                + " ConflictData.reader().workbookLimits)");
      } catch (IOException | RuntimeException | Error e) {
        if (e instanceof VirtualMachineError) {
          throw (VirtualMachineError) e;
        }
        throw fail((DatasetKind) null, 1, 0, "", Sniffer.describeStart(buf, len),
            "a readable Excel workbook (.xls or .xlsx): " + e.getClass().getSimpleName() + ": "
                + e.getMessage());
      }
      String digest = hex(sha.digest());
      sha = null;
      return parseText(new ByteArrayInputStream(csv), csv, csv.length, true, digest);
    }
    return parseText(in, buf, len, eof, null);
  }

  private ReadResult parseText(InputStream in, byte[] buf, int len, boolean eof, String digest)
      throws IOException {
    int pos = 0;
    TextCodec.Charset cs;
    if (len >= 3 && (buf[0] & 0xff) == 0xEF && (buf[1] & 0xff) == 0xBB && (buf[2] & 0xff) == 0xBF) {
      pos = 3;
      // a BOM claims UTF-8, but the bytes decide: a header that is not UTF-8 would otherwise come
      // out with U+FFFD in it (found by ReaderFuzzTest); data blocks are checked one by one anyway
      cs = TextCodec.isUtf8(buf, pos, len, !eof) ? TextCodec.Charset.UTF_8 : TextCodec.Charset.CP1252;
    } else if (len >= 2
        && (((buf[0] & 0xff) == 0xFF && (buf[1] & 0xff) == 0xFE)
            || ((buf[0] & 0xff) == 0xFE && (buf[1] & 0xff) == 0xFF))) {
      throw fail((DatasetKind) null, 1, 1, "", Sniffer.describeStart(buf, len),
          "UTF-8 or windows-1252 text; this is UTF-16 (re-save it as UTF-8 CSV)");
    } else {
      cs = TextCodec.isUtf8(buf, 0, len, !eof) ? TextCodec.Charset.UTF_8 : TextCodec.Charset.CP1252;
    }
    Sniffer.checkNotBinary(name, buf, pos, len);

    // header: skip blank lines, find the delimiter, then the end of the first record
    long line = 1;
    while (pos < len && (buf[pos] == '\n' || buf[pos] == '\r')) {
      if (buf[pos] == '\r' && pos + 1 < len && buf[pos + 1] == '\n') {
        pos++;
      }
      pos++;
      line++;
    }
    if (pos >= len) {
      throw fail((DatasetKind) null, line, 0, "", "", "a header row naming the columns (the file has only blank lines)");
    }
    byte delim = Sniffer.sniffDelimiter(buf, pos, len);
    RecordScanner scanner = new RecordScanner();
    int headerEnd = scanner.lastRecordEndFirst(buf, pos, len, delim, eof);
    if (headerEnd < 0) {
      throw fail((DatasetKind) null, line, 0, "", TextCodec.decode(buf, pos, Math.min(len, pos + 80), cs),
          "a header row shorter than " + len + " bytes ending in a line end");
    }
    long headerLine = line;
    int headerFields = Sniffer.countFields(buf, pos, headerEnd, delim);
    if (headerFields > options.maxFieldsPerLine()) {
      // a header of a million delimiters would otherwise become a million columns (found by the
      // hostile-input tests: OutOfMemoryError)
      throw fail((DatasetKind) null, line, options.maxFieldsPerLine() + 1, "",
          TextCodec.decode(buf, pos, Math.min(headerEnd, pos + 80), cs),
          "a header of at most " + options.maxFieldsPerLine() + " columns, found " + headerFields);
    }
    List<String> header = Sniffer.splitRecord(TextCodec.decode(buf, pos, headerEnd, cs), (char) delim);
    line += RecordScanner.countLines(buf, pos, headerEnd);
    pos = headerEnd;

    Schema schema = chooseSchema(header, headerLine);
    // ACLED's HDX exports carry an HXL hashtag row under the header: not data
    if (pos < len) {
      int hxlEnd = scanner.lastRecordEndFirst(buf, pos, len, delim, eof);
      if (hxlEnd > 0) {
        List<String> second = Sniffer.splitRecord(TextCodec.decode(buf, pos, hxlEnd, cs), (char) delim);
        if (Sniffer.isHxl(second)) {
          line += RecordScanner.countLines(buf, pos, hxlEnd);
          pos = hxlEnd;
        }
      }
    }
    // a web export may end every record with a delimiter: one more field than the header, always
    // empty. Exactly that is accepted (a phantom last field that must stay empty), nothing looser.
    boolean phantom = false;
    if (pos < len) {
      int firstEnd = scanner.lastRecordEndFirst(buf, pos, len, delim, eof);
      if (firstEnd > pos) {
        int e = firstEnd;
        while (e > pos && (buf[e - 1] == '\n' || buf[e - 1] == '\r')) {
          e--;
        }
        if (e > pos && buf[e - 1] == delim && Sniffer.countFields(buf, pos, e, delim) == header.size() + 1
            && !(header.size() > 1 && header.get(header.size() - 1).trim().isEmpty())) {
          header = new ArrayList<>(header);
          header.add("");
          phantom = true;
        }
      }
    }
    Plan plan = new Plan(name, header, schema, delim, cs, options);
    if (!plan.duplicates.isEmpty()) {
      // two columns claiming one codebook column: which holds the data cannot be known
      List<Problem> dups = new ArrayList<>();
      for (int[] d : plan.duplicates) {
        String col = schema.columns().get(d[1]).name();
        int first = plan.slotField[d[1]];
        dups.add(new Problem(name, headerLine, d[0] + 1, plan.header(d[0]), plan.header(d[0]),
            "each column once: column " + (first + 1) + " (" + plan.header(first)
                + ") is already " + col));
      }
      throw new DatasetFormatException(name, schema.kind(), null, dups);
    }
    long t0 = System.nanoTime();
    long c0 = TRACE ? processCpu() : 0;
    List<Chunk> chunks = parseAll(in, buf, pos, len, eof, line, plan, digest == null);
    String sha256 = digest != null ? digest : hex(sha.digest());
    long t1 = System.nanoTime();
    long c1 = TRACE ? processCpu() : 0;
    ReadResult result = assemble(schema, plan, chunks, sha256, phantom);
    if (TRACE) {
      LOG.log(System.Logger.Level.INFO, String.format(Locale.ROOT,
          "conflictdata: %s parse %.2fs wall %.2fs cpu (%d blocks), assemble %.2fs wall %.2fs cpu,"
              + " process cpu before parse %.2fs",
          name, (t1 - t0) / 1e9, (c1 - c0) / 1e9, chunks.size(), (System.nanoTime() - t1) / 1e9,
          (processCpu() - c1) / 1e9, c0 / 1e9));
    }
    return result;
  }

  private Schema chooseSchema(List<String> header, long headerLine) {
    return Detector.choose(schemas, options.kind(), header, name, headerLine);
  }

  // ---------------------------------------------------------------- parallel parsing

  private List<Chunk> parseAll(
      InputStream in, byte[] first, int pos, int len, boolean eof, long line, Plan plan,
      boolean digest)
      throws IOException {
    List<Chunk> chunks = new ArrayList<>();
    if (eof) {
      chunks.add(new ChunkParser(plan).parse(first, pos, len, line));
      return chunks;
    }
    int threads = Math.max(1, options.threads());
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "conflictdata-parse");
              t.setDaemon(true);
              return t;
            });
    ThreadLocal<ChunkParser> parsers = ThreadLocal.withInitial(() -> new ChunkParser(plan));
    int block = first.length;
    BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(threads + 2);
    for (int i = 0; i < threads + 1; i++) {
      free.add(i == 0 ? first : new byte[block]);
    }
    free.poll();
    List<Future<Chunk>> futures = new ArrayList<>();
    RecordScanner scanner = new RecordScanner();
    byte[] buf = first;
    try {
      while (true) {
        if (eof) {
          if (pos < len) {
            final byte[] b = buf;
            final int s = pos;
            final int e = len;
            final long l = line;
            futures.add(pool.submit(() -> parsers.get().parse(b, s, e, l)));
          }
          break;
        }
        int end = scanner.lastRecordEnd(buf, pos, len, plan.delimiter, false);
        if (end < 0) {
          // no record ends in this buffer: make room and read more
          int carry = len - pos;
          if (carry >= options.maxRecordBytes()) {
            throw fail(plan.charset == null ? null : (DatasetKind) null, line, 0, "", TextCodec.decode(buf, pos, pos + 80, plan.charset),
                "a record shorter than " + options.maxRecordBytes()
                    + " bytes (an unclosed quote?)");
          }
          // grow to at most one byte past the limit: doubling past it would hold three times the
          // limit at once (the old buffer and the new), whatever the input's source
          long want = Math.min(Math.max(buf.length * 2L, (long) carry + block),
              options.maxRecordBytes() + 1L);
          byte[] bigger = new byte[(int) Math.max(want, carry + 1L)];
          System.arraycopy(buf, pos, bigger, 0, carry);
          buf = bigger;
          pos = 0;
          len = carry;
          int n = fill(in, buf, len, buf.length - len, digest);
          len += n;
          eof = len < buf.length;
          continue;
        }
        final byte[] b = buf;
        final int s = pos;
        final int e = end;
        final long l = line;
        futures.add(
            pool.submit(
                () -> {
                  Chunk c = parsers.get().parse(b, s, e, l);
                  if (b.length == block) {
                    free.offer(b);
                  }
                  return c;
                }));
        line += scanner.lines;
        int carry = len - end;
        byte[] next;
        if (carry + block / 2 > block) {
          next = new byte[carry + block];
        } else {
          try {
            next = free.take();
          } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", ie);
          }
        }
        System.arraycopy(buf, end, next, 0, carry);
        buf = next;
        pos = 0;
        len = carry;
        int n = fill(in, buf, len, buf.length - len, digest);
        len += n;
        eof = len < buf.length;
      }
      for (Future<Chunk> f : futures) {
        chunks.add(f.get());
      }
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof RuntimeException) {
        throw (RuntimeException) c;
      }
      if (c instanceof Error) {
        throw (Error) c;
      }
      throw new IllegalStateException(c);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } finally {
      pool.shutdownNow();
    }
    return chunks;
  }

  private int fill(InputStream in, byte[] b, int off, int want, boolean digest)
      throws IOException {
    int total = 0;
    while (total < want) {
      int n = in.read(b, off + total, want - total);
      if (n < 0) {
        break;
      }
      total += n;
    }
    if (digest && sha != null && total > 0) {
      sha.update(b, off, total);
    }
    return total;
  }

  // ---------------------------------------------------------------- assembling the table

  private ReadResult assemble(
      Schema schema, Plan plan, List<Chunk> chunks, String sha256, boolean phantom) {
    legacyIds(schema, plan, chunks);
    if (schema.refiner() != null) {
      Schema refined = schema.refiner().refine(
          new ParsedRecords(name, schema, plan, chunks), options.kind() != null);
      if (refined != schema) {
        retype(plan, chunks, refined);
        schema = refined;
      }
    }
    List<Problem> problems = new ArrayList<>();
    int dropped = 0;
    boolean notUtf8 = false;
    for (Chunk c : chunks) {
      problems.addAll(c.problems);
      dropped += c.droppedProblems;
      notUtf8 |= c.notUtf8;
    }
    String version = version(schema, plan, chunks);
    int latestYear = latestYear(schema, plan, chunks, version);

    List<boolean[]> badRows = new ArrayList<>();
    for (Chunk c : chunks) {
      badRows.add(c.bad);
    }
    int[] droppedBox = {dropped};
    // the last header column: a phantom field after a trailing delimiter, or an unnamed column
    int lastSlot = plan.headerCount > 0 ? plan.fieldSlot[plan.headerCount - 1] : -1;
    boolean lastUnnamed = lastSlot >= schema.columns().size() && plan.headerCount > 1
        && plan.header(plan.headerCount - 1).isEmpty();
    boolean dropLast = phantom;
    if (phantom) {
      markBad(problems, droppedBox, chunks, badRows, plan, lastSlot, v -> v != null,
          v -> "nothing after the last delimiter: every record of this file ends with one (a web"
              + " export), so the field after it must be empty");
    } else if (lastUnnamed) {
      dropLast = true;
      for (Chunk c : chunks) {
        String[] v = c.strings(lastSlot);
        for (int r = 0; r < c.rows && dropLast; r++) {
          dropLast = v[r] == null;
        }
      }
    }
    // one form for columns two layouts code differently; the raw cell is kept
    for (Recode rc : schema.recodes()) {
      int s = slot(plan, rc.column());
      if (s < 0) {
        continue;
      }
      Map<String, String> memo = new HashMap<>();
      // text kept as numbers into the parsers' dictionaries: each number is recoded once
      Map<TextDict, int[]> recoded = new IdentityHashMap<>();
      for (int ci = 0; ci < chunks.size(); ci++) {
        Chunk c = chunks.get(ci);
        TextDict dict = c.dicts[s];
        if (dict != null) {
          int[] ids = (int[]) c.data[s];
          int[] to = recoded.computeIfAbsent(dict, d -> new int[d.size]);
          for (int r = 0; r < c.rows; r++) {
            int id = ids[r];
            if (id < 0) {
              continue;
            }
            int t = to[id];
            String raw = dict.values[id];
            if (t == RECODE_UNSEEN) {
              String m = memo.get(raw);
              if (m == null && !memo.containsKey(raw)) {
                m = rc.mapping().apply(raw.trim());
                memo.put(raw, m);
              }
              t = m == null ? RECODE_BAD : m.equals(raw) ? RECODE_SAME
                  : m.isEmpty() ? RECODE_MISSING : RECODE_FIRST_ID + dict.add(m);
              to[id] = t;
            }
            if (t == RECODE_BAD) {
              problem(problems, droppedBox, c.lines[r], plan.slotField[s] + 1,
                  plan.header(plan.slotField[s]), raw, rc.expected());
              badRows.set(ci, setBad(badRows.get(ci), c.rows, r));
            } else if (t != RECODE_SAME) {
              ids[r] = t == RECODE_MISSING ? -1 : t - RECODE_FIRST_ID;
              c.rawCode(s, r, raw);
            }
          }
          continue;
        }
        String[] v = c.strings(s);
        for (int r = 0; r < c.rows; r++) {
          String raw = v[r];
          if (raw == null) {
            continue;
          }
          String m = memo.get(raw);
          if (m == null && !memo.containsKey(raw)) {
            m = rc.mapping().apply(raw.trim());
            memo.put(raw, m);
          }
          if (m == null) {
            problem(problems, droppedBox, c.lines[r], plan.slotField[s] + 1,
                plan.header(plan.slotField[s]), raw, rc.expected());
            badRows.set(ci, setBad(badRows.get(ci), c.rows, r));
          } else if (!m.equals(raw)) {
            v[r] = m.isEmpty() ? null : m;
            c.rawCode(s, r, raw);
          }
        }
      }
    }
    // yes/no flags
    for (int s = 0; s < plan.slotCount; s++) {
      if (plan.type[s] == ColumnType.BOOLEAN && plan.slotField[s] >= 0) {
        markBad(problems, droppedBox, chunks, badRows, plan, s, v -> v != null && flag(v) == null,
            v -> "a yes/no flag: 1 or 0, true or false");
      }
    }
    dropped = droppedBox[0];

    // dates: one format per column, inferred over all of its values
    Map<Integer, DateInference.Result> dateFormats = new HashMap<>();
    for (int s = 0; s < plan.slotCount; s++) {
      if (plan.type[s] != ColumnType.DATE || plan.slotField[s] < 0) {
        continue;
      }
      DateInference.Result res = DateInference.infer(distinct(chunks, s), latestYear);
      dateFormats.put(s, res);
      if (!res.bad.isEmpty()) {
        for (int ci = 0; ci < chunks.size(); ci++) {
          Chunk c = chunks.get(ci);
          String[] v = c.strings(s);
          for (int r = 0; r < c.rows; r++) {
            if (v[r] != null && res.bad.containsKey(v[r])) {
              if (problems.size() < options.maxProblems()) {
                problems.add(new Problem(name, c.lines[r], plan.slotField[s] + 1,
                    plan.header(plan.slotField[s]), v[r], res.bad.get(v[r])));
              } else {
                dropped++;
              }
              boolean[] bad = badRows.get(ci);
              if (bad == null) {
                bad = new boolean[c.rows];
                badRows.set(ci, bad);
              }
              bad[r] = true;
            }
          }
        }
      }
    }
    problems.sort((a, b) -> Long.compare(a.line(), b.line()));
    if (dropped > 0) {
      problems.add(new Problem(name, 0, 0, "", dropped + " more problems",
          "at most " + options.maxProblems() + " problems are listed"));
    }
    if (!options.lenient() && !problems.isEmpty()) {
      throw new DatasetFormatException(name, schema.kind(), version, problems);
    }

    int total = 0;
    int[][] newIndex = new int[chunks.size()][];
    for (int ci = 0; ci < chunks.size(); ci++) {
      Chunk c = chunks.get(ci);
      boolean[] bad = badRows.get(ci);
      if (bad != null) {
        int[] idx = new int[c.rows];
        for (int r = 0; r < c.rows; r++) {
          idx[r] = bad[r] ? -1 : total++;
        }
        newIndex[ci] = idx;
      } else {
        total += c.rows;
      }
    }

    Table table = Table.create(name);
    Map<String, Map<Integer, String>> rawMissing = new LinkedHashMap<>();
    Column<?>[] built = buildColumns(plan, chunks, badRows, total, dateFormats);
    for (int s = 0; s < plan.slotCount; s++) {
      if (dropLast && s == lastSlot) {
        continue;
      }
      table.addColumns(built[s]);
      RowCodes codes = null;
      int held = 0;
      for (Chunk c : chunks) {
        held += c.raw[s] != null ? c.raw[s].n : 0;
      }
      int offset = 0;
      for (int ci = 0; ci < chunks.size(); ci++) {
        Chunk c = chunks.get(ci);
        Chunk.RawCodes rc = c.raw[s];
        if (rc != null) {
          if (codes == null) {
            codes = new RowCodes(held);
          }
          for (int k = 0; k < rc.n; k++) {
            int row = newIndex[ci] != null ? newIndex[ci][rc.rows[k]] : offset + rc.rows[k];
            if (row >= 0) {
              codes.add(row, rc.codes[k]);
            }
          }
        }
        offset += newIndex[ci] != null ? countKept(newIndex[ci]) : c.rows;
      }
      if (codes != null) {
        rawMissing.put(plan.slotName[s], codes.trim());
      }
    }
    // extra columns after the schema's, derived dates after the schema's columns
    List<Column<?>> derived = new ArrayList<>();
    for (DerivedDate dd : schema.derivedDates()) {
      derived.add(derivedDate(table, dd, total));
    }
    int at = schema.columns().size();
    for (Column<?> c : derived) {
      table.insertColumn(at++, c);
    }
    String note = "";
    if (schema.releaseRule() != null) {
      ReleaseRule.Release r = schema.releaseRule().release(name, table, version);
      version = r.version();
      note = r.note();
    }
    return new ReadResult(schema, version, table, sha256, problems, rawMissing, note, name);
  }

  // what a recode makes of a dictionary number: not yet looked up, no mapping (a problem), the
  // same text, missing, or (from RECODE_FIRST_ID on) the number of the recoded text
  private static final int RECODE_UNSEEN = 0;
  private static final int RECODE_BAD = 1;
  private static final int RECODE_SAME = 2;
  private static final int RECODE_MISSING = 3;
  private static final int RECODE_FIRST_ID = 4;

  private void problem(List<Problem> problems, int[] dropped, long line, int col, String colName,
      String found, String expected) {
    if (problems.size() < options.maxProblems()) {
      problems.add(new Problem(name, line, col, colName, found, expected));
    } else {
      dropped[0]++;
    }
  }

  private static boolean[] setBad(boolean[] bad, int rows, int r) {
    if (bad == null) {
      bad = new boolean[rows];
    }
    bad[r] = true;
    return bad;
  }

  /** Marks the rows whose text in {@code slot} fails, with a problem each. */
  private void markBad(List<Problem> problems, int[] dropped, List<Chunk> chunks,
      List<boolean[]> badRows, Plan plan, int slot, java.util.function.Predicate<String> fails,
      java.util.function.UnaryOperator<String> expected) {
    int field = plan.slotField[slot];
    for (int ci = 0; ci < chunks.size(); ci++) {
      Chunk c = chunks.get(ci);
      String[] v = c.strings(slot);
      for (int r = 0; r < c.rows; r++) {
        if (fails.test(v[r])) {
          problem(problems, dropped, c.lines[r], field + 1, plan.header(field), v[r],
              expected.apply(v[r]));
          badRows.set(ci, setBad(badRows.get(ci), c.rows, r));
        }
      }
    }
  }

  /** A yes/no flag's value: 1/0, true/false in any case; null for anything else. */
  static Boolean flag(String v) {
    String t = v.trim();
    if (t.equals("1") || t.equalsIgnoreCase("true")) {
      return Boolean.TRUE;
    }
    if (t.equals("0") || t.equalsIgnoreCase("false")) {
      return Boolean.FALSE;
    }
    return null;
  }

  /** Builds the columns, in parallel across columns when the table is large. */
  private Column<?>[] buildColumns(
      Plan plan, List<Chunk> chunks, List<boolean[]> badRows, int total,
      Map<Integer, DateInference.Result> dateFormats) {
    Column<?>[] built = new Column<?>[plan.slotCount];
    int threads = Math.min(options.threads(), plan.slotCount);
    if (total < 100_000 || threads <= 1) {
      for (int s = 0; s < plan.slotCount; s++) {
        built[s] = column(plan, s, chunks, badRows, total, dateFormats.get(s));
      }
      return built;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "conflictdata-columns");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<?>> fs = new ArrayList<>();
      // text columns first: they take longest
      Integer[] order = new Integer[plan.slotCount];
      for (int s = 0; s < order.length; s++) {
        order[s] = s;
      }
      Arrays.sort(order, (a, b) -> Boolean.compare(plan.type[b] == ColumnType.TEXT,
          plan.type[a] == ColumnType.TEXT));
      for (int s : order) {
        fs.add(pool.submit(() -> {
          built[s] = column(plan, s, chunks, badRows, total, dateFormats.get(s));
        }));
      }
      for (Future<?> f : fs) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException) {
        throw (RuntimeException) e.getCause();
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
    return built;
  }

  /** The distinct non-missing values of a text or date slot (kept small for the JIT). */
  private static Set<String> distinct(List<Chunk> chunks, int slot) {
    Set<String> distinct = new HashSet<>();
    // held as dictionary numbers: the strings of the numbers some row uses (a dictionary may also
    // hold values no row kept, such as a missing-value code)
    Map<TextDict, boolean[]> used = new IdentityHashMap<>();
    for (Chunk c : chunks) {
      TextDict d = c.dicts[slot];
      if (d != null) {
        boolean[] u = used.computeIfAbsent(d, x -> new boolean[x.size]);
        int[] ids = (int[]) c.data[slot];
        for (int r = 0; r < c.rows; r++) {
          if (ids[r] >= 0) {
            u[ids[r]] = true;
          }
        }
      }
    }
    for (Map.Entry<TextDict, boolean[]> e : used.entrySet()) {
      boolean[] u = e.getValue();
      for (int i = 0; i < u.length; i++) {
        if (u[i]) {
          distinct.add(e.getKey().values[i]);
        }
      }
    }
    String last = null;
    for (Chunk c : chunks) {
      if (c.dicts[slot] != null) {
        continue;
      }
      String[] v = c.strings(slot);
      for (int r = 0; r < c.rows; r++) {
        String x = v[r];
        if (x != null && x != last) {
          distinct.add(x);
          last = x;
        }
      }
    }
    return distinct;
  }

  private static int countKept(int[] idx) {
    int n = 0;
    for (int i : idx) {
      if (i >= 0) {
        n++;
      }
    }
    return n;
  }

  private Column<?> column(
      Plan plan, int s, List<Chunk> chunks, List<boolean[]> badRows, int total,
      DateInference.Result dates) {
    String colName = plan.slotName[s];
    ColumnType t = plan.type[s];
    boolean present = plan.slotField[s] >= 0;
    switch (t) {
      case INT:
        {
          int[] out = new int[total];
          if (!present) {
            Arrays.fill(out, Integer.MIN_VALUE);
          } else {
            int k = 0;
            for (int ci = 0; ci < chunks.size(); ci++) {
              Chunk c = chunks.get(ci);
              int[] v = (int[]) c.data[s];
              boolean[] bad = badRows.get(ci);
              if (bad == null) {
                System.arraycopy(v, 0, out, k, c.rows);
                k += c.rows;
              } else {
                for (int r = 0; r < c.rows; r++) {
                  if (!bad[r]) {
                    out[k++] = v[r];
                  }
                }
              }
            }
          }
          return IntColumn.create(colName, out);
        }
      case LONG:
        {
          long[] out = new long[total];
          if (!present) {
            Arrays.fill(out, Long.MIN_VALUE);
          } else {
            int k = 0;
            for (int ci = 0; ci < chunks.size(); ci++) {
              Chunk c = chunks.get(ci);
              long[] v = (long[]) c.data[s];
              boolean[] bad = badRows.get(ci);
              for (int r = 0; r < c.rows; r++) {
                if (bad == null || !bad[r]) {
                  out[k++] = v[r];
                }
              }
            }
          }
          return LongColumn.create(colName, out);
        }
      case DOUBLE:
        {
          double[] out = new double[total];
          if (!present) {
            Arrays.fill(out, Double.NaN);
          } else {
            int k = 0;
            for (int ci = 0; ci < chunks.size(); ci++) {
              Chunk c = chunks.get(ci);
              double[] v = (double[]) c.data[s];
              boolean[] bad = badRows.get(ci);
              for (int r = 0; r < c.rows; r++) {
                if (bad == null || !bad[r]) {
                  out[k++] = v[r];
                }
              }
            }
          }
          return DoubleColumn.create(colName, out);
        }
      case DATE:
        {
          int[] out = new int[total];
          Arrays.fill(out, Integer.MIN_VALUE);
          if (present) {
            Map<String, Integer> packed = new HashMap<>();
            for (Map.Entry<String, LocalDate> e : dates.dates.entrySet()) {
              packed.put(e.getKey(), PackedLocalDate.pack(e.getValue()));
            }
            int k = 0;
            // per parser dictionary: its number -> packed date, looked up once per number
            Map<TextDict, int[]> byId = new IdentityHashMap<>();
            for (int ci = 0; ci < chunks.size(); ci++) {
              Chunk c = chunks.get(ci);
              boolean[] bad = badRows.get(ci);
              TextDict dict = c.dicts[s];
              if (dict != null) {
                int[] ids = (int[]) c.data[s];
                int[] day = byId.computeIfAbsent(dict, d -> {
                  int[] a = new int[d.size];
                  for (int i = 0; i < a.length; i++) {
                    Integer p = packed.get(d.values[i]);
                    a[i] = p == null ? Integer.MIN_VALUE : p;
                  }
                  return a;
                });
                for (int r = 0; r < c.rows; r++) {
                  if (bad == null || !bad[r]) {
                    out[k++] = ids[r] < 0 ? Integer.MIN_VALUE : day[ids[r]];
                  }
                }
              } else {
                String[] v = (String[]) c.data[s];
                for (int r = 0; r < c.rows; r++) {
                  if (bad == null || !bad[r]) {
                    Integer p = v[r] == null ? null : packed.get(v[r]);
                    out[k++] = p == null ? Integer.MIN_VALUE : p;
                  }
                }
              }
              c.data[s] = null;
              c.dicts[s] = null;
            }
          }
          return DateColumn.createInternal(colName, out);
        }
      case BOOLEAN:
        {
          tech.tablesaw.api.BooleanColumn out = tech.tablesaw.api.BooleanColumn.create(colName);
          if (!present) {
            for (int k = 0; k < total; k++) {
              out.appendMissing();
            }
            return out;
          }
          for (int ci = 0; ci < chunks.size(); ci++) {
            Chunk c = chunks.get(ci);
            String[] v = (String[]) c.data[s];
            boolean[] bad = badRows.get(ci);
            for (int r = 0; r < c.rows; r++) {
              if (bad == null || !bad[r]) {
                Boolean b = v[r] == null ? null : flag(v[r]);
                if (b == null) {
                  out.appendMissing();
                } else {
                  out.append(b.booleanValue());
                }
              }
            }
          }
          return out;
        }
      default:
        return textColumn(colName, present ? s : -1, chunks, badRows, total);
    }
  }

  /**
   * A string column built straight into Tablesaw's dictionary encoding (one int key per row, one
   * entry per distinct value; missing is the empty string, as {@code appendMissing} stores it).
   */
  /** The key Tablesaw's IntDictionaryMap gives missing values. */
  static final int MISSING_KEY = Integer.MAX_VALUE;

  /** Tablesaw dictionary keys of one column's distinct strings, numbered as first met. */
  private static final class Keys {
    final Object2IntOpenHashMap<String> valueToKey;
    int[] counts;
    int next;

    Keys(int expected) {
      valueToKey = new Object2IntOpenHashMap<>(expected + 1);
      valueToKey.defaultReturnValue(Integer.MIN_VALUE);
      counts = new int[Math.max(expected, 16)];
    }

    /** The key of {@code x} (a new one if unseen), its count raised by one. */
    int count(String x) {
      int key = valueToKey.getInt(x);
      if (key == Integer.MIN_VALUE) {
        key = next++;
        valueToKey.put(x, key);
        if (key == counts.length) {
          counts = Arrays.copyOf(counts, counts.length * 2);
        }
      }
      counts[key]++;
      return key;
    }
  }

  static StringColumn textColumn(
      String colName, int s, List<Chunk> chunks, List<boolean[]> badRows, int total) {
    // per parser dictionary: its number -> the column's key + 1 (0: not looked up yet)
    Map<TextDict, int[]> remaps = new IdentityHashMap<>();
    // at most as many distinct values as the parsers' dictionaries hold: sized once, a column of
    // unique values (GED's relid, real exports' notes) is not rehashed twenty times over
    long distinctBound = 0;
    for (Chunk c : chunks) {
      TextDict d = s < 0 ? null : c.dicts[s];
      if (d != null && !remaps.containsKey(d)) {
        remaps.put(d, new int[d.size]);
        distinctBound += d.size;
      }
    }
    Keys kt = new Keys((int) Math.min(distinctBound, total));
    int[] keys = new int[total];
    int k = 0;
    int missing = 0;
    for (int ci = 0; ci < chunks.size() && k < total; ci++) {
      Chunk c = chunks.get(ci);
      boolean[] bad = badRows.get(ci);
      TextDict dict = s < 0 ? null : c.dicts[s];
      if (dict != null) {
        // numbers into the parser's strings: one hash lookup per string, not per cell
        int[] ids = (int[]) c.data[s];
        int[] remap = remaps.get(dict);
        String[] values = dict.values;
        for (int r = 0; r < c.rows; r++) {
          if (bad != null && bad[r]) {
            continue;
          }
          int id = ids[r];
          if (id < 0) {
            keys[k++] = MISSING_KEY;
            missing++;
            continue;
          }
          int key = remap[id] - 1;
          if (key < 0) {
            key = kt.count(values[id]);
            remap[id] = key + 1;
          } else {
            kt.counts[key]++;
          }
          keys[k++] = key;
        }
        c.data[s] = null;
        c.dicts[s] = null;
        continue;
      }
      String[] v = s < 0 ? null : (String[]) c.data[s];
      String last = null;
      int lastKey = -1;
      for (int r = 0; r < c.rows; r++) {
        if (bad != null && bad[r]) {
          continue;
        }
        String x = v == null ? null : v[r];
        if (x == null) { // the parser stores missing (empty) cells as null, never ""
          keys[k++] = MISSING_KEY;
          missing++;
          continue;
        }
        if (x == last) {
          kt.counts[lastKey]++;
        } else {
          lastKey = kt.count(x);
          last = x;
        }
        keys[k++] = lastKey;
      }
      if (s >= 0) {
        c.data[s] = null;
      }
    }
    for (; k < total; k++) {
      keys[k] = MISSING_KEY;
      missing++;
    }
    return dictionaryColumn(colName, kt.valueToKey, kt.next, kt.counts, keys, missing);
  }

  /**
   * A string column from Tablesaw's dictionary parts: each distinct value's key ({@code 0..next-1})
   * and row count, one key per row ({@link #MISSING_KEY} for a missing cell) and how many are
   * missing. Used by the parser's assembly and by {@link Snapshot}.
   */
  static StringColumn dictionaryColumn(String colName, Object2IntOpenHashMap<String> valueToKey,
      int next, int[] counts, int[] keys, int missing) {
    Int2ObjectOpenHashMap<String> keyToValue = new Int2ObjectOpenHashMap<>(next + 1);
    for (Object2IntMap.Entry<String> e : valueToKey.object2IntEntrySet()) {
      keyToValue.put(e.getIntValue(), e.getKey());
    }
    Int2IntOpenHashMap keyToCount = new Int2IntOpenHashMap(next + 1);
    keyToCount.defaultReturnValue(0);
    for (int i = 0; i < next; i++) {
      keyToCount.put(i, counts[i]);
    }
    if (missing > 0) {
      // Tablesaw keeps missing under its own key, mapped to the empty string
      keyToValue.put(MISSING_KEY, "");
      valueToKey.put("", MISSING_KEY);
      keyToCount.put(MISSING_KEY, missing);
    }
    IntDictionaryMap map =
        new IntDictionaryMap.IntDictionaryBuilder()
            .setNextIndex(next)
            .setKeyToValue(keyToValue)
            .setValueToKey(valueToKey)
            .setKeyToCount(keyToCount)
            .setValues(keys)
            .build();
    return StringColumn.createInternal(colName, map);
  }

  private static Column<?> derivedDate(Table t, DerivedDate dd, int rows) {
    int[] out = new int[rows];
    Arrays.fill(out, Integer.MIN_VALUE);
    if (t.containsColumn(dd.year()) && t.containsColumn(dd.month()) && t.containsColumn(dd.day())) {
      IntColumn y = t.intColumn(dd.year());
      IntColumn m = t.intColumn(dd.month());
      IntColumn d = t.intColumn(dd.day());
      for (int r = 0; r < rows; r++) {
        int yy = y.getInt(r);
        int mm = m.getInt(r);
        int dy = d.getInt(r);
        if (yy > 0 && mm >= 1 && mm <= 12 && dy >= 1 && dy <= 31) {
          try {
            out[r] = PackedLocalDate.pack(LocalDate.of(yy, mm, dy));
          } catch (java.time.DateTimeException e) {
            // not a calendar date (e.g. 31 June): stays missing, the triple keeps what was written
          }
        }
      }
    }
    return DateColumn.createInternal(dd.name(), out);
  }

  // ---------------------------------------------------------------- refined kinds

  private static int slot(Plan plan, String name) {
    for (int s = 0; s < plan.slotCount; s++) {
      if (plan.slotName[s].equals(name) && plan.slotField[s] >= 0) {
        return s;
      }
    }
    return -1;
  }

  /**
   * Id columns read as text because old releases wrote non-integer ids ("1-193"): all integers,
   * they become the integer column; otherwise the text moves to the legacy column (kept as
   * published) and the integer column is missing for this file.
   */
  private void legacyIds(Schema schema, Plan plan, List<Chunk> chunks) {
    for (Map.Entry<String, String> e : schema.legacyIds().entrySet()) {
      int s = slot(plan, e.getKey());
      if (s < 0 || plan.type[s] != ColumnType.TEXT) {
        continue;
      }
      int legacy = -1;
      for (int k = 0; k < schema.columns().size(); k++) {
        if (schema.columns().get(k).name().equals(e.getValue())) {
          legacy = k;
        }
      }
      boolean allInts = true;
      for (Chunk c : chunks) {
        String[] d = c.strings(s);
        for (int r = 0; r < c.rows && allInts; r++) {
          if (d[r] != null) {
            byte[] b = d[r].trim().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            long n = b.length == 0 ? ChunkParser.FAIL : ChunkParser.parseLong(b, 0, b.length);
            allInts = n != ChunkParser.FAIL && n > Integer.MIN_VALUE && n <= Integer.MAX_VALUE;
          }
        }
      }
      if (allInts || plan.slotField[legacy] >= 0) {
        retypeSlot(plan, chunks, s, schema.column(e.getKey()), schema);
        continue;
      }
      plan.slotField[legacy] = plan.slotField[s];
      plan.slotField[s] = -1;
      plan.type[s] = ColumnType.INT;
      for (Chunk c : chunks) {
        c.data[legacy] = c.strings(s);
        c.data[s] = null;
      }
    }
  }

  /**
   * Converts the slots whose type differs in {@code to} (a look-alike a {@link Refiner} chose):
   * text read as {@code TEXT} becomes whole numbers where {@code to} wants them, each cell that
   * is not one a positioned problem on a bad row.
   */
  private void retype(Plan plan, List<Chunk> chunks, Schema to) {
    for (ColumnSpec spec : to.columns()) {
      int s = slot(plan, spec.name());
      if (s >= 0 && plan.type[s] != spec.type()) {
        retypeSlot(plan, chunks, s, spec, to);
      }
    }
  }

  private void retypeSlot(Plan plan, List<Chunk> chunks, int s, ColumnSpec spec, Schema to) {
    if (plan.type[s] != ColumnType.TEXT || spec.type() != ColumnType.INT) {
      throw new IllegalStateException(to.kind() + ": cannot refine " + spec.name() + " from "
          + plan.type[s] + " to " + spec.type());
    }
    int field = plan.slotField[s];
    for (Chunk c : chunks) {
      String[] d = c.strings(s);
      int[] out = new int[d.length];
      for (int r = 0; r < c.rows; r++) {
        String v = d[r] == null ? "" : d[r].trim();
        byte[] bytes = v.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        long n = v.isEmpty() ? ChunkParser.FAIL : ChunkParser.parseLong(bytes, 0, bytes.length);
        if (n == ChunkParser.FAIL || n <= Integer.MIN_VALUE || n > Integer.MAX_VALUE) {
          if (v.isEmpty() && !spec.required()) {
            out[r] = Integer.MIN_VALUE;
            continue;
          }
          c.problems.add(new Problem(name, c.lines[r], field + 1, plan.header(field), v,
              "one whole-number " + spec.name() + " per row: the values make this file "
                  + to.kind()));
          out[r] = Integer.MIN_VALUE;
          if (c.bad == null) {
            c.bad = new boolean[c.rows];
          }
          c.bad[r] = true;
        } else {
          out[r] = (int) n;
        }
      }
      c.data[s] = out;
    }
    plan.type[s] = spec.type();
    plan.required[s] = spec.required();
  }

  // ---------------------------------------------------------------- release and year

  private static String version(Schema schema, Plan plan, List<Chunk> chunks) {
    String vc = schema.versionColumn();
    if (vc == null) {
      return null;
    }
    int slot = -1;
    for (int s = 0; s < plan.slotCount; s++) {
      if (plan.slotName[s].equals(vc)) {
        slot = s;
      }
    }
    if (slot < 0 || plan.slotField[slot] < 0) {
      return null;
    }
    if (plan.type[slot] == ColumnType.DATE) {
      // a release named by its latest event (ACLED exports)
      LocalDate max = null;
      for (LocalDate d : DateInference.infer(distinct(chunks, slot), 9999).dates.values()) {
        if (max == null || d.isAfter(max)) {
          max = d;
        }
      }
      return max == null ? null : max.toString();
    }
    Map<String, Integer> counts = new HashMap<>();
    for (Chunk c : chunks) {
      Object a = c.values(slot);
      for (int r = 0; r < c.rows; r++) {
        String raw;
        if (a instanceof String[]) {
          raw = ((String[]) a)[r];
        } else if (a instanceof int[]) {
          int v = ((int[]) a)[r];
          raw = v == Integer.MIN_VALUE ? null : Integer.toString(v);
        } else if (a instanceof double[]) {
          double v = ((double[]) a)[r];
          raw = Double.isNaN(v) ? null : ExcelSheets.number(v);
        } else {
          raw = null;
        }
        String n = Versions.normalize(raw);
        if (n != null) {
          counts.merge(n, 1, Integer::sum);
        }
      }
    }
    // a file holding rows of two releases (a merge, "2.5-2016" and "2.5-2015") is the newest
    return counts.keySet().stream().max(Versions::compare).orElse(null);
  }

  private static int latestYear(Schema schema, Plan plan, List<Chunk> chunks, String version) {
    int covered = schema.releaseYear(version);
    if (covered > 0) {
      return covered;
    }
    int max = Integer.MIN_VALUE;
    for (int s = 0; s < plan.slotCount; s++) {
      if (plan.slotName[s].equalsIgnoreCase("year") && plan.type[s] == ColumnType.INT
          && plan.slotField[s] >= 0) {
        for (Chunk c : chunks) {
          int[] v = (int[]) c.data[s];
          for (int r = 0; r < c.rows; r++) {
            if (v[r] != Integer.MIN_VALUE && v[r] > max && v[r] < 3000) {
              max = v[r];
            }
          }
        }
      }
    }
    return max == Integer.MIN_VALUE ? LocalDate.now().getYear() : max + 1;
  }

  private static long processCpu() {
    java.lang.management.OperatingSystemMXBean os =
        java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean
        ? ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime()
        : 0;
  }

  // ---------------------------------------------------------------- errors

  private DatasetFormatException fail(
      DatasetKind kind, long line, int col, String colName, String found, String expected) {
    return new DatasetFormatException(
        name, kind, null, new Problem(name, line, col, colName, found, expected));
  }

  static String hex(byte[] d) {
    return Sha256.hexOf(d);
  }
}
