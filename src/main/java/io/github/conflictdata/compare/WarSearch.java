package io.github.conflictdata.compare;

import static io.github.conflictdata.io.ColumnType.TEXT;

import io.github.conflictdata.CuratedTable;
import io.github.conflictdata.DatasetFormatException;
import io.github.conflictdata.io.ColumnSpec;
import io.github.conflictdata.io.Schema;
import io.github.conflictdata.io.StrictCsv;
import io.github.conflictdata.compare.AcdConflicts.Year;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * {@link War#find(String)}: scores curated wars and every UCDP conflict against the words of a
 * query. The curated aliases ({@code data/concordance/aliases.csv}) are read strictly: a bad row
 * is a {@link DatasetFormatException} with file, line and column.
 */
final class WarSearch {
  /** Classpath location of the bundled aliases. */
  static final String RESOURCE = "/io/github/conflictdata/data/concordance/aliases.csv";

  /** The aliases layout: {@code war} (a concordance key), {@code alias}, {@code note}. */
  static final Schema SCHEMA = Schema.curated(CuratedTable.ALIASES)
      .column(ColumnSpec.key("war", TEXT))
      .column(ColumnSpec.key("alias", TEXT))
      .column(ColumnSpec.key("note", TEXT))
      .licence("Apache-2.0 (conflictdata)")
      .build();

  private static volatile Map<String, List<String>> aliases;

  private WarSearch() {}

  /** Reads an aliases file strictly; every {@code war} must be a key of the concordance. */
  static Map<String, List<String>> read(InputStream in, String name, Concordance c) {
    StrictCsv csv = StrictCsv.read(in, name, SCHEMA);
    Table t = csv.table();
    Set<String> keys = new HashSet<>();
    c.entries().forEach(e -> keys.add(e.war()));
    StringColumn war = t.stringColumn("war");
    csv.requireRows("war", r -> keys.contains(war.get(r)), "a war key of the concordance");
    Map<String, List<String>> out = new HashMap<>();
    for (int r = 0; r < t.rowCount(); r++) {
      out.computeIfAbsent(war.get(r), k -> new ArrayList<>()).add(t.stringColumn("alias").get(r));
    }
    return out;
  }

  static Map<String, List<String>> aliases() {
    Map<String, List<String>> a = aliases;
    if (a == null) {
      InputStream in = WarSearch.class.getResourceAsStream(RESOURCE);
      if (in == null) {
        throw new IllegalStateException("bundled aliases not on the classpath: " + RESOURCE);
      }
      a = read(in, "aliases.csv", Concordance.bundled());
      aliases = a;
    }
    return a;
  }

  /** The curated aliases of a concordance key (empty if none). */
  static List<String> aliases(String key) {
    return aliases().getOrDefault(key, List.of());
  }

  static List<War> find(String text) {
    List<String> words = new ArrayList<>();
    for (String w : War.fold(text == null ? "" : text).split("[\\s,;]+")) {
      if (!w.isBlank()) {
        words.add(w);
      }
    }
    if (words.isEmpty()) {
      return List.of();
    }
    List<War> candidates = new ArrayList<>(Concordance.bundled().wars());
    for (int id : AcdConflicts.current().byConflict.keySet()) {
      candidates.add(War.ucdp(id));
    }
    List<Object[]> scored = new ArrayList<>();
    for (War w : candidates) {
      int s = score(w, words);
      if (s > 0) {
        List<Year> rows = w.periodRows();
        int last = rows.isEmpty() ? w.endYear() : rows.get(rows.size() - 1).year();
        scored.add(new Object[] {w, s, last});
      }
    }
    scored.sort(Comparator.comparingInt((Object[] o) -> -(Integer) o[1])
        .thenComparingInt(o -> -(Integer) o[2])
        .thenComparing(o -> ((War) o[0]).isWholeConflict())
        .thenComparing(o -> ((War) o[0]).key()));
    return scored.stream().map(o -> (War) o[0]).toList();
  }

  /** 0 unless every word matches a field; else the sum of each word's best field weight. */
  static int score(War w, List<String> words) {
    String key = War.fold(w.key());
    List<String> al = aliases(w.key()).stream().map(War::fold).toList();
    String name = War.fold(w.name());
    String territory = War.fold(w.territory());
    String sides = War.fold(String.join(" ", w.sidesA()) + " " + String.join(" ", w.sidesB()));
    String location = War.fold(w.location());
    int total = 0;
    for (String word : words) {
      int best = 0;
      if (word.equals(String.valueOf(w.ucdpConflictId()))) {
        best = 100;
      }
      if (key.equals(word)) {
        best = Math.max(best, 100);
      } else if (key.contains(word)) {
        best = Math.max(best, 60);
      }
      for (String a : al) {
        best = Math.max(best, a.equals(word) ? 90 : a.contains(word) ? 50 : 0);
      }
      int fields = (name.contains(word) ? 40 : 0) + (territory.contains(word) ? 30 : 0)
          + (sides.contains(word) ? 20 : 0) + (location.contains(word) ? 10 : 0);
      best += fields;
      if (best == 0) {
        return 0;
      }
      total += best;
    }
    return total;
  }
}
