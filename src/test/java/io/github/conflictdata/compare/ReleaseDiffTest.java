package io.github.conflictdata.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conflictdata.ConflictData;
import io.github.conflictdata.Dataset;
import io.github.conflictdata.DatasetKind;
import io.github.conflictdata.testing.TestXlsx;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/**
 * {@link ReleaseDiff} on the two ACD releases the jar ships, 23.1 (CSV) and 24.1 (Excel), against
 * a diff computed here from the raw files: the CSV split on its quoted commas, the workbook read
 * with the JDK's zip and regular expressions ({@link TestXlsx}), Excel date serials turned into ISO
 * dates here.
 */
class ReleaseDiffTest {
  private static final Path DIR = Path.of("data/ucdp");
  private static final Set<String> DATES = Set.of("start_date", "start_date2", "ep_end_date");

  @Test
  void acd23To24MatchesADiffOfTheRawFiles() throws IOException {
    Map<String, Map<String, String>> raw23 = byKey(csv(DIR.resolve("UcdpPrioConflict_v23_1.csv")));
    // an XML parser reads a literal CR LF in the sheet as LF (XML 1.0, 2.11 End-of-Line Handling)
    Map<String, Map<String, String>> raw24 = byKey(TestXlsx.rows(DIR.resolve("UcdpPrioConflict_v24_1.xlsx"))
        .stream().map(r -> r.stream().map(v -> v.replace("\r\n", "\n").replace('\r', '\n')).toList()).toList());
    TreeSet<String> expectedAdded = new TreeSet<>(raw24.keySet());
    expectedAdded.removeAll(raw23.keySet());
    TreeSet<String> expectedDropped = new TreeSet<>(raw23.keySet());
    expectedDropped.removeAll(raw24.keySet());
    TreeSet<String> expectedChanges = new TreeSet<>();
    for (Map.Entry<String, Map<String, String>> e : raw23.entrySet()) {
      Map<String, String> b = raw24.get(e.getKey());
      if (b == null) {
        continue;
      }
      for (Map.Entry<String, String> cell : e.getValue().entrySet()) {
        String c = cell.getKey();
        if (Set.of("conflict_id", "year", "version").contains(c)) {
          continue;
        }
        String x = cell.getValue();
        String y = b.get(c);
        if (!x.equals(y)) {
          boolean spaceOnly = x.strip().replaceAll("\\s+", " ").equals(y.strip().replaceAll("\\s+", " "));
          expectedChanges.add(e.getKey() + "|" + c + "|" + x + "|" + y + "|" + (spaceOnly ? "whitespace" : "value"));
        }
      }
    }

    ReleaseDiff diff = ReleaseDiff.of(ConflictData.bundled(DatasetKind.UCDP_PRIO_ACD, "23.1"),
        ConflictData.bundled(DatasetKind.UCDP_PRIO_ACD, "24.1"));
    assertEquals(List.of("conflict_id", "year"), diff.keys());
    assertSame(expectedAdded, keys(diff.added()), "added");
    assertSame(expectedDropped, keys(diff.dropped()), "dropped");
    TreeSet<String> actual = new TreeSet<>();
    Table ch = diff.changes();
    for (int r = 0; r < ch.rowCount(); r++) {
      actual.add(ch.intColumn("conflict_id").getInt(r) + "/" + ch.intColumn("year").getInt(r) + "|"
          + ch.getString(r, "column") + "|" + ch.getString(r, "old") + "|" + ch.getString(r, "new")
          + "|" + ch.getString(r, "change"));
    }
    assertSame(expectedChanges, actual, "changes");
    long whitespace = expectedChanges.stream().filter(s -> s.endsWith("|whitespace")).count();
    assertTrue(whitespace > 0 && whitespace < expectedChanges.size(),
        "the raw files differ both in values and in whitespace only: " + whitespace + " of " + expectedChanges.size());

    // the summaries count what changes() holds
    Map<String, int[]> perColumn = new TreeMap<>();
    Map<Integer, int[]> perConflict = new TreeMap<>();
    for (String s : expectedChanges) {
      String[] f = s.split("\\|", -1);
      int slot = f[4].equals("value") ? 0 : 1;
      perColumn.computeIfAbsent(f[1], k -> new int[2])[slot]++;
      perConflict.computeIfAbsent(Integer.parseInt(f[0].split("/")[0]), k -> new int[2])[slot]++;
    }
    Table byColumn = diff.byColumn();
    assertEquals(perColumn.size(), byColumn.rowCount());
    for (int r = 0; r < byColumn.rowCount(); r++) {
      int[] n = perColumn.get(byColumn.getString(r, "column"));
      assertEquals(n[0], byColumn.intColumn("value_changes").getInt(r));
      assertEquals(n[1], byColumn.intColumn("whitespace_changes").getInt(r));
    }
    Table byConflict = diff.byConflict();
    assertEquals(List.of("conflict_id", "value_changes", "whitespace_changes"), byConflict.columnNames());
    assertEquals(perConflict.size(), byConflict.rowCount());
    for (int r = 0; r < byConflict.rowCount(); r++) {
      int[] n = perConflict.get(byConflict.intColumn("conflict_id").getInt(r));
      assertEquals(n[0], byConflict.intColumn("value_changes").getInt(r));
      assertEquals(n[1], byConflict.intColumn("whitespace_changes").getInt(r));
    }
    assertEquals(expectedChanges.size() - whitespace, diff.valueChanges().rowCount());
    String text = diff.toString();
    assertTrue(text.contains(Fmt.count(expectedAdded.size()) + " rows added")
        && text.contains((expectedChanges.size() - whitespace) + " value"), text);
  }

  /** A re-saved copy with one cell's trailing space and one changed value: exactly those two. */
  @Test
  void aResavedCopyShowsItsEditsOnly(@TempDir Path dir) throws IOException {
    Path original = DIR.resolve("UcdpPrioConflict_v23_1.csv");
    List<String> lines = new ArrayList<>(Files.readAllLines(original, StandardCharsets.UTF_8));
    String first = lines.get(1);
    List<String> f = split(first);
    String side = f.get(2);
    lines.set(1, first.replaceFirst("\"" + java.util.regex.Pattern.quote(side) + "\"",
        java.util.regex.Matcher.quoteReplacement("\"" + side + "  \"")));
    String last = lines.get(lines.size() - 1);
    List<String> g = split(last);
    lines.set(lines.size() - 1, last.replace("\"" + g.get(1) + "\"", "\"Elsewhere\""));
    lines.remove(2);
    Path copy = dir.resolve("resaved.csv");
    Files.write(copy, lines, StandardCharsets.UTF_8);

    ReleaseDiff diff = ReleaseDiff.of(ConflictData.read(original), ConflictData.read(copy));
    assertEquals(0, diff.added().rowCount());
    assertEquals(1, diff.dropped().rowCount());
    Table ch = diff.changes();
    assertEquals(2, ch.rowCount(), ch.print());
    assertEquals(List.of("side_a", "location"), ch.stringColumn("column").asList());
    assertEquals(List.of("whitespace", "value"), ch.stringColumn("change").asList());
    assertEquals(List.of(side, g.get(1)), ch.stringColumn("old").asList());
    assertEquals(List.of(side + "  ", "Elsewhere"), ch.stringColumn("new").asList());
  }

  @Test
  void differentKindsAreRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ReleaseDiff.of(ConflictData.bundled(DatasetKind.UCDP_PRIO_ACD),
            ConflictData.bundled(DatasetKind.UCDP_BRD_CONFLICT)));
    assertTrue(e.getMessage().contains("UCDP_PRIO_ACD") && e.getMessage().contains("UCDP_BRD_CONFLICT"),
        e.getMessage());
  }

  /** Equal sets, or a message with the first few elements on either side only. */
  private static void assertSame(TreeSet<String> expected, TreeSet<String> actual, String what) {
    TreeSet<String> missing = new TreeSet<>(expected);
    missing.removeAll(actual);
    TreeSet<String> extra = new TreeSet<>(actual);
    extra.removeAll(expected);
    assertTrue(missing.isEmpty() && extra.isEmpty(), what + ": " + expected.size() + " expected, "
        + actual.size() + " found; missing " + missing.size() + " " + missing.stream().limit(5).toList()
        + ", unexpected " + extra.size() + " " + extra.stream().limit(5).toList());
  }

  private static TreeSet<String> keys(Table t) {
    TreeSet<String> k = new TreeSet<>();
    for (int r = 0; r < t.rowCount(); r++) {
      k.add(t.intColumn("conflict_id").getInt(r) + "/" + t.intColumn("year").getInt(r));
    }
    return k;
  }

  /** Rows as column name to cell, by "conflict_id/year"; dates as ISO, numbers without ".0". */
  private static Map<String, Map<String, String>> byKey(List<List<String>> rows) {
    List<String> header = rows.get(0);
    Map<String, Map<String, String>> out = new LinkedHashMap<>();
    for (List<String> row : rows.subList(1, rows.size())) {
      Map<String, String> m = new HashMap<>();
      for (int i = 0; i < header.size(); i++) {
        String v = i < row.size() ? row.get(i) : "";
        if (DATES.contains(header.get(i)) && v.matches("\\d+(\\.0+)?")) {
          v = LocalDate.of(1899, 12, 30).plusDays(Long.parseLong(v.replaceAll("\\.0+$", ""))).toString();
        } else if (v.matches("-?\\d+\\.0+")) {
          v = v.replaceAll("\\.0+$", "");
        }
        m.put(header.get(i), v);
      }
      out.put(m.get("conflict_id") + "/" + m.get("year"), m);
    }
    return out;
  }

  private static List<List<String>> csv(Path file) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isEmpty()) {
        rows.add(split(line));
      }
    }
    return rows;
  }

  /** One record of UCDP's CSV: every field quoted, a doubled quote inside a field. */
  private static List<String> split(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
        cur.append('"');
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        fields.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    fields.add(cur.toString());
    return fields;
  }
}
