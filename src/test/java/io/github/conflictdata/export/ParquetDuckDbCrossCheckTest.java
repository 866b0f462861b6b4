package io.github.conflictdata.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conflictdata.Dataset;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The Parquet files of every bundled release read by another engine: DuckDB over plain JDBC
 * counts rows and non-null cells and sums every numeric column, compared with the same figures
 * computed here from the Tablesaw table; and the file's own schema (parquet_schema) says each
 * column has the physical and logical type it should.
 */
class ParquetDuckDbCrossCheckTest {
  @TempDir Path dir;

  @TestFactory
  Stream<DynamicTest> duckDbReadsTheSameFigures() {
    return ExportFixtures.bundled().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(),
        () -> crossCheck(e.getKey(), e.getValue())));
  }

  private void crossCheck(String name, Dataset d) throws Exception {
    Path file = dir.resolve(name.replace(' ', '_') + ".parquet");
    Parquet.write(d, file);
    Table t = d.table();
    try (Connection conn = ExportFixtures.jdbc(); Statement st = conn.createStatement()) {
      try (ResultSet rs = st.executeQuery("SELECT count(*) FROM read_parquet(" + ExportFixtures.lit(file) + ")")) {
        rs.next();
        assertEquals(t.rowCount(), rs.getLong(1), name + ": rows");
      }
      int numeric = 0;
      for (Column<?> c : t.columns()) {
        String col = "\"" + c.name().replace("\"", "\"\"") + "\"";
        String from = " FROM read_parquet(" + ExportFixtures.lit(file) + ")";
        if (c instanceof NumericColumn<?> n) {
          numeric++;
          double tablesawSum = 0;
          int present = 0;
          for (int r = 0; r < n.size(); r++) {
            if (!n.isMissing(r)) {
              tablesawSum += n.getDouble(r);
              present++;
            }
          }
          try (ResultSet rs = st.executeQuery(
              "SELECT count(" + col + "), CAST(sum(" + col + ") AS DOUBLE)" + from)) {
            rs.next();
            assertEquals(present, rs.getLong(1), name + ": non-null cells of " + c.name());
            double duckSum = rs.getDouble(2);
            if (present == 0) {
              assertTrue(rs.wasNull(), name + ": sum of all-missing " + c.name());
            } else {
              assertEquals(tablesawSum, duckSum, Math.abs(tablesawSum) * 1e-12, name + ": sum of " + c.name());
            }
          }
        } else if (c instanceof DateColumn dates) {
          try (ResultSet rs = st.executeQuery("SELECT count(" + col + "), min(" + col + "), max(" + col + ")" + from)) {
            rs.next();
            assertEquals(dates.size() - dates.countMissing(), rs.getLong(1), name + ": dates in " + c.name());
            if (rs.getLong(1) > 0) {
              assertEquals(dates.min(), rs.getObject(2, LocalDate.class), name + ": first date in " + c.name());
              assertEquals(dates.max(), rs.getObject(3, LocalDate.class), name + ": last date in " + c.name());
            }
          }
        } else {
          try (ResultSet rs = st.executeQuery("SELECT count(" + col + ")" + from)) {
            rs.next();
            assertEquals(c.size() - c.countMissing(), rs.getLong(1), name + ": non-null cells of " + c.name());
          }
        }
      }
      assertTrue(numeric > 0, name + " has numeric columns");

      // the file's own column types
      Map<String, String[]> schema = new HashMap<>();
      try (ResultSet rs = st.executeQuery("SELECT name, type, converted_type, logical_type FROM parquet_schema("
          + ExportFixtures.lit(file) + ")")) {
        while (rs.next()) {
          schema.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3), rs.getString(4)});
        }
      }
      for (Column<?> c : t.columns()) {
        String[] s = schema.get(c.name());
        assertTrue(s != null, name + ": " + c.name() + " in the Parquet schema");
        String what = name + ": Parquet type of " + c.name() + " " + String.join("/", String.valueOf(s[0]),
            String.valueOf(s[1]), String.valueOf(s[2]));
        ColumnType type = c.type();
        if (type == ColumnType.INTEGER) {
          assertEquals("INT32", s[0], what);
        } else if (type == ColumnType.LONG) {
          assertEquals("INT64", s[0], what);
        } else if (type == ColumnType.DOUBLE) {
          assertEquals("DOUBLE", s[0], what);
        } else if (type == ColumnType.STRING) {
          assertEquals("BYTE_ARRAY", s[0], what);
          assertEquals("UTF8", s[1], what);
        } else if (type == ColumnType.LOCAL_DATE) {
          assertEquals("INT32", s[0], what);
          assertEquals("DATE", s[1], what);
        } else {
          throw new AssertionError(what + ": unexpected Tablesaw type " + type);
        }
      }
    }
  }
}
