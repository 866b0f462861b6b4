package io.github.conflictdata.compare;

import io.github.conflictdata.Counts;
import io.github.conflictdata.Dataset;
import io.github.conflictdata.DatasetKind;
import io.github.conflictdata.codes.CodeSystem;
import io.github.conflictdata.codes.CountryCodes;
import io.github.conflictdata.codes.State;
import io.github.conflictdata.compare.ConcordanceEntry.CowKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.numbers.NumberColumnFormatter;

/**
 * What each source says about a war, side by side, and by how much they disagree.
 *
 * <p>{@link #battleDeaths(War)} gives one long table: a row per figure, with the source, dataset
 * release, the figure's unit ({@code conflict-year}, {@code war total}, {@code war-side total}), the
 * years it covers, low / best / high, notes, and the ratio of its best estimate to the median of
 * the comparable figures. COW publishes totals per war (and per side): they are never spread across
 * years here; UCDP's and PRIO's yearly figures are instead summed over the years of each COW war
 * they are compared with.
 *
 * <pre>{@code
 * Table t = Compare.battleDeaths(War.of("nagorno-karabakh"));
 * Table world = Compare.yearlyWorldTotals();
 * Table claims = Compare.claimsBeside(War.of("nagorno-karabakh"), 2020);
 * }</pre>
 *
 * <p>Every method uses the bundled releases ({@link Sources#bundled()}) unless given {@link Sources}.
 */
public final class Compare {
  /** Unit of a figure for one conflict in one year (UCDP BRD, PRIO BD). */
  public static final String CONFLICT_YEAR = "conflict-year";
  /** Unit of a figure for a whole war (COW's totals; UCDP/PRIO years summed over the war). */
  public static final String WAR_TOTAL = "war total";
  /** Unit of a figure for one side or participant over a whole war (COW). */
  public static final String WAR_SIDE_TOTAL = "war-side total";
  /** Unit of a count of events rather than deaths (ACLED, when an export is given). */
  public static final String EVENT_COUNT = "event count";

  /** First year of the UCDP Battle-Related Deaths Dataset. */
  static final int UCDP_BRD_FIRST_YEAR = 1989;
  /** Last year of the PRIO Battle Deaths Dataset 3.x. */
  static final int PRIO_BD_LAST_YEAR = 2008;

  private Compare() {}

  // ---------------------------------------------------------------- battle deaths for one war

  /**
   * Battle deaths for a war from every bundled source.
   *
   * @param war the war to compare
   * @return one row per source and figure
   */
  public static Table battleDeaths(War war) {
    return battleDeaths(war, Sources.bundled());
  }

  /**
   * Battle deaths for a war from these sources.
   *
   * @param war the war to compare
   * @param sources the datasets to read
   * @return one row per source and figure
   */
  public static Table battleDeaths(War war, Sources sources) {
    Rows rows = new Rows(war.key());
    boolean whole = war.coversWholeConflict();
    yearly(rows, sources, war.ucdpConflictId(), war.prioId(),
        whole ? Integer.MIN_VALUE : war.startYear(), whole ? Integer.MAX_VALUE : war.endYear());
    for (ConcordanceEntry e : war.entries()) {
      totals(rows, sources, e);
    }
    acledEvents(rows, sources, war.ucdpConflictId());
    return rows.table("battle deaths: " + war.key());
  }

  /**
   * Battle deaths for a war from these datasets only (any releases, one per kind).
   *
   * @param war the war to compare
   * @param datasets the datasets to read, at most one per kind
   * @return one row per source and figure
   */
  public static Table battleDeaths(War war, Dataset... datasets) {
    return battleDeaths(war, Sources.of(datasets));
  }

  /**
   * Battle deaths for one concordance link from every bundled source.
   *
   * @param entry the link between a UCDP conflict and a COW war
   * @return one row per source and figure
   */
  public static Table battleDeaths(ConcordanceEntry entry) {
    return battleDeaths(entry, Sources.bundled());
  }

  /**
   * Battle deaths for one concordance link: UCDP and PRIO conflict-years within the link's years,
   * their sums, and the COW war's totals.
   *
   * @param entry the link between a UCDP conflict and a COW war
   * @param sources the datasets to read
   * @return one row per source and figure
   */
  public static Table battleDeaths(ConcordanceEntry entry, Sources sources) {
    Rows rows = new Rows(entry.war());
    yearly(rows, sources, entry.ucdpConflictId(), entry.prioId(), entry.startYear(),
        entry.endYear());
    totals(rows, sources, entry);
    return rows.table("battle deaths: " + entry.label());
  }

  private static void yearly(Rows out, Sources s, int ucdp, OptionalInt prio, int from,
      int to) {
    Rows rows = new Rows(out.war);
    yearlyUnsorted(rows, s, ucdp, prio, from, to);
    rows.figs.sort(Comparator.comparing((Fig f) -> f.source.equals("UCDP") ? 0 : 1)
        .thenComparingInt(f -> f.yearStart));
    out.figs.addAll(rows.figs);
  }

  private static void yearlyUnsorted(Rows rows, Sources s, int ucdp, OptionalInt prio, int from,
      int to) {
    s.get(DatasetKind.UCDP_BRD_CONFLICT).ifPresent(d -> {
      Table t = d.table();
      for (int r : Cells.rowsWhere(t, "conflict_id", ucdp)) {
        Integer y = Cells.integer(t, "year", r);
        if (y != null && y >= from && y <= to) {
          rows.add(new Fig("UCDP", d, "conflict_id " + ucdp, CONFLICT_YEAR, y, y,
              Cells.integer(t, "bd_low", r), Cells.integer(t, "bd_best", r),
              Cells.integer(t, "bd_high", r), "", "year " + y));
        }
      }
    });
    if (prio.isEmpty()) {
      return;
    }
    s.get(DatasetKind.PRIO_BATTLE_DEATHS).ifPresent(d -> {
      Table t = d.table();
      for (int r : Cells.rowsWhere(t, "id", prio.getAsInt())) {
        Integer y = Cells.integer(t, "year", r);
        if (y != null && y >= from && y <= to) {
          Integer best = Cells.integer(t, "bdeadbes", r);
          String note = best == null
              ? "bdeadbes missing" + rawNote(d, "bdeadbes", r) + ": only the bounds" : "";
          rows.add(new Fig("PRIO", d, "id " + prio.getAsInt(), CONFLICT_YEAR, y, y,
              Cells.integer(t, "bdeadlow", r), best, Cells.integer(t, "bdeadhig", r), note,
              "year " + y));
        }
      }
    });
  }

  private static String rawNote(Dataset d, String column, int row) {
    return d.rawValue(column, row).map(v -> " (" + v + " in the file)").orElse("");
  }

  private static void totals(Rows rows, Sources s, ConcordanceEntry e) {
    String group = e.label();
    int from = e.startYear();
    int to = e.endYear();
    // the COW war as this release has it: the sums below cover its years within the link's
    CowWarRef cow = cowWarRef(s, e);
    if (cow != null) {
      int[] y = cow.years();
      if (Math.max(from, y[0]) <= Math.min(to, y[1])) {
        from = Math.max(from, y[0]);
        to = Math.min(to, y[1]);
      }
    }
    sums(rows, s, e, group, from, to);
    if (cow != null) {
      cowWar(rows, cow.dataset(), cow.kind(), cow.num(), group);
    } else if (e.cowKind().isPresent()) {
      // the COW dataset is absent: one row without figures that says so, in place of its rows
      DatasetKind dk = cowDatasetKind(e.cowKind().get());
      String num = e.cowWarNum().isPresent() ? String.valueOf(e.cowWarNum().getAsInt()) : "?";
      s.missing(dk).ifPresent(why -> rows.add(new Fig("COW", dk,
          e.cowKind().get().code() + " " + num, WAR_TOTAL, e.startYear(), e.endYear(), why)));
    }
  }

  private static DatasetKind cowDatasetKind(CowKind kind) {
    return switch (kind) {
      case INTER -> DatasetKind.COW_INTER_STATE;
      case INTRA -> DatasetKind.COW_INTRA_STATE;
      case EXTRA -> DatasetKind.COW_EXTRA_STATE;
      case NON_STATE -> DatasetKind.COW_NON_STATE;
    };
  }

  private static void sums(Rows rows, Sources s, ConcordanceEntry e, String group, int from,
      int to) {
    s.get(DatasetKind.UCDP_BRD_CONFLICT).ifPresent(d -> {
      Table t = d.table();
      Sum sum = Sum.over(t, "conflict_id", e.ucdpConflictId(), from, to,
          "bd_low", "bd_best", "bd_high");
      if (sum.years.isEmpty()) {
        return;
      }
      boolean partial = from < UCDP_BRD_FIRST_YEAR;
      String note = "sum of conflict-years " + sum.describe() + " within " + from + "-" + to
          + (partial ? "; UCDP BRD starts in " + UCDP_BRD_FIRST_YEAR + ": earlier years not"
              + " covered, so this partial sum is not compared (no ratio)" : "");
      rows.add(new Fig("UCDP", d, "conflict_id " + e.ucdpConflictId(), WAR_TOTAL, sum.first(),
          sum.last(), sum.low, sum.best, sum.high, note + sum.missingNote("bd_best"),
          partial ? "" : group));
    });
    if (e.prioId().isPresent()) {
      s.get(DatasetKind.PRIO_BATTLE_DEATHS).ifPresent(d -> {
        Table t = d.table();
        Sum sum = Sum.over(t, "id", e.prioId().getAsInt(), from, to,
            "bdeadlow", "bdeadbes", "bdeadhig");
        if (sum.years.isEmpty()) {
          return;
        }
        boolean partial = to > PRIO_BD_LAST_YEAR;
        rows.add(new Fig("PRIO", d, "id " + e.prioId().getAsInt(), WAR_TOTAL, sum.first(),
            sum.last(), sum.low, sum.best, sum.high, "sum of conflict-years " + sum.describe()
                + " within " + from + "-" + to + sum.missingNote("bdeadbes")
                + (partial ? "; PRIO BD ends in " + PRIO_BD_LAST_YEAR + ": later years not"
                    + " covered, so this partial sum is not compared (no ratio)" : ""),
            partial ? "" : group));
      });
    }
  }

  /** A COW war found in the release a {@link Sources} holds. */
  private record CowWarRef(Dataset dataset, CowKind kind, String num, int[] years) {}

  private static CowWarRef cowWarRef(Sources s, ConcordanceEntry e) {
    if (e.cowKind().isEmpty()) {
      return null;
    }
    CowKind kind = e.cowKind().get();
    DatasetKind dk = cowDatasetKind(kind);
    Optional<Dataset> od = s.get(dk);
    if (od.isEmpty()) {
      return null;
    }
    Dataset d = od.get();
    String num;
    if (kind == CowKind.INTRA && d.version() != null && d.version().startsWith("5")) {
      num = e.cowIntraV51WarNum().orElse(null);
    } else {
      num = e.cowWarNum().isPresent() ? String.valueOf(e.cowWarNum().getAsInt()) : null;
    }
    if (num == null) {
      return null; // the war is not in this release
    }
    List<Integer> rs = Cells.rowsWhereNumber(d.table(), "WarNum", num);
    if (rs.isEmpty()) {
      return null;
    }
    int[] years = cowYears(d.table(), rs);
    if (cowOngoing(d, rs)) {
      years[1] = Math.max(years[1], cowReleaseEnd(d.table()));
    }
    return new CowWarRef(d, kind, num, years);
  }

  /** ACLED event types that count as political violence here (protests and riots do not). */
  static final Set<String> ACLED_VIOLENCE =
      Set.of("Battles", "Explosions/Remote violence", "Violence against civilians");

  /**
   * ACLED event counts, when an ACLED export is among the sources (it is never bundled): per year
   * and country, the political-violence events in a country that is the location or a party (primary
   * or secondary) of the UCDP conflict that year, by the UCDP/PRIO ACD's G&amp;W codes.
   */
  private static void acledEvents(Rows rows, Sources s, int ucdp) {
    Optional<Dataset> acled = s.get(DatasetKind.ACLED_EVENTS);
    Optional<Dataset> acd = s.get(DatasetKind.UCDP_PRIO_ACD);
    if (acled.isEmpty() || acd.isEmpty()) {
      return;
    }
    Map<Integer, Set<Integer>> codesByYear = new HashMap<>();
    Table a = acd.get().table();
    for (int r : Cells.rowsWhere(a, "conflict_id", ucdp)) {
      Integer y = Cells.integer(a, "year", r);
      for (String c : List.of("gwno_loc", "gwno_a", "gwno_a_2nd", "gwno_b", "gwno_b_2nd")) {
        codesByYear.computeIfAbsent(y, k -> new HashSet<>()).addAll(Cells.integers(a, c, r));
      }
    }
    CountryCodes codes = CountryCodes.load();
    Table t = acled.get().table();
    Map<String, int[]> counts = new TreeMap<>();
    Map<String, Integer> gwOf = new HashMap<>();
    for (int r = 0; r < t.rowCount(); r++) {
      Integer y = Cells.integer(t, "year", r);
      if (y == null || !codesByYear.containsKey(y)
          || !ACLED_VIOLENCE.contains(Cells.text(t, "event_type", r))) {
        continue;
      }
      String iso3 = Cells.text(t, "iso3", r);
      Integer gw;
      try {
        gw = codes.fromIso3(iso3, CodeSystem.GW, LocalDate.of(y, 7, 1)).map(State::code)
            .orElse(null);
      } catch (RuntimeException e) {
        gw = null;
      }
      if (gw == null || !codesByYear.get(y).contains(gw)) {
        continue;
      }
      String key = y + "|" + Cells.text(t, "country", r) + "|" + gw;
      int[] c = counts.computeIfAbsent(key, k -> new int[3]);
      c[0]++;
      Integer f = Cells.integer(t, "fatalities", r);
      if (f != null) {
        c[1] += f;
        c[2]++;
      }
    }
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      String[] k = e.getKey().split("\\|");
      int y = Integer.parseInt(k[0]);
      int[] c = e.getValue();
      rows.add(new Fig("ACLED", acled.get(), "country " + k[1], EVENT_COUNT, y, y, null, c[0],
          null, "events of type " + String.join(", ", ACLED_VIOLENCE.stream().sorted().toList())
              + " in " + k[1] + " (G&W " + k[2] + ", a party or the location of UCDP conflict "
              + ucdp + " in " + y + "): a count of events, not of deaths, and not only this"
              + " conflict's events"
              + (c[2] > 0 ? "; fatalities reported in them: " + c[1]
                  : "; this export has no fatalities"), ""));
    }
  }

  /** COW rows for one war: a row per side or participant, and the war total. */
  static void cowWar(Rows rows, Dataset d, CowKind kind, String num, String group) {
    Table t = d.table();
    List<Integer> rs = Cells.rowsWhereNumber(t, "WarNum", num);
    if (rs.isEmpty()) {
      return;
    }
    int[] years = cowYears(t, rs);
    boolean ongoing = cowOngoing(d, rs);
    if (ongoing) {
      years[1] = Math.max(years[1], cowReleaseEnd(t));
    }
    String id = kind.code() + " " + num;
    String name = Cells.text(t, "WarName", rs.get(0));
    List<Integer> sides = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    for (int r : rs) {
      for (String[] side : sideColumns(kind)) {
        String who = side[1].isEmpty() ? "" : Cells.text(t, side[1], r);
        if (who.equals("-8") || who.equals("-9")) {
          who = "";
        }
        if (!Cells.has(t, side[0])
            || d.rawValue(side[0], r).map(v -> v.strip().equals("-8")).orElse(false)) {
          continue; // no such side on this row: -8 is COW's "not applicable"
        }
        Integer v = Cells.integer(t, side[0], r);
        String label = side[2] + (who.isEmpty() ? "" : " " + who);
        if (v == null) {
          unknown.add(label.strip());
        } else {
          sides.add(v);
        }
        rows.add(new Fig("COW", d, id, WAR_SIDE_TOTAL, years[0], years[1], null, v, null,
            "'" + name + "': " + side[0] + " of " + label.strip()
                + (v == null ? rawNote(d, side[0], r) + ", unknown" : ""), ""));
      }
    }
    Integer total = null;
    String note;
    String totalColumn = totalColumn(kind);
    if (totalColumn != null && Cells.has(t, totalColumn)) {
      total = Cells.integer(t, totalColumn, rs.get(0));
    }
    Integer low = null;
    String ongoingNote = ongoing ? "; ongoing (-7) at the end of release " + d.version() : "";
    if (total != null) {
      note = "'" + name + "': " + totalColumn + ", per war (not spread across years)";
    } else if (unknown.isEmpty() && !sides.isEmpty()) {
      total = sides.stream().mapToInt(Integer::intValue).sum();
      note = "'" + name + "': sum of the sides' deaths, per war (not spread across years)";
    } else {
      low = sides.isEmpty() ? null : sides.stream().mapToInt(Integer::intValue).sum();
      note = "'" + name + "': deaths unknown for " + String.join(", ", unknown)
          + (low == null ? "" : "; the known sides' sum is given as low");
    }
    rows.add(new Fig("COW", d, id, WAR_TOTAL, years[0], years[1], low, total, null,
        note + ongoingNote, group));
  }

  private static String[][] sideColumns(CowKind kind) {
    return switch (kind) {
      case INTER -> new String[][] {{"BatDeath", "StateName", "state"}};
      case INTRA -> new String[][] {
          {"DeathsSideA", "SideA", "side A"}, {"DeathsSideB", "SideB", "side B"}};
      case EXTRA -> new String[][] {
          {"BatDeath", "SideA", "side A"}, {"NonStateDeaths", "SideB", "side B"}};
      case NON_STATE -> new String[][] {
          {"SideADeaths", "SideA1", "side A"}, {"SideBDeaths", "SideB1", "side B"}};
    };
  }

  private static String totalColumn(CowKind kind) {
    return switch (kind) {
      case INTRA -> "TotalBDeaths";
      case NON_STATE -> "TotalCombatDeaths";
      default -> null;
    };
  }

  /** First and last year of a COW war over its rows' start and end year columns. */
  static int[] cowYears(Table t, List<Integer> rows) {
    int lo = Integer.MAX_VALUE;
    int hi = Integer.MIN_VALUE;
    for (int r : rows) {
      for (String c : Cells.yearColumns(t, true)) {
        Integer y = Cells.integer(t, c, r);
        if (y != null && y > 0) {
          lo = Math.min(lo, y);
          hi = Math.max(hi, y);
        }
      }
      for (String c : Cells.yearColumns(t, false)) {
        Integer y = Cells.integer(t, c, r);
        if (y != null && y > 0) {
          hi = Math.max(hi, y);
        }
      }
    }
    return new int[] {lo, hi};
  }

  /** Whether a COW war is ongoing at the end of its release: an end year coded -7. */
  static boolean cowOngoing(Dataset d, List<Integer> rows) {
    for (int r : rows) {
      for (String c : Cells.yearColumns(d.table(), false)) {
        if (d.rawValue(c, r).map(v -> v.strip().equals("-7")).orElse(false)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The last year any war in a COW release covers: where an ongoing war ends for comparisons. */
  static int cowReleaseEnd(Table t) {
    List<Integer> all = new ArrayList<>();
    for (int r = 0; r < t.rowCount(); r++) {
      all.add(r);
    }
    return cowYears(t, all)[1];
  }

  // ---------------------------------------------------------------- world totals

  /**
   * Battle deaths per year per source, from the bundled releases.
   *
   * @return one row per year and source
   */
  public static Table yearlyWorldTotals() {
    return yearlyWorldTotals(Sources.bundled());
  }

  /**
   * Battle deaths per year per source from these datasets only.
   *
   * @param datasets the datasets to sum, at most one per kind
   * @return one row per year and source
   */
  public static Table yearlyWorldTotals(Dataset... datasets) {
    return yearlyWorldTotals(Sources.of(datasets));
  }

  /**
   * Battle deaths per year per source: UCDP BRD (1989-) and PRIO BD (1946-2008) summed over all
   * conflicts active that year; COW wars summed by their start year (a war's deaths are never
   * spread across years). Columns: year, source, dataset, release, basis, best, low, high, items,
   * notes. PRIO's best is {@code bdeadbes}, or {@code bdeadlow} where the best estimate is missing;
   * the note counts those rows.
   *
   * @param sources the datasets to sum
   * @return one row per year and source
   */
  public static Table yearlyWorldTotals(Sources sources) {
    Table out = Table.create("yearly world battle deaths");
    IntColumn year = IntColumn.create("year");
    StringColumn source = StringColumn.create("source");
    StringColumn dataset = StringColumn.create("dataset");
    StringColumn release = StringColumn.create("release");
    StringColumn basis = StringColumn.create("basis");
    IntColumn best = IntColumn.create("best");
    IntColumn low = IntColumn.create("low");
    IntColumn high = IntColumn.create("high");
    IntColumn items = IntColumn.create("items");
    StringColumn notes = StringColumn.create("notes");
    out.addColumns(year, source, dataset, release, basis, best, low, high, items, notes);
    Counts.group(best, low, high, items);

    sources.get(DatasetKind.UCDP_BRD_CONFLICT).ifPresent(d -> {
      Table t = d.table();
      TreeMap<Integer, long[]> by = new TreeMap<>();
      for (int r = 0; r < t.rowCount(); r++) {
        Integer y = Cells.integer(t, "year", r);
        long[] a = by.computeIfAbsent(y, k -> new long[5]);
        addTo(a, Cells.integer(t, "bd_best", r), Cells.integer(t, "bd_low", r),
            Cells.integer(t, "bd_high", r));
      }
      by.forEach((y, a) -> addRow(out, y, "UCDP", d, "conflict-years active that year", a,
          a[4] > 0 ? a[4] + " conflict-years with a missing estimate left out" : ""));
    });
    sources.get(DatasetKind.PRIO_BATTLE_DEATHS).ifPresent(d -> {
      Table t = d.table();
      TreeMap<Integer, long[]> by = new TreeMap<>();
      Map<Integer, Integer> lowUsed = new TreeMap<>();
      for (int r = 0; r < t.rowCount(); r++) {
        Integer y = Cells.integer(t, "year", r);
        Integer b = Cells.integer(t, "bdeadbes", r);
        Integer lo = Cells.integer(t, "bdeadlow", r);
        if (b == null) {
          b = lo;
          lowUsed.merge(y, 1, Integer::sum);
        }
        addTo(by.computeIfAbsent(y, k -> new long[5]), b, lo, Cells.integer(t, "bdeadhig", r));
      }
      by.forEach((y, a) -> addRow(out, y, "PRIO", d, "conflict-years active that year", a,
          lowUsed.containsKey(y) ? "best: bdeadbes, or bdeadlow for the " + lowUsed.get(y)
              + " conflict-years whose bdeadbes is missing" : "best: bdeadbes"));
    });
    for (CowKind k : CowKind.values()) {
      DatasetKind dk = switch (k) {
        case INTER -> DatasetKind.COW_INTER_STATE;
        case INTRA -> DatasetKind.COW_INTRA_STATE;
        case EXTRA -> DatasetKind.COW_EXTRA_STATE;
        case NON_STATE -> DatasetKind.COW_NON_STATE;
      };
      sources.get(dk).ifPresent(d -> cowByStartYear(out, d, k));
    }
    return out;
  }

  private static void cowByStartYear(Table out, Dataset d, CowKind kind) {
    Table t = d.table();
    Map<String, List<Integer>> wars = new LinkedHashMap<>();
    for (int r = 0; r < t.rowCount(); r++) {
      String n = Cells.number(t, "WarNum", r);
      if (n != null) {
        wars.computeIfAbsent(n, x -> new ArrayList<>()).add(r);
      }
    }
    TreeMap<Integer, long[]> by = new TreeMap<>();
    Map<Integer, Integer> unknown = new TreeMap<>();
    Map<Integer, Integer> partial = new TreeMap<>();
    for (Map.Entry<String, List<Integer>> w : wars.entrySet()) {
      Rows tmp = new Rows("");
      cowWar(tmp, d, kind, w.getKey(), "");
      Fig total = tmp.figs.get(tmp.figs.size() - 1);
      int start = total.yearStart;
      long[] a = by.computeIfAbsent(start, k -> new long[5]);
      if (total.best != null) {
        a[0] += total.best;
        a[3]++;
      } else {
        if (total.low != null) {
          a[0] += total.low;
          partial.merge(start, 1, Integer::sum);
          a[3]++;
        } else {
          unknown.merge(start, 1, Integer::sum);
        }
      }
    }
    by.forEach((y, a) -> {
      List<String> n = new ArrayList<>();
      if (partial.containsKey(y)) {
        n.add(partial.get(y) + " war(s) with some sides' deaths unknown: known sides only");
      }
      if (unknown.containsKey(y)) {
        n.add(unknown.get(y) + " war(s) with deaths unknown left out");
      }
      long[] row = {a[0], Long.MIN_VALUE, Long.MIN_VALUE, a[3], 0};
      addRow(out, y, "COW", d, "wars starting that year", row, String.join("; ", n));
    });
  }

  private static void addTo(long[] a, Integer best, Integer low, Integer high) {
    if (best == null) {
      a[4]++;
      return;
    }
    a[0] += best;
    a[1] += low == null ? best : low;
    a[2] += high == null ? best : high;
    a[3]++;
  }

  private static void addRow(Table out, int year, String src, Dataset d, String basis, long[] a,
      String notes) {
    out.intColumn("year").append(year);
    out.stringColumn("source").append(src);
    out.stringColumn("dataset").append(d.kind().title());
    out.stringColumn("release").append(d.version() == null ? "" : d.version());
    out.stringColumn("basis").append(basis);
    out.intColumn("best").append(Math.toIntExact(a[0]));
    appendOrMissing(out.intColumn("low"), a[1]);
    appendOrMissing(out.intColumn("high"), a[2]);
    out.intColumn("items").append(Math.toIntExact(a[3]));
    out.stringColumn("notes").append(notes);
  }

  private static void appendOrMissing(IntColumn c, long v) {
    if (v == Long.MIN_VALUE) {
      c.appendMissing();
    } else {
      c.append(Math.toIntExact(v));
    }
  }

  // ---------------------------------------------------------------- claims beside the data

  /**
   * The bundled claims for a war's year beside the bundled datasets' figures for that year.
   *
   * @param war the war the claims are about
   * @param year the year of the claims
   * @return claims, their totals and the datasets' figures, one row each
   */
  public static Table claimsBeside(War war, int year) {
    return claimsBeside(war, year, Sources.bundled(), Claims.bundled());
  }

  /**
   * Claims for a war and year beside the datasets. Rows: each official claim ({@code kind}
   * "claim"); per scope and measure stated for two or more parties, their sum ("claims total",
   * qualifier "at least" when any part is a lower bound); then UCDP BRD and PRIO figures for that
   * conflict-year ("dataset", with {@code ratio_to_claims} = dataset best / claims total of military
   * killed). Reporter roundings ({@code derived_from} set) are left out so nothing counts twice; the
   * sum takes each party's latest claim about its own dead ({@code population} "own ..."), so a
   * revised or updated figure and claims about the enemy's dead are not added.
   *
   * @param war the war the claims are about
   * @param year the year of the claims
   * @param sources the datasets to set beside the claims
   * @param claims the claims to read
   * @return claims, their totals and the datasets' figures, one row each
   */
  public static Table claimsBeside(War war, int year, Sources sources, Claims claims) {
    Table c = claims.table();
    Table out = Table.create("claims beside data: " + war.key() + " " + year);
    StringColumn kind = StringColumn.create("kind");
    StringColumn source = StringColumn.create("source");
    StringColumn party = StringColumn.create("party");
    StringColumn scope = StringColumn.create("scope");
    StringColumn measure = StringColumn.create("measure");
    StringColumn qualifier = StringColumn.create("qualifier");
    IntColumn value = IntColumn.create("value");
    IntColumn low = IntColumn.create("low");
    IntColumn best = IntColumn.create("best");
    IntColumn high = IntColumn.create("high");
    DoubleColumn ratio = DoubleColumn.create("ratio_to_claims");
    StringColumn notes = StringColumn.create("notes");
    out.addColumns(kind, source, party, scope, measure, qualifier, value, low, best, high, ratio,
        notes);
    Counts.group(value, low, best, high);
    ratio.setPrintFormatter(NumberColumnFormatter.fixedWithGrouping(2));
    Map<String, List<Integer>> groups = new LinkedHashMap<>();
    for (int r = 0; r < c.rowCount(); r++) {
      if (!c.stringColumn("war").get(r).equals(war.key())
          || c.intColumn("year_start").getInt(r) > year || c.intColumn("year_end").getInt(r) < year
          || !c.intColumn("derived_from").isMissing(r)) {
        continue;
      }
      kind.append("claim");
      source.append(c.stringColumn("claimant").get(r) + ", " + c.dateColumn("date_stated").get(r));
      party.append(c.stringColumn("party").get(r));
      scope.append(c.stringColumn("scope").get(r));
      measure.append(c.stringColumn("measure").get(r));
      qualifier.append(c.stringColumn("qualifier").get(r));
      value.append(c.intColumn("value").getInt(r));
      low.appendMissing();
      best.appendMissing();
      high.appendMissing();
      ratio.appendMissing();
      notes.append("claim_id " + c.intColumn("claim_id").getInt(r));
      if (!c.stringColumn("population").get(r).startsWith("own ")) {
        continue; // a claim about the other side's dead, or a third party's count: not summed
      }
      List<Integer> g = groups.computeIfAbsent(
          c.stringColumn("scope").get(r) + "|" + c.stringColumn("measure").get(r),
          k -> new ArrayList<>());
      // one figure per party: its latest own-side claim (a later figure revises or updates it)
      String p = c.stringColumn("party").get(r);
      java.util.Optional<Integer> earlier = g.stream()
          .filter(o -> c.stringColumn("party").get(o).equals(p)).findFirst();
      if (earlier.isEmpty()) {
        g.add(r);
      } else if (c.dateColumn("date_stated").get(r).isAfter(c.dateColumn("date_stated").get(earlier.get()))) {
        g.set(g.indexOf(earlier.get()), r);
      }
    }
    Integer militaryKilled = null;
    String militaryQualifier = "";
    for (Map.Entry<String, List<Integer>> g : groups.entrySet()) {
      List<Integer> rs = g.getValue();
      long parties = rs.stream().map(r -> c.stringColumn("party").get(r)).distinct().count();
      if (parties < 2) {
        continue;
      }
      int sum = rs.stream().mapToInt(r -> c.intColumn("value").getInt(r)).sum();
      boolean allExact = rs.stream().allMatch(r -> c.stringColumn("qualifier").get(r).equals("exact"));
      boolean anyNearly = rs.stream().anyMatch(r -> c.stringColumn("qualifier").get(r).equals("nearly"));
      String q = allExact ? "exact" : anyNearly ? "approximately" : "at least";
      String[] sm = g.getKey().split("\\|");
      kind.append("claims total");
      source.append("sum of the claims above");
      party.append(String.join(" + ",
          rs.stream().map(r -> c.stringColumn("party").get(r)).distinct().toList()));
      scope.append(sm[0]);
      measure.append(sm[1]);
      qualifier.append(q);
      value.append(sum);
      low.appendMissing();
      best.appendMissing();
      high.appendMissing();
      ratio.appendMissing();
      notes.append(String.join(" + ", rs.stream().map(r -> c.stringColumn("party").get(r) + " "
          + qualifierText(c.stringColumn("qualifier").get(r))
          + String.format("%,d", c.intColumn("value").getInt(r))).toList()));
      if (sm[0].equals("military") && sm[1].equals("killed")) {
        militaryKilled = sum;
        militaryQualifier = q;
      }
    }
    Rows data = new Rows(war.key());
    yearly(data, sources, war.ucdpConflictId(), war.prioId(), year, year);
    for (Fig f : data.figs) {
      kind.append("dataset");
      source.append(f.dataset.kind().title() + " " + f.dataset.version() + ", " + f.id);
      party.append("all parties");
      scope.append("battle-related deaths");
      measure.append("killed");
      qualifier.append("");
      value.appendMissing();
      appendOrMissing(low, f.low);
      appendOrMissing(best, f.best);
      appendOrMissing(high, f.high);
      if (militaryKilled != null && f.best != null && militaryKilled > 0) {
        ratio.append((double) f.best / militaryKilled);
      } else {
        ratio.appendMissing();
      }
      notes.append((f.notes.isEmpty() ? "" : f.notes + "; ")
          + "battle-related deaths of all sides, soldiers and civilians"
          + (militaryKilled == null ? "" : "; claims: " + militaryQualifier + " "
              + String.format("%,d", militaryKilled) + " military killed"));
    }
    return out;
  }

  /**
   * One sentence: the claims' military dead against UCDP's estimate, e.g. "nagorno-karabakh 2020:
   * claims at least 5,501 military killed (Azerbaijan 2,783 + Armenia at least 2,718) vs UCDP ...".
   *
   * @param war the war the claims are about
   * @param year the year of the claims
   * @return the sentence, with the figures it compares
   */
  public static String claimsSummary(War war, int year) {
    Table t = claimsBeside(war, year);
    StringBuilder sb = new StringBuilder(war.key() + " " + year + ": ");
    boolean found = false;
    for (int r = 0; r < t.rowCount(); r++) {
      if (t.stringColumn("kind").get(r).equals("claims total")
          && t.stringColumn("scope").get(r).equals("military")
          && t.stringColumn("measure").get(r).equals("killed")) {
        sb.append("claims ").append(qualifierText(t.stringColumn("qualifier").get(r)))
            .append(String.format("%,d", t.intColumn("value").getInt(r)))
            .append(" military killed (").append(t.stringColumn("notes").get(r)).append(")");
        found = true;
      }
    }
    if (!found) {
      sb.append("no claims total of military killed");
    }
    for (int r = 0; r < t.rowCount(); r++) {
      if (t.stringColumn("kind").get(r).equals("dataset") && !t.intColumn("best").isMissing(r)) {
        sb.append(" vs ").append(t.stringColumn("source").get(r)).append(" best ")
            .append(String.format("%,d", t.intColumn("best").getInt(r)));
        if (!t.intColumn("low").isMissing(r) && !t.intColumn("high").isMissing(r)) {
          sb.append(" (low ").append(String.format("%,d", t.intColumn("low").getInt(r)))
              .append(", high ").append(String.format("%,d", t.intColumn("high").getInt(r)))
              .append(")");
        }
      }
    }
    return sb.toString();
  }

  private static String qualifierText(String q) {
    return q.equals("exact") ? "" : q + " ";
  }

  static void appendOrMissing(IntColumn c, Integer v) {
    if (v == null) {
      c.appendMissing();
    } else {
      c.append(v);
    }
  }

  // ---------------------------------------------------------------- internals

  /** One figure before it becomes a table row. */
  static final class Fig {
    final String source;
    final Dataset dataset; // null for a row saying a dataset is absent
    final DatasetKind kind;
    final String id;
    final String unit;
    final int yearStart;
    final int yearEnd;
    final Integer low;
    final Integer best;
    final Integer high;
    final String notes;
    final String group;

    Fig(String source, Dataset dataset, String id, String unit, int yearStart, int yearEnd,
        Integer low, Integer best, Integer high, String notes, String group) {
      this.source = source;
      this.dataset = dataset;
      this.kind = dataset.kind();
      this.id = id;
      this.unit = unit;
      this.yearStart = yearStart;
      this.yearEnd = yearEnd;
      this.low = low;
      this.best = best;
      this.high = high;
      this.notes = notes;
      this.group = group;
    }

    /** A row without figures for a dataset that is absent; {@code why} goes into the notes. */
    Fig(String source, DatasetKind kind, String id, String unit, int yearStart, int yearEnd,
        String why) {
      this.source = source;
      this.dataset = null;
      this.kind = kind;
      this.id = id;
      this.unit = unit;
      this.yearStart = yearStart;
      this.yearEnd = yearEnd;
      this.low = null;
      this.best = null;
      this.high = null;
      this.notes = why;
      this.group = "";
    }
  }

  /** Sum of yearly figures, remembering which years lacked a best estimate. */
  static final class Sum {
    final List<Integer> years = new ArrayList<>();
    final List<Integer> bestMissing = new ArrayList<>();
    Integer low = 0;
    Integer best = 0;
    Integer high = 0;

    /**
     * The sum over the rows of {@code t} whose {@code idColumn} is {@code id} and whose
     * {@code year} lies in {@code from..to}, of the low, best and high estimate columns.
     */
    static Sum over(Table t, String idColumn, int id, int from, int to, String lowColumn,
        String bestColumn, String highColumn) {
      Sum sum = new Sum();
      for (int r : Cells.rowsWhere(t, idColumn, id)) {
        Integer y = Cells.integer(t, "year", r);
        if (y != null && y >= from && y <= to) {
          sum.add(y, Cells.integer(t, lowColumn, r), Cells.integer(t, bestColumn, r),
              Cells.integer(t, highColumn, r));
        }
      }
      return sum;
    }

    void add(int year, Integer l, Integer b, Integer h) {
      years.add(year);
      low = low == null || l == null ? null : low + l;
      high = high == null || h == null ? null : high + h;
      if (b == null) {
        bestMissing.add(year);
        best = null;
      } else if (best != null) {
        best += b;
      }
    }

    int first() {
      return years.stream().mapToInt(Integer::intValue).min().orElseThrow();
    }

    int last() {
      return years.stream().mapToInt(Integer::intValue).max().orElseThrow();
    }

    String describe() {
      List<Integer> y = years.stream().sorted().toList();
      return y.size() == 1 ? String.valueOf(y.get(0))
          : y.get(0) + "-" + y.get(y.size() - 1) + " (" + y.size() + " years: "
              + String.join(", ", y.stream().map(String::valueOf).toList()) + ")";
    }

    String missingNote(String column) {
      return bestMissing.isEmpty() ? ""
          : "; " + column + " missing in " + String.join(", ",
              bestMissing.stream().sorted().map(String::valueOf).toList())
              + ": best not summed, only the bounds";
    }
  }

  /** Collects figures and builds the long table with ratios to the median. */
  static final class Rows {
    final String war;
    final List<Fig> figs = new ArrayList<>();

    Rows(String war) {
      this.war = war;
    }

    void add(Fig f) {
      figs.add(f);
    }

    Table table(String name) {
      Table t = Table.create(name);
      StringColumn warC = StringColumn.create("war");
      StringColumn source = StringColumn.create("source");
      StringColumn dataset = StringColumn.create("dataset");
      StringColumn release = StringColumn.create("release");
      StringColumn id = StringColumn.create("id");
      StringColumn unit = StringColumn.create("unit");
      IntColumn ys = IntColumn.create("year_start");
      IntColumn ye = IntColumn.create("year_end");
      IntColumn low = IntColumn.create("low");
      IntColumn best = IntColumn.create("best");
      IntColumn high = IntColumn.create("high");
      StringColumn comparison = StringColumn.create("comparison");
      StringColumn notes = StringColumn.create("notes");
      DoubleColumn ratio = DoubleColumn.create("ratio_to_median");
      t.addColumns(warC, source, dataset, release, id, unit, ys, ye, low, best, high, comparison,
          notes, ratio);
      Counts.group(low, best, high);
      ratio.setPrintFormatter(NumberColumnFormatter.fixedWithGrouping(2));
      Map<String, List<Integer>> groups = new LinkedHashMap<>();
      for (Fig f : figs) {
        if (!f.group.isEmpty() && f.best != null) {
          groups.computeIfAbsent(f.unit + "|" + f.group, k -> new ArrayList<>()).add(f.best);
        }
      }
      for (Fig f : figs) {
        warC.append(war);
        source.append(f.source);
        dataset.append(f.kind.title());
        release.append(f.dataset == null || f.dataset.version() == null ? "" : f.dataset.version());
        id.append(f.id);
        unit.append(f.unit);
        ys.append(f.yearStart);
        ye.append(f.yearEnd);
        appendOrMissing(low, f.low);
        appendOrMissing(best, f.best);
        appendOrMissing(high, f.high);
        comparison.append(f.group);
        notes.append(f.notes);
        List<Integer> g = f.group.isEmpty() ? null : groups.get(f.unit + "|" + f.group);
        if (f.best != null && g != null && g.size() >= 2) {
          double m = median(g);
          if (m > 0) {
            ratio.append(f.best / m);
          } else {
            ratio.appendMissing();
          }
        } else {
          ratio.appendMissing();
        }
      }
      return t;
    }
  }

  /** The median of the values (mean of the middle two for an even count). */
  static double median(List<Integer> values) {
    double[] v = values.stream().mapToDouble(Integer::doubleValue).toArray();
    Arrays.sort(v);
    int n = v.length;
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
  }
}
