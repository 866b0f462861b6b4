package io.github.conflictdata.api;

import io.github.conflictdata.ConflictData;
import io.github.conflictdata.Dataset;
import io.github.conflictdata.DatasetKind;
import io.github.conflictdata.Source;
import io.github.conflictdata.io.ColumnSpec;
import io.github.conflictdata.io.Json;
import io.github.conflictdata.io.Schema;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.Table;

/**
 * Turns API records (JSON objects) into the CSV the publisher's file of the same release would
 * be, and reads that through the project's reader for the kind, so an API table has exactly the
 * schema, column types and labels of the CSV read. JSON strings, numbers (as written), booleans
 * ({@code true}/{@code false}, as GED 25.1+ CSVs write them) and nulls (empty cells) become CSV
 * cells; a nested object or array is an error. Rows are spooled to a temporary file (deleted on
 * {@link #close()}), not held in memory.
 */
final class RecordSink implements Closeable {
  /** Converts one value of one column to its CSV text; may throw ApiException. */
  interface CellAdapter {
    String cell(String column, String text);
  }

  private final DatasetKind kind;
  private final Schema schema;
  private final String what;
  private final CellAdapter adapter;
  private final Path file;
  private final BufferedWriter out;
  private List<String> header;
  private long rows;

  /**
   * @param what a short description for error messages ("UCDP API gedevents 25.1")
   */
  RecordSink(DatasetKind kind, String what, CellAdapter adapter) {
    this.kind = kind;
    this.schema = ConflictData.schema(kind);
    this.what = what;
    this.adapter = adapter;
    try {
      this.file = Files.createTempFile("conflictdata-api-", ".csv");
      this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary file for " + what, e);
    }
  }

  long rows() {
    return rows;
  }

  /** Appends one record; its fields must be those of the first record (in any order). */
  void add(Object record, String endpoint) {
    if (!(record instanceof Map<?, ?> m)) {
      throw new ApiException(
          0, endpoint, what + ": record " + (rows + 1) + " is not a JSON object", reportFix());
    }
    if (header == null) {
      header = new ArrayList<>();
      for (Object k : m.keySet()) {
        header.add((String) k);
      }
      writeRow(header);
    }
    List<String> cells = new ArrayList<>(header.size());
    for (String h : header) {
      Object v = m.get(h);
      cells.add(adapter == null ? text(v, h, endpoint) : adapter.cell(h, text(v, h, endpoint)));
    }
    if (m.size() != header.size() || !header.containsAll(keys(m))) {
      List<String> extra = new ArrayList<>(keys(m));
      extra.removeAll(header);
      if (!extra.isEmpty()) {
        throw new ApiException(
            0, endpoint,
            what + ": record " + (rows + 1) + " has fields " + extra
                + " that the first record lacks",
            reportFix());
      }
    }
    writeRow(cells);
    rows++;
  }

  private static List<String> keys(Map<?, ?> m) {
    List<String> k = new ArrayList<>();
    for (Object o : m.keySet()) {
      k.add((String) o);
    }
    return k;
  }

  private String text(Object v, String column, String endpoint) {
    if (v == null) {
      return "";
    }
    if (v instanceof String s) {
      return s;
    }
    if (v instanceof Json.Num n) {
      return n.text();
    }
    if (v instanceof Boolean b) {
      return b ? "true" : "false";
    }
    throw new ApiException(
        0, endpoint,
        what + ": record " + (rows + 1) + ", field " + column + " holds a nested "
            + (v instanceof Map ? "object" : "array") + " where a value was expected",
        reportFix());
  }

  private static String reportFix() {
    return "the API's response shape changed; report it with the endpoint to the conflictdata"
        + " issue tracker";
  }

  private void writeRow(List<String> cells) {
    try {
      for (int k = 0; k < cells.size(); k++) {
        if (k > 0) {
          out.write(',');
        }
        String c = cells.get(k);
        out.write('"');
        out.write(c.indexOf('"') < 0 ? c : c.replace("\"", "\"\""));
        out.write('"');
      }
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the temporary file for " + what, e);
    }
  }

  /**
   * Reads the spooled records through the kind's reader (strict) and names the API query as the
   * source.
   *
   * @param sourceName the API, resource, version, filters and query time
   * @param version the release to report, or null to keep the one the reader found
   */
  Dataset finish(String sourceName, String version) {
    if (header == null) { // no records: the schema's columns, no rows
      List<String> names = new ArrayList<>();
      for (ColumnSpec c : schema.columns()) {
        names.add(c.name());
      }
      writeRow(names);
    }
    Dataset d;
    try {
      out.close();
      try (InputStream in = Files.newInputStream(file)) {
        d = ConflictData.reader().kind(kind).read(in, what);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read back the temporary file for " + what, e);
    }
    if (d.table().rowCount() != rows) {
      throw new IllegalStateException(
          what + ": " + rows + " records received but " + d.table().rowCount() + " rows read");
    }
    Source s = d.source();
    // a release the caller states (the API URL's) needs no note on how it was inferred
    return copy(d, version != null ? version : d.version(), d.table(),
        new Source(sourceName, s.sha256(), s.citation(), s.licence(),
            version != null ? "" : s.note()));
  }

  /**
   * {@code d} with another version, table or source (the one place this package builds a
   * {@link Dataset}). Raw missing-value codes are kept only when the table is d's own.
   */
  static Dataset copy(Dataset d, String version, Table table, Source source) {
    return new Dataset(d.kind(), version, table, source, d.problems(),
        table == d.table() ? new LinkedHashMap<>(d.rawMissingValues()) : Map.of());
  }

  @Override
  public void close() {
    try {
      out.close();
    } catch (IOException ignored) {
      // the file is deleted next
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // a temporary file; the OS cleans its temp folder
    }
  }
}
