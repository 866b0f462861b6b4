package io.github.conflictdata.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.FloatColumn;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.ShortColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.api.TimeColumn;

/** A plain Tablesaw table of every column type, with missing cells, through Parquet and back. */
class ParquetTypesTest {
  @TempDir Path dir;

  static Table everyType() {
    IntColumn ints = IntColumn.create("ints");
    ints.append(1).appendMissing().append(-2_000_000_000);
    ShortColumn shorts = ShortColumn.create("shorts");
    shorts.append((short) 7).append((short) -7).appendMissing();
    LongColumn longs = LongColumn.create("longs");
    longs.append(1_607_040_000_000L).appendMissing().append(-1L);
    FloatColumn floats = FloatColumn.create("floats");
    floats.append(1.5f).append(-0.25f).appendMissing();
    DoubleColumn doubles = DoubleColumn.create("doubles");
    doubles.append(40.1792).appendMissing().append(-1e300);
    BooleanColumn bools = BooleanColumn.create("bools");
    bools.append(true).append(false).appendMissing();
    StringColumn text = StringColumn.create("text");
    text.append("Azərbaycan, \"Əliyev\"").appendMissing().append("Côte d’Ivoire; 'quoted' 日本");
    DateColumn dates = DateColumn.create("dates");
    dates.append(LocalDate.of(2020, 9, 27)).append(LocalDate.of(1816, 1, 1)).appendMissing();
    DateTimeColumn times = DateTimeColumn.create("datetimes");
    times.append(LocalDateTime.of(2020, 11, 10, 1, 0, 0)).appendMissing().append(LocalDateTime.of(1946, 1, 1, 0, 0));
    TimeColumn clock = TimeColumn.create("times");
    clock.appendMissing().append(LocalTime.of(23, 59, 58)).append(LocalTime.NOON);
    InstantColumn instants = InstantColumn.create("instants");
    instants.append(Instant.parse("2020-11-09T21:00:00Z")).appendMissing().append(Instant.EPOCH);
    StringColumn spaced = StringColumn.create("Sum [bd_best]");
    spaced.append("a").append("b").append("c");
    return Table.create("every type", ints, shorts, longs, floats, doubles, bools, text, dates, times,
        clock, instants, spaced);
  }

  @Test
  void everyTypeRoundTripsWithMissingCells() {
    Table t = everyType();
    Path file = dir.resolve("types.parquet");
    Parquet.writer().metadata("made_by", "ParquetTypesTest").write(t, file);
    Table back = Parquet.readTable(file);
    ExportFixtures.assertSameCells(t, back, "every type");
    assertEquals("types", back.name());
    Map<String, String> md = Parquet.metadata(file);
    assertEquals("every type", md.get("title"));
    assertEquals("ParquetTypesTest", md.get("made_by"));
  }

  @Test
  void parquetTypesAsDocumented() throws Exception {
    Path file = dir.resolve("types.parquet");
    Parquet.write(everyType(), file);
    Map<String, String> types = new HashMap<>();
    try (Connection conn = ExportFixtures.jdbc();
        Statement st = conn.createStatement();
        ResultSet rs = st.executeQuery("SELECT name, type, converted_type, logical_type FROM parquet_schema("
            + ExportFixtures.lit(file) + ")")) {
      while (rs.next()) {
        types.put(rs.getString(1), rs.getString(2) + "/" + rs.getString(3));
      }
    }
    assertEquals("INT32/INT_32", types.get("ints"));
    assertEquals("INT32/INT_16", types.get("shorts"));
    assertEquals("INT64/INT_64", types.get("longs"));
    assertEquals("FLOAT/null", types.get("floats"));
    assertEquals("DOUBLE/null", types.get("doubles"));
    assertEquals("BOOLEAN/null", types.get("bools"));
    assertEquals("BYTE_ARRAY/UTF8", types.get("text"));
    assertEquals("INT32/DATE", types.get("dates"));
    assertEquals("INT64/TIMESTAMP_MICROS", types.get("datetimes"));
    assertEquals("INT64/TIMESTAMP_MICROS", types.get("instants"));
    assertEquals("INT64/TIME_MICROS", types.get("times"));
  }

  @Test
  void compressionIsAnOption() {
    Table t = everyType();
    for (String codec : new String[] {"zstd", "gzip", "uncompressed"}) {
      Path file = dir.resolve(codec + ".parquet");
      Parquet.writer().compression(codec).write(t, file);
      ExportFixtures.assertSameCells(t, Parquet.readTable(file), codec);
    }
  }
}
