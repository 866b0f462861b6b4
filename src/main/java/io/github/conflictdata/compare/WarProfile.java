package io.github.conflictdata.compare;

import io.github.conflictdata.ConflictData;
import io.github.conflictdata.Counts;
import io.github.conflictdata.Dataset;
import io.github.conflictdata.DatasetKind;
import io.github.conflictdata.compare.AcdConflicts.Year;
import io.github.conflictdata.releases.Catalog;
import io.github.conflictdata.releases.Releases;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.numbers.NumberColumnFormatter;

/**
 * One war, every source: what UCDP (BRD, ACD intensity, GED events), PRIO, COW and the official
 * claims say about it, side by side. Yearly releases come first; GED candidate months after the
 * newest yearly release are added where a candidate file is at hand (the download cache, or the
 * shared folder of {@link SharedData}) and marked {@code preliminary}. What is not at hand is named
 * in {@link #missing()} with the reason, never silently left out.
 *
 * <pre>{@code
 * WarProfile p = WarProfile.of(War.of("russia-ukraine"));
 * Table years = p.years();        // source, dataset, release, year, low, best, high, counts, preliminary
 * Table claims = p.claims();      // each claim beside the datasets over its own period
 * }</pre>
 */
public final class WarProfile {
  private final War war;
  private final Sources sources;
  private final List<Dataset> ged;
  private final List<String> missing = new ArrayList<>();
  private final Set<String> citations = new LinkedHashSet<>();
  private Table years;
  private Table claims;

  private WarProfile(War war, Sources sources, List<Dataset> ged) {
    this.war = war;
    this.sources = sources;
    this.ged = ged;
  }

  /**
   * The profile of a war from the bundled releases, the download cache and the shared folder.
   *
   * @param war the war
   * @return the profile (figures are computed on first use)
   */
  public static WarProfile of(War war) {
    return new WarProfile(war, Sources.bundled(), gedAtHand());
  }

  /**
   * The profile of a war from these datasets only (GED tables among them are the events).
   *
   * @param war the war
   * @param datasets the datasets to draw on
   * @return the profile
   */
  public static WarProfile of(War war, Dataset... datasets) {
    List<Dataset> g = new ArrayList<>();
    for (Dataset d : datasets) {
      if (d.kind() == DatasetKind.UCDP_GED) {
        g.add(d);
      }
    }
    return new WarProfile(war, Sources.of(datasets), g);
  }

  /** @return the war profiled */
  public War war() {
    return war;
  }

  /**
   * One row per source, dataset, release and year: {@code source}, {@code dataset}, {@code
   * release}, {@code year} (missing for COW's per-war totals), {@code id} (the conflict, dyad,
   * country or war the figure is for), {@code low}, {@code best}, {@code high}, {@code counts}
   * (what the figure counts), {@code preliminary} (a GED candidate release).
   *
   * @return the table
   */
  public synchronized Table years() {
    if (years == null) {
      years = buildYears();
    }
    return years;
  }

  /**
   * What is missing and why (not in the cache, outside coverage), one line each.
   *
   * @return the lines
   */
  public List<String> missing() {
    years();
    return List.copyOf(missing);
  }

  /**
   * Notes: the missing sources, and the rule for preliminary figures.
   *
   * @return the lines
   */
  public List<String> notes() {
    List<String> n = new ArrayList<>(missing());
    n.add("preliminary: figures from UCDP candidate events (monthly releases YY.0.M), which UCDP"
        + " revises in its next yearly release");
    return n;
  }

  /**
   * The datasets used, with their releases and citations; candidate releases are marked
   * preliminary.
   *
   * @return one line per dataset
   */
  public String source() {
    years();
    return String.join("\n", citations);
  }

  private Table buildYears() {
    StringColumn source = StringColumn.create("source");
    StringColumn dataset = StringColumn.create("dataset");
    StringColumn release = StringColumn.create("release");
    IntColumn year = IntColumn.create("year");
    StringColumn id = StringColumn.create("id");
    IntColumn low = IntColumn.create("low");
    IntColumn best = IntColumn.create("best");
    IntColumn high = IntColumn.create("high");
    StringColumn counts = StringColumn.create("counts");
    BooleanColumn prelim = BooleanColumn.create("preliminary");
    Table out = Table.create("every source: " + war.key(), source, dataset, release, year, id, low,
        best, high, counts, prelim);
    Counts.group(low, best, high);
    // UCDP BRD and PRIO conflict-years, COW war totals (Compare's rows)
    Table bd = Compare.battleDeaths(war, sources);
    for (int r = 0; r < bd.rowCount(); r++) {
      String unit = bd.stringColumn("unit").get(r);
      boolean perYear = unit.equals(Compare.CONFLICT_YEAR);
      boolean cowTotal = bd.stringColumn("source").get(r).equals("COW")
          && unit.equals(Compare.WAR_TOTAL);
      if (!perYear && !cowTotal) {
        continue;
      }
      source.append(bd.stringColumn("source").get(r));
      dataset.append(bd.stringColumn("dataset").get(r));
      release.append(bd.stringColumn("release").get(r));
      if (perYear) {
        year.append(bd.intColumn("year_start").getInt(r));
      } else {
        year.appendMissing();
      }
      id.append(bd.stringColumn("id").get(r));
      copy(bd, "low", r, low);
      copy(bd, "best", r, best);
      copy(bd, "high", r, high);
      String src = bd.stringColumn("source").get(r);
      counts.append(src.equals("UCDP") ? "battle-related deaths of all parties, soldiers and"
          + " civilians, in the conflict-year (UCDP BRD, conflict level)"
          : src.equals("PRIO") ? "battle deaths of all parties in the conflict-year (PRIO BD)"
          : "COW battle deaths per war, " + bd.intColumn("year_start").getInt(r) + "-"
              + bd.intColumn("year_end").getInt(r) + " (not per year): "
              + bd.stringColumn("notes").get(r));
      prelim.append(false);
    }
    sources.get(DatasetKind.UCDP_BRD_CONFLICT).ifPresentOrElse(d -> cite(d, false),
        () -> missing.add("UCDP BRD: not among the sources"));
    sources.get(DatasetKind.PRIO_BATTLE_DEATHS).ifPresent(d -> cite(d, false));
    if (war.startYear() > Compare.PRIO_BD_LAST_YEAR && war.endYear() > Compare.PRIO_BD_LAST_YEAR) {
      missing.add("PRIO Battle Deaths: outside coverage (it ends in " + Compare.PRIO_BD_LAST_YEAR
          + ")");
    } else if (war.prioId().isEmpty()) {
      missing.add("PRIO Battle Deaths: the concordance has no PRIO id for " + war.key());
    }
    if (war.entries().stream().noneMatch(e -> e.cowKind().isPresent())) {
      missing.add("COW: the concordance has no COW war for " + war.key()
          + " (COW's lists end in 2007, intra-state 5.1 in 2014)");
    } else if (out.stringColumn("source").isIn("COW").isEmpty()) {
      missing.add("COW: not in the download cache (COW's terms keep COW files out of the jar;"
          + " add a copy with ConflictData.cache().add(path))");
    }
    // UCDP BRD per dyad (the bundled dyadic file)
    boolean whole = war.coversWholeConflict();
    Optional<Dataset> dyadic = sources == Sources.bundled()
        ? Optional.of(ConflictData.bundled(DatasetKind.UCDP_BRD_DYADIC))
        : sources.get(DatasetKind.UCDP_BRD_DYADIC);
    dyadic.ifPresent(d -> {
      Table t = d.table();
      for (int r : Cells.rowsWhere(t, "conflict_id", war.ucdpConflictId())) {
        Integer y = Cells.integer(t, "year", r);
        if (y == null || (!whole && (y < war.startYear() || y > war.endYear()))) {
          continue;
        }
        source.append("UCDP");
        dataset.append(d.kind().title());
        release.append(d.version());
        year.append(y);
        id.append("dyad_id " + Cells.text(t, "dyad_id", r));
        Compare.appendOrMissing(low, Cells.integer(t, "bd_low", r));
        Compare.appendOrMissing(best, Cells.integer(t, "bd_best", r));
        Compare.appendOrMissing(high, Cells.integer(t, "bd_high", r));
        counts.append("battle-related deaths in dyad " + Cells.text(t, "dyad_id", r) + " ("
            + Cells.text(t, "side_a", r) + " vs " + Cells.text(t, "side_b", r) + ")");
        prelim.append(false);
      }
      cite(d, false);
    });
    acled(out);
    // ACD intensity: the band the conflict-year falls in
    for (Year y : war.periodRows()) {
      source.append("UCDP");
      dataset.append("UCDP/PRIO Armed Conflict Dataset");
      release.append(AcdConflicts.current().dataset.version());
      year.append(y.year());
      id.append("conflict_id " + war.ucdpConflictId());
      low.append(y.intensity() == 2 ? 1000 : 25);
      best.appendMissing();
      if (y.intensity() == 2) {
        high.appendMissing();
      } else {
        high.append(999);
      }
      counts.append("intensity_level " + y.intensity() + ": battle-related deaths in the year "
          + (y.intensity() == 2 ? "at least 1,000 (war)" : "25 to 999 (minor)"));
      prelim.append(false);
    }
    cite(AcdConflicts.current().dataset, false);
    // GED events summed per year: yearly releases, then candidates after them
    if (ged.isEmpty()) {
      missing.add("UCDP GED events: no GED file at hand (download one with"
          + " ConflictData.download(DatasetKind.UCDP_GED, \"26.0.1\"), or a yearly release)");
    }
    int lastAcd = AcdConflicts.current().lastYear;
    int to = war.ongoing() ? LocalDate.now().getYear() : war.endYear();
    for (Dataset g : ged) {
      Table sums = GedYears.sum(g.table());
      boolean candidate = g.version() != null && Catalog.isCandidate(g.version());
      LocalDate[] win = window(g);
      int found = 0;
      for (int r = 0; r < sums.rowCount(); r++) {
        int y = sums.intColumn("year").getInt(r);
        if (sums.intColumn("type_of_violence").getInt(r) != 1
            || sums.intColumn("conflict_new_id").getInt(r) != war.ucdpConflictId()
            || y < war.startYear() || y > to || win == null || y < win[0].getYear()
            || y > win[1].getYear()) {
          continue;
        }
        source.append("UCDP");
        dataset.append(g.kind().title());
        release.append(g.version() == null ? "" : g.version());
        year.append(y);
        id.append("conflict_new_id " + war.ucdpConflictId());
        low.append(sums.intColumn("low").getInt(r));
        best.append(sums.intColumn("best").getInt(r));
        high.append(sums.intColumn("high").getInt(r));
        counts.append("sum of " + sums.intColumn("events").getInt(r) + " state-based events'"
            + " deaths (active_year) in the conflict"
            + (candidate ? ", only the months release " + g.version() + " covers ("
                + win[0] + ".." + win[1] + ")" : ""));
        prelim.append(candidate);
        found++;
      }
      cite(g, candidate);
      if (found == 0) {
        missing.add("UCDP GED " + g.version() + " (" + (win == null ? "no dated events"
            : win[0] + ".." + win[1]) + "): no state-based events of conflict "
            + war.ucdpConflictId() + " in the war's years " + war.startYear() + "-" + to);
      }
    }
    if (war.ongoing()) {
      missing.add("after " + lastAcd + " (the last year of " + AcdConflicts.current().release()
          + " and of BRD): only the GED months at hand cover the war; other months are in no"
          + " dataset here");
    }
    missing.add("UCDP non-state and one-sided violence: not tied to a state-based conflict id, so"
        + " not summed for a war here (read them with ConflictData.bundled)");
    Table sorted = out.sortOn("source", "dataset", "release", "year");
    sorted.setName(out.name());
    Counts.group(sorted.intColumn("low"), sorted.intColumn("best"), sorted.intColumn("high"));
    return sorted;
  }

  /** ACLED's country-year fatalities for the war's countries, where the workbook is at hand. */
  private void acled(Table out) {
    Optional<Path> f = SharedData.file(ACLED_COUNTRY_YEAR);
    if (f.isEmpty()) {
      missing.add("ACLED country-year fatalities: no copy at hand (ACLED's terms keep it out of the"
          + " jar; the shared folder's " + ACLED_COUNTRY_YEAR + " is read when present)");
      return;
    }
    Dataset a;
    try {
      a = ConflictData.read(f.get());
    } catch (RuntimeException e) {
      missing.add("ACLED country-year fatalities: " + f.get() + " could not be read: "
          + e.getMessage().lines().findFirst().orElse(""));
      return;
    }
    List<Year> active = war.coversWholeConflict() ? war.rows() : war.periodRows();
    int lastAcd = AcdConflicts.current().lastYear;
    int last = war.ongoing() ? LocalDate.now().getYear() : lastAcd;
    for (int y = 1997; y <= last; y++) {
      final int year = y;
      Year row = active.stream().filter(x -> x.year() == year).findFirst()
          .orElse(y > lastAcd && war.ongoing() ? active.get(active.size() - 1) : null);
      if (row == null) {
        continue; // ACLED starts in 1997; a year the conflict is not active has no row here
      }
      Table rows = AcledCountryYear.rows(a.table(), war.key(), y, a.version(),
          countries(row).toArray(String[]::new));
      for (int r = 0; r < rows.rowCount(); r++) {
        if (rows.intColumn("best").isMissing(r)) {
          continue;
        }
        out.stringColumn("source").append("ACLED");
        out.stringColumn("dataset").append(a.kind().title());
        out.stringColumn("release").append(a.version() == null ? "" : a.version());
        out.intColumn("year").append(y);
        out.stringColumn("id").append(rows.stringColumn("id").get(r));
        out.intColumn("low").appendMissing();
        out.intColumn("best").append(rows.intColumn("best").getInt(r));
        out.intColumn("high").appendMissing();
        out.stringColumn("counts").append(rows.stringColumn("id").get(r) + ": "
            + AcledCountryYear.COVERS);
        out.booleanColumn("preliminary").append(false);
      }
    }
    cite(a, false);
  }

  /**
   * A conflict-year's countries as ACLED names them: the ACD location and the governments on its
   * sides (secondary ones too), without UCDP's parenthesised former names.
   */
  static List<String> countries(Year y) {
    List<String> names = new ArrayList<>(List.of(y.location().split(",\\s*")));
    List<String> sides = new ArrayList<>();
    for (String cell : List.of(y.sideA(), y.sideA2(), y.sideB(), y.sideB2())) {
      sides.addAll(List.of(cell.split(",\\s*")));
    }
    for (String side : sides) {
      side = side.strip();
      if (side.startsWith("Government of ")) {
        names.add(side.substring("Government of ".length()));
      }
    }
    Set<String> c = new LinkedHashSet<>();
    for (String n : names) {
      String plain = n.replaceAll("\\s*\\(.*\\)", "").strip(); // "Russia (Soviet Union)"
      if (!plain.isEmpty()) {
        c.add(plain);
      }
    }
    return List.copyOf(c);
  }

  /** The shared folder's ACLED country-year workbook (ACLED's terms keep it out of the jar). */
  static final String ACLED_COUNTRY_YEAR =
      "acled/number_of_reported_fatalities_by_country-year_as-of-06Mar2026.xlsx";

  /**
   * The days a GED file speaks for: a candidate release its months ("26.0.1": January 2026), a
   * yearly release YY.1 1989 to the end of 20YY-1, any other file its first to last event.
   */
  static LocalDate[] window(Dataset g) {
    String v = g.version();
    if (v != null && Catalog.isCandidate(v)) {
      java.time.YearMonth[] m = Catalog.candidateMonths(v);
      return new LocalDate[] {m[0].atDay(1), m[1].atEndOfMonth()};
    }
    if (v != null && v.matches("\\d{2}\\.1")) {
      return new LocalDate[] {LocalDate.of(1989, 1, 1),
          LocalDate.of(2000 + Integer.parseInt(v.substring(0, 2)) - 1, 12, 31)};
    }
    return dates(g.table());
  }

  private void cite(Dataset d, boolean preliminary) {
    citations.add(d.kind().title() + " " + d.version() + (preliminary ? " (PRELIMINARY: candidate"
        + " events)" : "") + ": " + d.source().citation());
  }

  private static void copy(Table t, String c, int r, IntColumn to) {
    if (t.intColumn(c).isMissing(r)) {
      to.appendMissing();
    } else {
      to.append(t.intColumn(c).getInt(r));
    }
  }

  /**
   * Each claim of the war beside the datasets over the claim's own period: GED summed over exactly
   * the claim's days (events whose {@code date_start} lies in the period, conflict {@code
   * conflict_new_id}) where a GED file at hand covers those days; else UCDP BRD summed over the
   * claim's years, saying so. Columns: {@code claim_id}, {@code claimant}, {@code party}, {@code
   * measure}, {@code population}, {@code value}, {@code period_start}, {@code period_end}, {@code
   * dataset}, {@code release}, {@code dataset_figure}, {@code claim_to_dataset}, {@code basis},
   * {@code comparable}, {@code counts} (what the claim and the dataset each count). The ratio is
   * given only where the two count the same kind of loss (deaths).
   *
   * @return the table (no rows when the claims file has none for the war)
   */
  public synchronized Table claims() {
    if (claims == null) {
      claims = buildClaims(ConflictData.claims().table());
    }
    return claims;
  }

  private Table buildClaims(Table c) {
    IntColumn id = IntColumn.create("claim_id");
    StringColumn claimant = StringColumn.create("claimant");
    StringColumn party = StringColumn.create("party");
    StringColumn measure = StringColumn.create("measure");
    StringColumn population = StringColumn.create("population");
    IntColumn value = IntColumn.create("value");
    DateColumn ps = DateColumn.create("period_start");
    DateColumn pe = DateColumn.create("period_end");
    StringColumn dataset = StringColumn.create("dataset");
    StringColumn release = StringColumn.create("release");
    IntColumn figure = IntColumn.create("dataset_figure");
    DoubleColumn ratio = DoubleColumn.create("claim_to_dataset");
    StringColumn basis = StringColumn.create("basis");
    StringColumn comparable = StringColumn.create("comparable");
    StringColumn counts = StringColumn.create("counts");
    Table brd = sources.get(DatasetKind.UCDP_BRD_CONFLICT).map(Dataset::table).orElse(null);
    for (int r = 0; r < c.rowCount(); r++) {
      if (!EventCells.text(c.column("war"), r).equals(war.key())) {
        continue;
      }
      LocalDate from = EventCells.date(EventCells.column(c, "period_start"), r);
      LocalDate to = EventCells.date(EventCells.column(c, "period_end"), r);
      int y0 = (int) EventCells.number(c.column("year_start"), r);
      int y1 = (int) EventCells.number(c.column("year_end"), r);
      String m = EventCells.text(c.column("measure"), r);
      String pop = EventCells.text(EventCells.column(c, "population"), r);
      int v = (int) EventCells.number(c.column("value"), r);
      String[] cmp = ClaimsBesideEvents.comparison(m, pop);
      Dataset events = from == null ? null : covering(from, to);
      Long fig = null;
      if (events != null) {
        Table s = EventSeries.of(events).conflict(war.ucdpConflictId()).between(from, to)
            .per(TimeStep.YEAR).total().build();
        String col = cmp[0].isEmpty() ? "best" : cmp[0];
        fig = Math.round(Sums.total(s, col));
        dataset.append(events.kind().title());
        release.append(events.version() + (Catalog.isCandidate(events.version())
            ? " (preliminary)" : ""));
        basis.append("GED " + col + " summed over the claim's days " + from + ".." + to
            + " (events starting in the period, conflict " + war.ucdpConflictId() + ")");
      } else if (brd != null) {
        long sum = 0;
        int n = 0;
        for (int b : Cells.rowsWhere(brd, "conflict_id", war.ucdpConflictId())) {
          Integer y = Cells.integer(brd, "year", b);
          Integer best = Cells.integer(brd, "bd_best", b);
          if (y != null && y >= y0 && y <= y1 && best != null) {
            sum += best;
            n++;
          }
        }
        dataset.append(sources.get(DatasetKind.UCDP_BRD_CONFLICT).get().kind().title());
        release.append(sources.get(DatasetKind.UCDP_BRD_CONFLICT).get().version());
        fig = n == 0 ? null : sum;
        basis.append(n == 0 ? "no GED events at hand for the claim's days and no BRD year in "
            + y0 + "-" + y1 : "yearly figures, not the claim's days: BRD bd_best summed over "
            + y0 + "-" + y1 + " (all deaths, every side); no GED file at hand covers the claim's"
            + " period");
      } else {
        dataset.append("");
        release.append("");
        basis.append("no dataset at hand");
      }
      id.append((int) EventCells.number(c.column("claim_id"), r));
      claimant.append(EventCells.text(c.column("claimant"), r));
      party.append(EventCells.text(c.column("party"), r));
      measure.append(m);
      population.append(pop);
      value.append(v);
      if (from == null) {
        ps.appendMissing();
        pe.appendMissing();
      } else {
        ps.append(from);
        pe.append(to);
      }
      counts.append(EventCells.text(c.column("party"), r) + ": "
          + EventCells.text(c.column("scope"), r) + " " + m + (pop.isEmpty() ? "" : ", " + pop)
          + "; the dataset: all parties' deaths in organized violence");
      if (fig == null) {
        figure.appendMissing();
        ratio.appendMissing();
      } else {
        figure.append(fig.intValue());
        if (fig > 0 && !cmp[0].isEmpty()) {
          ratio.append((double) v / fig);
        } else {
          ratio.appendMissing();
        }
      }
      comparable.append(cmp[1]);
    }
    Table out = Table.create("claims beside the datasets: " + war.key(), id, claimant, party,
        measure, population, value, ps, pe, dataset, release, figure, ratio, basis, comparable,
        counts);
    Counts.group(value, figure);
    ratio.setPrintFormatter(NumberColumnFormatter.fixedWithGrouping(2));
    return out;
  }

  /** The GED file at hand whose events cover the whole period (the newest such), or null. */
  private Dataset covering(LocalDate from, LocalDate to) {
    Dataset found = null;
    for (Dataset g : ged) {
      LocalDate[] span = window(g);
      if (span != null && !span[0].isAfter(from) && !span[1].isBefore(to)) {
        found = g;
      }
    }
    return found;
  }

  private static LocalDate[] dates(Table t) {
    LocalDate lo = null;
    LocalDate hi = null;
    var c = EventCells.column(t, "date_start");
    for (int r = 0; c != null && r < t.rowCount(); r++) {
      LocalDate d = EventCells.date(c, r);
      if (d != null) {
        lo = lo == null || d.isBefore(lo) ? d : lo;
        hi = hi == null || d.isAfter(hi) ? d : hi;
      }
    }
    return lo == null ? null : new LocalDate[] {lo, hi};
  }

  /**
   * GED events and deaths of the war's conflict per step: each GED file at hand over the days it
   * speaks for within the war's years (a yearly release up to its last year, then the candidate
   * months after it), with {@code release} and {@code preliminary} columns added to {@link
   * EventSeries}'s.
   *
   * @param step day, week, month or year
   * @return the series
   * @throws IllegalStateException if no GED file is at hand
   */
  public Table events(TimeStep step) {
    LocalDate warFrom = LocalDate.of(war.startYear(), 1, 1);
    LocalDate warTo = war.ongoing() ? LocalDate.now() : LocalDate.of(war.endYear(), 12, 31);
    Table out = null;
    List<String> used = new ArrayList<>();
    for (Dataset g : ged) {
      LocalDate[] w = window(g);
      if (w == null) {
        continue;
      }
      LocalDate from = w[0].isAfter(warFrom) ? w[0] : warFrom;
      LocalDate to = w[1].isBefore(warTo) ? w[1] : warTo;
      if (to.isBefore(from)) {
        continue;
      }
      Table t = EventSeries.of(g).conflict(war.ucdpConflictId()).between(from, to).per(step)
          .build();
      boolean candidate = Catalog.isCandidate(g.version());
      t.addColumns(StringColumn.create("release", t.rowCount()).set(
          t.stringColumn("period").isNotMissing(), g.version()),
          BooleanColumn.create("preliminary", t.rowCount()).set(
              t.stringColumn("period").isNotMissing(), candidate));
      used.add(g.version() + " " + from + ".." + to + (candidate ? " (preliminary)" : ""));
      out = out == null ? t : out.append(t);
    }
    if (out == null) {
      throw new IllegalStateException("no UCDP GED events at hand for " + war.key() + " ("
          + war.years() + "): download a release with ConflictData.download(DatasetKind.UCDP_GED,"
          + " version), yearly (\"25.1\") or a candidate month (\"26.0.1\")");
    }
    out.setName("GED events per " + step.name().toLowerCase(java.util.Locale.ROOT) + ", conflict "
        + war.ucdpConflictId() + ": " + String.join("; ", used));
    return out;
  }

  /** @return the war, the number of figures, the best BRD figure's years, and what is missing */
  @Override
  public String toString() {
    Table y = years();
    StringBuilder sb = new StringBuilder("WarProfile " + war.key() + " (" + war.name() + ", "
        + war.years() + "): " + y.rowCount() + " figures from "
        + String.join(", ", y.stringColumn("dataset").unique().asList()));
    long prelim = y.booleanColumn("preliminary").isTrue().size();
    if (prelim > 0) {
      sb.append("; ").append(prelim).append(" preliminary (candidate events)");
    }
    sb.append("; missing: ").append(String.join("; ", missing));
    return sb.toString();
  }

  /** GED files at hand: those in the download cache, then the shared folder's candidate files. */
  static List<Dataset> gedAtHand() {
    List<Dataset> out = new ArrayList<>();
    Releases offline = Releases.builder().offline(true).build();
    Path dir = offline.cacheDir().resolve(DatasetKind.UCDP_GED.name());
    List<String> versions = new ArrayList<>();
    if (Files.isDirectory(dir)) {
      try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, Files::isDirectory)) {
        ds.forEach(p -> versions.add(p.getFileName().toString()));
      } catch (IOException e) {
        // an unreadable cache folder: nothing from it
      }
    }
    versions.sort((a, b) -> Integer.compare(Catalog.versionKey(b), Catalog.versionKey(a)));
    for (String v : versions) {
      try {
        out.add(0, offline.download(DatasetKind.UCDP_GED, v));
      } catch (RuntimeException e) {
        // not a complete release in the cache
      }
    }
    Optional<Path> shared = SharedData.folder().map(f -> f.resolve("ucdp-ged"))
        .filter(Files::isDirectory);
    if (shared.isPresent()) {
      try (DirectoryStream<Path> ds = Files.newDirectoryStream(shared.get(), "GEDEvent_v*.csv")) {
        for (Path p : ds) {
          Dataset d = ConflictData.read(p);
          if (out.stream().noneMatch(x -> x.version() != null && x.version().equals(d.version()))) {
            out.add(d);
          }
        }
      } catch (IOException e) {
        // an unreadable shared folder: nothing from it
      }
    }
    return out;
  }
}
