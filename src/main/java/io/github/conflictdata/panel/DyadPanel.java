package io.github.conflictdata.panel;

import io.github.conflictdata.Dataset;
import io.github.conflictdata.DatasetKind;
import io.github.conflictdata.MultiValued;
import io.github.conflictdata.codes.CodeSystem;
import io.github.conflictdata.codes.CountryCodes;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * A dyad-year panel: for each year, every pair of distinct members of a membership list, directed
 * (both (A, B) and (B, A): n(n-1) rows a year) or undirected (n(n-1)/2 rows, first number below
 * the second). Built column-wise in primitive arrays (about 2 million directed G&amp;W dyad-years
 * 1946-2023), sorted by year, then first state, then second. Columns: {@code year}, {@code gwno1}
 * and {@code gwno2} (or {@code ccode1}, {@code ccode2}). Joins work as in {@link Panel}: missing
 * outside the dataset's coverage, 0 inside it. Made by {@link Panels#dyadYears}.
 */
public final class DyadPanel implements io.github.conflictdata.Noted {
  private final CodeSystem system;
  private final boolean directed;
  private final int fromYear;
  private final int toYear;
  private final Membership membership;
  private final String name;
  private final int[] dyadYear;
  private final int[] first;
  private final int[] second;
  /** Joined columns by name, in join order; arrays are never changed once made. */
  private final Map<String, int[]> joined;
  // state-years by year, then number
  private final int[] syCode;
  private final int[] syYear;
  private final int[] syGw;
  private final int[] syCow;
  private final int[] yearStart; // first state-year of year (from + k), length years + 1
  private final int[] dyadStart; // first dyad row of year (from + k)
  private final List<Coverage> coverages;
  private final List<String> notes;

  private DyadPanel(CodeSystem system, boolean directed, int fromYear, int toYear,
      Membership membership, String name, int[] dyadYear, int[] first, int[] second,
      Map<String, int[]> joined, int[] syCode, int[] syYear, int[] syGw, int[] syCow,
      int[] yearStart, int[] dyadStart, List<Coverage> coverages, List<String> notes) {
    this.system = system;
    this.directed = directed;
    this.fromYear = fromYear;
    this.toYear = toYear;
    this.membership = membership;
    this.name = name;
    this.dyadYear = dyadYear;
    this.first = first;
    this.second = second;
    this.joined = joined;
    this.syCode = syCode;
    this.syYear = syYear;
    this.syGw = syGw;
    this.syCow = syCow;
    this.yearStart = yearStart;
    this.dyadStart = dyadStart;
    this.coverages = List.copyOf(coverages);
    this.notes = List.copyOf(notes);
  }

  static DyadPanel build(CountryCodes codes, CodeSystem system, int fromYear, int toYear,
      boolean directed, Membership membership, Panels.Members m) {
    int years = toYear - fromYear + 1;
    int[] perYear = new int[years];
    for (int y : m.year) {
      perYear[y - fromYear]++;
    }
    int[] yearStart = new int[years + 1];
    for (int k = 0; k < years; k++) {
      yearStart[k + 1] = yearStart[k] + perYear[k];
    }
    int total = m.code.size();
    int[] syCode = new int[total];
    int[] syYear = new int[total];
    int[] fill = yearStart.clone();
    // members come by number then year, so each year's slice comes out sorted by number
    for (int i = 0; i < total; i++) {
      int k = m.year.get(i) - fromYear;
      syCode[fill[k]] = m.code.get(i);
      syYear[fill[k]] = m.year.get(i);
      fill[k]++;
    }
    CodeSystem other = system == CodeSystem.GW ? CodeSystem.COW : CodeSystem.GW;
    boolean haveOther = Panels.hasList(codes, other);
    int[] counterpart = new int[total];
    for (int i = 0; i < total; i++) {
      OptionalInt c = !haveOther ? OptionalInt.empty()
          : system == CodeSystem.GW ? codes.gwToCow(syCode[i], Year.of(syYear[i]))
              : codes.cowToGw(syCode[i], Year.of(syYear[i]));
      counterpart[i] = c.isPresent() ? c.getAsInt() : Panel.MISSING;
    }
    long rows = 0;
    int[] dyadStart = new int[years + 1];
    for (int k = 0; k < years; k++) {
      long n = perYear[k];
      rows += directed ? n * (n - 1) : n * (n - 1) / 2;
      if (rows > Integer.MAX_VALUE - 8) {
        throw new IllegalArgumentException("a dyad-year panel of " + rows + "+ rows does not fit"
            + " one table; ask for fewer years");
      }
      dyadStart[k + 1] = (int) rows;
    }
    int[] year = new int[(int) rows];
    int[] first = new int[(int) rows];
    int[] second = new int[(int) rows];
    int r = 0;
    for (int k = 0; k < years; k++) {
      int s = yearStart[k];
      int n = perYear[k];
      for (int i = 0; i < n; i++) {
        for (int j = directed ? 0 : i + 1; j < n; j++) {
          if (i == j) {
            continue;
          }
          year[r] = fromYear + k;
          first[r] = syCode[s + i];
          second[r] = syCode[s + j];
          r++;
        }
      }
    }
    String name = (directed ? "directed " : "undirected ")
        + (system == CodeSystem.GW ? "G&W" : "COW") + " dyad-years " + fromYear + "-" + toYear;
    List<String> notes = new ArrayList<>();
    if (!haveOther) {
      notes.add(other + "'s state list is not available to the crosswalk: no " + other
          + "-coded join");
    }
    int[] gw = system == CodeSystem.GW ? syCode : haveOther ? counterpart : null;
    int[] cow = system == CodeSystem.COW ? syCode : haveOther ? counterpart : null;
    return new DyadPanel(system, directed, fromYear, toYear, membership, name, year, first,
        second, new LinkedHashMap<>(), syCode, syYear, gw, cow, yearStart, dyadStart, List.of(),
        notes);
  }

  /**
   * The panel as a Tablesaw table: {@code year}, {@code gwno1}, {@code gwno2} (or {@code ccode1},
   * {@code ccode2}) and the joined columns. Each call makes a new table (the panel keeps its
   * columns as arrays), so keep the result rather than calling this in a loop.
   *
   * @return a new table each call
   */
  public Table table() {
    String col = system.defaultColumn();
    Table t = Table.create(name, IntColumn.create("year", dyadYear),
        IntColumn.create(col + "1", first), IntColumn.create(col + "2", second));
    joined.forEach((n, values) -> t.addColumns(IntColumn.create(n, values)));
    return t;
  }

  /**
   * Number of dyad-years.
   *
   * @return the row count
   */
  public int rowCount() {
    return dyadYear.length;
  }

  /**
   * Whether (A, B) and (B, A) are both rows.
   *
   * @return true for a directed panel
   */
  public boolean directed() {
    return directed;
  }

  /**
   * The membership list: GW or COW.
   *
   * @return GW or COW
   */
  public CodeSystem system() {
    return system;
  }

  /**
   * The membership rule.
   *
   * @return the membership rule
   */
  public Membership membership() {
    return membership;
  }

  /**
   * The number of states in {@code year}'s panel.
   *
   * @param year a year of the panel
   * @return the member count in {@code year}
   */
  public int states(int year) {
    if (year < fromYear || year > toYear) {
      throw new IllegalArgumentException(year + " is outside the panel's " + fromYear + "-"
          + toYear);
    }
    return yearStart[year - fromYear + 1] - yearStart[year - fromYear];
  }

  /**
   * The coverage of every dataset joined so far.
   *
   * @return the coverages, unmodifiable
   */
  public List<Coverage> coverages() {
    return coverages;
  }

  /** What the joins could not place, one line each (see {@link Panel#notes()}). */
  @Override
  public List<String> notes() {
    return notes;
  }

  @Override
  public String toString() {
    return name + " (" + rowCount() + " dyad-years; joined: " + coverages + ")";
  }

  /**
   * Joins the UCDP/PRIO ACD by the pair's sides. Adds {@code acd_opposed}: the number of
   * conflicts active that year with one state of the pair in {@code gwno_a} and the other in
   * {@code gwno_b} (primary parties on opposite sides), and {@code acd_opposed_2nd}: the same
   * counting secondary parties too (side A = {@code gwno_a} and {@code gwno_a_2nd}, side B = {@code
   * gwno_b} and {@code gwno_b_2nd}). Both directions of a directed pair get the same counts.
   * Coverage: 1946 to the file's last year; missing outside.
   *
   * @param acd a UCDP/PRIO ACD release
   * @return a new panel with the added columns
   * @throws IllegalArgumentException if {@code acd} is not UCDP/PRIO ACD data
   */
  public DyadPanel withAcd(Dataset acd) {
    Panel.requireKind(acd, DatasetKind.UCDP_PRIO_ACD);
    requireNew("acd_opposed", "acd_opposed_2nd");
    Table t = acd.table();
    String label = "UCDP/PRIO ACD " + acd.version();
    IntColumn cid = Panel.intColumn(acd, "conflict_id");
    IntColumn yr = Panel.intColumn(acd, "year");
    List<List<Integer>> a = MultiValued.splitInts(t.column("gwno_a"));
    List<List<Integer>> b = MultiValued.splitInts(t.column("gwno_b"));
    List<List<Integer>> a2 = MultiValued.splitInts(t.column("gwno_a_2nd"));
    List<List<Integer>> b2 = MultiValued.splitInts(t.column("gwno_b_2nd"));
    Coverage cov = new Coverage(label, 1946, (int) yr.max(),
        "the ACD begins in 1946 (codebook); last year in the file");
    int[] primary = zeros(cov);
    int[] any = zeros(cov);
    RowIndex index = new RowIndex(syGw, syYear);
    Panel.Unmatched unmatched = new Panel.Unmatched(label, "gwno", fromYear, toYear,
        Panel.UCDP_ALIASES);
    for (int r = 0; r < t.rowCount(); r++) {
      int y = yr.getInt(r);
      if (y < fromYear || y > toYear) {
        continue;
      }
      int c = cid.getInt(r);
      Set<Integer> sideA = new LinkedHashSet<>(a.get(r));
      sideA.addAll(a2.get(r));
      Set<Integer> sideB = new LinkedHashSet<>(b.get(r));
      sideB.addAll(b2.get(r));
      Set<Integer> primaryRows = pairs(index, unmatched, a.get(r), b.get(r), y, c);
      Set<Integer> anyRows = pairs(index, unmatched, sideA, sideB, y, c);
      primaryRows.forEach(row -> primary[row]++);
      anyRows.forEach(row -> any[row]++);
    }
    List<String> newNotes = new ArrayList<>();
    unmatched.note(newNotes);
    return with(Map.of("acd_opposed", primary, "acd_opposed_2nd", any), cov, newNotes);
  }

  /**
   * Joins COW's Inter-State War Data by the pair's sides. Adds {@code cow_inter_opposed}: the
   * number of inter-state wars in which, that year, both states take part (within one of their
   * participation spells, as in {@link Panel#withCowInterState}) on different {@code Side}s. A
   * G&amp;W panel is matched through the crosswalk's G&amp;W -&gt; COW conversion. Coverage as
   * {@link Panel#withCowInterState}: missing after 2007 for 4.x.
   *
   * @param inter COW Inter-State War Data
   * @return a new panel with the added columns
   * @throws IllegalArgumentException if {@code inter} is not COW inter-state data
   * @throws IllegalStateException for a G&amp;W panel when COW's state list is unavailable
   */
  public DyadPanel withCowInterState(Dataset inter) {
    Panel.requireKind(inter, DatasetKind.COW_INTER_STATE);
    requireNew("cow_inter_opposed");
    if (syCow == null) {
      throw new IllegalStateException("joining COW inter-state wars onto a G&W dyad panel needs "
          + "COW's state list for the G&W -> COW conversion, and it is not available");
    }
    String label = "COW inter-state " + inter.version();
    IntColumn war = Panel.intColumn(inter, "WarNum");
    IntColumn cc = Panel.intColumn(inter, "ccode");
    IntColumn side = Panel.intColumn(inter, "Side");
    IntColumn[] spans = {Panel.intColumn(inter, "StartYear1"), Panel.intColumn(inter, "EndYear1"),
        Panel.intColumn(inter, "StartYear2"), Panel.intColumn(inter, "EndYear2")};
    Coverage cov = Panel.cowCoverage(label, inter, spans);
    // (war, year) -> participants on side 1 and side 2
    Map<Long, List<Set<Integer>>> sides = new HashMap<>();
    List<String> newNotes = new ArrayList<>();
    for (int r = 0; r < war.size(); r++) {
      if (war.isMissing(r) || cc.isMissing(r) || side.isMissing(r)
          || (side.getInt(r) != 1 && side.getInt(r) != 2)) {
        newNotes.add(label + " row " + (r + 1) + " lacks WarNum, ccode or a Side of 1 or 2: "
            + "left out of the pairs");
        continue;
      }
      for (int y : Panel.activeYears(inter, spans, r, cov, newNotes)) {
        if (y < fromYear || y > toYear) {
          continue;
        }
        long key = ((long) war.getInt(r) << 32) | (y & 0xffffffffL);
        List<Set<Integer>> s = sides.computeIfAbsent(key,
            k -> List.of(new LinkedHashSet<>(), new LinkedHashSet<>()));
        s.get(side.getInt(r) - 1).add(cc.getInt(r));
      }
    }
    int[] opposed = zeros(cov);
    RowIndex index = new RowIndex(syCow, syYear);
    Panel.Unmatched unmatched = new Panel.Unmatched(label, "ccode", fromYear, toYear);
    for (Map.Entry<Long, List<Set<Integer>>> e : sides.entrySet()) {
      int w = (int) (e.getKey() >>> 32);
      int y = (int) (long) e.getKey();
      pairs(index, unmatched, e.getValue().get(0), e.getValue().get(1), y, w)
          .forEach(row -> opposed[row]++);
    }
    unmatched.note(newNotes);
    return with(Map.of("cow_inter_opposed", opposed), cov, newNotes);
  }

  /** Dyad rows of every pair (x in one side, y in the other), both directions if directed. */
  private Set<Integer> pairs(RowIndex index, Panel.Unmatched u, Iterable<Integer> one,
      Iterable<Integer> two, int y, int id) {
    Set<Integer> rows = new HashSet<>();
    int k = y - fromYear;
    for (int x : one) {
      int[] xs = Panel.find(index, u, x, y, id);
      for (int z : two) {
        int[] zs = Panel.find(index, u, z, y, id);
        for (int sx : xs) {
          for (int sz : zs) {
            int i = sx - yearStart[k];
            int j = sz - yearStart[k];
            if (i == j) {
              continue;
            }
            if (directed) {
              rows.add(directedRow(k, i, j));
              rows.add(directedRow(k, j, i));
            } else {
              rows.add(undirectedRow(k, Math.min(i, j), Math.max(i, j)));
            }
          }
        }
      }
    }
    return rows;
  }

  private int directedRow(int k, int i, int j) {
    int n = yearStart[k + 1] - yearStart[k];
    return dyadStart[k] + i * (n - 1) + (j < i ? j : j - 1);
  }

  private int undirectedRow(int k, int i, int j) {
    int n = yearStart[k + 1] - yearStart[k];
    return dyadStart[k] + i * (2 * n - i - 1) / 2 + (j - i - 1);
  }

  private int[] zeros(Coverage cov) {
    int[] a = new int[rowCount()];
    for (int i = 0; i < a.length; i++) {
      a[i] = cov.covers(dyadYear[i]) ? 0 : Panel.MISSING;
    }
    return a;
  }

  private void requireNew(String... names) {
    for (String n : names) {
      if (joined.containsKey(n)) {
        throw new IllegalArgumentException("the dyad panel has a column '" + n
            + "' already (joined twice?)");
      }
    }
  }

  private DyadPanel with(Map<String, int[]> columns, Coverage cov, List<String> newNotes) {
    Map<String, int[]> j = new LinkedHashMap<>(joined);
    columns.keySet().stream().sorted().forEach(k -> j.put(k, columns.get(k)));
    List<Coverage> c = new ArrayList<>(coverages);
    c.add(cov);
    List<String> n = new ArrayList<>(notes);
    n.addAll(newNotes);
    return new DyadPanel(system, directed, fromYear, toYear, membership, name, dyadYear, first,
        second, j, syCode, syYear, syGw, syCow, yearStart, dyadStart, c, n);
  }
}
