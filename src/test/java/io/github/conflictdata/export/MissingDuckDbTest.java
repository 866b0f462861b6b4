package io.github.conflictdata.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Without DuckDB on the class path (it is an optional dependency) every entry point says which
 * dependency to add: checked in a separate JVM whose class path lacks the DuckDB jar.
 */
class MissingDuckDbTest {
  @TempDir Path dir;

  /** Run in the child JVM: calls each entry point and prints its exception's message. */
  public static void main(String[] args) {
    Path file = Path.of(args[0]);
    List<Runnable> calls = List.of(
        () -> Parquet.write(tech.tablesaw.api.Table.create("t"), file),
        () -> Parquet.read(file),
        () -> Sql.open());
    for (Runnable call : calls) {
      try {
        call.run();
        System.out.println("NO EXCEPTION");
      } catch (MissingDependencyException e) {
        System.out.println("MISSING " + e.getMessage());
      } catch (RuntimeException e) {
        System.out.println("OTHER " + e);
      }
    }
  }

  @Test
  void theMessageNamesTheDependency() throws Exception {
    List<String> cp = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (!entry.contains("duckdb")) {
        cp.add(entry);
      }
    }
    // the child needs a file to exist for Parquet.read to reach DuckDB
    Path file = dir.resolve("x.parquet");
    java.nio.file.Files.writeString(file, "PAR1");
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", String.join(File.pathSeparator, cp), MissingDuckDbTest.class.getName(), file.toString())
        .redirectErrorStream(true).start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "child JVM finished");
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    List<String> lines = out.lines().filter(l -> !l.startsWith("SLF4J")).toList();
    assertEquals(3, lines.size(), out);
    for (String line : lines) {
      assertTrue(line.startsWith("MISSING "), out);
      assertTrue(line.contains("org.duckdb:duckdb_jdbc:" + MissingDependencyException.DUCKDB_VERSION), line);
      assertTrue(line.contains("Parquet files are written and read through DuckDB"), line);
    }
    assertTrue(lines.get(0).startsWith("MISSING Parquet.write needs DuckDB"), lines.get(0));
    assertTrue(lines.get(2).startsWith("MISSING Sql.open needs DuckDB"), lines.get(2));
  }

  @Test
  void theNamedVersionIsTheOneOnTheClassPath() throws Exception {
    try (Connection conn = ExportFixtures.jdbc();
        Statement st = conn.createStatement();
        ResultSet rs = st.executeQuery("SELECT version()")) {
      rs.next();
      String v = rs.getString(1); // "v1.4.4"
      assertTrue(MissingDependencyException.DUCKDB_VERSION.startsWith(v.substring(1) + "."),
          v + " vs " + MissingDependencyException.DUCKDB_VERSION);
    }
  }
}
