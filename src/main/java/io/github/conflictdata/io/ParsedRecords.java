package io.github.conflictdata.io;

import io.github.conflictdata.DatasetFormatException;
import io.github.conflictdata.Problem;
import java.util.List;

/**
 * A read-only view of a file's parsed records before the table is built, for {@link Refiner}s:
 * cells by column name and row, and the file position of each row for problems.
 */
public final class ParsedRecords {
  private final String file;
  private final Schema schema;
  private final Plan plan;
  private final List<Chunk> chunks;
  private final int[] starts;
  private final int rows;

  ParsedRecords(String file, Schema schema, Plan plan, List<Chunk> chunks) {
    this.file = file;
    this.schema = schema;
    this.plan = plan;
    this.chunks = chunks;
    this.starts = new int[chunks.size() + 1];
    int n = 0;
    for (int i = 0; i < chunks.size(); i++) {
      starts[i] = n;
      n += chunks.get(i).rows;
    }
    starts[chunks.size()] = n;
    this.rows = n;
  }

  /** The number of records parsed. */
  public int rows() {
    return rows;
  }

  /** True if the file has the schema column {@code column} (current name). */
  public boolean has(String column) {
    return slot(column) >= 0;
  }

  /** The text of a text column's cell, or null if empty. */
  public String text(String column, int row) {
    int s = slotOrThrow(column, ColumnType.TEXT);
    int c = chunk(row);
    return chunks.get(c).text(s, row - starts[c]);
  }

  /** The value of a whole-number column's cell, or {@link Integer#MIN_VALUE} if missing. */
  public int integer(String column, int row) {
    int s = slotOrThrow(column, ColumnType.INT);
    int c = chunk(row);
    return ((int[]) chunks.get(c).data[s])[row - starts[c]];
  }

  /** The physical line where record {@code row} starts. */
  public long line(int row) {
    int c = chunk(row);
    return chunks.get(c).lines[row - starts[c]];
  }

  /** A positioned problem in {@code row} at {@code column}, ready to be thrown. */
  public DatasetFormatException problem(int row, String column, String found, String expected) {
    int s = slot(column);
    int field = s < 0 ? -1 : plan.slotField[s];
    return new DatasetFormatException(file, schema.kind(), null, new Problem(file, line(row),
        field + 1, field < 0 ? "" : plan.header(field), found, expected));
  }

  int slot(String column) {
    for (int s = 0; s < plan.slotCount; s++) {
      if (plan.slotName[s].equals(column) && plan.slotField[s] >= 0) {
        return s;
      }
    }
    return -1;
  }

  private int slotOrThrow(String column, ColumnType type) {
    int s = slot(column);
    if (s < 0 || plan.type[s] != type) {
      throw new IllegalArgumentException("no " + type + " column " + column + " in the file");
    }
    return s;
  }

  private int chunk(int row) {
    if (row < 0 || row >= rows) {
      throw new IndexOutOfBoundsException(row);
    }
    int lo = 0;
    int hi = chunks.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (starts[mid] <= row) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }
}
