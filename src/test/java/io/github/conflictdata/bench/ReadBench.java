package io.github.conflictdata.bench;

import io.github.conflictdata.ConflictData;
import io.github.conflictdata.Dataset;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import tech.tablesaw.api.Table;

/**
 * Read benchmark (a main, not a test): builds a 1,000,000-row ACLED-shaped file by repeating the
 * shared ACLED export's records (without its HXL row) and times {@code ConflictData.read} against
 * Tablesaw's default {@code Table.read().csv(...)} in the same JVM, interleaved, best of N.
 *
 * <pre>
 * java ... ReadBench generate SHARED_ACLED_CSV OUT_CSV [ROWS]   write the bench file
 * java ... ReadBench generate-ged GED191_CSV OUT_CSV ROWS [25.1]  GED-shaped file (see generateGed)
 * java ... ReadBench read FILE                                  one ConflictData.read (for process timing)
 * java ... ReadBench tablesaw FILE                              one Table.read().csv (for process timing)
 * java ... ReadBench compare FILE [RUNS]                        both in one JVM, best of RUNS
 * java ... ReadBench repeat FILE RUNS                           ConflictData.read RUNS times (warm-up)
 * java ... ReadBench notebook GED_FILE CACHE_DIR COUNTRY [RUNS] a notebook's path, see notebookPath
 * java ... ReadBench floor FILE                                 a JVM reader's floor, see floor
 * </pre>
 *
 * The file goes under target/bench-data and is never committed (ACLED's terms).
 */
public final class ReadBench {
  private ReadBench() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: ReadBench generate|read|tablesaw|compare ...");
      System.exit(2);
    }
    switch (args[0]) {
      case "generate":
        generate(Path.of(args[1]), Path.of(args[2]), args.length > 3 ? Integer.parseInt(args[3]) : 1_000_000);
        break;
      case "generate-ged":
        generateGed(Path.of(args[1]), Path.of(args[2]), Integer.parseInt(args[3]),
            args.length > 4 && args[4].equals("25.1"));
        break;
      case "read":
        {
          long t = System.nanoTime();
          Dataset d = ConflictData.read(Path.of(args[1]));
          System.out.printf(Locale.ROOT, "conflictdata rows=%d cols=%d %.2fs%n",
              d.table().rowCount(), d.table().columnCount(), (System.nanoTime() - t) / 1e9);
          break;
        }
      case "tablesaw":
        {
          long t = System.nanoTime();
          Table x = Table.read().csv(args[1]);
          System.out.printf(Locale.ROOT, "tablesaw rows=%d cols=%d %.2fs%n",
              x.rowCount(), x.columnCount(), (System.nanoTime() - t) / 1e9);
          break;
        }
      case "repeat":
        for (int i = 0; i < Integer.parseInt(args[2]); i++) {
          long t = System.nanoTime();
          Dataset d = ConflictData.read(Path.of(args[1]));
          System.out.printf(Locale.ROOT, "run %d: %d rows %.2fs%n", i + 1, d.table().rowCount(),
              (System.nanoTime() - t) / 1e9);
        }
        break;
      case "compare":
        compare(Path.of(args[1]), args.length > 2 ? Integer.parseInt(args[2]) : 3);
        break;
      case "floor":
        floor(Path.of(args[1]));
        break;
      case "notebook":
        notebookPath(Path.of(args[1]), Path.of(args[2]), args[3],
            args.length > 4 ? Integer.parseInt(args[4]) : 3);
        break;
      default:
        System.err.println("unknown mode " + args[0]);
        System.exit(2);
    }
  }

  /**
   * The floor of any JVM reader that returns Tablesaw tables (issue 16): read the file in 4 MB
   * pieces and count its line ends and quotes (no fields, no types, no strings), then create one
   * Tablesaw table, whose class initialiser scans the classpath. Timed as a whole process, this is
   * what JVM start, one pass over the bytes and Tablesaw's start cost before any parsing.
   */
  static void floor(Path file) throws IOException {
    long t = System.nanoTime();
    long lines = 0;
    long quotes = 0;
    byte[] b = new byte[4 << 20];
    try (java.io.InputStream in = Files.newInputStream(file)) {
      int n;
      while ((n = in.readNBytes(b, 0, b.length)) > 0) {
        for (int i = 0; i < n; i++) {
          if (b[i] == '\n') {
            lines++;
          } else if (b[i] == '"') {
            quotes++;
          }
        }
      }
    }
    Table.create("floor");
    System.out.printf(Locale.ROOT, "floor: %d line ends, %d quotes, one Tablesaw table %.2fs%n",
        lines, quotes, (System.nanoTime() - t) / 1e9);
  }

  /**
   * A notebook user's path (issue 16), offline against the download cache in {@code cache}: if
   * the GED file is not yet stored there, it is added ({@code ConflictData.cache().add}) and the
   * process ends, so that the timings come from a fresh JVM; otherwise, RUNS times in one JVM:
   * {@code ConflictData.download(UCDP_GED, version)} from the cache (read once, its SHA-256 checked
   * against the cache's record) and an {@code EventSeries} of one country per month. The first run
   * is the cold one, as a notebook's first cell that reads GED.
   */
  static void notebookPath(Path ged, Path cache, String country, int runs) throws IOException {
    Files.createDirectories(cache);
    System.setProperty("conflictdata.cache", cache.toString());
    System.setProperty("conflictdata.offline", "true");
    System.setProperty("conflictdata.lock", cache.resolve("bench.lock").toString());
    Path stored = cache.resolve("added-version.txt");
    if (!Files.exists(stored)) {
      long t0 = System.nanoTime();
      io.github.conflictdata.releases.ReleaseCache.Entry e = ConflictData.cache().addTrusted(ged);
      Files.writeString(stored, e.version());
      System.out.printf(Locale.ROOT, "cache().add: %s %s %.2fs (run again for the timings)%n",
          e.key(), e.version(), (System.nanoTime() - t0) / 1e9);
      return;
    }
    String version = Files.readString(stored).trim();
    for (int i = 0; i < runs; i++) {
      long t1 = System.nanoTime();
      Dataset d = ConflictData.download(io.github.conflictdata.DatasetKind.UCDP_GED, version);
      long t2 = System.nanoTime();
      Table series = io.github.conflictdata.compare.EventSeries.of(d).country(country)
          .per(io.github.conflictdata.compare.TimeStep.MONTH).build();
      long t3 = System.nanoTime();
      System.out.printf(Locale.ROOT,
          "run %d: download (from cache) + read %.2fs (%d events), EventSeries %s per month %.2fs"
              + " (%d rows); total %.2fs%n",
          i + 1, (t2 - t1) / 1e9, d.table().rowCount(), country, (t3 - t2) / 1e9,
          series.rowCount(), (t3 - t1) / 1e9);
    }
  }

  /** Header plus the source's data records (HXL row dropped) repeated until {@code rows}. */
  static void generate(Path acled, Path out, int rows) throws IOException {
    byte[] src = Files.readAllBytes(acled);
    int headerEnd = indexAfterLine(src, 0);
    int hxlEnd = indexAfterLine(src, headerEnd);
    if (src[headerEnd + 1] != '#') {
      hxlEnd = headerEnd; // no HXL row
    }
    // record starts (quote-aware: notes hold line ends)
    java.util.List<int[]> recs = new java.util.ArrayList<>();
    boolean q = false;
    int start = hxlEnd;
    for (int i = hxlEnd; i < src.length; i++) {
      if (src[i] == '"') {
        q = !q;
      } else if (src[i] == '\n' && !q) {
        recs.add(new int[] {start, i + 1});
        start = i + 1;
      }
    }
    if (start < src.length) {
      recs.add(new int[] {start, src.length});
    }
    Files.createDirectories(out.toAbsolutePath().getParent());
    try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(out), 1 << 20)) {
      o.write(src, 0, headerEnd);
      for (int n = 0; n < rows; n++) {
        int[] r = recs.get(n % recs.size());
        o.write(src, r[0], r[1] - r[0]);
        if (src[r[1] - 1] != '\n') {
          o.write('\n');
        }
      }
    }
    System.out.printf(Locale.ROOT, "wrote %s: %d rows, %d bytes (%d source records)%n",
        out, rows, Files.size(out), recs.size());
  }

  /**
   * A GED-shaped file: the records of the shared GED 19.1 subset repeated until {@code rows},
   * {@code id} renumbered 1..rows so ids are unique, each field re-quoted only when it holds a
   * comma, a quote or a line end (minimal quoting), LF line ends. With {@code v251}, the 25.1
   * columns the 19.1 layout lacks are added where 25.1 has them: {@code relid} (built from year,
   * type, conflict and the new id), {@code code_status} ("Clear") and the four {@code *_dset_id}
   * columns (copies of the matching {@code *_new_id}). The records are split by an independent
   * quote-aware splitter here, not by the reader under test.
   */
  static void generateGed(Path ged, Path out, int rows, boolean v251) throws IOException {
    String text = new String(Files.readAllBytes(ged), StandardCharsets.UTF_8);
    java.util.List<java.util.List<String>> recs = new java.util.ArrayList<>();
    java.util.List<String> cur = new java.util.ArrayList<>();
    StringBuilder f = new StringBuilder();
    boolean q = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (q) {
        if (c == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            f.append('"');
            i++;
          } else {
            q = false;
          }
        } else {
          f.append(c);
        }
      } else if (c == '"' && f.length() == 0) {
        q = true;
      } else if (c == ',') {
        cur.add(f.toString());
        f.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        cur.add(f.toString());
        f.setLength(0);
        recs.add(cur);
        cur = new java.util.ArrayList<>();
      } else {
        f.append(c);
      }
    }
    if (f.length() > 0 || !cur.isEmpty()) {
      cur.add(f.toString());
      recs.add(cur);
    }
    java.util.List<String> header = recs.remove(0);
    for (java.util.List<String> r : recs) {
      if (r.size() != header.size()) {
        throw new IOException("record with " + r.size() + " fields, header has " + header.size());
      }
    }
    java.util.List<String> outHeader = new java.util.ArrayList<>(header);
    if (v251) {
      outHeader.add(outHeader.indexOf("year"), "relid");
      outHeader.add(outHeader.indexOf("type_of_violence"), "code_status");
      outHeader.add(outHeader.indexOf("conflict_new_id"), "conflict_dset_id");
      outHeader.add(outHeader.indexOf("dyad_new_id"), "dyad_dset_id");
      outHeader.add(outHeader.indexOf("side_a_new_id"), "side_a_dset_id");
      outHeader.add(outHeader.indexOf("side_b_new_id"), "side_b_dset_id");
    }
    Files.createDirectories(out.toAbsolutePath().getParent());
    try (java.io.Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(
        Files.newOutputStream(out), StandardCharsets.UTF_8), 1 << 20)) {
      writeRecord(w, outHeader);
      java.util.Map<String, String> m = new java.util.HashMap<>();
      java.util.List<String> row = new java.util.ArrayList<>();
      for (int n = 0; n < rows; n++) {
        java.util.List<String> r = recs.get(n % recs.size());
        m.clear();
        for (int k = 0; k < header.size(); k++) {
          m.put(header.get(k), r.get(k));
        }
        m.put("id", Integer.toString(n + 1));
        if (v251) {
          m.put("relid", m.get("country").replaceAll("[^A-Za-z]", "").toUpperCase(Locale.ROOT)
              .substring(0, 3) + "-" + m.get("year") + "-" + m.get("type_of_violence") + "-"
              + m.get("conflict_new_id") + "-" + (n + 1));
          m.put("code_status", "Clear");
          m.put("conflict_dset_id", m.get("conflict_new_id"));
          m.put("dyad_dset_id", m.get("dyad_new_id"));
          m.put("side_a_dset_id", m.get("side_a_new_id"));
          m.put("side_b_dset_id", m.get("side_b_new_id"));
        }
        row.clear();
        for (String h : outHeader) {
          row.add(m.get(h));
        }
        writeRecord(w, row);
      }
    }
    System.out.printf(Locale.ROOT, "wrote %s: %d rows, %d columns, %d bytes (%d source records)%n",
        out, rows, outHeader.size(), Files.size(out), recs.size());
  }

  private static void writeRecord(java.io.Writer w, java.util.List<String> fields)
      throws IOException {
    for (int k = 0; k < fields.size(); k++) {
      if (k > 0) {
        w.write(',');
      }
      String v = fields.get(k);
      if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0
          || v.indexOf('\r') >= 0) {
        w.write('"');
        w.write(v.replace("\"", "\"\""));
        w.write('"');
      } else {
        w.write(v);
      }
    }
    w.write('\n');
  }

  private static int indexAfterLine(byte[] b, int from) {
    for (int i = from; i < b.length; i++) {
      if (b[i] == '\n') {
        return i + 1;
      }
    }
    return b.length;
  }

  static void compare(Path file, int runs) {
    double bestOurs = Double.MAX_VALUE;
    double bestTablesaw = Double.MAX_VALUE;
    for (int i = 0; i < runs; i++) {
      System.gc();
      long t = System.nanoTime();
      Dataset d = ConflictData.read(file);
      double ours = (System.nanoTime() - t) / 1e9;
      int rows = d.table().rowCount();
      d = null;
      System.gc();
      t = System.nanoTime();
      Table x = Table.read().csv(file.toString());
      double ts = (System.nanoTime() - t) / 1e9;
      int rows2 = x.rowCount();
      x = null;
      bestOurs = Math.min(bestOurs, ours);
      bestTablesaw = Math.min(bestTablesaw, ts);
      System.out.printf(Locale.ROOT, "run %d: ConflictData.read %.2fs (%d rows), Table.read().csv %.2fs (%d rows)%n",
          i + 1, ours, rows, ts, rows2);
    }
    System.out.printf(Locale.ROOT, "best: ConflictData.read %.2fs, Tablesaw default %.2fs, ratio %.1fx%n",
        bestOurs, bestTablesaw, bestTablesaw / bestOurs);
  }

  static String ascii(byte[] b) {
    return new String(b, StandardCharsets.US_ASCII);
  }
}
