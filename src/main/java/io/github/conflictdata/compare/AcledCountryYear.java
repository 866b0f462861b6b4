package io.github.conflictdata.compare;

import io.github.conflictdata.Dataset;
import io.github.conflictdata.Counts;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * ACLED's published country-year fatalities ({@code country}, {@code year}, {@code fatalities}) as
 * rows in the layout of {@link Compare#battleDeaths}, so that they can be appended to a war's
 * comparison: {@code Compare.battleDeaths(war).append(AcledCountryYear.rows(acled, war.key(), 2020,
 * "06Mar2026", "Azerbaijan", "Armenia"))}. An ACLED country-year counts every reported fatality of
 * every event type (battles, explosions, violence against civilians, riots, protests) located in
 * that country over the whole calendar year, whoever the actors: not one conflict's deaths. The
 * rows' notes say so, and they take no part in the ratio to the median.
 */
public final class AcledCountryYear {
  /** What an ACLED country-year figure covers, for notes and captions. */
  public static final String COVERS = "ACLED reported fatalities: whole calendar year, all event"
      + " types, all actors, events located in the country (not one conflict's deaths)";

  private AcledCountryYear() {}

  /**
   * {@link #rows(Table, String, int, String, String...)} of an ACLED country-year dataset.
   *
   * @param acled the ACLED country-year dataset
   * @param war the war key the rows are for
   * @param year the calendar year
   * @param release the ACLED release shown in the rows
   * @param countries the countries, as the table spells them
   * @return one row per country
   */
  public static Table rows(Dataset acled, String war, int year, String release, String... countries) {
    return rows(acled.table(), war, year, release, countries);
  }

  /**
   * One row per country named, for the year: {@code best} the fatalities (missing when the table
   * has no row for that country-year, which the row's note says), low and high missing, unit
   * "country-year (all event types)". Country names are matched to the table's spelling ({@link
   * io.github.conflictdata.codes.Names#resolveCountry}).
   *
   * @param acled an ACLED country-year table
   * @param war the war key the rows are for
   * @param year the calendar year
   * @param release the ACLED release shown in the rows
   * @param countries the countries
   * @return one row per country
   * @throws IllegalArgumentException if a country is in no row of the table (listing the nearest
   *     spellings)
   */
  public static Table rows(Table acled, String war, int year, String release, String... countries) {
    Column<?> country = EventCells.require(acled, "country", "country names");
    Column<?> yearC = EventCells.require(acled, "year", "years");
    Column<?> fat = EventCells.require(acled, "fatalities", "reported fatalities");
    Table t = Table.create("ACLED country-year fatalities " + year);
    StringColumn warC = StringColumn.create("war");
    StringColumn source = StringColumn.create("source");
    StringColumn dataset = StringColumn.create("dataset");
    StringColumn rel = StringColumn.create("release");
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
    java.util.Set<String> spellings = new java.util.HashSet<>();
    for (int r = 0; r < acled.rowCount(); r++) {
      spellings.add(EventCells.text(country, r));
    }
    for (String given : countries) {
      String c = io.github.conflictdata.codes.Names.resolveCountry(given, spellings);
      double v = Double.NaN;
      int found = 0;
      for (int r = 0; r < acled.rowCount(); r++) {
        if (EventCells.text(country, r).equals(c) && EventCells.number(yearC, r) == year) {
          double f = EventCells.number(fat, r);
          v = Double.isNaN(v) ? f : v + f;
          found++;
        }
      }
      warC.append(war);
      source.append("ACLED");
      dataset.append("ACLED country-year fatalities");
      rel.append(release == null ? "" : release);
      id.append(c);
      unit.append("country-year (all event types)");
      ys.append(year);
      ye.append(year);
      low.appendMissing();
      if (Double.isNaN(v)) {
        best.appendMissing();
      } else {
        best.append((int) v);
      }
      high.appendMissing();
      comparison.append("");
      notes.append(found == 0 ? "no ACLED row for " + c + " " + year : COVERS);
      ratio.appendMissing();
    }
    t.addColumns(warC, source, dataset, rel, id, unit, ys, ye, low, best, high, comparison, notes,
        ratio);
    Counts.group(low, best, high);
    return t;
  }
}
