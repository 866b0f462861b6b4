package io.github.conflictdata.io;

import io.github.conflictdata.Dataset;
import io.github.conflictdata.DatasetKind;
import io.github.conflictdata.Problem;
import io.github.conflictdata.Source;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A typed columnar copy of a {@link Dataset} on disk, so that a file read once is not parsed again:
 * the table's columns as arrays (ints, longs, doubles, packed dates, flags; text as a dictionary of
 * its distinct values and one key per row), the kind, release, source, problems and raw cells,
 * everything a parse gives, read back cell for cell equal.
 *
 * <p>Layout (big-endian): the magic {@code CDSNAP}, a format number, the header strings, then per
 * column its name, type and payload, each array preceded by its length. Reading maps the file and
 * decodes the columns in parallel. A file that is not a snapshot of this format, or is cut short,
 * is refused with an {@link IOException} (the caller then parses the source instead): a snapshot is
 * a cache, never the only copy.
 */
public final class Snapshot {
  /** The format number; a snapshot of another format is refused and remade. */
  public static final int FORMAT = 1;

  private static final byte[] MAGIC = "CDSNAP".getBytes(StandardCharsets.US_ASCII);
  private static final byte INT = 1;
  private static final byte LONG = 2;
  private static final byte DOUBLE = 3;
  private static final byte BOOLEAN = 4;
  private static final byte STRING = 5;
  private static final byte DATE = 6;

  private Snapshot() {}

  static {
    // Tablesaw's column types initialise one another in their static initialisers: the first
    // columns of several types made on several threads at once (the parallel decode below) can
    // deadlock, so each type is met here first, on one thread
    IntColumn.create("int");
    LongColumn.create("long");
    DoubleColumn.create("double");
    BooleanColumn.create("boolean");
    StringColumn.create("string");
    DateColumn.create("date");
  }

  /**
   * Whether every column of the dataset's table has a type a snapshot keeps (int, long, double,
   * boolean, string, date).
   *
   * @param d the dataset
   * @return false if some column is of another type (the dataset is then not snapshotted)
   */
  public static boolean supports(Dataset d) {
    for (Column<?> c : d.table().columns()) {
      if (typeOf(c) == 0) {
        return false;
      }
    }
    return true;
  }

  private static byte typeOf(Column<?> c) {
    if (c instanceof IntColumn) {
      return INT;
    } else if (c instanceof LongColumn) {
      return LONG;
    } else if (c instanceof DoubleColumn) {
      return DOUBLE;
    } else if (c instanceof BooleanColumn) {
      return BOOLEAN;
    } else if (c instanceof StringColumn) {
      return STRING;
    } else if (c instanceof DateColumn) {
      return DATE;
    }
    return 0;
  }

  /**
   * Writes a snapshot of {@code d} to {@code file}, atomically: a temporary file in the same
   * folder, moved into place, so that a reader never sees half a snapshot.
   *
   * @param d the dataset
   * @param file where to write
   * @throws IllegalArgumentException if a column's type is not kept ({@link #supports(Dataset)})
   * @throws UncheckedIOException if the file cannot be written
   */
  public static void write(Dataset d, Path file) {
    if (!supports(d)) {
      throw new IllegalArgumentException("a snapshot keeps int, long, double, boolean, string and"
          + " date columns; " + d.table().name() + " has others");
    }
    Path dir = file.toAbsolutePath().getParent();
    Path tmp = null;
    try {
      Files.createDirectories(dir);
      tmp = Files.createTempFile(dir, ".snapshot-", ".tmp");
      try (OutputStream os = Files.newOutputStream(tmp)) {
        write(d, os);
      }
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
      tmp = null;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write snapshot " + file, e);
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // the temporary file stays; it is not a snapshot (its name says so)
        }
      }
    }
  }

  /**
   * Writes a snapshot of {@code d} to a stream.
   *
   * @param d the dataset
   * @param out the stream (not closed)
   * @throws IOException if the stream fails
   */
  public static void write(Dataset d, OutputStream out) throws IOException {
    DataOutputStream o = new DataOutputStream(new java.io.BufferedOutputStream(out, 1 << 16));
    o.write(MAGIC);
    o.writeInt(FORMAT);
    Table t = d.table();
    str(o, d.kind().name());
    str(o, d.version());
    Source s = d.source();
    str(o, s.name());
    str(o, s.sha256());
    str(o, s.citation());
    str(o, s.licence());
    str(o, s.note());
    str(o, t.name());
    o.writeInt(d.problems().size());
    for (Problem p : d.problems()) {
      str(o, p.file());
      o.writeLong(p.line());
      o.writeInt(p.column());
      str(o, p.columnName());
      str(o, p.found());
      str(o, p.expected());
    }
    Map<String, Map<Integer, String>> raw = d.rawMissingValues();
    o.writeInt(raw.size());
    for (Map.Entry<String, Map<Integer, String>> e : raw.entrySet()) {
      str(o, e.getKey());
      o.writeInt(e.getValue().size());
      List<String> codes = new ArrayList<>(e.getValue().size());
      for (Map.Entry<Integer, String> c : e.getValue().entrySet()) {
        o.writeInt(c.getKey());
        codes.add(c.getValue());
      }
      dictionary(o, codes);
    }
    o.writeInt(t.rowCount());
    o.writeInt(t.columnCount());
    for (Column<?> c : t.columns()) {
      str(o, c.name());
      byte type = typeOf(c);
      o.writeByte(type);
      int n = c.size();
      switch (type) {
        case INT -> {
          IntColumn ic = (IntColumn) c;
          for (int r = 0; r < n; r++) {
            o.writeInt(ic.getInt(r));
          }
        }
        case LONG -> {
          LongColumn lc = (LongColumn) c;
          for (int r = 0; r < n; r++) {
            o.writeLong(lc.getLong(r));
          }
        }
        case DOUBLE -> {
          DoubleColumn dc = (DoubleColumn) c;
          for (int r = 0; r < n; r++) {
            o.writeDouble(dc.getDouble(r));
          }
        }
        case DATE -> {
          DateColumn dc = (DateColumn) c;
          for (int r = 0; r < n; r++) {
            o.writeInt(dc.getIntInternal(r));
          }
        }
        case BOOLEAN -> {
          BooleanColumn bc = (BooleanColumn) c;
          for (int r = 0; r < n; r++) {
            o.writeByte(bc.getByte(r));
          }
        }
        case STRING -> {
          StringColumn sc = (StringColumn) c;
          List<String> values = new ArrayList<>(n);
          for (int r = 0; r < n; r++) {
            values.add(sc.isMissing(r) ? null : sc.get(r));
          }
          dictionary(o, values);
        }
        default -> throw new IllegalStateException("type " + type);
      }
    }
    o.flush();
  }

  /** Distinct values (UTF-8), then one int key per value; null as -1. */
  private static void dictionary(DataOutputStream o, List<String> values) throws IOException {
    Map<String, Integer> keys = new LinkedHashMap<>();
    int[] k = new int[values.size()];
    for (int i = 0; i < k.length; i++) {
      String v = values.get(i);
      k[i] = v == null ? -1 : keys.computeIfAbsent(v, x -> keys.size());
    }
    o.writeInt(keys.size());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int[] ends = new int[keys.size()];
    int i = 0;
    for (String v : keys.keySet()) {
      bytes.write(v.getBytes(StandardCharsets.UTF_8));
      ends[i++] = bytes.size();
    }
    o.writeInt(bytes.size());
    bytes.writeTo(o);
    for (int e : ends) {
      o.writeInt(e);
    }
    o.writeInt(k.length);
    for (int x : k) {
      o.writeInt(x);
    }
  }

  private static void str(DataOutputStream o, String s) throws IOException {
    if (s == null) {
      o.writeInt(-1);
      return;
    }
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    o.writeInt(b.length);
    o.write(b);
  }

  /**
   * Reads a snapshot.
   *
   * @param file the snapshot file
   * @return the dataset, cell for cell as it was written
   * @throws IOException if the file cannot be read, is not a snapshot of {@link #FORMAT}, or is cut
   *     short
   */
  public static Dataset read(Path file) throws IOException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      ByteBuffer b = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size());
      return read(b, file.toString());
    } catch (RuntimeException e) { // BufferUnderflow, bad enum names, negative sizes...
      throw new IOException("not a readable snapshot: " + file + " (" + e + ")", e);
    }
  }

  /**
   * Reads a snapshot held in memory (a classpath resource).
   *
   * @param bytes the snapshot's bytes
   * @param name a name for messages
   * @return the dataset
   * @throws IOException if the bytes are not a snapshot of {@link #FORMAT} or are cut short
   */
  public static Dataset read(byte[] bytes, String name) throws IOException {
    try {
      return read(ByteBuffer.wrap(bytes), name);
    } catch (RuntimeException e) {
      throw new IOException("not a readable snapshot: " + name + " (" + e + ")", e);
    }
  }

  private static Dataset read(ByteBuffer b, String name) throws IOException {
    b.order(ByteOrder.BIG_ENDIAN);
    byte[] magic = new byte[MAGIC.length];
    b.get(magic);
    if (!java.util.Arrays.equals(magic, MAGIC)) {
      throw new IOException(name + " is not a conflictdata snapshot");
    }
    int format = b.getInt();
    if (format != FORMAT) {
      throw new IOException(name + " is snapshot format " + format + ", this library reads " + FORMAT);
    }
    DatasetKind kind = DatasetKind.valueOf(str(b));
    String version = str(b);
    Source source = new Source(str(b), str(b), str(b), str(b), str(b));
    String tableName = str(b);
    int np = b.getInt();
    List<Problem> problems = new ArrayList<>(np);
    for (int i = 0; i < np; i++) {
      problems.add(new Problem(str(b), b.getLong(), b.getInt(), str(b), str(b), str(b)));
    }
    int nr = b.getInt();
    Map<String, Map<Integer, String>> raw = new LinkedHashMap<>();
    for (int i = 0; i < nr; i++) {
      String col = str(b);
      int n = b.getInt();
      int[] rows = new int[n];
      b.asIntBuffer().get(rows);
      b.position(b.position() + 4 * n);
      String[] dict = dictionaryValues(b);
      int[] keys = ints(b);
      RowCodes rc = new RowCodes(n);
      for (int j = 0; j < n; j++) {
        rc.add(rows[j], keys[j] < 0 ? null : dict[keys[j]]);
      }
      raw.put(col, rc.trim());
    }
    int rowCount = b.getInt();
    int cols = b.getInt();
    // a first pass finds each column's payload, so that columns decode in parallel
    String[] names = new String[cols];
    byte[] types = new byte[cols];
    ByteBuffer[] payloads = new ByteBuffer[cols];
    for (int i = 0; i < cols; i++) {
      names[i] = str(b);
      types[i] = b.get();
      int start = b.position();
      skip(b, types[i], rowCount);
      payloads[i] = b.duplicate().position(start).limit(b.position()).slice();
    }
    Column<?>[] out = new Column<?>[cols];
    IntStream.range(0, cols).parallel()
        .forEach(i -> out[i] = column(names[i], types[i], payloads[i], rowCount));
    Table t = Table.create(tableName, out);
    return new Dataset(kind, version, t, source, problems, raw);
  }

  private static void skip(ByteBuffer b, byte type, int rows) throws IOException {
    switch (type) {
      case INT, DATE -> b.position(b.position() + 4 * rows);
      case LONG, DOUBLE -> b.position(b.position() + 8 * rows);
      case BOOLEAN -> b.position(b.position() + rows);
      case STRING -> {
        int distinct = b.getInt();
        int len = b.getInt();
        b.position(b.position() + len + 4 * distinct);
        int n = b.getInt();
        b.position(b.position() + 4 * n);
      }
      default -> throw new IOException("unknown column type " + type);
    }
  }

  private static Column<?> column(String name, byte type, ByteBuffer p, int rows) {
    p.order(ByteOrder.BIG_ENDIAN);
    switch (type) {
      case INT -> {
        int[] v = new int[rows];
        p.asIntBuffer().get(v);
        return IntColumn.create(name, v);
      }
      case DATE -> {
        int[] v = new int[rows];
        p.asIntBuffer().get(v);
        return DateColumn.createInternal(name, v);
      }
      case LONG -> {
        long[] v = new long[rows];
        p.asLongBuffer().get(v);
        return LongColumn.create(name, v);
      }
      case DOUBLE -> {
        double[] v = new double[rows];
        p.asDoubleBuffer().get(v);
        return DoubleColumn.create(name, v);
      }
      case BOOLEAN -> {
        BooleanColumn c = BooleanColumn.create(name);
        for (int r = 0; r < rows; r++) {
          byte x = p.get(r);
          if (x == tech.tablesaw.columns.booleans.BooleanColumnType.MISSING_VALUE) {
            c.appendMissing();
          } else {
            c.append(x == 1);
          }
        }
        return c;
      }
      case STRING -> {
        return strings(name, p, rows);
      }
      default -> throw new IllegalStateException("type " + type);
    }
  }

  /** A string column straight into Tablesaw's dictionary encoding, one hash per distinct value. */
  private static StringColumn strings(String name, ByteBuffer p, int rows) {
    String[] dict = dictionaryValues(p);
    int[] keys = ints(p);
    if (keys.length != rows) {
      throw new IllegalStateException(name + ": " + keys.length + " keys for " + rows + " rows");
    }
    Object2IntOpenHashMap<String> valueToKey = new Object2IntOpenHashMap<>(dict.length + 1);
    for (int i = 0; i < dict.length; i++) {
      valueToKey.put(dict[i], i);
    }
    int[] counts = new int[dict.length];
    int missing = 0;
    for (int r = 0; r < rows; r++) {
      int k = keys[r];
      if (k < 0) {
        keys[r] = DatasetReader.MISSING_KEY;
        missing++;
      } else {
        counts[k]++;
      }
    }
    return DatasetReader.dictionaryColumn(name, valueToKey, dict.length, counts, keys, missing);
  }

  private static String[] dictionaryValues(ByteBuffer b) {
    int distinct = b.getInt();
    int len = b.getInt();
    byte[] bytes = new byte[len];
    b.get(bytes);
    int[] ends = new int[distinct];
    b.asIntBuffer().get(ends);
    b.position(b.position() + 4 * distinct);
    String[] out = new String[distinct];
    int start = 0;
    for (int i = 0; i < distinct; i++) {
      out[i] = new String(bytes, start, ends[i] - start, StandardCharsets.UTF_8);
      start = ends[i];
    }
    return out;
  }

  private static int[] ints(ByteBuffer b) {
    int n = b.getInt();
    int[] v = new int[n];
    b.asIntBuffer().get(v);
    b.position(b.position() + 4 * n);
    return v;
  }

  private static String str(ByteBuffer b) {
    int n = b.getInt();
    if (n < 0) {
      return null;
    }
    byte[] bytes = new byte[n];
    b.get(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

}
