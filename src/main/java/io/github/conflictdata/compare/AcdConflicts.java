package io.github.conflictdata.compare;

import io.github.conflictdata.ConflictData;
import io.github.conflictdata.Dataset;
import io.github.conflictdata.DatasetKind;
import io.github.conflictdata.releases.Catalog;
import io.github.conflictdata.releases.Releases;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The UCDP/PRIO Armed Conflict Dataset indexed by conflict: the release is the bundled one (24.1)
 * or a newer one in the download cache, read once per JVM.
 */
final class AcdConflicts {
  /** One conflict-year row of the ACD, trimmed (24.1's Excel cells carry stray spaces). */
  record Year(int year, String location, String sideA, String sideA2, String sideB, String sideB2,
      String territory, int incompatibility, int intensity, int type, LocalDate startDate,
      LocalDate startDate2, boolean epEnd, LocalDate epEndDate, Set<Integer> gwno) {}

  private static volatile AcdConflicts current;

  final Dataset dataset;
  final Map<Integer, List<Year>> byConflict;
  final int lastYear;

  private AcdConflicts(Dataset d) {
    this.dataset = d;
    Table t = d.table();
    Map<Integer, List<Year>> by = new TreeMap<>();
    int last = 0;
    for (int r = 0; r < t.rowCount(); r++) {
      Integer id = Cells.integer(t, "conflict_id", r);
      Integer y = Cells.integer(t, "year", r);
      if (id == null || y == null) {
        continue;
      }
      Set<Integer> codes = new LinkedHashSet<>();
      for (String c : List.of("gwno_loc", "gwno_a", "gwno_a_2nd", "gwno_b", "gwno_b_2nd")) {
        codes.addAll(Cells.integers(t, c, r));
      }
      Integer ep = Cells.integer(t, "ep_end", r);
      by.computeIfAbsent(id, k -> new ArrayList<>()).add(new Year(y, text(t, "location", r),
          text(t, "side_a", r), text(t, "side_a_2nd", r), text(t, "side_b", r),
          text(t, "side_b_2nd", r), text(t, "territory_name", r), orZero(t, "incompatibility", r),
          orZero(t, "intensity_level", r), orZero(t, "type_of_conflict", r), date(t, "start_date", r),
          date(t, "start_date2", r), ep != null && ep == 1, date(t, "ep_end_date", r), codes));
      last = Math.max(last, y);
    }
    by.values().forEach(l -> l.sort((a, b) -> Integer.compare(a.year(), b.year())));
    by.replaceAll((k, v) -> List.copyOf(v));
    this.byConflict = Collections.unmodifiableMap(by);
    this.lastYear = last;
  }

  /** The newest ACD at hand: the bundled release, or a newer one in the download cache. */
  static AcdConflicts current() {
    AcdConflicts c = current;
    if (c == null) {
      Dataset d = ConflictData.bundled(DatasetKind.UCDP_PRIO_ACD);
      Optional<Dataset> cached;
      try {
        cached = Releases.fromEnvironment().cachedNewest(DatasetKind.UCDP_PRIO_ACD);
      } catch (RuntimeException e) {
        cached = Optional.empty(); // an unreadable cache entry: the bundled release is used
      }
      if (cached.isPresent() && cached.get().version() != null
          && Catalog.versionKey(cached.get().version()) > Catalog.versionKey(d.version())) {
        d = cached.get();
      }
      c = new AcdConflicts(d);
      current = c;
    }
    return c;
  }

  /** The rows of one conflict, empty if the release has none. */
  List<Year> rows(int conflictId) {
    return byConflict.getOrDefault(conflictId, List.of());
  }

  /** "UCDP/PRIO Armed Conflict Dataset 24.1". */
  String release() {
    return dataset.kind().title() + " " + dataset.version();
  }

  private static String text(Table t, String c, int r) {
    return Cells.has(t, c) ? Cells.text(t, c, r).strip() : "";
  }

  private static int orZero(Table t, String c, int r) {
    Integer v = Cells.has(t, c) ? Cells.integer(t, c, r) : null;
    return v == null ? 0 : v;
  }

  private static LocalDate date(Table t, String c, int r) {
    if (!Cells.has(t, c)) {
      return null;
    }
    Column<?> col = t.column(c);
    return EventCells.date(col, r);
  }
}
