package io.github.conflictdata.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conflictdata.ConflictData;
import io.github.conflictdata.DatasetKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** {@link Sums#by} and {@link Sums#count} on the bundled BRD 24.1, against sums of the raw CSV. */
class SumsByGroupTest {
  @Test
  void perYearSumsAndCountsMatchTheRawFileAndPrintWithSeparators() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("data/ucdp/BattleDeaths_v24_1_conf.csv"), StandardCharsets.UTF_8);
    List<String> header = List.of(lines.get(0).replace("\"", "").split(","));
    int year = header.indexOf("year");
    int best = header.indexOf("bd_best");
    Map<Integer, long[]> expected = new TreeMap<>();
    for (String l : lines.subList(1, lines.size())) {
      // numbers are never quoted with commas in this file; quoted text may hold commas
      String[] f = l.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
      long[] e = expected.computeIfAbsent(Integer.parseInt(f[year].replace("\"", "")), k -> new long[2]);
      e[0] += Long.parseLong(f[best].replace("\"", ""));
      e[1]++;
    }
    Table t = ConflictData.bundled(DatasetKind.UCDP_BRD_CONFLICT).table();
    Table sums = Sums.by(t, List.of("year"), "bd_best");
    Table rows = Sums.count(t, "year");
    assertEquals(List.of("year", "bd_best"), sums.columnNames());
    assertEquals(List.of("year", "rows"), rows.columnNames());
    assertEquals(expected.size(), sums.rowCount());
    int r = 0;
    for (Map.Entry<Integer, long[]> e : expected.entrySet()) {
      assertEquals(e.getKey().intValue(), sums.numberColumn("year").getDouble(r));
      assertEquals(e.getValue()[0], sums.numberColumn("bd_best").getDouble(r));
      assertEquals(e.getValue()[1], rows.numberColumn("rows").getDouble(r));
      r++;
    }
    String printed = sums.print();
    assertTrue(printed.matches("(?s).*\\d,\\d{3}.*"), "sums print with thousands separators:\n" + printed);
  }
}
