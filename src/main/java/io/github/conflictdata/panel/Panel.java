package io.github.conflictdata.panel;

import io.github.conflictdata.Dataset;
import io.github.conflictdata.DatasetKind;
import io.github.conflictdata.MultiValued;
import io.github.conflictdata.codes.CodeSystem;
import io.github.conflictdata.codes.CountryCodes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A state-year panel (one row per state and year, sorted by state number then year) onto which
 * conflict data are joined. Made by {@link Panels#stateYears(CodeSystem, int, int)}; each {@code
 * with...} method returns a new panel with more columns and leaves this one as it was.
 *
 * <pre>{@code
 * Panel p = Panels.stateYears(CodeSystem.GW, 1946, 2023)
 *     .withAcd(ConflictData.bundled(DatasetKind.UCDP_PRIO_ACD))
 *     .withPeaceYears("acd_side_a");
 * Table t = p.table();   // gwno, ccode, year, iso3, state_name, acd_side_a, acd_side_b, ...
 * }</pre>
 *
 * <h2>Rules every join follows</h2>
 *
 * <ul>
 *   <li>Outside the joined dataset's {@linkplain #coverages() coverage} its columns are missing,
 *       never 0 (UCDP/PRIO ACD before 1946 or after the file's last year; COW after 2007 or 2014;
 *       UCDP BRD before 1989). Inside it, a state-year without any record is 0.
 *   <li>Multi-valued UCDP cells ("651, 645") are split ({@link MultiValued}); each listed state
 *       counts.
 *   <li>UCDP data are coded in G&amp;W numbers, COW data in COW numbers; the panel's rows are
 *       matched to the other list by the crosswalk's year rule ({@link CountryCodes}, e.g. G&amp;W
 *       260 = COW 255 from 1990-10-03). A state of the data that matches no row of the panel (not
 *       a member that year, or in neither list, as ACD's 751 Hyderabad) is listed in {@link
 *       #notes()}, not dropped silently. One exception, also noted: UCDP numbers Serbia 345
 *       after 2006, when G&amp;W's 345 (Yugoslavia) has ended; such a 345 counts for G&amp;W 340.
 * </ul>
 */
public final class Panel implements io.github.conflictdata.Noted {
  static final int MISSING = Integer.MIN_VALUE;

  private final CountryCodes codes;
  private final CodeSystem system;
  private final int fromYear;
  private final int toYear;
  private final Membership membership;
  private final Table table;
  private final int[] code;
  private final int[] year;
  private final int[] gwKey;
  private final int[] cowKey;
  private final List<Coverage> coverages;
  private final List<String> notes;

  Panel(CountryCodes codes, CodeSystem system, int fromYear, int toYear, Membership membership,
      Table table, int[] code, int[] year, int[] gwKey, int[] cowKey, List<Coverage> coverages,
      List<String> notes) {
    this.codes = codes;
    this.system = system;
    this.fromYear = fromYear;
    this.toYear = toYear;
    this.membership = membership;
    this.table = table;
    this.code = code;
    this.year = year;
    this.gwKey = gwKey;
    this.cowKey = cowKey;
    this.coverages = List.copyOf(coverages);
    this.notes = List.copyOf(notes);
  }

  /**
   * The panel as a Tablesaw table (a copy: changing it does not change the panel).
   *
   * @return a copy of the panel's table
   */
  public Table table() {
    return Panels.copy(table);
  }

  /**
   * Number of state-years.
   *
   * @return the row count
   */
  public int rowCount() {
    return code.length;
  }

  /**
   * The membership list the rows come from: {@link CodeSystem#GW} or {@link CodeSystem#COW}.
   *
   * @return GW or COW
   */
  public CodeSystem system() {
    return system;
  }

  /**
   * First year of the panel.
   *
   * @return the first year
   */
  public int fromYear() {
    return fromYear;
  }

  /**
   * Last year of the panel.
   *
   * @return the last year, inclusive
   */
  public int toYear() {
    return toYear;
  }

  /**
   * The membership rule the rows were chosen by.
   *
   * @return the membership rule
   */
  public Membership membership() {
    return membership;
  }

  /**
   * The coverage of every dataset joined so far, in join order.
   *
   * @return the coverages, unmodifiable
   */
  public List<Coverage> coverages() {
    return coverages;
  }

  /**
   * What the joins could not place or want said: codes of the data that match no state-year of the
   * panel, filters used, a list missing for a conversion. One line each.
   */
  @Override
  public List<String> notes() {
    return notes;
  }

  @Override
  public String toString() {
    return table.name() + " (" + rowCount() + " state-years, " + table.columnCount()
        + " columns; joined: " + coverages + ")";
  }

  // ---------------------------------------------------------------- UCDP/PRIO ACD

  /**
   * Joins the UCDP/PRIO Armed Conflict Dataset: {@link #withAcd(Dataset, AcdOptions)} with {@link
   * AcdOptions#all()}.
   *
   * @param acd a UCDP/PRIO ACD release
   * @return a new panel with the {@code acd_} columns added
   */
  public Panel withAcd(Dataset acd) {
    return withAcd(acd, AcdOptions.all());
  }

  /**
   * Joins the UCDP/PRIO Armed Conflict Dataset (one row per conflict-year, G&amp;W numbers). Adds,
   * with the options' prefix ({@code acd_} by default), for each state-year:
   *
   * <ul>
   *   <li>{@code side_a}, {@code side_b}: the number of conflicts active that year with the state
   *       in {@code gwno_a}, in {@code gwno_b} (primary parties, kept apart: peacesciencer's {@code
   *       add_ucdp_acd} looks at {@code gwno_a} only);
   *   <li>{@code secondary}: ... with the state in {@code gwno_a_2nd} or {@code gwno_b_2nd}
   *       (supporting with troops), counted once per conflict;
   *   <li>{@code location}: ... with the state in {@code gwno_loc};
   *   <li>{@code onset}: conflicts whose first year in the dataset (as filtered by the options) is
   *       this year, with the state as a primary party (A or B) in that year. 1946, the first year
   *       of the ACD, counts every conflict active then, including those that began before;
   *   <li>{@code episode_onset}: conflict-years with the state as a primary party and no row of
   *       the same conflict in the year before (a conflict's first year counts too): the start of
   *       a new active episode after at least one inactive year;
   *   <li>{@code max_intensity}: the highest {@code intensity_level} (1 minor, 2 war) among the
   *       conflicts with the state as a primary party, 0 when none;
   *   <li>{@code conflict_ids}: the ids of the conflicts with the state in any of these roles,
   *       ascending, as "388, 11345" (empty when none and outside the coverage: the integer
   *       columns tell which).
   * </ul>
   *
   * <p>Coverage: from 1946 (the ACD's first year) to the last year in the file; outside it every
   * added integer column is missing. Pass the whole ACD and filter with the options: a subset of
   * its rows would turn the left-out conflicts into zeros (a file that starts after 1946 gets a
   * note).
   *
   * @param acd a UCDP/PRIO ACD release
   * @param options which conflict-years count, and the column prefix
   * @return a new panel with the added columns
   * @throws IllegalArgumentException if {@code acd} is not a UCDP/PRIO ACD, or the panel has a
   *     column of that name already (use {@link AcdOptions#prefix(String)})
   */
  public Panel withAcd(Dataset acd, AcdOptions options) {
    Objects.requireNonNull(options, "options");
    requireKind(acd, DatasetKind.UCDP_PRIO_ACD);
    String p = options.columnPrefix();
    List<String> names = List.of(p + "side_a", p + "side_b", p + "secondary", p + "location",
        p + "onset", p + "episode_onset", p + "max_intensity", p + "conflict_ids");
    requireNewColumns(names);
    Table t = acd.table();
    String label = "UCDP/PRIO ACD " + acd.version();
    IntColumn cid = intColumn(acd, "conflict_id");
    IntColumn yr = intColumn(acd, "year");
    IntColumn type = intColumn(acd, "type_of_conflict");
    IntColumn incomp = intColumn(acd, "incompatibility");
    IntColumn intensity = intColumn(acd, "intensity_level");
    List<List<Integer>> a = MultiValued.splitInts(t.column("gwno_a"));
    List<List<Integer>> b = MultiValued.splitInts(t.column("gwno_b"));
    List<List<Integer>> a2 = MultiValued.splitInts(t.column("gwno_a_2nd"));
    List<List<Integer>> b2 = MultiValued.splitInts(t.column("gwno_b_2nd"));
    List<List<Integer>> loc = MultiValued.splitInts(t.column("gwno_loc"));

    Set<Integer> typeCodes = new HashSet<>();
    options.types().forEach(x -> typeCodes.add(x.code()));
    Set<Integer> incompCodes = new HashSet<>();
    options.incompatibilities().forEach(x -> incompCodes.add(x.code()));
    boolean[] keep = new boolean[t.rowCount()];
    int minYear = Integer.MAX_VALUE;
    int maxYear = Integer.MIN_VALUE;
    Map<Integer, Integer> firstYear = new HashMap<>();
    Set<Long> conflictYears = new HashSet<>();
    for (int r = 0; r < t.rowCount(); r++) {
      if (yr.isMissing(r) || cid.isMissing(r)) {
        throw new IllegalArgumentException(label + " row " + (r + 1)
            + ": conflict_id and year must be present (a conflict-year table needs both)");
      }
      minYear = Math.min(minYear, yr.getInt(r));
      maxYear = Math.max(maxYear, yr.getInt(r));
      keep[r] = (!options.filters() || (!type.isMissing(r) && typeCodes.contains(type.getInt(r))
          && !incomp.isMissing(r) && incompCodes.contains(incomp.getInt(r))))
          && (!options.isWarsOnly() || (!intensity.isMissing(r) && intensity.getInt(r) == 2));
      if (keep[r]) {
        firstYear.merge(cid.getInt(r), yr.getInt(r), Math::min);
        conflictYears.add(conflictYear(cid.getInt(r), yr.getInt(r)));
      }
    }
    if (t.rowCount() == 0) {
      throw new IllegalArgumentException(label + " has no rows: its coverage is unknown");
    }
    Coverage cov = new Coverage(label, 1946, maxYear,
        "the ACD begins in 1946 (codebook); last year in the file");
    List<String> newNotes = new ArrayList<>();
    if (minYear > 1946) {
      newNotes.add(label + ": the file's first year is " + minYear + ", not 1946; state-years "
          + "1946-" + (minYear - 1) + " read as 0 (no conflict). Pass the whole ACD and filter"
          + " with AcdOptions instead");
    }
    if (options.filters()) {
      newNotes.add(label + " counted with " + options);
    }

    int n = rowCount();
    int[] sideA = zeros(cov);
    int[] sideB = zeros(cov);
    int[] second = zeros(cov);
    int[] location = zeros(cov);
    int[] onset = zeros(cov);
    int[] episode = zeros(cov);
    int[] maxInt = zeros(cov);
    @SuppressWarnings("unchecked")
    TreeSet<Integer>[] ids = new TreeSet[n];
    RowIndex index = new RowIndex(gwKey, year);
    Unmatched unmatched = new Unmatched(label, "gwno", fromYear, toYear, UCDP_ALIASES);
    for (int r = 0; r < t.rowCount(); r++) {
      int y = yr.getInt(r);
      if (!keep[r] || y < fromYear || y > toYear) {
        continue;
      }
      int c = cid.getInt(r);
      boolean isOnset = firstYear.get(c) == y;
      boolean isEpisode = !conflictYears.contains(conflictYear(c, y - 1));
      int level = intensity.isMissing(r) ? 0 : intensity.getInt(r);
      Set<Integer> primary = new LinkedHashSet<>(a.get(r));
      primary.addAll(b.get(r));
      for (int s : primary) {
        for (int row : find(index, unmatched, s, y, c)) {
          onset[row] += isOnset ? 1 : 0;
          episode[row] += isEpisode ? 1 : 0;
          maxInt[row] = Math.max(maxInt[row], level);
        }
      }
      count(index, unmatched, a.get(r), y, c, sideA, ids);
      count(index, unmatched, b.get(r), y, c, sideB, ids);
      Set<Integer> sec = new LinkedHashSet<>(a2.get(r));
      sec.addAll(b2.get(r));
      count(index, unmatched, sec, y, c, second, ids);
      count(index, unmatched, new LinkedHashSet<>(loc.get(r)), y, c, location, ids);
    }
    unmatched.note(newNotes);
    Table out = Panels.copy(table);
    out.addColumns(IntColumn.create(names.get(0), sideA), IntColumn.create(names.get(1), sideB),
        IntColumn.create(names.get(2), second), IntColumn.create(names.get(3), location),
        IntColumn.create(names.get(4), onset), IntColumn.create(names.get(5), episode),
        IntColumn.create(names.get(6), maxInt), idList(names.get(7), ids));
    return with(out, cov, newNotes);
  }

  // ---------------------------------------------------------------- COW wars

  /**
   * Joins COW's Inter-State War Data (one row per state's participation in a war, COW numbers).
   * Adds {@code cow_inter_wars} (the number of inter-state wars the state takes part in during
   * the year: a year between {@code StartYear1} and {@code EndYear1}, or between {@code
   * StartYear2} and {@code EndYear2}), {@code cow_inter_onset} (wars the state enters that year:
   * its {@code StartYear1}) and {@code cow_inter_ids} (the {@code WarNum}s, ascending). A state
   * listed twice in one war (it changed sides) counts the war once. An end year coded -7
   * (ongoing) runs to the end of the coverage.
   *
   * <p>Coverage: 1816-2007 for releases 4.x (the codebook's "Resort to War: 1816-2007"); for other
   * releases, 1816 to the latest year in the file. A G&amp;W panel is matched through the
   * crosswalk, which needs COW's state list.
   *
   * @param inter COW Inter-State War Data
   * @return a new panel with the added columns
   * @throws IllegalArgumentException if {@code inter} is not COW inter-state data
   * @throws IllegalStateException if this is a G&amp;W panel and COW's state list is unavailable
   */
  public Panel withCowInterState(Dataset inter) {
    requireKind(inter, DatasetKind.COW_INTER_STATE);
    List<String> names = List.of("cow_inter_wars", "cow_inter_onset", "cow_inter_ids");
    requireNewColumns(names);
    int[] keys = cowKeys("COW inter-state wars");
    String label = "COW inter-state " + inter.version();
    IntColumn war = intColumn(inter, "WarNum");
    IntColumn cc = intColumn(inter, "ccode");
    IntColumn[] spans = {intColumn(inter, "StartYear1"), intColumn(inter, "EndYear1"),
        intColumn(inter, "StartYear2"), intColumn(inter, "EndYear2")};
    Coverage cov = cowCoverage(label, inter, spans);
    int[] wars = zeros(cov);
    int[] onset = zeros(cov);
    @SuppressWarnings("unchecked")
    TreeSet<Integer>[] ids = new TreeSet[rowCount()];
    @SuppressWarnings("unchecked")
    TreeSet<Integer>[] onsets = new TreeSet[rowCount()];
    RowIndex index = new RowIndex(keys, year);
    Unmatched unmatched = new Unmatched(label, "ccode", fromYear, toYear);
    List<String> newNotes = new ArrayList<>();
    for (int r = 0; r < war.size(); r++) {
      if (cc.isMissing(r) || war.isMissing(r)) {
        newNotes.add(label + " row " + (r + 1) + " has no ccode or WarNum: left out");
        continue;
      }
      Set<Integer> active = activeYears(inter, spans, r, cov, newNotes);
      if (active.isEmpty()) {
        newNotes.add(label + " row " + (r + 1) + " (war " + war.getInt(r) + ", ccode "
            + cc.getInt(r) + ") has no start year: left out");
      }
      int start = spans[0].isMissing(r) ? MISSING : spans[0].getInt(r);
      for (int y : active) {
        if (y < fromYear || y > toYear) {
          continue;
        }
        for (int row : find(index, unmatched, cc.getInt(r), y, war.getInt(r))) {
          add(ids, row, war.getInt(r));
          if (y == start) {
            add(onsets, row, war.getInt(r));
          }
        }
      }
    }
    // a state listed twice in one war (it changed sides) counts the war once
    for (int i = 0; i < rowCount(); i++) {
      if (ids[i] != null) {
        wars[i] = ids[i].size();
        onset[i] = onsets[i] == null ? 0 : onsets[i].size();
      }
    }
    unmatched.note(newNotes);
    Table out = Panels.copy(table);
    out.addColumns(IntColumn.create(names.get(0), wars), IntColumn.create(names.get(1), onset),
        idList(names.get(2), ids));
    return with(out, cov, newNotes);
  }

  /**
   * Joins COW's Intra-State War Data, release 4.1 or 5.1 (one row per war, COW numbers). Adds
   * {@code cow_intra_side_a} (wars active that year with the state as {@code CcodeA}), {@code
   * cow_intra_side_b} (as {@code CcodeB}; only 4.1 has that column, so a 5.1 join adds no
   * side-B column and says so in the notes), {@code cow_intra_onset} (wars whose {@code
   * StartYr1} is that year, the state on side A or B) and {@code cow_intra_ids} (WarNum, 5.1's
   * decimal numbers such as 502.1 kept). A war is active from {@code StartYr} to {@code EndYr} of
   * each of its up to four episodes; an end coded -7 (ongoing) runs to the end of the coverage.
   *
   * <p>Coverage: 1816-2007 for 4.x, 1816-2014 for 5.x (codebooks), else 1816 to the file's latest
   * year.
   *
   * @param intra COW Intra-State War Data, release 4.1 or 5.1
   * @return a new panel with the added columns
   * @throws IllegalArgumentException if {@code intra} is not COW intra-state data
   * @throws IllegalStateException if this is a G&amp;W panel and COW's state list is unavailable
   */
  public Panel withCowIntraState(Dataset intra) {
    requireKind(intra, DatasetKind.COW_INTRA_STATE);
    String label = "COW intra-state " + intra.version();
    Table t = intra.table();
    NumericColumn<?> war = (NumericColumn<?>) t.column("WarNum");
    IntColumn ccA = intColumn(intra, "CcodeA");
    IntColumn ccB = t.columnNames().contains("CcodeB") ? intColumn(intra, "CcodeB") : null;
    boolean hasB = ccB != null && ccB.countMissing() < ccB.size();
    List<String> names = new ArrayList<>(List.of("cow_intra_side_a"));
    if (hasB) {
      names.add("cow_intra_side_b");
    }
    names.addAll(List.of("cow_intra_onset", "cow_intra_ids"));
    requireNewColumns(names);
    int[] keys = cowKeys("COW intra-state wars");
    IntColumn[] spans = new IntColumn[8];
    for (int i = 1; i <= 4; i++) {
      spans[2 * i - 2] = intColumn(intra, "StartYr" + i);
      spans[2 * i - 1] = intColumn(intra, "EndYr" + i);
    }
    Coverage cov = cowCoverage(label, intra, spans);
    int[] sideA = zeros(cov);
    int[] sideB = zeros(cov);
    int[] onset = zeros(cov);
    // wars per state-year and role; 4.1 lists a war once per state side, so count wars, not rows
    List<Map<Integer, TreeSet<Double>>> roles = List.of(new HashMap<>(), new HashMap<>(),
        new HashMap<>(), new HashMap<>());
    RowIndex index = new RowIndex(keys, year);
    Unmatched unmatched = new Unmatched(label, "ccode", fromYear, toYear);
    List<String> newNotes = new ArrayList<>();
    if (!hasB) {
      newNotes.add(label + " has no CcodeB values (5.1 names side B in text only): no "
          + "cow_intra_side_b column; states on side B are not counted");
    }
    for (int r = 0; r < t.rowCount(); r++) {
      if (war.isMissing(r)) {
        newNotes.add(label + " row " + (r + 1) + " has no WarNum: left out");
        continue;
      }
      double w = war.getDouble(r);
      int start = spans[0].isMissing(r) ? MISSING : spans[0].getInt(r);
      for (int y : activeYears(intra, spans, r, cov, newNotes)) {
        if (y < fromYear || y > toYear) {
          continue;
        }
        for (int side = 0; side < 2; side++) {
          IntColumn cc = side == 0 ? ccA : hasB ? ccB : null;
          if (cc == null || cc.isMissing(r)) {
            continue;
          }
          for (int row : find(index, unmatched, cc.getInt(r), y, (int) w)) {
            roles.get(side).computeIfAbsent(row, k -> new TreeSet<>()).add(w);
            roles.get(3).computeIfAbsent(row, k -> new TreeSet<>()).add(w);
            if (y == start) {
              roles.get(2).computeIfAbsent(row, k -> new TreeSet<>()).add(w);
            }
          }
        }
      }
    }
    roles.get(0).forEach((row, wars) -> sideA[row] = wars.size());
    roles.get(1).forEach((row, wars) -> sideB[row] = wars.size());
    roles.get(2).forEach((row, wars) -> onset[row] = wars.size());
    unmatched.note(newNotes);
    Table out = Panels.copy(table);
    out.addColumns(IntColumn.create("cow_intra_side_a", sideA));
    if (hasB) {
      out.addColumns(IntColumn.create("cow_intra_side_b", sideB));
    }
    StringColumn idCol = StringColumn.create("cow_intra_ids", rowCount());
    roles.get(3).forEach((row, wars) ->
        idCol.set(row, String.join(", ", wars.stream().map(Panel::warNumber).toList())));
    out.addColumns(IntColumn.create("cow_intra_onset", onset), idCol);
    return with(out, cov, newNotes);
  }

  // ---------------------------------------------------------------- UCDP BRD

  /**
   * Joins UCDP Battle-Related Deaths, conflict level (one row per conflict-year, G&amp;W numbers).
   * Adds {@code brd_location_best}: the sum of {@code bd_best} of the conflicts with the state in
   * {@code gwno_loc}, and {@code brd_party_best}: the same for the conflicts with the state as a
   * primary party ({@code gwno_a} or {@code gwno_b}). UCDP does not split a conflict-year's deaths
   * between its locations or parties, so a conflict located in two states counts fully in each;
   * the columns are therefore not additive across states.
   *
   * <p>Coverage: 1989 (the first year of BRD) to the file's last year.
   *
   * @param brd UCDP Battle-Related Deaths, conflict level
   * @return a new panel with the added columns
   * @throws IllegalArgumentException if {@code brd} is not conflict-level UCDP BRD
   */
  public Panel withBrd(Dataset brd) {
    requireKind(brd, DatasetKind.UCDP_BRD_CONFLICT);
    List<String> names = List.of("brd_location_best", "brd_party_best");
    requireNewColumns(names);
    String label = "UCDP BRD (conflict level) " + brd.version();
    Table t = brd.table();
    IntColumn cid = intColumn(brd, "conflict_id");
    IntColumn yr = intColumn(brd, "year");
    IntColumn best = intColumn(brd, "bd_best");
    List<List<Integer>> a = MultiValued.splitInts(t.column("gwno_a"));
    List<List<Integer>> b = MultiValued.splitInts(t.column("gwno_b"));
    List<List<Integer>> loc = MultiValued.splitInts(t.column("gwno_loc"));
    int maxYear = (int) yr.max();
    Coverage cov = new Coverage(label, 1989, maxYear, "BRD begins in 1989; last year in the file");
    int[] byLoc = zeros(cov);
    int[] byParty = zeros(cov);
    RowIndex index = new RowIndex(gwKey, year);
    Unmatched unmatched = new Unmatched(label, "gwno", fromYear, toYear, UCDP_ALIASES);
    List<String> newNotes = new ArrayList<>();
    for (int r = 0; r < t.rowCount(); r++) {
      int y = yr.getInt(r);
      if (y < fromYear || y > toYear) {
        continue;
      }
      if (best.isMissing(r)) {
        newNotes.add(label + " row " + (r + 1) + " (conflict " + cid.getInt(r) + ", " + y
            + ") has no bd_best: left out");
        continue;
      }
      for (int s : new LinkedHashSet<>(loc.get(r))) {
        for (int row : find(index, unmatched, s, y, cid.getInt(r))) {
          byLoc[row] += best.getInt(r);
        }
      }
      Set<Integer> primary = new LinkedHashSet<>(a.get(r));
      primary.addAll(b.get(r));
      for (int s : primary) {
        for (int row : find(index, unmatched, s, y, cid.getInt(r))) {
          byParty[row] += best.getInt(r);
        }
      }
    }
    unmatched.note(newNotes);
    Table out = Panels.copy(table);
    out.addColumns(IntColumn.create(names.get(0), byLoc), IntColumn.create(names.get(1), byParty));
    return with(out, cov, newNotes);
  }

  // ---------------------------------------------------------------- UCDP non-state, one-sided, GED

  /**
   * Joins the UCDP Non-State Conflict Dataset (one row per dyad-year) by location. Adds {@code
   * nonstate_conflicts}: the number of non-state conflicts with a dyad active that year and the
   * state in {@code gwno_location}, and {@code nonstate_best}: the sum of {@code
   * best_fatality_estimate} over those dyad-years (a dyad-year located in two states counts fully
   * in each). Coverage: 1989 (the dataset's first year) to the file's last year.
   *
   * @param nonState UCDP Non-State Conflict Dataset
   * @return a new panel with the added columns
   * @throws IllegalArgumentException if {@code nonState} is not UCDP non-state data
   */
  public Panel withNonState(Dataset nonState) {
    requireKind(nonState, DatasetKind.UCDP_NONSTATE);
    return byLocation(nonState, "UCDP non-state " + nonState.version(), "conflict_id",
        "nonstate_conflicts", "nonstate_best");
  }

  /**
   * Joins the UCDP One-Sided Violence Dataset (one row per actor-year) by location. Adds {@code
   * onesided_actors}: the number of actors killing civilians that year with the state in {@code
   * gwno_location}, and {@code onesided_best}: the sum of their {@code best_fatality_estimate}
   * (an actor-year located in two states counts fully in each). Coverage: 1989 to the file's last
   * year.
   *
   * @param oneSided UCDP One-Sided Violence Dataset
   * @return a new panel with the added columns
   * @throws IllegalArgumentException if {@code oneSided} is not UCDP one-sided data
   */
  public Panel withOneSided(Dataset oneSided) {
    requireKind(oneSided, DatasetKind.UCDP_ONESIDED);
    return byLocation(oneSided, "UCDP one-sided " + oneSided.version(), "actor_id",
        "onesided_actors", "onesided_best");
  }

  /**
   * Joins a global UCDP GED file (one row per event) by the event's country ({@code country_id},
   * a G&amp;W number). Adds {@code ged_events} (events that year in the state), {@code ged_best}
   * (sum of {@code best}) and the sums by {@code type_of_violence}: {@code ged_best_state} (1,
   * state-based), {@code ged_best_nonstate} (2) and {@code ged_best_onesided} (3). Every event
   * counts, including those of dyads below UCDP's 25-death threshold in that year ({@code
   * active_year} 0). Coverage: 1989 to the latest event year. Use {@link #withGed(Dataset,
   * boolean)} for a country extract.
   *
   * @param ged a global UCDP GED file
   * @return a new panel with the added columns
   * @throws IllegalArgumentException if {@code ged} is not UCDP GED data
   */
  public Panel withGed(Dataset ged) {
    return withGed(ged, false);
  }

  /**
   * {@link #withGed(Dataset)}; with {@code extract} true the file is taken as an extract of the
   * countries it holds (a UCDP country download such as {@code conflict_data_BGD.csv}): the
   * columns are then missing, not 0, for every other state.
   *
   * @param ged a global UCDP GED file, or a country extract
   * @param extract true when {@code ged} holds only some countries
   * @return a new panel with the added columns
   */
  public Panel withGed(Dataset ged, boolean extract) {
    requireKind(ged, DatasetKind.UCDP_GED);
    List<String> names = List.of("ged_events", "ged_best", "ged_best_state", "ged_best_nonstate",
        "ged_best_onesided");
    requireNewColumns(names);
    String label = "UCDP GED " + ged.version() + (extract ? " (extract)" : "");
    IntColumn yr = intColumn(ged, "year");
    IntColumn country = intColumn(ged, "country_id");
    IntColumn best = intColumn(ged, "best");
    IntColumn type = intColumn(ged, "type_of_violence");
    IntColumn eventId = intColumn(ged, "id");
    if (yr.size() == 0) {
      throw new IllegalArgumentException(label + " has no events: its coverage is unknown");
    }
    Coverage cov = new Coverage(label, 1989, (int) yr.max(),
        "GED begins in 1989; latest event year in the file"
            + (extract ? "; only the states in the file" : ""));
    Set<Integer> inFile = new HashSet<>();
    country.forEach(c -> {
      if (c != null) {
        inFile.add(c);
      }
    });
    int[][] cols = new int[5][];
    for (int k = 0; k < 5; k++) {
      cols[k] = zeros(cov);
      if (extract) {
        for (int i = 0; i < rowCount(); i++) {
          if (!inFile.contains(gwKey[i])) {
            cols[k][i] = MISSING;
          }
        }
      }
    }
    RowIndex index = new RowIndex(gwKey, year);
    Unmatched unmatched = new Unmatched(label, "country_id", fromYear, toYear,
        UCDP_ALIASES);
    List<String> newNotes = new ArrayList<>();
    int noBest = 0;
    for (int r = 0; r < yr.size(); r++) {
      int y = yr.getInt(r);
      if (y < fromYear || y > toYear || country.isMissing(r)) {
        continue;
      }
      for (int row : find(index, unmatched, country.getInt(r), y,
          eventId.isMissing(r) ? -(r + 1) : eventId.getInt(r))) {
        cols[0][row]++;
        if (best.isMissing(r)) {
          noBest++;
          continue;
        }
        cols[1][row] += best.getInt(r);
        int tv = type.isMissing(r) ? 0 : type.getInt(r);
        if (tv >= 1 && tv <= 3) {
          cols[1 + tv][row] += best.getInt(r);
        }
      }
    }
    if (noBest > 0) {
      newNotes.add(label + ": " + noBest + " events without a best estimate counted as events,"
          + " not in the sums");
    }
    unmatched.note(newNotes);
    Table out = Panels.copy(table);
    for (int k = 0; k < 5; k++) {
      out.addColumns(IntColumn.create(names.get(k), cols[k]));
    }
    return with(out, cov, newNotes);
  }

  private Panel byLocation(Dataset d, String label, String idColumn, String countName,
      String sumName) {
    requireNewColumns(List.of(countName, sumName));
    IntColumn yr = intColumn(d, "year");
    IntColumn id = intColumn(d, idColumn);
    IntColumn best = intColumn(d, "best_fatality_estimate");
    List<List<Integer>> loc = MultiValued.splitInts(d.table().column("gwno_location"));
    if (yr.size() == 0) {
      throw new IllegalArgumentException(label + " has no rows: its coverage is unknown");
    }
    Coverage cov = new Coverage(label, 1989, (int) yr.max(),
        "UCDP's dataset begins in 1989; last year in the file");
    int[] sums = zeros(cov);
    Map<Integer, Set<Integer>> ids = new HashMap<>();
    RowIndex index = new RowIndex(gwKey, year);
    Unmatched unmatched = new Unmatched(label, "gwno_location", fromYear, toYear,
        UCDP_ALIASES);
    List<String> newNotes = new ArrayList<>();
    for (int r = 0; r < yr.size(); r++) {
      int y = yr.getInt(r);
      if (y < fromYear || y > toYear) {
        continue;
      }
      for (int s : new LinkedHashSet<>(loc.get(r))) {
        for (int row : find(index, unmatched, s, y, id.isMissing(r) ? -1 : id.getInt(r))) {
          ids.computeIfAbsent(row, k -> new HashSet<>()).add(id.isMissing(r) ? -r : id.getInt(r));
          if (best.isMissing(r)) {
            newNotes.add(label + " row " + (r + 1) + " has no best_fatality_estimate: not in "
                + sumName);
          } else {
            sums[row] += best.getInt(r);
          }
        }
      }
    }
    int[] counts = zeros(cov);
    ids.forEach((row, set) -> counts[row] = set.size());
    unmatched.note(newNotes);
    Table out = Panels.copy(table);
    out.addColumns(IntColumn.create(countName, counts), IntColumn.create(sumName, sums));
    return with(out, cov, newNotes);
  }

  // ---------------------------------------------------------------- spells

  /**
   * Adds peace-year spells for an integer conflict column ({@code "acd_side_a"}, or one the caller
   * made): {@code peace_years}, the number of years since the state's last year in which {@code
   * conflictColumn} was above 0 (0 in such a year, 1 the year after, and so on, restarting at each
   * conflict year), and {@code peace_censored}, true when no conflict year of the state was seen
   * before within the panel (its first year, or the first year after a missing stretch, counts 1):
   * the count is then a lower bound. Where {@code conflictColumn} is missing (outside coverage), so
   * are both.
   *
   * @param conflictColumn the integer column whose years above 0 end a spell
   * @return a new panel with the spell columns added
   * @throws IllegalArgumentException if the panel has no such integer column
   */
  public Panel withPeaceYears(String conflictColumn) {
    return withPeaceYears(conflictColumn, "peace_years");
  }

  /**
   * {@link #withPeaceYears(String)} under another name: columns {@code name} and {@code
   * name + "_censored"}, so that spells of several conflict columns can sit side by side.
   *
   * @param conflictColumn the integer column whose years above 0 end a spell
   * @param name the name of the spell column
   * @return a new panel with the spell columns added
   */
  public Panel withPeaceYears(String conflictColumn, String name) {
    if (!table.columnNames().contains(conflictColumn)
        || !(table.column(conflictColumn) instanceof IntColumn)) {
      throw new IllegalArgumentException("no integer column '" + conflictColumn
          + "' in the panel; its columns: " + table.columnNames());
    }
    requireNewColumns(List.of(name, name + "_censored"));
    IntColumn c = table.intColumn(conflictColumn);
    int[] years = new int[rowCount()];
    BooleanColumn censored = BooleanColumn.create(name + "_censored", rowCount());
    int count = MISSING;
    boolean cens = true;
    for (int i = 0; i < rowCount(); i++) {
      boolean newState = i == 0 || code[i] != code[i - 1] || year[i] != year[i - 1] + 1;
      if (newState) {
        count = MISSING;
      }
      if (c.isMissing(i)) {
        years[i] = MISSING;
        count = MISSING;
        continue;
      }
      if (c.getInt(i) > 0) {
        count = 0;
        cens = false;
      } else if (count == MISSING) {
        count = 1;
        cens = true;
      } else {
        count++;
      }
      years[i] = count;
      censored.set(i, cens);
    }
    Table out = Panels.copy(table);
    out.addColumns(IntColumn.create(name, years), censored);
    return with(out, null, List.of());
  }

  // ---------------------------------------------------------------- internals

  private Panel with(Table out, Coverage cov, List<String> newNotes) {
    List<Coverage> c = new ArrayList<>(coverages);
    if (cov != null) {
      c.add(cov);
    }
    List<String> n = new ArrayList<>(notes);
    n.addAll(newNotes);
    return new Panel(codes, system, fromYear, toYear, membership, out, code, year, gwKey, cowKey,
        c, n);
  }

  private int[] cowKeys(String what) {
    if (cowKey == null) {
      throw new IllegalStateException("joining " + what + " onto a G&W panel needs COW's state "
          + "list for the G&W -> COW conversion, and it is not available; make COW's list "
          + "available to the crosswalk (see the README's Country codes section), or build a "
          + "COW panel");
    }
    return cowKey;
  }

  private int[] zeros(Coverage cov) {
    int[] a = new int[rowCount()];
    for (int i = 0; i < a.length; i++) {
      a[i] = cov.covers(year[i]) ? 0 : MISSING;
    }
    return a;
  }

  private void requireNewColumns(List<String> names) {
    for (String n : names) {
      if (table.columnNames().stream().anyMatch(x -> x.equalsIgnoreCase(n))) {
        throw new IllegalArgumentException("the panel has a column '" + n + "' already (joined "
            + "twice?); give the second join another prefix");
      }
    }
  }

  static void requireKind(Dataset d, DatasetKind kind) {
    Objects.requireNonNull(d, "dataset");
    if (d.kind() != kind) {
      throw new IllegalArgumentException("expected " + kind.title() + " data, found " + d.kind()
          + " (" + d.source().name() + ")");
    }
  }

  static IntColumn intColumn(Dataset d, String name) {
    Table t = d.table();
    if (!t.columnNames().contains(name)) {
      throw new IllegalArgumentException(d.source().name() + " has no column '" + name + "'");
    }
    Column<?> c = t.column(name);
    if (!(c instanceof IntColumn)) {
      throw new IllegalArgumentException(d.source().name() + ": column '" + name
          + "' should be integer, is " + c.type());
    }
    return (IntColumn) c;
  }

  /** Coverage of a COW release: 4.x ends 2007, 5.x 2014 (codebooks), else the file's last year. */
  static Coverage cowCoverage(String label, Dataset d, IntColumn[] spans) {
    String v = d.version() == null ? "" : d.version();
    if (v.startsWith("4.")) {
      return new Coverage(label, 1816, 2007, "COW v4 war data: 1816-2007 (Resort to War)");
    }
    if (v.startsWith("5.")) {
      return new Coverage(label, 1816, 2014, "COW intra-state v5: 1816-2014 (Dixon & Sarkees)");
    }
    int last = 1816;
    for (IntColumn c : spans) {
      if (c.countMissing() < c.size()) {
        last = Math.max(last, (int) c.max());
      }
    }
    return new Coverage(label, 1816, last, "release " + v + " unknown: 1816 to the file's latest"
        + " start or end year");
  }

  /**
   * The years of row r's episodes (start, end pairs) inside the coverage. An end coded -7
   * (ongoing) runs to the end of the coverage; any other missing end (unknown) gives the start year
   * only, with a note; years after the coverage (4.1's war 938 ends in 2008) are left out, with a
   * note.
   */
  static Set<Integer> activeYears(Dataset d, IntColumn[] spans, int r, Coverage cov,
      List<String> notes) {
    Set<Integer> years = new TreeSet<>();
    for (int i = 0; i + 1 < spans.length; i += 2) {
      if (spans[i].isMissing(r)) {
        continue;
      }
      int s = spans[i].getInt(r);
      int e;
      if (!spans[i + 1].isMissing(r)) {
        e = spans[i + 1].getInt(r);
      } else if (d.rawValue(spans[i + 1].name(), r).map(v -> v.strip().equals("-7"))
          .orElse(false)) {
        e = cov.toYear();
      } else {
        e = s;
        notes.add(cov.dataset() + " row " + (r + 1) + ": " + spans[i + 1].name() + " is unknown ("
            + d.rawValue(spans[i + 1].name(), r).orElse("empty") + "); only the start year " + s
            + " counted");
      }
      if (e > cov.toYear()) {
        notes.add(cov.dataset() + " row " + (r + 1) + ": " + spans[i + 1].name() + " " + e
            + " is after the coverage (" + cov.fromYear() + "-" + cov.toYear() + "); the years"
            + " after " + cov.toYear() + " stay missing");
      }
      for (int y = Math.max(s, cov.fromYear()); y <= Math.min(e, cov.toYear()); y++) {
        years.add(y);
      }
    }
    return years;
  }

  static int[] find(RowIndex index, Unmatched u, int state, int y, int id) {
    int[] rows = index.rows(state, y);
    if (rows.length == 0 && u.aliases.containsKey(state)) {
      rows = index.rows(u.aliases.get(state), y);
      if (rows.length > 0) {
        u.aliased(state, y);
      }
    }
    if (rows.length == 0) {
      u.add(state, y, id);
    }
    return rows;
  }

  private static void count(RowIndex index, Unmatched u, Iterable<Integer> states, int y, int id,
      int[] counts, TreeSet<Integer>[] ids) {
    Set<Integer> seen = new HashSet<>();
    for (int s : states) {
      if (!seen.add(s)) {
        continue;
      }
      for (int row : find(index, u, s, y, id)) {
        counts[row]++;
        add(ids, row, id);
      }
    }
  }

  private static void add(TreeSet<Integer>[] ids, int row, int id) {
    if (ids[row] == null) {
      ids[row] = new TreeSet<>();
    }
    ids[row].add(id);
  }

  private static StringColumn idList(String name, TreeSet<Integer>[] ids) {
    StringColumn c = StringColumn.create(name, ids.length);
    for (int i = 0; i < ids.length; i++) {
      if (ids[i] != null) {
        c.set(i, String.join(", ", ids[i].stream().map(String::valueOf).toList()));
      }
    }
    return c;
  }

  private static String warNumber(double w) {
    return w == Math.rint(w) ? Long.toString((long) w) : Double.toString(w);
  }

  private static long conflictYear(int conflict, int y) {
    return ((long) conflict << 32) | (y & 0xffffffffL);
  }

  /**
   * G&amp;W numbers UCDP uses for a state that G&amp;W numbers otherwise: UCDP codes Serbia as 345
   * ("Serbia (Yugoslavia)") after 2006, when G&amp;W's 345 Yugoslavia has ended (2006-06-04) and
   * its 340 Serbia runs (from 2006-06-05). A 345 that matches no state-year counts for 340.
   */
  static final Map<Integer, Integer> UCDP_ALIASES = Map.of(345, 340);

  /** Codes of a dataset that match no state-year of the panel, for one note per dataset. */
  static final class Unmatched {
    private final String label;
    private final String column;
    private final int from;
    private final int to;
    final Map<Integer, Integer> aliases;
    private final Map<Integer, TreeSet<Integer>> years = new TreeMap<>();
    private final Map<Integer, TreeSet<Integer>> ids = new TreeMap<>();
    private final Map<Integer, TreeSet<Integer>> aliasedYears = new TreeMap<>();

    Unmatched(String label, String column, int from, int to) {
      this(label, column, from, to, Map.of());
    }

    /** With {@code aliases}: a code that matches no state-year is tried as its alias. */
    Unmatched(String label, String column, int from, int to, Map<Integer, Integer> aliases) {
      this.label = label;
      this.column = column;
      this.from = from;
      this.to = to;
      this.aliases = aliases;
    }

    void aliased(int state, int y) {
      aliasedYears.computeIfAbsent(state, k -> new TreeSet<>()).add(y);
    }

    void add(int state, int y, int id) {
      if (y < from || y > to) {
        return;
      }
      years.computeIfAbsent(state, k -> new TreeSet<>()).add(y);
      ids.computeIfAbsent(state, k -> new TreeSet<>()).add(id);
    }

    void note(List<String> notes) {
      for (Map.Entry<Integer, TreeSet<Integer>> e : aliasedYears.entrySet()) {
        notes.add(label + ": " + column + " " + e.getKey() + " in " + Panels.ranges(e.getValue())
            + " counted as G&W " + aliases.get(e.getKey()) + " (UCDP's number for the state; "
            + "G&W's " + e.getKey() + " is not a member then)");
      }
      if (years.isEmpty()) {
        return;
      }
      List<String> parts = new ArrayList<>();
      for (Map.Entry<Integer, TreeSet<Integer>> e : years.entrySet()) {
        parts.add(column + " " + e.getKey() + " in " + Panels.ranges(e.getValue()) + " (ids "
            + Panels.ranges(ids.get(e.getKey())) + ")");
      }
      notes.add(label + ": codes matching no state-year of the panel (not a member that year, "
          + "or not in the list), not counted: " + String.join("; ", parts));
    }
  }
}
