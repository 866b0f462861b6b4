package io.github.conflictdata.panel;

import io.github.conflictdata.Dataset;
import io.github.conflictdata.codes.CodeSystem;
import io.github.conflictdata.codes.CountryCodes;
import io.github.conflictdata.codes.State;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedSet;
import java.util.TreeMap;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Builds state-year and dyad-year panels from the COW or Gleditsch &amp; Ward membership lists
 * (what peacesciencer's {@code create_stateyears} and {@code create_dyadyears} do in R).
 *
 * <pre>{@code
 * Panel gw = Panels.stateYears(CodeSystem.GW, 1946, 2023);                       // any day counts
 * Panel dec31 = Panels.stateYears(CodeSystem.GW, 1946, 2023, Membership.DEC_31);
 * DyadPanel dyads = Panels.dyadYears(CodeSystem.GW, 1946, 2023, true);            // directed
 * }</pre>
 *
 * <p>A state is in a year's panel when it is a member on at least one day of it ({@link
 * Membership#ANY_DAY}, the default), or, if asked, on December 31 ({@link Membership#DEC_31}). A
 * spell that ends on its list's last day (G&amp;W 2017-12-31, COW 2016-12-31) is open: the state
 * stays a member in later years, so panels run to any requested year. A G&amp;W panel needs only
 * the bundled G&amp;W list; its {@code ccode} column (and COW joins) need COW's list as the
 * crosswalk provides it, and are left out with a note when it is unavailable. A COW panel needs
 * COW's list.
 */
public final class Panels {
  private Panels() {}

  /**
   * The sparse PRIO-GRID cell-month panel of GED or ACLED events: a row for every cell and month
   * with at least one event, events counted in the month of their start date ({@link
   * GridPanel#spread()} divides multi-day events over their days). The dense panel of every cell
   * and month, zeros included, is {@link DenseGrid}'s.
   *
   * @param events UCDP GED (yearly or candidate release) or ACLED events
   * @return the panel; {@link GridPanel#table()} holds its rows
   * @throws IllegalArgumentException for a dataset of another kind
   */
  public static GridPanel gridMonths(Dataset events) {
    return new GridPanel(events, GridPanel.Period.MONTH, false, false);
  }

  /**
   * {@link #gridMonths(Dataset)} by calendar year.
   *
   * @param events UCDP GED or ACLED events
   * @return the panel of cell-years with events
   * @throws IllegalArgumentException for a dataset of another kind
   */
  public static GridPanel gridYears(Dataset events) {
    return new GridPanel(events, GridPanel.Period.YEAR, false, false);
  }

  /**
   * The state-year panel of {@code system}'s list, {@link Membership#ANY_DAY}. Columns: the list's
   * number ({@code gwno} or {@code ccode}), the other list's number for the same state (missing
   * where it has none), {@code year}, {@code iso3} (missing where countrycode has none, e.g. the
   * GDR) and {@code state_name} (the list's name for the spell). Sorted by number, then year.
   *
   * @param system {@link CodeSystem#GW} or {@link CodeSystem#COW}
   * @param fromYear first year of the panel
   * @param toYear last year of the panel, inclusive
   * @return the state-year panel, one row per member and year
   * @throws IllegalArgumentException for ISO3 or {@code fromYear > toYear}
   * @throws IllegalStateException for a COW panel when COW's state list is unavailable
   */
  public static Panel stateYears(CodeSystem system, int fromYear, int toYear) {
    return stateYears(system, fromYear, toYear, Membership.ANY_DAY);
  }

  /**
   * {@link #stateYears(CodeSystem, int, int)} under another membership rule.
   *
   * @param system {@link CodeSystem#GW} or {@link CodeSystem#COW}
   * @param fromYear first year of the panel
   * @param toYear last year of the panel, inclusive
   * @param membership which members count in a year
   * @return the state-year panel, one row per member and year
   */
  public static Panel stateYears(
      CodeSystem system, int fromYear, int toYear, Membership membership) {
    return stateYears(CountryCodes.load(), system, fromYear, toYear, membership);
  }

  /**
   * {@link #stateYears(CodeSystem, int, int, Membership)} from other releases of the lists.
   *
   * @param codes the membership lists to use
   * @param system {@link CodeSystem#GW} or {@link CodeSystem#COW}
   * @param fromYear first year of the panel
   * @param toYear last year of the panel, inclusive
   * @param membership which members count in a year
   * @return the state-year panel, one row per member and year
   */
  public static Panel stateYears(CountryCodes codes, CodeSystem system, int fromYear, int toYear,
      Membership membership) {
    Members m = members(codes, system, fromYear, toYear, membership);
    int n = m.code.size();
    CodeSystem other = system == CodeSystem.GW ? CodeSystem.COW : CodeSystem.GW;
    boolean haveOther = hasList(codes, other);
    int[] code = new int[n];
    int[] year = new int[n];
    int[] counterpart = new int[n];
    StringColumn iso3 = StringColumn.create("iso3", n);
    StringColumn name = StringColumn.create("state_name", n);
    Map<Long, Optional<String>> isoCache = new HashMap<>();
    for (int i = 0; i < n; i++) {
      code[i] = m.code.get(i);
      year[i] = m.year.get(i);
      Year y = Year.of(year[i]);
      OptionalInt c = !haveOther ? OptionalInt.empty()
          : system == CodeSystem.GW ? codes.gwToCow(code[i], y) : codes.cowToGw(code[i], y);
      counterpart[i] = c.isPresent() ? c.getAsInt() : Panel.MISSING;
      // the ISO code is countrycode's pair of the number, else of its counterpart: one lookup per
      // (number, counterpart), not per year
      long isoKey = ((long) code[i] << 32) | (counterpart[i] & 0xffffffffL);
      int number = code[i];
      Optional<String> iso = isoCache.computeIfAbsent(isoKey, k -> codes.iso3(system, number, y));
      if (iso.isPresent()) {
        iso3.set(i, iso.get());
      }
      name.set(i, m.state.get(i).name());
    }
    Table t = Table.create((system == CodeSystem.GW ? "G&W" : "COW") + " state-years " + fromYear
        + "-" + toYear);
    t.addColumns(IntColumn.create(system.defaultColumn(), code.clone()));
    List<String> notes = new ArrayList<>();
    if (haveOther) {
      t.addColumns(IntColumn.create(other.defaultColumn(), counterpart.clone()));
    } else {
      notes.add((other.title() + "s are left out: " + other + "'s state list is not available"
          + " to the crosswalk, so there is no " + other.defaultColumn() + " column and no "
          + other + "-coded join. " + String.join(" ", codes.notes())).strip());
    }
    t.addColumns(IntColumn.create("year", year.clone()), iso3, name);
    int[] gwKey = system == CodeSystem.GW ? code : haveOther ? counterpart : null;
    int[] cowKey = system == CodeSystem.COW ? code : haveOther ? counterpart : null;
    return new Panel(codes, system, fromYear, toYear, membership, t, code, year, gwKey, cowKey,
        List.of(), notes);
  }

  /**
   * The dyad-year panel of {@code system}'s list, {@link Membership#ANY_DAY}: for each year, every
   * ordered pair of distinct members ({@code directed}: n(n-1) rows a year, both (A, B) and (B,
   * A)) or every unordered pair ({@code n(n-1)/2}, first number below the second).
   *
   * @param system {@link CodeSystem#GW} or {@link CodeSystem#COW}
   * @param fromYear first year of the panel
   * @param toYear last year of the panel, inclusive
   * @param directed true for ordered pairs, false for unordered ones
   * @return the dyad-year panel, one row per pair of members and year
   * @throws IllegalArgumentException for ISO3 or {@code fromYear > toYear}
   */
  public static DyadPanel dyadYears(
      CodeSystem system, int fromYear, int toYear, boolean directed) {
    return dyadYears(CountryCodes.load(), system, fromYear, toYear, directed, Membership.ANY_DAY);
  }

  /**
   * {@link #dyadYears(CodeSystem, int, int, boolean)} with other lists or membership rule.
   *
   * @param codes the membership lists to use
   * @param system {@link CodeSystem#GW} or {@link CodeSystem#COW}
   * @param fromYear first year of the panel
   * @param toYear last year of the panel, inclusive
   * @param directed true for ordered pairs, false for unordered ones
   * @param membership which members count in a year
   * @return the dyad-year panel, one row per pair of members and year
   */
  public static DyadPanel dyadYears(CountryCodes codes, CodeSystem system, int fromYear,
      int toYear, boolean directed, Membership membership) {
    Members m = members(codes, system, fromYear, toYear, membership);
    return DyadPanel.build(codes, system, fromYear, toYear, directed, membership, m);
  }

  /** Whether the crosswalk has {@code system}'s list (COW's may have to come from a cache). */
  static boolean hasList(CountryCodes codes, CodeSystem system) {
    try {
      return !(system == CodeSystem.COW ? codes.cowStates() : codes.gwStates()).isEmpty();
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** Members of each year, by number then year. */
  static Members members(CountryCodes codes, CodeSystem system, int fromYear, int toYear,
      Membership membership) {
    Objects.requireNonNull(codes, "codes");
    Objects.requireNonNull(system, "system");
    Objects.requireNonNull(membership, "membership");
    if (system == CodeSystem.ISO3) {
      throw new IllegalArgumentException("a panel comes from the COW or G&W membership list; "
          + "ISO 3166 has no membership dates (add iso3 from a GW or COW panel instead)");
    }
    if (fromYear > toYear) {
      throw new IllegalArgumentException("fromYear " + fromYear + " is after toYear " + toYear);
    }
    if (!hasList(codes, system)) {
      throw new IllegalStateException((system + "'s state list is not available to the crosswalk"
          + " (COW's list is no longer shipped in the jar; see the README's Country codes"
          + " section for how to make it available), so no " + system + " panel can be built. "
          + String.join(" ", codes.notes())).strip());
    }
    List<State> spells = system == CodeSystem.COW ? codes.cowStates() : codes.gwStates();
    Map<Integer, List<State>> byCode = new TreeMap<>();
    for (State s : spells) {
      byCode.computeIfAbsent(s.code(), k -> new ArrayList<>()).add(s);
    }
    Members m = new Members();
    for (Map.Entry<Integer, List<State>> e : byCode.entrySet()) {
      for (int y = fromYear; y <= toYear; y++) {
        State hit = null;
        LocalDate dec31 = LocalDate.of(y, 12, 31);
        for (State s : e.getValue()) {
          boolean in = membership == Membership.ANY_DAY ? s.overlapsYear(y) : s.contains(dec31);
          if (in && (hit == null || s.start().isAfter(hit.start()))) {
            hit = s;
          }
        }
        if (hit != null) {
          m.code.add(e.getKey());
          m.year.add(y);
          m.state.add(hit);
        }
      }
    }
    return m;
  }

  /** The members, one entry per state-year, by number then year. */
  static final class Members {
    final List<Integer> code = new ArrayList<>();
    final List<Integer> year = new ArrayList<>();
    final List<State> state = new ArrayList<>();
  }

  /** "1947-1948, 1950" for a sorted set of integers. */
  static String ranges(SortedSet<Integer> values) {
    StringBuilder sb = new StringBuilder();
    Integer start = null;
    Integer prev = null;
    for (int v : values) {
      if (prev != null && v == prev + 1) {
        prev = v;
        continue;
      }
      if (start != null) {
        sb.append(sb.length() > 0 ? ", " : "").append(start)
            .append(prev.equals(start) ? "" : "-" + prev);
      }
      start = v;
      prev = v;
    }
    if (start != null) {
      sb.append(sb.length() > 0 ? ", " : "").append(start)
          .append(prev.equals(start) ? "" : "-" + prev);
    }
    return sb.toString();
  }

  /**
   * A copy of {@code t} made column by column (Tablesaw's {@code Table.copy()} copies row by row,
   * about 350 ms for 1.7 million dyad-years against a few ms this way).
   */
  static Table copy(Table t) {
    Table out = Table.create(t.name());
    for (Column<?> c : t.columns()) {
      out.addColumns(c.copy());
    }
    return out;
  }
}
