package io.github.conflictdata;

import static org.junit.jupiter.api.Assertions.fail;

import io.github.conflictdata.CsvText.Layout;
import io.github.conflictdata.RandomTables.Cell;
import io.github.conflictdata.RandomTables.DateStyle;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Lenient mode never drops a well-formed record and reports every skipped one with its lines.
 * Random valid tables get malformed lines injected at known places (a record cut short, one with
 * an extra field, a non-numeric count, an empty required field, a record broken across two lines
 * as a spreadsheet re-save leaves it); then a strict read must throw naming exactly those lines, and
 * a lenient read must return every other record unchanged and report exactly those lines. Row
 * counts: records read = data lines - header - skipped lines.
 */
class ReaderLenientTest {
  private static final long SEED = Long.getLong("conflictdata.seed", 7_20261125L);
  private static final int ITERATIONS = Integer.getInteger("conflictdata.iterations", 120);

  enum Damage {
    TOO_FEW_FIELDS,
    EXTRA_FIELD,
    NON_NUMERIC_COUNT,
    EMPTY_REQUIRED,
    BROKEN_ACROSS_TWO_LINES
  }

  /** The column made non-numeric: a count where the kind has one, else the year or id. */
  static int numericColumn(List<String> header) {
    for (String n :
        List.of("bd_best", "bdeadlow", "BatDeath", "DeathsSideA", "SideADeaths", "year", "WarNum")) {
      int i = header.indexOf(n);
      if (i >= 0) {
        return i;
      }
    }
    throw new AssertionError("no numeric column in " + header);
  }

  /** A required column: the year where the kind has one, else the war number. */
  static int requiredColumn(List<String> header) {
    int i = header.indexOf("year");
    return i >= 0 ? i : header.indexOf("WarNum");
  }

  @Test
  void lenientKeepsEveryGoodRecordAndReportsEveryBadLine() {
    System.out.println("ReaderLenientTest seed " + SEED + ", " + ITERATIONS + " files");
    Random rnd = new Random(SEED);
    DatasetKind[] kinds = {
      DatasetKind.UCDP_BRD_CONFLICT, DatasetKind.UCDP_PRIO_ACD, DatasetKind.COW_INTER_STATE,
      DatasetKind.COW_INTRA_STATE, DatasetKind.COW_EXTRA_STATE, DatasetKind.COW_NON_STATE,
      DatasetKind.PRIO_BATTLE_DEATHS, DatasetKind.ACLED_EVENTS
    };
    List<String> failures = new ArrayList<>();
    int damaged = 0;
    int good = 0;
    for (int it = 0; it < ITERATIONS; it++) {
      DatasetKind kind = kinds[it % kinds.length];
      boolean cp1252 = rnd.nextInt(4) == 0;
      RandomTables.Table t =
          RandomTables.generate(
              RandomTables.spec(kind), rnd, 8 + rnd.nextInt(25), cp1252, DateStyle.ISO,
              rnd.nextBoolean(), false);
      t = withoutNewlinesInCells(t);
      Layout layout = ReaderNoLossTest.randomLayout(rnd, cp1252);
      String end = layout.lineEnd();
      StringBuilder text = new StringBuilder();
      for (List<String> h : t.writtenRows(true).subList(0, t.headerLines())) {
        text.append(CsvText.record(h, layout)).append(end);
      }
      int line = t.headerLines();
      TreeSet<Long> bad = new TreeSet<>();
      List<List<Cell>> kept = new ArrayList<>();
      List<String> injected = new ArrayList<>();
      for (List<Cell> row : t.rows()) {
        List<String> fields = new ArrayList<>();
        for (Cell c : row) {
          fields.add(c.written());
        }
        if (rnd.nextInt(5) == 0) {
          Damage d = Damage.values()[rnd.nextInt(Damage.values().length)];
          injected.add(d + "@" + (line + 1));
          switch (d) {
            case TOO_FEW_FIELDS -> fields = fields.subList(0, fields.size() / 2);
            case EXTRA_FIELD -> fields.add("surplus");
            case NON_NUMERIC_COUNT -> fields.set(numericColumn(t.header()), "about 300");
            case EMPTY_REQUIRED -> fields.set(requiredColumn(t.header()), "");
            case BROKEN_ACROSS_TWO_LINES -> {
              int cut = 2 + rnd.nextInt(fields.size() - 4);
              text.append(CsvText.record(fields.subList(0, cut), layout)).append(end);
              bad.add((long) ++line);
              fields = fields.subList(cut, fields.size());
            }
          }
          text.append(CsvText.record(fields, layout)).append(end);
          bad.add((long) ++line);
        } else {
          text.append(CsvText.record(fields, layout)).append(end);
          line++;
          kept.add(row);
        }
      }
      byte[] bytes = CsvText.encode(text.toString(), layout);
      damaged += bad.size();
      good += kept.size();
      String name = "lenient-" + it + ".csv";
      String what = "file " + it + " (" + kind + ", " + layout.describe() + ", " + injected + ")";
      // strict: throws, naming exactly the damaged lines
      try {
        ConflictData.reader().kind(kind).read(new ByteArrayInputStream(bytes), name);
        if (!bad.isEmpty()) {
          failures.add(what + ": strict read succeeded");
          ReaderNoLossTest.keep(name, bytes);
        }
      } catch (DatasetFormatException e) {
        TreeSet<Long> lines = new TreeSet<>();
        e.problems().forEach(p -> lines.add(p.line()));
        if (!lines.equals(bad)) {
          failures.add(what + ": strict read named lines " + lines + ", damaged " + bad);
          ReaderNoLossTest.keep(name, bytes);
        }
      } catch (RuntimeException e) {
        failures.add(what + ": strict read threw " + e);
      }
      // lenient: every good record unchanged, every bad line reported
      try {
        Dataset ds =
            ConflictData.reader().kind(kind).lenient().read(new ByteArrayInputStream(bytes), name);
        TreeSet<Long> lines = new TreeSet<>();
        ds.problems().forEach(p -> lines.add(p.line()));
        long dataLines = line - t.headerLines();
        if (ds.table().rowCount() != dataLines - bad.size()) {
          failures.add(what + ": " + ds.table().rowCount() + " rows, expected " + dataLines
              + " data lines - " + bad.size() + " skipped");
        }
        if (!lines.equals(bad)) {
          failures.add(what + ": lenient read reported lines " + lines + ", damaged " + bad);
        }
        List<String> diffs =
            ReadBack.differences(ds, new RandomTables.Table(t.spec(), t.header(), kept, t.dates()), 3);
        if (!diffs.isEmpty()) {
          failures.add(what + ": kept records changed: " + diffs);
        }
        if (!failures.isEmpty() && failures.get(failures.size() - 1).startsWith(what)) {
          ReaderNoLossTest.keep(name, bytes);
        }
      } catch (RuntimeException e) {
        failures.add(what + ": lenient read threw " + ReaderNoLossTest.firstLines(e.toString()));
        ReaderNoLossTest.keep(name, bytes);
      }
    }
    System.out.println("ReaderLenientTest: " + good + " good records, " + damaged
        + " damaged lines, " + failures.size() + " failures");
    if (!failures.isEmpty()) {
      fail("seed " + SEED + ": " + failures.size() + " failures (files in target/hostile-failures):\n"
          + String.join("\n", failures.subList(0, Math.min(20, failures.size()))));
    }
  }

  /** The same table with line breaks inside cells replaced by spaces (physical lines = records). */
  static RandomTables.Table withoutNewlinesInCells(RandomTables.Table t) {
    List<List<Cell>> rows = new ArrayList<>();
    for (List<Cell> r : t.rows()) {
      List<Cell> out = new ArrayList<>();
      for (Cell c : r) {
        if (c.written().indexOf('\n') >= 0 && c.value() instanceof String) {
          String w = c.written().replace('\n', ' ');
          out.add(new Cell(w, w, c.rawCode(), c.textOrCode()));
        } else {
          out.add(c);
        }
      }
      rows.add(out);
    }
    return new RandomTables.Table(t.spec(), t.header(), rows, t.dates());
  }
}
