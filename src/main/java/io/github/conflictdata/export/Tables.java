package io.github.conflictdata.export;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.ColumnType;
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
import tech.tablesaw.columns.Column;

/**
 * Moves Tablesaw tables into DuckDB (a typed {@code CREATE TABLE}, then DuckDB's appender) and
 * query results back into Tablesaw tables, keeping the types both ways:
 *
 * <table>
 *   <caption>Types</caption>
 *   <tr><th>Tablesaw</th><th>DuckDB</th><th>Parquet</th></tr>
 *   <tr><td>IntColumn</td><td>INTEGER</td><td>INT32</td></tr>
 *   <tr><td>ShortColumn</td><td>SMALLINT</td><td>INT32 (INT(16))</td></tr>
 *   <tr><td>LongColumn</td><td>BIGINT</td><td>INT64</td></tr>
 *   <tr><td>FloatColumn</td><td>FLOAT</td><td>FLOAT</td></tr>
 *   <tr><td>DoubleColumn</td><td>DOUBLE</td><td>DOUBLE</td></tr>
 *   <tr><td>BooleanColumn</td><td>BOOLEAN</td><td>BOOLEAN</td></tr>
 *   <tr><td>StringColumn</td><td>VARCHAR</td><td>BYTE_ARRAY (STRING, UTF-8)</td></tr>
 *   <tr><td>DateColumn</td><td>DATE</td><td>INT32 (DATE)</td></tr>
 *   <tr><td>DateTimeColumn</td><td>TIMESTAMP</td><td>INT64 (TIMESTAMP, micros)</td></tr>
 *   <tr><td>TimeColumn</td><td>TIME</td><td>INT64 (TIME, micros)</td></tr>
 *   <tr><td>InstantColumn</td><td>TIMESTAMP WITH TIME ZONE</td><td>INT64 (TIMESTAMP, UTC)</td></tr>
 * </table>
 *
 * <p>Missing values (Tablesaw's sentinels, NaN in decimal columns, empty text) become SQL nulls,
 * and nulls become missing values.
 */
final class Tables {
  private Tables() {}

  /** The DuckDB type of a Tablesaw column type, or an error naming the column. */
  static String sqlType(Column<?> c) {
    ColumnType t = c.type();
    if (t == ColumnType.INTEGER) {
      return "INTEGER";
    } else if (t == ColumnType.SHORT) {
      return "SMALLINT";
    } else if (t == ColumnType.LONG) {
      return "BIGINT";
    } else if (t == ColumnType.FLOAT) {
      return "FLOAT";
    } else if (t == ColumnType.DOUBLE) {
      return "DOUBLE";
    } else if (t == ColumnType.BOOLEAN) {
      return "BOOLEAN";
    } else if (t == ColumnType.STRING) {
      return "VARCHAR";
    } else if (t == ColumnType.LOCAL_DATE) {
      return "DATE";
    } else if (t == ColumnType.LOCAL_DATE_TIME) {
      return "TIMESTAMP";
    } else if (t == ColumnType.LOCAL_TIME) {
      return "TIME";
    } else if (t == ColumnType.INSTANT) {
      return "TIMESTAMP WITH TIME ZONE";
    }
    throw new IllegalArgumentException(
        "column '" + c.name() + "' has Tablesaw type " + t.name() + ", which has no SQL type here");
  }

  /**
   * Creates table {@code name} in the connection's database with {@code table}'s columns and
   * types, and appends its rows in order.
   *
   * @throws IllegalArgumentException if two column names differ only in case (SQL engines and
   *     Parquet readers such as Spark and DuckDB treat names case-insensitively) or a column type
   *     has no SQL counterpart
   */
  static void load(Connection conn, String name, Table table) throws SQLException {
    Map<String, String> seen = new HashMap<>();
    StringBuilder ddl = new StringBuilder("CREATE TABLE ").append(Engines.ident(name)).append(" (");
    for (int i = 0; i < table.columnCount(); i++) {
      Column<?> c = table.column(i);
      String previous = seen.put(c.name().toLowerCase(Locale.ROOT), c.name());
      if (previous != null) {
        throw new IllegalArgumentException(
            "table '" + table.name() + "' has columns '" + previous + "' and '" + c.name()
                + "', whose names differ only in case: SQL engines and Parquet readers (DuckDB,"
                + " Spark) treat them as one. Rename one first (column.setName(...)).");
      }
      ddl.append(i == 0 ? "" : ", ").append(Engines.ident(c.name())).append(' ').append(sqlType(c));
    }
    if (table.columnCount() == 0) {
      throw new IllegalArgumentException("table '" + table.name() + "' has no columns");
    }
    ddl.append(')');
    try (Statement st = conn.createStatement()) {
      st.execute(ddl.toString());
    }
    DuckDBConnection duck = conn.unwrap(DuckDBConnection.class);
    List<Appender> cells = new ArrayList<>();
    for (int i = 0; i < table.columnCount(); i++) {
      cells.add(appender(table.column(i)));
    }
    try (DuckDBAppender app = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, name)) {
      int rows = table.rowCount();
      for (int r = 0; r < rows; r++) {
        app.beginRow();
        for (Appender a : cells) {
          a.append(app, r);
        }
        app.endRow();
      }
      app.flush();
    }
  }

  /** Appends one cell of a column. */
  private interface Appender {
    void append(DuckDBAppender app, int row) throws SQLException;
  }

  private static Appender appender(Column<?> c) {
    if (c instanceof IntColumn col) {
      return (app, r) -> {
        if (col.isMissing(r)) {
          app.appendNull();
        } else {
          app.append(col.getInt(r));
        }
      };
    } else if (c instanceof ShortColumn col) {
      return (app, r) -> {
        if (col.isMissing(r)) {
          app.appendNull();
        } else {
          app.append(col.getShort(r));
        }
      };
    } else if (c instanceof LongColumn col) {
      return (app, r) -> {
        if (col.isMissing(r)) {
          app.appendNull();
        } else {
          app.append(col.getLong(r));
        }
      };
    } else if (c instanceof FloatColumn col) {
      return (app, r) -> {
        if (col.isMissing(r)) {
          app.appendNull();
        } else {
          app.append(col.getFloat(r));
        }
      };
    } else if (c instanceof DoubleColumn col) {
      return (app, r) -> {
        if (col.isMissing(r)) {
          app.appendNull();
        } else {
          app.append(col.getDouble(r));
        }
      };
    } else if (c instanceof BooleanColumn col) {
      return (app, r) -> {
        if (col.isMissing(r)) {
          app.appendNull();
        } else {
          app.append(col.get(r).booleanValue());
        }
      };
    } else if (c instanceof StringColumn col) {
      return (app, r) -> {
        if (col.isMissing(r)) {
          app.appendNull();
        } else {
          app.append(col.get(r));
        }
      };
    } else if (c instanceof DateColumn col) {
      return (app, r) -> {
        if (col.isMissing(r)) {
          app.appendNull();
        } else {
          app.append(col.get(r));
        }
      };
    } else if (c instanceof DateTimeColumn col) {
      return (app, r) -> {
        if (col.isMissing(r)) {
          app.appendNull();
        } else {
          app.append(col.get(r));
        }
      };
    } else if (c instanceof TimeColumn col) {
      return (app, r) -> {
        if (col.isMissing(r)) {
          app.appendNull();
        } else {
          app.append(col.get(r));
        }
      };
    } else if (c instanceof InstantColumn col) {
      return (app, r) -> {
        if (col.isMissing(r)) {
          app.appendNull();
        } else {
          app.append(col.get(r).atOffset(java.time.ZoneOffset.UTC));
        }
      };
    }
    throw new IllegalArgumentException(
        "column '" + c.name() + "' has Tablesaw type " + c.type().name() + ", which has no SQL type here");
  }

  /**
   * Reads a whole result set into a Tablesaw table named {@code name}, one column per result
   * column, typed by its SQL type (see the class comment; also TINYINT and UTINYINT as
   * ShortColumn, USMALLINT as IntColumn, UINTEGER, UBIGINT and HUGEINT (DuckDB's type of {@code
   * sum} over integers) as LongColumn, DECIMAL as DoubleColumn, ENUM and UUID as StringColumn).
   *
   * @throws IllegalArgumentException for a column of a type with no Tablesaw counterpart (lists,
   *     structs, maps, blobs, intervals: cast them in the query), for two result columns of the
   *     same name, and for a HUGEINT or UBIGINT value beyond a long
   */
  static Table read(ResultSet rs, String name) throws SQLException {
    ResultSetMetaData md = rs.getMetaData();
    int n = md.getColumnCount();
    List<Reader> readers = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    Table out = Table.create(name);
    for (int i = 1; i <= n; i++) {
      String col = md.getColumnLabel(i);
      Integer previous = seen.put(col, i);
      if (previous != null) {
        throw new IllegalArgumentException(
            "the query returns two columns named '" + col + "' (columns " + previous + " and " + i
                + "): give them distinct names with AS");
      }
      Reader r = reader(col, md.getColumnTypeName(i), i);
      readers.add(r);
      out.addColumns(r.column());
    }
    while (rs.next()) {
      for (Reader r : readers) {
        r.read(rs);
      }
    }
    return out;
  }

  /** Reads one result column, cell by cell, into its Tablesaw column. */
  private interface Reader {
    Column<?> column();

    void read(ResultSet rs) throws SQLException;
  }

  /** One cell of a result set as a value of the column's type, or null when the cell is SQL NULL. */
  private interface Cell<T> {
    T get(ResultSet rs, int index) throws SQLException;
  }

  /** A reader that appends each cell's value to {@code c}, SQL NULL as a missing value. */
  private static <T> Reader reader(Column<T> c, int index, Cell<T> cell) {
    return new Reader() {
      @Override
      public Column<?> column() {
        return c;
      }

      @Override
      public void read(ResultSet rs) throws SQLException {
        T v = cell.get(rs, index);
        if (v == null || rs.wasNull()) {
          c.appendMissing();
        } else {
          c.append(v);
        }
      }
    };
  }

  private static Reader reader(String name, String sqlType, int index) {
    String t = sqlType.toUpperCase(Locale.ROOT);
    switch (t) {
      case "BOOLEAN":
        return reader(BooleanColumn.create(name), index, ResultSet::getBoolean);
      case "TINYINT":
      case "SMALLINT":
      case "UTINYINT":
        return reader(ShortColumn.create(name), index, ResultSet::getShort);
      case "INTEGER":
      case "USMALLINT":
        return reader(IntColumn.create(name), index, ResultSet::getInt);
      case "BIGINT":
      case "UINTEGER":
      case "UBIGINT":
      case "HUGEINT":
      case "UHUGEINT":
        return reader(LongColumn.create(name), index, (rs, i) -> {
          Object v = rs.getObject(i);
          if (v instanceof BigInteger b && b.bitLength() > 63) {
            throw new IllegalArgumentException("column '" + name + "' (" + sqlType + ") holds " + b
                + ", beyond a long: CAST it to DOUBLE in the query");
          }
          return v == null ? null : ((Number) v).longValue();
        });
      case "FLOAT":
        return reader(FloatColumn.create(name), index, ResultSet::getFloat);
      case "DOUBLE":
        return reader(DoubleColumn.create(name), index, ResultSet::getDouble);
      case "VARCHAR":
      case "UUID":
        return reader(StringColumn.create(name), index, ResultSet::getString);
      case "DATE":
        return reader(DateColumn.create(name), index, (rs, i) -> rs.getObject(i, LocalDate.class));
      case "TIMESTAMP":
      case "TIMESTAMP_S":
      case "TIMESTAMP_MS":
      case "TIMESTAMP_NS":
        return reader(DateTimeColumn.create(name), index,
            (rs, i) -> rs.getObject(i, LocalDateTime.class));
      case "TIME":
        // "23:59:58" or "23:59:58.123456"
        return reader(TimeColumn.create(name), index, (rs, i) -> {
          String v = rs.getString(i);
          return v == null ? null : LocalTime.parse(v);
        });
      case "TIMESTAMP WITH TIME ZONE":
      case "TIMESTAMPTZ":
        return reader(InstantColumn.create(name), index, (rs, i) -> {
          OffsetDateTime v = rs.getObject(i, OffsetDateTime.class);
          return v == null ? null : v.toInstant();
        });
      default:
        break;
    }
    if (t.startsWith("DECIMAL")) {
      return reader(DoubleColumn.create(name), index, (rs, i) -> {
        BigDecimal v = rs.getBigDecimal(i);
        return v == null ? null : v.doubleValue();
      });
    }
    if (t.startsWith("ENUM")) {
      return reader(StringColumn.create(name), index, ResultSet::getString);
    }
    throw new IllegalArgumentException(
        "column '" + name + "' has SQL type " + sqlType + ", which has no Tablesaw column type: cast"
            + " it in the query (e.g. CAST(" + name + " AS VARCHAR))");
  }
}
