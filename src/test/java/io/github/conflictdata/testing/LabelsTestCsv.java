package io.github.conflictdata.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.conflictdata.CodeLabel;
import io.github.conflictdata.DatasetKind;
import io.github.conflictdata.Labels;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Test-only helpers for the labels and multi-valued tests: the shared data directory, the
 * codebook fixtures, and a tiny CSV reader (quotes, doubled quotes, LF/CRLF/CR) so that these
 * tests do not depend on the project's readers.
 */
public final class LabelsTestCsv {

  private LabelsTestCsv() {}

  /** A file under the shared data directory; the test is skipped when it is absent. */
  public static Path shared(String relative) {
    String dir = System.getProperty("conflictdata.shared", "../shared/data");
    Path p = Path.of(dir).resolve(relative);
    assumeTrue(Files.isRegularFile(p), "shared data file absent, test skipped: " + p);
    return p;
  }

  /** The data lines (column, code, quote) of a codebook fixture under src/test/resources. */
  public static List<String[]> fixture(String resource) throws IOException {
    try (InputStream in = LabelsTestCsv.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      List<String[]> out = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length != 3) {
          throw new IllegalStateException(resource + ": bad fixture line " + line);
        }
        out.add(f);
      }
      return out;
    }
  }

  /** Collapses runs of white space to one space and strips. */
  public static String norm(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  /**
   * Reads a CSV file with a header into a table: the columns named in {@code intColumns} become
   * IntColumns (empty cell = missing), all others StringColumns as published.
   */
  public static Table read(Path file, Charset charset, Set<String> intColumns) throws IOException {
    String text = new String(Files.readAllBytes(file), charset);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1); // a byte-order mark is not part of the first column's name
    }
    List<List<String>> records = TestFiles.csvRecords(text);
    List<String> header = records.get(0);
    List<Column<?>> cols = new ArrayList<>();
    for (String h : header) {
      String name = h.strip();
      cols.add(intColumns.contains(name) ? IntColumn.create(name) : StringColumn.create(name));
    }
    for (int r = 1; r < records.size(); r++) {
      List<String> rec = records.get(r);
      if (rec.size() == 1 && rec.get(0).isEmpty()) {
        continue; // blank line
      }
      if (rec.size() != header.size()) {
        throw new IllegalStateException(file + ": record " + r + " has " + rec.size() + " fields");
      }
      for (int c = 0; c < rec.size(); c++) {
        String v = rec.get(c);
        Column<?> col = cols.get(c);
        if (col instanceof IntColumn) {
          if (v.isBlank()) {
            ((IntColumn) col).appendMissing();
          } else {
            ((IntColumn) col).append(Integer.parseInt(v.strip()));
          }
        } else {
          ((StringColumn) col).append(v);
        }
      }
    }
    return Table.create(file.getFileName().toString(), cols);
  }

  /** Fixture lines grouped by column: code to quoted text. */
  public static Map<String, Map<Integer, String>> byColumn(List<String[]> lines) {
    Map<String, Map<Integer, String>> out = new LinkedHashMap<>();
    for (String[] f : lines) {
      out.computeIfAbsent(f[0], k -> new LinkedHashMap<>()).put(Integer.parseInt(f[1]), f[2]);
    }
    return out;
  }

  /**
   * Asserts that {@code column}'s codebook entries for {@code kind} are exactly the quoted codes,
   * each description a verbatim part of its quote.
   */
  public static void assertMatches(
      DatasetKind kind, String column, Map<Integer, String> quotes, String fixture) {
    assertTrue(quotes != null && !quotes.isEmpty(), fixture + " has no codes for " + column);
    List<CodeLabel> codes = Labels.codebook(kind, column);
    List<Integer> enumCodes = new ArrayList<>();
    for (CodeLabel c : codes) {
      enumCodes.add(c.code());
      String quote = quotes.get(c.code());
      assertTrue(quote != null, kind + "/" + column + " code " + c.code() + " not in " + fixture);
      assertTrue(
          norm(quote).contains(norm(c.description())),
          kind + "/" + column + " " + c.code() + ": '" + c.description() + "' not in codebook quote '"
              + quote + "'");
      assertFalse(c.label().isBlank());
    }
    assertEquals(new TreeSet<>(quotes.keySet()), new TreeSet<>(enumCodes), kind + "/" + column);
  }
}
