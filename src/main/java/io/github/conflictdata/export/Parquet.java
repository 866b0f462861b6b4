package io.github.conflictdata.export;

import io.github.conflictdata.CodeLabel;
import io.github.conflictdata.Dataset;
import io.github.conflictdata.DatasetFormatException;
import io.github.conflictdata.DatasetKind;
import io.github.conflictdata.Labels;
import io.github.conflictdata.Problem;
import io.github.conflictdata.Source;
import io.github.conflictdata.io.ColumnSpec;
import io.github.conflictdata.io.Json;
import io.github.conflictdata.io.Schema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;

/**
 * Typed Parquet files of datasets and tables, for DuckDB, Spark, Polars, pandas and R users.
 *
 * <pre>{@code
 * Parquet.write(ConflictData.bundled(DatasetKind.UCDP_BRD_CONFLICT), Path.of("brd.parquet"));
 * Dataset back = Parquet.read(Path.of("brd.parquet"));          // kind and release from the metadata
 * Parquet.writer().labels(LabelMode.COLUMNS).write(acd, Path.of("acd.parquet"));  // + *_label columns
 * Parquet.write(anyTable, Path.of("t.parquet"));                 // a plain Tablesaw table
 * }</pre>
 *
 * <p><b>Types kept:</b> int columns as INT32, long as INT64, decimals as DOUBLE, booleans as
 * BOOLEAN, dates as DATE, text as UTF-8 strings (see the type table in the README, section "Moving
 * data to other tools"); missing values as nulls. <b>Key-value metadata</b> of a dataset's file:
 * {@code kind}, {@code release}, {@code citation}, {@code licence}, {@code sha256} (of the file
 * the dataset was read from) and {@code source} (its name), plus {@code raw_missing} (the
 * missing-value codes per cell, JSON), {@code problems} (a lenient read's skipped records, JSON),
 * and the labels as {@link LabelMode} says. {@link #read} restores the same {@link Dataset}.
 *
 * <p><b>How:</b> DuckDB writes and reads the files (one dependency, which {@link Sql} needs
 * anyway; parquet-java would pull Hadoop). DuckDB ({@code org.duckdb:duckdb_jdbc}) is an optional
 * dependency of conflictdata: without it every method here throws {@link
 * MissingDependencyException} naming it. A file is written to a temporary name beside it and moved
 * into place when complete, so a failure never leaves a partial file.
 */
public final class Parquet {
  /** Metadata key: the {@link DatasetKind} name, e.g. {@code UCDP_BRD_CONFLICT}. */
  public static final String KIND = "kind";
  /** Metadata key: the release, e.g. {@code 24.1} (absent when the dataset has none). */
  public static final String RELEASE = "release";
  /** Metadata key: the publisher's citation. */
  public static final String CITATION = "citation";
  /** Metadata key: the licence or terms of use. */
  public static final String LICENCE = "licence";
  /** Metadata key: lower-case hex SHA-256 of the file the dataset was read from. */
  public static final String SHA256 = "sha256";
  /** Metadata key: the name of the file or resource the dataset was read from. */
  public static final String SOURCE = "source";
  /** Metadata key: the Tablesaw table's name. */
  public static final String TITLE = "title";
  /**
   * Metadata key: the cells whose value was a missing-value code, as JSON {@code {"column":
   * {"code": [row, ...]}}} with 0-based rows ({@code {"bdeadbes": {"-999": [3, 17]}}}).
   */
  public static final String RAW_MISSING = "raw_missing";
  /** Metadata key: the records a lenient read skipped, as a JSON list of objects. */
  public static final String PROBLEMS = "problems";
  /** Metadata key ({@link LabelMode#METADATA}): {@code {"column": {"code": "label"}}} as JSON. */
  public static final String LABELS = "labels";
  /** Metadata key ({@link LabelMode#COLUMNS}): the JSON list of the added label columns. */
  public static final String LABEL_COLUMNS = "label_columns";
  /** Metadata key: the layout version of these keys, {@code 1}. */
  public static final String FORMAT = "conflictdata_format";

  private static final Set<String> RESERVED =
      Set.of(KIND, RELEASE, CITATION, LICENCE, SHA256, SOURCE, TITLE, RAW_MISSING, PROBLEMS, LABELS,
          LABEL_COLUMNS, FORMAT);
  private static final List<String> CODECS =
      List.of("snappy", "zstd", "gzip", "lz4", "brotli", "uncompressed");

  private Parquet() {}

  /**
   * Writes a dataset, its labels as metadata (the default {@link Writer}).
   *
   * @throws MissingDependencyException if DuckDB is not on the class path
   * @throws UncheckedIOException if the file cannot be written
   */
  public static void write(Dataset dataset, Path file) {
    writer().write(dataset, file);
  }

  /**
   * Writes a plain Tablesaw table (its name as {@code title} metadata).
   *
   * @throws MissingDependencyException if DuckDB is not on the class path
   */
  public static void write(Table table, Path file) {
    writer().write(table, file);
  }

  /** A writer with options: {@code Parquet.writer().labels(LabelMode.COLUMNS).write(d, file)}. */
  public static Writer writer() {
    return new Writer();
  }

  /**
   * Reads a file written by {@link #write(Dataset, Path)} back into the same dataset: kind and
   * release, source (name, SHA-256, citation, licence), table, missing-value codes and problems
   * from the file; label columns added by {@link LabelMode#COLUMNS} are dropped.
   *
   * <p>The metadata is checked, not trusted: the table must hold every key column of the kind's
   * schema with the schema's types (a file of another kind relabelled is refused), and {@code
   * sha256} must look like a digest (64 hex digits, not all zeros). It is the digest recorded when
   * the dataset was read from its source, which is not at hand to recompute it.
   *
   * @param file a file written by {@link #write(Dataset, Path)}
   * @return the dataset it holds
   * @throws DatasetFormatException if the file has no {@code kind} metadata (not a dataset file:
   *     use {@link #readTable}), names an unknown kind, lacks a key column of the kind or has a
   *     column whose type differs from the kind's schema (an edited file, or another kind), or
   *     its {@code sha256} is not a digest
   * @throws UncheckedIOException if the file does not exist or is not Parquet
   * @throws MissingDependencyException if DuckDB is not on the class path
   */
  public static Dataset read(Path file) {
    Contents c = load(file, "Parquet.read");
    String name = file.toString();
    Map<String, String> md = c.metadata;
    String kindName = md.get(KIND);
    if (kindName == null) {
      throw new DatasetFormatException(name, null, null, new Problem(name, 0, 0, "",
          "key-value metadata keys " + md.keySet(),
          "a '" + KIND + "' key, as Parquet.write(Dataset, Path) writes it (a file of any other"
              + " table reads with Parquet.readTable)"));
    }
    DatasetKind kind;
    try {
      kind = DatasetKind.valueOf(kindName);
    } catch (IllegalArgumentException e) {
      throw new DatasetFormatException(name, null, null, new Problem(name, 0, 0, "",
          KIND + "=" + kindName, "one of " + Arrays.toString(DatasetKind.values())));
    }
    String release = md.get(RELEASE);
    Table table = c.table;
    for (String labelColumn : stringList(md.get(LABEL_COLUMNS), name, LABEL_COLUMNS)) {
      if (table.containsColumn(labelColumn)) {
        table.removeColumns(labelColumn);
      }
    }
    checkSchema(name, kind, release, table);
    String sha = md.get(SHA256);
    if (sha != null && (!sha.matches("[0-9a-f]{64}") || sha.matches("0{64}"))) {
      throw new DatasetFormatException(name, kind, release, new Problem(name, 0, 0, SHA256,
          SHA256 + "=" + sha, "the SHA-256 of the dataset's source file (64 lower-case hex digits,"
              + " not all zeros), as Parquet.write records it"));
    }
    table.setName(md.getOrDefault(TITLE, table.name()));
    Map<String, Map<Integer, String>> raw = rawMissing(md.get(RAW_MISSING), name, table);
    List<Problem> problems = problems(md.get(PROBLEMS), name);
    Source source = new Source(md.getOrDefault(SOURCE, name), md.get(SHA256), md.get(CITATION),
        md.get(LICENCE));
    return new Dataset(kind, release, table, source, problems, raw);
  }

  /**
   * Reads any Parquet file (ours, or written by pandas, Spark, DuckDB, R...) as a Tablesaw table
   * named after the file, every column kept, typed as the README's type table says.
   *
   * @throws UncheckedIOException if the file does not exist or is not Parquet
   * @throws IllegalArgumentException for a column type with no Tablesaw counterpart (lists,
   *     structs, maps, blobs)
   * @throws MissingDependencyException if DuckDB is not on the class path
   */
  public static Table readTable(Path file) {
    Contents c = load(file, "Parquet.readTable");
    c.table.setName(fileStem(file));
    return c.table;
  }

  /**
   * The file's key-value metadata as text (keys and values decoded as UTF-8), in file order.
   *
   * @throws UncheckedIOException if the file does not exist or is not Parquet
   * @throws MissingDependencyException if DuckDB is not on the class path
   */
  public static Map<String, String> metadata(Path file) {
    checkExists(file);
    try (Connection conn = Engines.open("Parquet.metadata")) {
      return metadata(conn, file);
    } catch (SQLException e) {
      throw notParquet(file, e);
    }
  }

  // ---- reading -----------------------------------------------------------------------------------

  private record Contents(Table table, Map<String, String> metadata) {}

  private static Contents load(Path file, String what) {
    checkExists(file);
    try (Connection conn = Engines.open(what)) {
      Map<String, String> md = metadata(conn, file);
      try (Statement st = conn.createStatement();
          ResultSet rs = st.executeQuery(
              "SELECT * FROM read_parquet(" + Engines.literal(file.toString()) + ")")) {
        return new Contents(Tables.read(rs, fileStem(file)), md);
      }
    } catch (SQLException e) {
      throw notParquet(file, e);
    }
  }

  private static Map<String, String> metadata(Connection conn, Path file) throws SQLException {
    Map<String, String> md = new LinkedHashMap<>();
    try (Statement st = conn.createStatement();
        ResultSet rs = st.executeQuery("SELECT decode(key), decode(value) FROM parquet_kv_metadata("
            + Engines.literal(file.toString()) + ")")) {
      while (rs.next()) {
        md.put(rs.getString(1), rs.getString(2));
      }
    }
    return md;
  }

  private static void checkExists(Path file) {
    Objects.requireNonNull(file, "file");
    if (!Files.isRegularFile(file)) {
      throw new UncheckedIOException(new NoSuchFileException(file.toString(), null, "no such Parquet file"));
    }
  }

  private static UncheckedIOException notParquet(Path file, SQLException e) {
    return new UncheckedIOException(
        new IOException(file + ": cannot be read as Parquet: " + e.getMessage(), e));
  }

  private static String fileStem(Path file) {
    String n = file.getFileName().toString();
    return n.toLowerCase(Locale.ROOT).endsWith(".parquet") ? n.substring(0, n.length() - 8) : n;
  }

  /**
   * Each key column of the schema must be there and each schema column present must have the
   * schema's type: no kind is read as another.
   */
  private static void checkSchema(String name, DatasetKind kind, String release, Table table) {
    Schema schema = io.github.conflictdata.ConflictData.schema(kind); // every kind has one
    List<Problem> problems = new ArrayList<>();
    for (ColumnSpec spec : schema.columns()) {
      if (!table.containsColumn(spec.name())) {
        if (spec.required()) {
          problems.add(new Problem(name, 0, 0, spec.name(), "no column " + spec.name(),
              "the key column " + spec.name() + " (" + spec.type() + "), which every " + kind
                  + " table has: the file holds another kind, or was edited"));
        }
        continue;
      }
      ColumnType want = tablesawType(spec.type());
      ColumnType have = table.column(spec.name()).type();
      if (!have.equals(want)) {
        problems.add(new Problem(name, 0, table.columnIndex(spec.name()) + 1, spec.name(),
            "a column of Tablesaw type " + have.name(),
            want.name() + " (" + spec.type() + "), as the " + kind + " schema types it"));
      }
    }
    if (!problems.isEmpty()) {
      throw new DatasetFormatException(name, kind, release, problems);
    }
  }

  private static ColumnType tablesawType(io.github.conflictdata.io.ColumnType t) {
    return switch (t) {
      case INT -> ColumnType.INTEGER;
      case LONG -> ColumnType.LONG;
      case DOUBLE -> ColumnType.DOUBLE;
      case TEXT -> ColumnType.STRING;
      case DATE -> ColumnType.LOCAL_DATE;
      case BOOLEAN -> ColumnType.BOOLEAN;
    };
  }

  private static List<String> stringList(String json, String file, String key) {
    if (json == null) {
      return List.of();
    }
    Object v = Json.parse(json, file + " metadata " + key);
    if (!(v instanceof List<?> list)) {
      throw badMetadata(file, key, json, "a JSON list of column names");
    }
    List<String> out = new ArrayList<>();
    for (Object o : list) {
      if (!(o instanceof String s)) {
        throw badMetadata(file, key, json, "a JSON list of column names");
      }
      out.add(s);
    }
    return out;
  }

  private static Map<String, Map<Integer, String>> rawMissing(String json, String file, Table table) {
    Map<String, Map<Integer, String>> out = new LinkedHashMap<>();
    if (json == null) {
      return out;
    }
    String expected = "{\"column\": {\"code\": [row, ...]}} with rows below " + table.rowCount();
    Object v = Json.parse(json, file + " metadata " + RAW_MISSING);
    if (!(v instanceof Map<?, ?> columns)) {
      throw badMetadata(file, RAW_MISSING, json, expected);
    }
    for (Map.Entry<?, ?> col : columns.entrySet()) {
      if (!(col.getValue() instanceof Map<?, ?> codes)) {
        throw badMetadata(file, RAW_MISSING, json, expected);
      }
      Map<Integer, String> cells = new TreeMap<>();
      for (Map.Entry<?, ?> code : codes.entrySet()) {
        if (!(code.getValue() instanceof List<?> rows)) {
          throw badMetadata(file, RAW_MISSING, json, expected);
        }
        for (Object row : rows) {
          Long r = row instanceof Json.Num n ? n.longValue() : null;
          if (r == null || r < 0 || r >= table.rowCount()) {
            throw badMetadata(file, RAW_MISSING, json, expected);
          }
          cells.put(r.intValue(), (String) code.getKey());
        }
      }
      out.put((String) col.getKey(), cells);
    }
    return out;
  }

  private static List<Problem> problems(String json, String file) {
    List<Problem> out = new ArrayList<>();
    if (json == null) {
      return out;
    }
    String expected = "a JSON list of {file, line, column, column_name, found, expected}";
    Object v = Json.parse(json, file + " metadata " + PROBLEMS);
    if (!(v instanceof List<?> list)) {
      throw badMetadata(file, PROBLEMS, json, expected);
    }
    for (Object o : list) {
      if (!(o instanceof Map<?, ?> p)
          || !(p.get("file") instanceof String f)
          || !(p.get("line") instanceof Json.Num ln) || ln.longValue() == null
          || !(p.get("column") instanceof Json.Num col) || col.longValue() == null) {
        throw badMetadata(file, PROBLEMS, json, expected);
      }
      out.add(new Problem(f, ln.longValue(), col.longValue().intValue(), (String) p.get("column_name"),
          (String) p.get("found"), (String) p.get("expected")));
    }
    return out;
  }

  private static DatasetFormatException badMetadata(String file, String key, String json, String expected) {
    return new DatasetFormatException(file, null, null,
        new Problem(file, 0, 0, "", key + "=" + json, expected));
  }

  // ---- writing -----------------------------------------------------------------------------------

  /**
   * Options for writing: where labels go, the compression codec, extra metadata. Mutable: each
   * setter returns this writer.
   */
  public static final class Writer {
    private LabelMode labels = LabelMode.METADATA;
    private String compression = "snappy";
    private final Map<String, String> extra = new LinkedHashMap<>();

    Writer() {}

    /** Where a dataset's codebook labels go (default {@link LabelMode#METADATA}). */
    public Writer labels(LabelMode mode) {
      this.labels = Objects.requireNonNull(mode, "mode");
      return this;
    }

    /**
     * The compression codec: snappy (the default, read by every Parquet reader), zstd, gzip, lz4,
     * brotli or uncompressed.
     */
    public Writer compression(String codec) {
      String c = Objects.requireNonNull(codec, "codec").toLowerCase(Locale.ROOT);
      if (!CODECS.contains(c)) {
        throw new IllegalArgumentException("unknown Parquet compression '" + codec + "': expected one of " + CODECS);
      }
      this.compression = c;
      return this;
    }

    /**
     * An extra key-value metadata entry (e.g. {@code "query"} and the SQL that made a table). The
     * keys this class writes itself ({@code kind}, {@code release}...) are refused.
     */
    public Writer metadata(String key, String value) {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(value, "value");
      if (RESERVED.contains(key)) {
        throw new IllegalArgumentException("metadata key '" + key + "' is written by Parquet itself");
      }
      extra.put(key, value);
      return this;
    }

    /**
     * Writes a dataset: its table (plus label columns under {@link LabelMode#COLUMNS}) and its
     * metadata (kind, release, citation, licence, sha256, source, missing-value codes, problems,
     * labels under {@link LabelMode#METADATA}). Replaces an existing file.
     *
     * @throws MissingDependencyException if DuckDB is not on the class path
     * @throws UncheckedIOException if the file cannot be written
     */
    public void write(Dataset dataset, Path file) {
      Objects.requireNonNull(dataset, "dataset");
      Map<String, String> md = new LinkedHashMap<>();
      md.put(FORMAT, "1");
      md.put(KIND, dataset.kind().name());
      putIfPresent(md, RELEASE, dataset.version());
      Source s = dataset.source();
      putIfPresent(md, CITATION, s.citation());
      putIfPresent(md, LICENCE, s.licence());
      putIfPresent(md, SHA256, s.sha256());
      putIfPresent(md, SOURCE, s.name());
      putIfPresent(md, TITLE, dataset.table().name());
      md.put(RAW_MISSING, Json.write(rawMissingJson(dataset)));
      if (!dataset.problems().isEmpty()) {
        md.put(PROBLEMS, Json.write(problemsJson(dataset.problems())));
      }
      Table table = dataset.table();
      if (labels == LabelMode.COLUMNS) {
        table = Labels.withLabels(dataset);
        List<String> added = new ArrayList<>();
        for (String c : table.columnNames()) {
          if (!dataset.table().containsColumn(c)) {
            added.add(c);
          }
        }
        md.put(LABEL_COLUMNS, Json.write(added));
      } else if (labels == LabelMode.METADATA) {
        Map<String, Map<String, String>> codebooks = new LinkedHashMap<>();
        for (String c : Labels.codedColumns(dataset.kind())) {
          Map<String, String> codes = new LinkedHashMap<>();
          for (CodeLabel cl : Labels.codebook(dataset.kind(), c)) {
            codes.put(Integer.toString(cl.code()), cl.label());
          }
          codebooks.put(c, codes);
        }
        if (!codebooks.isEmpty()) {
          md.put(LABELS, Json.write(codebooks));
        }
      }
      md.putAll(extra);
      copy(table, md, file, "Parquet.write");
    }

    /**
     * Writes a plain Tablesaw table, with its name as {@code title} and any extra metadata.
     * Replaces an existing file.
     *
     * @throws MissingDependencyException if DuckDB is not on the class path
     * @throws UncheckedIOException if the file cannot be written
     */
    public void write(Table table, Path file) {
      Objects.requireNonNull(table, "table");
      Map<String, String> md = new LinkedHashMap<>();
      md.put(FORMAT, "1");
      putIfPresent(md, TITLE, table.name());
      md.putAll(extra);
      copy(table, md, file, "Parquet.write");
    }

    private void copy(Table table, Map<String, String> md, Path file, String what) {
      Objects.requireNonNull(file, "file");
      Path target = file.toAbsolutePath();
      Path dir = target.getParent();
      if (dir != null && !Files.isDirectory(dir)) {
        throw new UncheckedIOException(new NoSuchFileException(dir.toString(), null,
            "the folder to write " + file.getFileName() + " into does not exist"));
      }
      Path tmp = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
      StringBuilder kv = new StringBuilder();
      for (Map.Entry<String, String> e : md.entrySet()) {
        kv.append(kv.length() == 0 ? "" : ", ")
            .append(Engines.ident(e.getKey())).append(": ").append(Engines.literal(e.getValue()));
      }
      try (Connection conn = Engines.open(what)) {
        Tables.load(conn, "t", table);
        try (Statement st = conn.createStatement()) {
          st.execute("COPY t TO " + Engines.literal(tmp.toString()) + " (FORMAT PARQUET, COMPRESSION "
              + compression + ", KV_METADATA {" + kv + "})");
        }
        try {
          Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
      } catch (SQLException e) {
        throw new UncheckedIOException(
            new IOException("cannot write " + file + " as Parquet: " + e.getMessage(), e));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } finally {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // best effort: the temporary name starts with a dot and ends in .tmp
        }
      }
    }
  }

  private static void putIfPresent(Map<String, String> md, String key, String value) {
    if (value != null) {
      md.put(key, value);
    }
  }

  private static Map<String, Map<String, List<Integer>>> rawMissingJson(Dataset d) {
    Map<String, Map<String, List<Integer>>> out = new LinkedHashMap<>();
    for (String column : new java.util.TreeSet<>(d.rawMissingValues().keySet())) {
      Map<String, List<Integer>> byCode = new TreeMap<>();
      for (Map.Entry<Integer, String> cell : new TreeMap<>(d.rawMissingValues().get(column)).entrySet()) {
        byCode.computeIfAbsent(cell.getValue(), k -> new ArrayList<>()).add(cell.getKey());
      }
      out.put(column, byCode);
    }
    return out;
  }

  private static List<Map<String, Object>> problemsJson(List<Problem> problems) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Problem p : problems) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("file", p.file());
      m.put("line", p.line());
      m.put("column", p.column());
      m.put("column_name", p.columnName());
      m.put("found", p.found());
      m.put("expected", p.expected());
      out.add(m);
    }
    return out;
  }
}
