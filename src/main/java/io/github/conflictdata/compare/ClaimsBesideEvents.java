package io.github.conflictdata.compare;

import io.github.conflictdata.Dataset;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.columns.numbers.NumberColumnFormatter;

/**
 * Claims with a period ({@code period_start}..{@code period_end}) set beside UCDP GED events summed
 * over exactly that period and area. Headline rule: an event counts when its {@code date_start}
 * lies in the period (the rule of {@link EventSeries}); the events that overlap the period without
 * starting in it are counted separately ({@code overlapping_events}, {@code overlapping_best}).
 *
 * <p>Each claim is compared with the GED column that counts the same people, or said not to be
 * comparable:
 * <ul>
 *   <li>measure {@code killed}, no population: GED {@code best} (all deaths, every side);
 *   <li>a population of civilians: {@code deaths_civilians};
 *   <li>a population GED cannot tell apart (an ethnic or religious group such as "Rohingya"): GED
 *       records no victim's ethnicity, so the nearest column, {@code deaths_civilians}, is shown as
 *       "nearest, not the same people";
 *   <li>an age group ("children under five"): not comparable, GED records no ages;
 *   <li>measure {@code died} (all causes), {@code wounded}, {@code missing}: not comparable, GED
 *       counts only deaths in organized violence.
 * </ul>
 *
 * <pre>{@code
 * Table t = ClaimsBesideEvents.of(ConflictData.claims(), ged).war("myanmar-rakhine-2017")
 *     .country("Myanmar (Burma)").build();
 * }</pre>
 */
public final class ClaimsBesideEvents {
  private ClaimsBesideEvents() {}

  /**
   * Claims (the {@code ConflictData.claims()} layout) beside a GED table.
   *
   * @param claims claims in the {@code ConflictData.claims()} layout
   * @param ged GED events
   * @return a builder for the comparison
   */
  public static Builder of(Table claims, Table ged) {
    return new Builder(claims, ged);
  }

  /**
   * Claims beside a bare GED table (one filtered with Tablesaw, say).
   *
   * @param claims the claims
   * @param ged a GED events table
   * @return the builder
   */
  public static Builder of(Claims claims, Table ged) {
    return new Builder(claims.table(), ged);
  }

  /**
   * Claims table beside a GED dataset.
   *
   * @param claims a table in the {@code ConflictData.claims()} layout
   * @param ged a GED dataset
   * @return the builder
   */
  public static Builder of(Table claims, Dataset ged) {
    return new Builder(claims, ged.table());
  }

  /**
   * Claims beside a GED dataset.
   *
   * @param claims the claims
   * @param ged a GED dataset
   * @return a builder for the comparison
   */
  public static Builder of(Claims claims, Dataset ged) {
    return new Builder(claims.table(), ged.table());
  }

  /** Which claims and which area; {@link #build()} makes the table. */
  public static final class Builder {
    private final Table claims;
    private final EventSeries.Builder area;
    private String war;
    private boolean roundings;

    Builder(Table claims, Table ged) {
      this.claims = claims;
      this.area = EventSeries.of(ged);
      if (!area.ged) {
        throw new IllegalArgumentException("claims are set beside UCDP GED events; table '"
            + ged.name() + "' is an ACLED table");
      }
    }

    /**
     * Only claims about this war (the claims' {@code war} key).
     *
     * @param key the war key, e.g. {@code "nagorno-karabakh"}
     * @return this builder
     */
    public Builder war(String key) {
      this.war = key;
      return this;
    }

    /**
     * Events of this country only (GED {@code country}).
     *
     * @param name the country as GED spells it
     * @return this builder
     */
    public Builder country(String name) {
      area.country(name);
      return this;
    }

    /**
     * Events of this first-level area only (GED {@code adm_1}).
     *
     * @param adm1 the area as GED's {@code adm_1} spells it
     * @return this builder
     */
    public Builder area(String adm1) {
      area.area(adm1);
      return this;
    }

    /**
     * Keep reporters' roundings (left out by default, so that no figure is shown twice).
     *
     * @return this builder
     */
    public Builder withRoundings() {
      this.roundings = true;
      return this;
    }

    /**
     * One row per claim with a period: {@code claim_id}, {@code claimant}, {@code measure}, {@code
     * qualifier}, {@code value}, {@code population}, {@code period_start}, {@code period_end},
     * {@code area}, {@code events}, {@code low}, {@code best}, {@code high}, {@code
     * deaths_civilians}, {@code overlapping_events}, {@code overlapping_best}, {@code
     * compared_with}, {@code ged_figure}, {@code claim_to_ged}, {@code comparable}.
     *
     * @return the claims beside the events
     * @throws IllegalArgumentException if the country and area filters together select no event
     *     (as {@link EventSeries.Builder#build()})
     */
    public Table build() {
      Table ged = area.t;
      List<Integer> rows = area.selectedRows();
      Column<?> startC = EventCells.require(ged, "date_start", "event start dates");
      Column<?> endC = EventCells.require(ged, "date_end", "event end dates");
      Column<?> bestC = EventCells.require(ged, "best", "best estimate");
      Column<?> lowC = EventCells.require(ged, "low", "low estimate");
      Column<?> highC = EventCells.require(ged, "high", "high estimate");
      Column<?> civC = EventCells.require(ged, "deaths_civilians", "civilian deaths");
      IntColumn id = IntColumn.create("claim_id");
      StringColumn claimant = StringColumn.create("claimant");
      StringColumn measure = StringColumn.create("measure");
      StringColumn qualifier = StringColumn.create("qualifier");
      IntColumn value = IntColumn.create("value");
      StringColumn population = StringColumn.create("population");
      DateColumn ps = DateColumn.create("period_start");
      DateColumn pe = DateColumn.create("period_end");
      StringColumn where = StringColumn.create("area");
      IntColumn events = IntColumn.create("events");
      IntColumn low = IntColumn.create("low");
      IntColumn best = IntColumn.create("best");
      IntColumn high = IntColumn.create("high");
      IntColumn civ = IntColumn.create("deaths_civilians");
      IntColumn overlapping = IntColumn.create("overlapping_events");
      IntColumn overlappingBest = IntColumn.create("overlapping_best");
      StringColumn compared = StringColumn.create("compared_with");
      IntColumn figure = IntColumn.create("ged_figure");
      DoubleColumn ratio = DoubleColumn.create("claim_to_ged");
      StringColumn comparable = StringColumn.create("comparable");
      Column<?> cStart = EventCells.require(claims, "period_start", "claims' periods");
      Column<?> cEnd = EventCells.require(claims, "period_end", "claims' periods");
      Column<?> cPop = EventCells.require(claims, "population", "claims' populations");
      Column<?> cDerived = EventCells.column(claims, "derived_from");
      for (int c = 0; c < claims.rowCount(); c++) {
        LocalDate from = EventCells.date(cStart, c);
        LocalDate to = EventCells.date(cEnd, c);
        if (from == null || to == null
            || (war != null && !EventCells.text(EventCells.column(claims, "war"), c).equals(war))
            || (!roundings && cDerived != null && !cDerived.isMissing(c))) {
          continue;
        }
        long[] s = new long[7]; // events, low, best, high, civilians, overlapping, overlapping best
        for (int r : rows) {
          LocalDate st = EventCells.date(startC, r);
          if (st == null) {
            continue;
          }
          LocalDate en = EventCells.date(endC, r);
          en = en == null || en.isBefore(st) ? st : en;
          if (!st.isBefore(from) && !st.isAfter(to)) {
            s[0]++;
            s[1] += (long) EventCells.count(lowC, r);
            s[2] += (long) EventCells.count(bestC, r);
            s[3] += (long) EventCells.count(highC, r);
            s[4] += (long) EventCells.count(civC, r);
          } else if (!en.isBefore(from) && !st.isAfter(to)) {
            s[5]++;
            s[6] += (long) EventCells.count(bestC, r);
          }
        }
        String m = EventCells.text(EventCells.column(claims, "measure"), c);
        String pop = EventCells.text(cPop, c);
        int v = (int) EventCells.number(EventCells.column(claims, "value"), c);
        id.append((int) EventCells.number(EventCells.column(claims, "claim_id"), c));
        claimant.append(EventCells.text(EventCells.column(claims, "claimant"), c));
        measure.append(m);
        qualifier.append(EventCells.text(EventCells.column(claims, "qualifier"), c));
        value.append(v);
        population.append(pop);
        ps.append(from);
        pe.append(to);
        where.append(area.where());
        events.append((int) s[0]);
        low.append((int) s[1]);
        best.append((int) s[2]);
        high.append((int) s[3]);
        civ.append((int) s[4]);
        overlapping.append((int) s[5]);
        overlappingBest.append((int) s[6]);
        String[] cmp = comparison(m, pop);
        compared.append(cmp[0]);
        comparable.append(cmp[1]);
        Long g = cmp[0].equals("best") ? Long.valueOf(s[2])
            : cmp[0].equals("deaths_civilians") ? Long.valueOf(s[4]) : null;
        if (g == null) {
          figure.appendMissing();
          ratio.appendMissing();
        } else {
          figure.append(g.intValue());
          if (g > 0) {
            ratio.append((double) v / g);
          } else {
            ratio.appendMissing();
          }
        }
      }
      Table out = Table.create("claims beside GED events, " + area.where());
      out.addColumns(id, claimant, measure, qualifier, value, population, ps, pe, where, events,
          low, best, high, civ, overlapping, overlappingBest, compared, figure, ratio, comparable);
      io.github.conflictdata.Counts.group(value, events, low, best, high, civ, overlapping,
          overlappingBest, figure);
      ratio.setPrintFormatter(NumberColumnFormatter.fixedWithGrouping(2));
      return out;
    }
  }

  /** {GED column or "", comparability text} for a claim's measure and population. */
  static String[] comparison(String measure, String population) {
    if (!measure.equals("killed")) {
      return new String[] {"", "not comparable: GED counts only deaths in organized violence, the"
          + " claim counts '" + measure + "'"};
    }
    String p = population.toLowerCase(Locale.ROOT);
    if (p.isEmpty() || p.equals("all")) {
      return new String[] {"best", "comparable: all deaths, every side (GED best)"};
    }
    if (p.contains("child") || p.contains("under ") || p.contains("aged")) {
      return new String[] {"", "not comparable: GED records no victim's age"};
    }
    if (p.equals("civilians") || p.equals("civilian")) {
      return new String[] {"deaths_civilians", "comparable: civilians (GED deaths_civilians)"};
    }
    if (p.equals("own civilians") || p.equals("enemy civilians")) {
      return new String[] {"deaths_civilians", "nearest, not the same people: the claim counts one"
          + " side's civilians, GED deaths_civilians counts civilians of every side"};
    }
    if (p.endsWith("soldiers") || p.equals("own citizens")) {
      return new String[] {"best", "nearest, not the same people: the claim counts one side's '"
          + population + "', GED best counts the deaths of every side, civilians included"};
    }
    return new String[] {"deaths_civilians", "nearest, not the same people: GED records no"
        + " victim's ethnicity; deaths_civilians counts civilians of any group, and fighters of the"
        + " group are in deaths_a/deaths_b/deaths_unknown"};
  }
}
