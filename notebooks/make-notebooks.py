#!/usr/bin/python3
"""Writes the notebooks in this folder (outputs empty) from the cells below.

Edit the cells here, then run `/usr/bin/python3 notebooks/make-notebooks.py` from the project root
and commit both. `./report` executes the notebooks on the conflictdata-java kernel.
Needs Debian's python3-nbformat (installed with jupyter-nbconvert).
"""
import os

import nbformat as nbf

HERE = os.path.dirname(os.path.abspath(__file__))

KERNELSPEC = {"name": "conflictdata-java", "display_name": "Java (conflictdata)", "language": "java"}

# The same first code cell everywhere: imports only. Number formatting (Fmt), picking rows by key
# values (Pick), sums that skip missing values (Sums) and the shared data folder (SharedData) are
# library classes in io.github.conflictdata.compare.
SETUP = r'''import io.github.conflictdata.*;
import io.github.conflictdata.chart.*;
import io.github.conflictdata.compare.*;
import tech.tablesaw.api.*;
import java.nio.file.*;
import java.util.*;
import java.util.stream.*;'''


def md(text):
    return nbf.v4.new_markdown_cell(text.strip("\n"))


def code(text):
    return nbf.v4.new_code_cell(text.strip("\n"))


def write(name, cells):
    nb = nbf.v4.new_notebook()
    nb.metadata["kernelspec"] = KERNELSPEC
    nb.metadata["language_info"] = {"name": "java", "file_extension": ".jshell"}
    for i, c in enumerate(cells):
        c.id = "c%02d" % i  # stable ids: regenerating gives the same file
    nb.cells = cells
    nbf.validate(nb)
    with open(os.path.join(HERE, name + ".ipynb"), "w", encoding="utf-8") as f:
        nbf.write(nb, f)


# ------------------------------------------------------------------------------------------------
write("01-quickstart", [
    md(r'''
# Quickstart: conflict datasets as typed tables

**Question:** how do you get a conflict dataset into a typed table, and what does conflictdata do
with codebook codes, missing-value codes and a damaged file?

This notebook reads a release bundled with the library, then a file from disk, shows codes next to
their codebook labels, the reason behind each missing value, and what strict and lenient reading
do with a broken record.
'''),
    code(SETUP),
    md(r'''
## A bundled release

`ConflictData.bundled(kind)` returns the newest release of a dataset that the library ships, with
its citation. No file on disk is needed. The UCDP Battle-Related Deaths dataset has one row per
conflict and year since 1989.
'''),
    code(r'''
Dataset brd = ConflictData.bundled(DatasetKind.UCDP_BRD_CONFLICT);
System.out.println(brd);
System.out.println("Citation: " + brd.source().citation());
System.out.println("Licence:  " + brd.source().licence());
brd.table().first(5)
'''),
    md(r'''
Column names are the codebook's (`conflict_id`, `bd_best`, ...) and ids, years and counts are
integer columns, so they can be summed straight away. World battle deaths per year, with UCDP's
low and high estimates as a band:
'''),
    code(r'''
Table perYear = brd.table().summarize("bd_best", "bd_low", "bd_high", tech.tablesaw.aggregate.AggregateFunctions.sum)
    .by("year").sortAscendingOn("year");
perYear.column("Sum [bd_best]").setName("best");
perYear.column("Sum [bd_low]").setName("low");
perYear.column("Sum [bd_high]").setName("high");
var worldChart = Charts.yearly(perYear).value("best").band("low", "high")
    .title("Battle deaths in state-based conflicts, world")
    .subtitle("UCDP best estimate per year (line) and its low-high range (band)")
    .yAxis("Battle deaths", "people").cite(brd).build();
worldChart
'''),
    md(r'''
Charts are ordinary XChart charts in the library's house style (title, subtitle, axis titles with
units, the datasets' citations as a footnote, a colour-blind-safe palette). `ChartExport` writes
them as PNG, at a fixed size and resolution, or SVG:
'''),
    code(r'''
Path charts = Files.createTempDirectory("charts");
Path png = ChartExport.png(worldChart, charts.resolve("world-battle-deaths.png"));
Path svg = ChartExport.svg(worldChart, charts.resolve("world-battle-deaths.svg"));
var image = javax.imageio.ImageIO.read(png.toFile());
System.out.println("PNG: " + image.getWidth() + " x " + image.getHeight() + " pixels (" + HouseStyle.DPI + " DPI), "
    + Fmt.count(Files.size(png)) + " bytes; SVG: " + Fmt.count(Files.size(svg)) + " bytes");
for (Path f : List.of(png, svg, charts)) Files.delete(f);
'''),
    code(r'''
Row peak = Pick.max(perYear, "best");
Fmt.say("Deadliest year in UCDP BRD %s: %d with %s battle deaths (range %s to %s).%n",
    brd.version(), (int) peak.getNumber("year"), Fmt.count(peak.getNumber("best")),
    Fmt.count(peak.getNumber("low")), Fmt.count(peak.getNumber("high")));
'''),
    md(r'''
## Reading a file

`ConflictData.read(path)` detects the dataset and its release from the file's content, not from its
name. Here we write a small extract of the Correlates of War Inter-State War Data v4.0 (the
Azeri-Armenian war, COW war 216, with one participant's battle deaths set to COW's code `-9`,
"unknown") to a temporary file and read it back.
'''),
    code(r'''
String header = "WarNum,WarName,WarType,ccode,StateName,Side,StartMonth1,StartDay1,StartYear1,EndMonth1,EndDay1,EndYear1,"
    + "StartMonth2,StartDay2,StartYear2,EndMonth2,EndDay2,EndYear2,TransFrom,WhereFought,Initiator,Outcome,TransTo,BatDeath,Version";
String azerbaijan = "216,Azeri-Armenian,1,373,Azerbaijan,2,2,6,1993,5,12,1994,-8,-8,-8,-8,-8,-8,872,2,2,2,-8,8500,4";
String armenia    = "216,Azeri-Armenian,1,371,Armenia,1,2,6,1993,5,12,1994,-8,-8,-8,-8,-8,-8,872,2,1,1,-8,-9,4";
Path extract = Files.createTempFile("cow-inter-extract", ".csv");
Files.writeString(extract, header + "\n" + azerbaijan + "\n" + armenia + "\n");
Dataset cow = ConflictData.read(extract);
System.out.println(cow.kind() + " release " + cow.version() + ", " + cow.table().rowCount() + " rows");
cow.table().selectColumns("WarNum", "WarName", "ccode", "StateName", "Side", "BatDeath")
'''),
    md(r'''
## Missing values keep their reason

COW codes unknown values as `-9` and "not applicable" as `-8`; PRIO codes a missing best estimate
as `-999`. conflictdata turns them into missing values, so that sums never add a `-9`, and keeps
the code, so the reason is not lost:
'''),
    code(r'''
for (int row = 0; row < cow.table().rowCount(); row++) {
    String state = cow.table().getString(row, "StateName");
    boolean missing = cow.table().column("BatDeath").isMissing(row);
    System.out.println(state + ": BatDeath " + (missing
        ? "missing, raw code " + cow.rawValue("BatDeath", row).orElse("(empty cell)")
        : Fmt.count(cow.table().numberColumn("BatDeath").getDouble(row))));
}
System.out.println("Sum over known values: " + Fmt.count(Sums.total(cow.table(), "BatDeath")));
'''),
    md(r'''
## Codes and their codebook labels

Coded columns stay integer codes, as published. `Labels.withLabels` adds a `_label` column next
to each coded column, with the codebook's text (here the UCDP/PRIO Armed Conflict Dataset codebook).
'''),
    code(r'''
Dataset acd = ConflictData.bundled(DatasetKind.UCDP_PRIO_ACD);
Table labelled = Labels.withLabels(acd);
Table karabakh = Pick.rows(labelled, "conflict_id", 388);
karabakh.selectColumns("conflict_id", "year", "type_of_conflict", "type_of_conflict_label",
    "intensity_level", "intensity_level_label", "region", "region_label").last(6)
'''),
    md(r'''
## Strict and lenient reading of a damaged file

A spreadsheet round trip or a manual edit can break a record. Strict reading (the default) refuses
the whole file and names every problem with its line and column; lenient reading keeps the
well-formed records and lists what it skipped.
'''),
    code(r'''
Path damaged = Files.createTempFile("cow-inter-damaged", ".csv");
Files.writeString(damaged, header + "\n" + azerbaijan + "\n"
    + armenia.replace(",-9,4", ",about 5500,4") + "\n");
try {
    ConflictData.read(damaged);
    System.out.println("read without error (unexpected)");
} catch (DatasetFormatException e) {
    System.out.println("Strict read refused the file:");
    System.out.println(e.getMessage().replace(damaged.toString(), "cow-inter-damaged.csv"));
}
'''),
    code(r'''
Dataset lenient = ConflictData.reader().lenient().read(damaged);
System.out.println("Lenient read kept " + lenient.table().rowCount() + " of 2 records and skipped "
    + lenient.problems().size() + ":");
lenient.problems().forEach(p -> System.out.println("  line " + p.line() + ", column " + p.column()
    + " (" + p.columnName() + "): found '" + p.found() + "', expected " + p.expected()));
Files.delete(extract);
Files.delete(damaged);
'''),
    md(r'''
## What the data says

The printed lines above are computed from the data: the deadliest year of the bundled UCDP BRD
release, the COW participant whose battle deaths are unknown (code `-9`, kept as the reason of a
missing value rather than summed), and the damaged record that strict reading refused. Sources:
UCDP Battle-Related Deaths Dataset and UCDP/PRIO Armed Conflict Dataset (UCDP, Uppsala University;
Davies et al. 2024, Gleditsch et al. 2002), Correlates of War Inter-State War Data v4.0 (Sarkees &
Wayman 2010). The citation of every dataset is in `dataset.source().citation()`, as printed above.
'''),
])

# ------------------------------------------------------------------------------------------------
write("02-karabakh-2020-claims-vs-data", [
    md(r'''
# Karabakh 2020: official claims against the datasets

**Question:** how do the military death tolls that Azerbaijan and Armenia announced after the
44-day war of 2020 compare with UCDP's battle-death estimates (conflict level and per dyad), ACLED's
reported fatalities per country and year, the conflict's episodes in the UCDP/PRIO Armed Conflict
Dataset, and ACLED's events inside Armenia?

The claims come from the news article the project started from (December 2020), recorded with
their wording in the library's claims table. Every number in the text below is computed in a cell.
'''),
    code(SETUP),
    md(r'''
## The claims

`ConflictData.claims()` is the library's table of stated casualty figures: who stated what, when,
with which qualifier ("at least", "more than"). The reporter's roundings of a claim are kept but
marked as derived, and left out of sums.
'''),
    code(r'''
Claims claims = ConflictData.claims();
Table nk = claims.table().where(claims.table().stringColumn("war").isEqualTo("nagorno-karabakh"));
nk.selectColumns("claimant", "date_stated", "party", "scope", "measure", "qualifier", "value")
'''),
    code(r'''
Table militaryKilled = nk.where(nk.stringColumn("scope").isEqualTo("military")
    .and(nk.stringColumn("measure").isEqualTo("killed"))
    .and(nk.stringColumn("source_kind").isEqualTo("official statement")));
double claimedTotal = 0;
for (int r = 0; r < militaryKilled.rowCount(); r++) {
    double v = militaryKilled.numberColumn("value").getDouble(r);
    claimedTotal += v;
    Fmt.say("%s (%s, %s): %s %s military dead%n", militaryKilled.getString(r, "party"),
        militaryKilled.getString(r, "claimant"), militaryKilled.getString(r, "date_stated"),
        militaryKilled.getString(r, "qualifier"), Fmt.count(v));
}
System.out.println("Both sides together: at least " + Fmt.count(claimedTotal) + " military dead claimed.");
'''),
    md(r'''
## UCDP battle-related deaths

UCDP codes the war as conflict 388 (Government of Azerbaijan against the Republic of Artsakh, with
Armenia as a secondary warring party). Its Battle-Related Deaths dataset gives a best estimate and a
low-high range per year. The conflict-level file lists the dyads it sums; with a single dyad, the
conflict-level figure is that dyad's figure.
'''),
    code(r'''
Dataset brd = ConflictData.bundled(DatasetKind.UCDP_BRD_CONFLICT);
Table c388 = Pick.rows(brd.table(), "conflict_id", 388).sortAscendingOn("year");
Table y2020 = Pick.rows(c388, "year", 2020);
double best = y2020.numberColumn("bd_best").getDouble(0);
double low = y2020.numberColumn("bd_low").getDouble(0);
double high = y2020.numberColumn("bd_high").getDouble(0);
Fmt.say("UCDP BRD %s, conflict 388, 2020: best %s battle deaths (low %s, high %s), dyad(s) %s%n",
    brd.version(), Fmt.count(best), Fmt.count(low), Fmt.count(high), y2020.getString(0, "dyad_id"));
c388.selectColumns("conflict_id", "dyad_id", "year", "bd_best", "bd_low", "bd_high", "type_of_conflict")
'''),
    md(r'''
UCDP's dyadic file (UCDP BRD dyadic 24.1, one row per dyad and year; shared as
`ucdp-brd/BattleDeaths_v24_1.csv`) gives the figure per dyad: with a single dyad in 2020, it should
equal the conflict-level figure above.
'''),
    code(r'''
Dataset dyadic = SharedData.file("ucdp-brd/BattleDeaths_v24_1.csv").map(ConflictData::read).orElse(null);
Table d388 = null;
if (dyadic == null) {
    System.out.println("Dyadic BRD file not found (set CONFLICTDATA_SHARED to the shared data folder): skipped.");
} else {
    d388 = Pick.rows(dyadic.table(), "conflict_id", 388, "year", 2020);
    Fmt.say("UCDP BRD dyadic %s, conflict 388, 2020: %d dyad row(s), best %s (low %s, high %s) battle deaths%n",
        dyadic.version(), d388.rowCount(), Fmt.count(Sums.total(d388, "bd_best")),
        Fmt.count(Sums.total(d388, "bd_low")), Fmt.count(Sums.total(d388, "bd_high")));
    Fmt.say("Conflict level: best %s. %s%n", Fmt.count(best),
        Sums.total(d388, "bd_best") == best ? "The same figure: one dyad (" + d388.getString(0, "dyad_id") + ") carries all of it."
            : "They differ by " + Fmt.count(Sums.total(d388, "bd_best") - best) + ".");
    display(d388.selectColumns("conflict_id", "dyad_id", "year", "side_a", "side_b", "bd_best", "bd_low", "bd_high", "version"));
}
'''),
    md(r'''
## ACLED: reported fatalities per country and year

ACLED publishes the fatalities it records per country and calendar year (the workbook
`number_of_reported_fatalities_by_country-year`, as of 6 March 2026; ACLED's terms do not allow the
library to ship it, so the notebook reads the project's shared copy). A country-year figure covers the
**whole calendar year, every event type and every actor located in that country**: for Azerbaijan
2020 that is the 44-day war and everything else in Azerbaijan that year; ACLED codes the fighting in
Nagorno-Karabakh under Azerbaijan, so Armenia's figure counts only events on Armenia's own territory.
It is one more source beside UCDP's, not a figure for conflict 388.
'''),
    code(r'''
Dataset acledYears = null;
Optional<Path> acledYearsFile = SharedData.file("acled/number_of_reported_fatalities_by_country-year_as-of-06Mar2026.xlsx");
if (acledYearsFile.isEmpty()) {
    System.out.println("ACLED country-year workbook not found (set CONFLICTDATA_SHARED): skipped.");
} else {
    try {
        // the workbook's package names drawing parts it does not hold (SOURCES.md); POI logs that to stderr
        // as an ERROR for each part. Said here once instead, on stdout; the sheet itself is read in full.
        System.setProperty("org.apache.logging.log4j.simplelog.org.apache.poi.ooxml.POIXMLDocumentPart.level", "OFF");
        System.out.println("Note: the ACLED workbook names drawing parts that are missing from it; they hold no data.");
        acledYears = ConflictData.read(acledYearsFile.get());
    } catch (RuntimeException e) {
        System.out.println("This library version cannot read the ACLED country-year workbook (ACLED_COUNTRY_YEAR comes with"
            + " issue 10): " + e.getMessage().lines().findFirst().orElse(""));
    }
}
Table acledRows = acledYears == null ? null
    : AcledCountryYear.rows(acledYears.table(), "nagorno-karabakh", 2020, "as of 6 March 2026", "Azerbaijan", "Armenia");
if (acledRows != null) {
    for (Row r : acledRows) Fmt.say("ACLED %s 2020: %s reported fatalities (%s)%n", r.getString("id"),
        Fmt.count(r.getInt("best")), AcledCountryYear.COVERS);
    display(Compare.battleDeaths(War.of("nagorno-karabakh")).where(Compare.battleDeaths(War.of("nagorno-karabakh"))
        .intColumn("year_start").isEqualTo(2020)).append(acledRows));
}
'''),
    code(r'''
// the comparison API puts every source's figures for this war side by side
Table deaths = Compare.battleDeaths(War.of("nagorno-karabakh"));
deaths
'''),
    code(r'''
// and the claims beside the datasets for 2020: each claim, their sum, and the datasets' ratio to it
Compare.claimsBeside(War.of("nagorno-karabakh"), 2020)
'''),
    md(r'''
## Claims against the bounds

UCDP counts battle-related deaths of all parties, soldiers and civilians killed in the fighting;
the claims are each side's own military dead. The chart puts them side by side.
'''),
    code(r'''
List<String> figure = new ArrayList<>();
List<String> estimate = new ArrayList<>();
List<Double> value = new ArrayList<>();
for (int r = 0; r < militaryKilled.rowCount(); r++) {
    figure.add(militaryKilled.getString(r, "party") + " (claimed)");
    estimate.add("claimed military dead");
    value.add(militaryKilled.numberColumn("value").getDouble(r));
}
figure.add("Both sides (claimed)"); estimate.add("claimed military dead"); value.add(claimedTotal);
for (String[] e : new String[][] {{"low", "bd_low"}, {"best", "bd_best"}, {"high", "bd_high"}}) {
    figure.add("UCDP BRD " + brd.version()); estimate.add("UCDP " + e[0]);
    value.add(y2020.numberColumn(e[1]).getDouble(0));
}
Table figures = Table.create("karabakh-2020", StringColumn.create("figure", figure),
    StringColumn.create("estimate", estimate), DoubleColumn.create("value", value));
var claimsChart = Charts.bars(figures).category("figure").series("estimate").value("value").labels()
    .title("Karabakh war 2020: claimed military dead vs UCDP battle deaths")
    .subtitle("Official claims of December 2020; UCDP conflict 388, year 2020, low / best / high")
    .xAxis("Figure").yAxis("Deaths", "people")
    .cite(claims.citation()).cite(brd).build();
claimsChart
'''),
    code(r'''
Fmt.say("UCDP's best estimate (%s) is %.2f times the sum of the two claims (%s);%n",
    Fmt.count(best), best / claimedTotal, Fmt.count(claimedTotal));
Fmt.say("even UCDP's low estimate (%s) exceeds it by %s deaths.%n", Fmt.count(low), Fmt.count(low - claimedTotal));
'''),
    md(r'''
## Episodes in the UCDP/PRIO Armed Conflict Dataset

The ACD has one row per active conflict-year. An episode starts at `start_date2` and ends in the
year where `ep_end` is 1, at `ep_end_date`; an episode with no end yet is still active in the last
release year.
'''),
    code(r'''
Dataset acd = ConflictData.bundled(DatasetKind.UCDP_PRIO_ACD);
Table a388 = Pick.rows(Labels.withLabels(acd), "conflict_id", 388).sortAscendingOn("year");
a388.selectColumns("year", "intensity_level_label", "type_of_conflict_label", "start_date", "start_date2",
    "ep_end", "ep_end_date")
'''),
    code(r'''
// one row per episode: its start date, its end date (missing while it is active)
Map<String, String[]> eps = new LinkedHashMap<>();
for (int r = 0; r < a388.rowCount(); r++) {
    String start = a388.getString(r, "start_date2");
    String[] e = eps.computeIfAbsent(start, k -> new String[] {k, null, null});
    e[2] = a388.getString(r, "year");
    if (!a388.column("ep_end").isMissing(r) && a388.numberColumn("ep_end").getDouble(r) == 1) {
        e[1] = a388.getString(r, "ep_end_date");
    }
}
List<String> label = new ArrayList<>(), starts = new ArrayList<>(), ends = new ArrayList<>();
for (String[] e : eps.values()) {
    label.add("from " + e[0]); starts.add(e[0]); ends.add(e[1] == null || e[1].isBlank() ? null : e[1]);
}
Table episodes = Table.create("episodes", StringColumn.create("episode", label),
    StringColumn.create("start", starts), StringColumn.create("end", ends));
int lastYear = (int) acd.table().numberColumn("year").max();
var timeline = Charts.timeline(episodes).label("episode").start("start").end("end")
    .ongoingAs(java.time.LocalDate.of(lastYear, 12, 31))
    .title("UCDP/PRIO ACD conflict 388: episodes of active conflict")
    .subtitle("Active episodes (start_date2 to ep_end_date); an open episode is drawn to the end of " + lastYear)
    .cite(acd).build();
System.out.println(episodes.rowCount() + " episode(s) of conflict 388 in ACD " + acd.version());
timeline
'''),
    md(r'''
## ACLED: events inside Armenia during the 44 days

ACLED's terms do not allow the library to ship its data, so this section reads your own ACLED
export. Set the environment variable `CONFLICTDATA_ACLED` to the CSV you downloaded from ACLED (or
HDX) before starting Jupyter; without it, the notebook looks for the project's shared copy at
`../shared/data/acled/conflict_data_arm.csv` and skips this section when neither exists. Note that
ACLED codes the fighting in Nagorno-Karabakh under Azerbaijan: an Armenia export holds only the
events on Armenia's own territory.
'''),
    code(r'''
Path acledFile = Stream.of(System.getenv("CONFLICTDATA_ACLED")).filter(Objects::nonNull).map(Path::of)
    .filter(Files::isRegularFile).findFirst().or(() -> SharedData.file("acled/conflict_data_arm.csv")).orElse(null);
Dataset acled = null;
Table war44 = null;
if (acledFile == null) {
    System.out.println("No ACLED export found: set CONFLICTDATA_ACLED=/path/to/your/acled.csv to run this section. Skipped.");
} else {
    acled = ConflictData.read(acledFile);
    var dates = acled.table().dateColumn("event_date");
    war44 = acled.table().where(dates.isBetweenIncluding(java.time.LocalDate.of(2020, 9, 27), java.time.LocalDate.of(2020, 11, 10)));
    Fmt.say("ACLED export: %s events; %s between 27 September and 10 November 2020%n",
        Fmt.count(acled.table().rowCount()), Fmt.count(war44.rowCount()));
}
'''),
    code(r'''
if (war44 != null) {
    Table byType = war44.countBy("event_type", "admin1");
    byType.column("Count").setName("events");
    display(byType.sortDescendingOn("events"));
    display(Charts.bars(byType).category("admin1").series("event_type").value("events").stacked()
        .title("ACLED events in Armenia, 27 September - 10 November 2020")
        .subtitle("By province (admin1) and event type").xAxis("Province").yAxis("Events", "count")
        .cite(acled).build());
}
'''),
    md(r'''
## What the data says
'''),
    code(r'''
Fmt.say("Azerbaijan's Defence Ministry and Armenia's Health Ministry claimed %s military dead between them "
    + "(%s). UCDP's Battle-Related Deaths dataset %s counts %s battle deaths in conflict 388 in 2020 "
    + "(range %s to %s): %.1f times the claims, and its low estimate alone is %s above them. "
    + "The datasets count every party's deaths in battle, civilians included; the claims count each side's soldiers.%n",
    Fmt.count(claimedTotal), militaryKilled.stringColumn("party").asList().stream()
        .map(p -> p + " " + Fmt.count(Pick.value(militaryKilled, "value", "party", p)))
        .collect(Collectors.joining(", ")),
    brd.version(), Fmt.count(best), Fmt.count(low), Fmt.count(high), best / claimedTotal, Fmt.count(low - claimedTotal));
if (d388 != null) Fmt.say("UCDP's dyadic file %s gives %s for the same year (%d dyad row).%n",
    dyadic.version(), Fmt.count(Sums.total(d388, "bd_best")), d388.rowCount());
if (acledRows != null) Fmt.say("ACLED reports %s fatalities in Azerbaijan and %s in Armenia in 2020: "
    + "whole calendar year, all event types, all actors in each country, so not one conflict's battle deaths.%n",
    Fmt.count(Pick.value(acledRows, "best", "id", "Azerbaijan")), Fmt.count(Pick.value(acledRows, "best", "id", "Armenia")));
System.out.println("ACD " + acd.version() + " records " + episodes.rowCount() + " episode(s) of conflict 388.");
if (war44 != null) System.out.println("ACLED's Armenia export holds " + Fmt.count(war44.rowCount())
    + " events inside Armenia during the 44 days; the fighting itself is coded under Azerbaijan.");
System.out.println();
System.out.println("Sources: " + claims.citation() + "; " + Citations.of(brd) + "; " + Citations.of(acd)
    + (dyadic == null ? "" : "; " + Citations.of(dyadic))
    + (acledYears == null ? "" : "; " + Citations.of(acledYears))
    + (acled == null ? "" : "; " + Citations.of(acled)));
'''),
])

# ------------------------------------------------------------------------------------------------
write("03-karabakh-wars-1991-2023", [
    md(r'''
# The Karabakh wars 1991-2023: every source, every year

**Question:** what does each dataset say about deaths in the Nagorno-Karabakh conflict, year by
year from 1991 to 2023, and how far apart are the sources for the first war (1991-1994)?

The same conflict has a different id and shape in each dataset: UCDP conflict 388 (yearly, 1989-),
PRIO Battle Deaths conflict 193 (yearly, to 2008, with low-high bounds), and two Correlates of War
wars: intra-state war 872 (1991-1993) and inter-state war 216 (1993-1994), with one total per war.
The library's war concordance links them.
'''),
    code(SETUP),
    code(r'''
Table concordance = ConflictData.concordance();
concordance.where(concordance.stringColumn("war").isEqualTo("nagorno-karabakh"))
    .selectColumns("war", "ucdp_conflict_id", "cow_kind", "cow_war_num", "prio_id", "start_year", "end_year", "confidence")
'''),
    md(r'''
## Yearly sources: UCDP 388 and PRIO 193
'''),
    code(r'''
Dataset brd = ConflictData.bundled(DatasetKind.UCDP_BRD_CONFLICT);
Dataset prio = ConflictData.bundled(DatasetKind.PRIO_BATTLE_DEATHS);
Table u = Pick.rows(brd.table(), "conflict_id", 388).sortAscendingOn("year");
Table p = Pick.rows(prio.table(), "id", 193).sortAscendingOn("year");
String ucdpName = "UCDP BRD " + brd.version(), prioName = "PRIO BD " + prio.version();
Table yearly = Table.create("karabakh-yearly", StringColumn.create("source"), IntColumn.create("year"),
    DoubleColumn.create("best"), DoubleColumn.create("low"), DoubleColumn.create("high"));
for (int r = 0; r < u.rowCount(); r++) {
    yearly.stringColumn("source").append(ucdpName); yearly.intColumn("year").append((int) u.numberColumn("year").getDouble(r));
    yearly.doubleColumn("best").append(u.numberColumn("bd_best").getDouble(r));
    yearly.doubleColumn("low").append(u.numberColumn("bd_low").getDouble(r));
    yearly.doubleColumn("high").append(u.numberColumn("bd_high").getDouble(r));
}
for (int r = 0; r < p.rowCount(); r++) {
    yearly.stringColumn("source").append(prioName); yearly.intColumn("year").append((int) p.numberColumn("year").getDouble(r));
    // PRIO codes an unknown best estimate as -999: the reader made it missing, so it stays missing here
    if (p.column("bdeadbes").isMissing(r)) yearly.doubleColumn("best").appendMissing();
    else yearly.doubleColumn("best").append(p.numberColumn("bdeadbes").getDouble(r));
    yearly.doubleColumn("low").append(p.numberColumn("bdeadlow").getDouble(r));
    yearly.doubleColumn("high").append(p.numberColumn("bdeadhig").getDouble(r));
}
yearly
'''),
    code(r'''
var yearlyChart = Charts.yearly(yearly).series("source").value("best").band("low", "high")
    .title("Nagorno-Karabakh: battle deaths per year, UCDP and PRIO")
    .subtitle("UCDP conflict 388 and PRIO conflict 193; line: best estimate, band: low-high range")
    .yAxis("Battle deaths", "people").cite(brd).cite(prio).build();
yearlyChart
'''),
    md(r'''
## War totals: Correlates of War

COW gives one battle-death figure per war and participant, never per year. Intra-state war 872 is
in two releases that disagree: v4.1 has two rows for the war (one per pair of sides) with deaths per
side, v5.1 one row with a total, `TotalBDeaths`. Inter-state war 216 has one row per state.
'''),
    code(r'''
// COW's files are not shipped with the library (COW's terms forbid redistribution): they come from
// the download cache, where ./report puts ../shared/data's copies (ConflictData.cache().add) or
// ConflictData.download put them. Without them this section is skipped, and says so.
var cowCache = io.github.conflictdata.releases.Releases.fromEnvironment();
Dataset intra51 = cowCache.cachedNewest(DatasetKind.COW_INTRA_STATE).orElse(null);
Dataset inter = cowCache.cachedNewest(DatasetKind.COW_INTER_STATE).orElse(null);
Dataset intra41 = ConflictData.cache().file(DatasetKind.COW_INTRA_STATE, "4.1").map(ConflictData::read).orElse(null);
boolean cowReady = intra51 != null && inter != null;
double cow872v51 = Double.NaN, cow216 = Double.NaN, cow872v41 = Double.NaN;
if (!cowReady) {
    System.out.println("COW section skipped: COW's war files are not in the download cache (" + cowCache.cacheDir()
        + "). Add your copies with ConflictData.cache().add(path), or fetch them with ConflictData.download(kind).");
} else {
    Table w872v51 = Pick.rows(intra51.table(), "WarNum", 872);
    Table w216 = Pick.rows(inter.table(), "WarNum", 216);
    cow872v51 = Sums.total(w872v51, "TotalBDeaths");
    cow216 = Sums.total(w216, "BatDeath");
    if (intra41 != null) {
        Table w872v41 = Pick.rows(intra41.table(), "WarNum", 872);
        // 4.1's SideADeaths/SideBDeaths are named as the newest release (5.1) names them
        cow872v41 = Sums.total(w872v41, "DeathsSideA") + Sums.total(w872v41, "DeathsSideB");
        display(w872v41.selectColumns("WarNum", "WarName", "SideA", "SideB", "DeathsSideA", "DeathsSideB", "Version"));
    }
    System.out.println("COW intra-state war 872, v" + intra51.version() + " TotalBDeaths: " + Fmt.count(cow872v51));
    System.out.println("COW intra-state war 872, v4.1 sum of side deaths over its rows: "
        + (intra41 == null ? "not available (v4.1 file not found)" : Fmt.count(cow872v41)));
    System.out.println("COW inter-state war 216, v" + inter.version() + " sum of BatDeath over states: " + Fmt.count(cow216));
    display(w216.selectColumns("WarNum", "WarName", "StateName", "StartYear1", "EndYear1", "BatDeath"));
}
'''),
    md(r'''
## One table, every source, the first war (1991-1994)

To compare yearly sources with COW's war totals, the yearly figures are summed over the years each
COW war covers; COW's totals are never spread over years.
'''),
    code(r'''
double sumYears(Table t, String col, int from, int to) {
    return Sums.total(t.where(t.numberColumn("year").isBetweenInclusive(from, to)), col);
}
Table u9194 = yearly.where(yearly.stringColumn("source").isEqualTo(ucdpName));
Table p9194 = yearly.where(yearly.stringColumn("source").isEqualTo(prioName));
Table firstWar = Table.create("first-war", StringColumn.create("source"), StringColumn.create("figure"),
    StringColumn.create("years"), DoubleColumn.create("low"), DoubleColumn.create("best"), DoubleColumn.create("high"));
void addRow(String src, String fig, String years, double lo, double be, double hi) {
    firstWar.stringColumn("source").append(src); firstWar.stringColumn("figure").append(fig);
    firstWar.stringColumn("years").append(years);
    firstWar.doubleColumn("low").append(lo); firstWar.doubleColumn("best").append(be); firstWar.doubleColumn("high").append(hi);
}
addRow(ucdpName, "conflict 388, sum of years", "1991-1994", sumYears(u9194, "low", 1991, 1994),
    sumYears(u9194, "best", 1991, 1994), sumYears(u9194, "high", 1991, 1994));
// PRIO's best estimate is unknown for 1993 and 1994: no best sum, only the bounds
addRow(prioName, "conflict 193, sum of years", "1992-1994", sumYears(p9194, "low", 1992, 1994),
    Double.NaN, sumYears(p9194, "high", 1992, 1994));
if (cowReady) {
    addRow("COW intra-state v" + intra51.version(), "war 872, TotalBDeaths", "1991-1993", Double.NaN, cow872v51, Double.NaN);
    if (intra41 != null) addRow("COW intra-state v4.1", "war 872, sum of side deaths", "1991-1993", Double.NaN, cow872v41, Double.NaN);
    addRow("COW inter-state v" + inter.version(), "war 216, sum of BatDeath", "1993-1994", Double.NaN, cow216, Double.NaN);
    addRow("COW v" + intra51.version() + " + inter v" + inter.version(), "wars 872 + 216", "1991-1994", Double.NaN, cow872v51 + cow216, Double.NaN);
}
firstWar
'''),
    code(r'''
// the comparison API's own long table for this war
Compare.battleDeaths(War.of("nagorno-karabakh"))
'''),
    code(r'''
Table bars = Table.create("bars", StringColumn.create("figure"), StringColumn.create("estimate"), DoubleColumn.create("value"));
for (int r = 0; r < firstWar.rowCount(); r++) {
    for (String e : List.of("low", "best", "high")) {
        double v = firstWar.doubleColumn(e).getDouble(r);
        if (!Double.isNaN(v)) {
            bars.stringColumn("figure").append(firstWar.getString(r, "source") + " (" + firstWar.getString(r, "years") + ")");
            bars.stringColumn("estimate").append(e);
            bars.doubleColumn("value").append(v);
        }
    }
}
var warChart = Charts.bars(bars).category("figure").series("estimate").value("value").labels()
    .size(900, 640)
    .title("The first Karabakh war: battle deaths by source")
    .subtitle("UCDP and PRIO summed over the years; COW totals per war")
    .xAxis("Source (years)").yAxis("Battle deaths", "people")
    .cite(Stream.of(brd, prio, intra51, inter).filter(Objects::nonNull).toArray(Dataset[]::new)).build();
warChart
'''),
    md(r'''
## What the data says
'''),
    code(r'''
double ucdpBest = firstWar.doubleColumn("best").getDouble(0);
double prioLow = firstWar.doubleColumn("low").getDouble(1), prioHigh = firstWar.doubleColumn("high").getDouble(1);
double cowBoth = cow872v51 + cow216;
if (cowReady) {
    Fmt.say("For 1991-1994, UCDP's best estimates add up to %s battle deaths; PRIO's bounds for 1992-1994 "
        + "span %s to %s; COW's two wars add up to %s (intra-state war 872: %s in v%s; inter-state war 216: %s).%n",
        Fmt.count(ucdpBest), Fmt.count(prioLow), Fmt.count(prioHigh), Fmt.count(cowBoth), Fmt.count(cow872v51), intra51.version(), Fmt.count(cow216));
    Fmt.say("COW's total is %.1f times UCDP's best sum; PRIO's high bound is %.1f times its low bound.%n",
        cowBoth / ucdpBest, prioHigh / prioLow);
} else {
    Fmt.say("For 1991-1994, UCDP's best estimates add up to %s battle deaths; PRIO's bounds for 1992-1994 "
        + "span %s to %s (PRIO's high bound is %.1f times its low bound). COW's figures are left out: its"
        + " files are not in the download cache.%n", Fmt.count(ucdpBest), Fmt.count(prioLow), Fmt.count(prioHigh), prioHigh / prioLow);
}
if (cowReady && intra41 != null) Fmt.say("COW's own releases disagree on war 872: %s summed over v4.1's rows vs %s TotalBDeaths in v%s.%n",
    Fmt.count(cow872v41), Fmt.count(cow872v51), intra51.version());
Table u2020 = u9194.where(u9194.nCol("year").isBetweenInclusive(2016, 2023));
Fmt.say("Since 2016 only UCDP covers the conflict: %s battle deaths in 2016-2023, %s of them in 2020.%n",
    Fmt.count(Sums.total(u2020, "best")), Fmt.count(Sums.total(Pick.rows(u2020, "year", 2020), "best")));
System.out.println();
System.out.println("Sources: " + Stream.of(brd, prio, intra51, inter).filter(Objects::nonNull).map(Citations::of).collect(Collectors.joining("; ")));
'''),
])

# ------------------------------------------------------------------------------------------------
write("04-battle-deaths-by-source", [
    md(r"""
# World battle deaths by source

**Question:** how many people died in battle each year worldwide according to UCDP, PRIO and the
Correlates of War, where do these sources diverge, and why?

Our World in Data's charts of deaths in armed conflicts put UCDP (from 1989) next to PRIO
(1946-2008). This notebook does that comparison in Java, from the datasets themselves.
"""),
    code(SETUP),
    md(r"""
## Battle deaths per year, per source

`Compare.yearlyWorldTotals()` sums each source's battle deaths per year: UCDP's Battle-Related Deaths
(1989-), PRIO's Battle Deaths (1946-2008) and COW's wars. COW gives one total per war, never
yearly figures, so COW's value for a year is the deaths of the wars that *started* that year.
"""),
    code(r"""
Table totals = Compare.yearlyWorldTotals();
totals.first(8)
"""),
    md(r"""
The same sums, recomputed here from the bundled releases so that every step is visible. PRIO has
no best estimate for many conflict-years (code `-999`, "unknown"; its codebook then gives only
bounds); we count the low estimate for those in the best series (as `Compare.yearlyWorldTotals()`
does), and the chart's subtitle says so.
"""),
    code(r"""
import static tech.tablesaw.aggregate.AggregateFunctions.*;
Dataset brd = ConflictData.bundled(DatasetKind.UCDP_BRD_CONFLICT);
Dataset prio = ConflictData.bundled(DatasetKind.PRIO_BATTLE_DEATHS);
Table ucdpYears = brd.table().summarize("bd_best", "bd_low", "bd_high", sum).by("year").sortAscendingOn("year");
Table pt = prio.table().copy();
DoubleColumn prioBest = DoubleColumn.create("best_or_low", pt.rowCount());
for (int r = 0; r < pt.rowCount(); r++) {
    prioBest.set(r, pt.column("bdeadbes").isMissing(r) ? pt.numberColumn("bdeadlow").getDouble(r) : pt.numberColumn("bdeadbes").getDouble(r));
}
pt.addColumns(prioBest);
Table prioYears = pt.summarize("best_or_low", "bdeadlow", "bdeadhig", sum).by("year").sortAscendingOn("year");
Table world = Table.create("world", StringColumn.create("source"), IntColumn.create("year"),
    DoubleColumn.create("best"), DoubleColumn.create("low"), DoubleColumn.create("high"));
void addYears(String source, Table t, String best, String low, String high) {
    for (int r = 0; r < t.rowCount(); r++) {
        world.stringColumn("source").append(source);
        world.intColumn("year").append((int) t.numberColumn("year").getDouble(r));
        world.doubleColumn("best").append(t.numberColumn("Sum [" + best + "]").getDouble(r));
        world.doubleColumn("low").append(t.numberColumn("Sum [" + low + "]").getDouble(r));
        world.doubleColumn("high").append(t.numberColumn("Sum [" + high + "]").getDouble(r));
    }
}
addYears("UCDP BRD " + brd.version(), ucdpYears, "bd_best", "bd_low", "bd_high");
addYears("PRIO BD " + prio.version(), prioYears, "best_or_low", "bdeadlow", "bdeadhig");
world.where(world.intColumn("year").isBetweenInclusive(1987, 1991))
"""),
    code(r"""
var worldChart = Charts.yearly(world).series("source").value("best").band("low", "high")
    .size(900, 520)
    .title("Battle deaths in state-based armed conflicts, world, per year")
    .subtitle("Line: best estimate (PRIO: low estimate where its best is unknown); band: low-high range")
    .yAxis("Battle deaths", "people").cite(brd).cite(prio).build();
worldChart
"""),
    md(r"""
## COW: war totals by start year

COW's four war datasets (inter-state, intra-state, extra-state, non-state) give battle deaths per
war (and, for inter-state wars, per participant). Summing them by the year each war started shows
the scale, not a yearly death toll: a long war's deaths all land in its first year.
"""),
    code(r"""
// COW's files are not shipped with the library (COW's terms forbid redistribution): they come from
// the download cache, where ./report puts ../shared/data's copies (ConflictData.cache().add) or
// ConflictData.download put them. Without them this section is skipped, and says so.
var cowCache = io.github.conflictdata.releases.Releases.fromEnvironment();
Dataset inter = cowCache.cachedNewest(DatasetKind.COW_INTER_STATE).orElse(null);
Dataset intra = cowCache.cachedNewest(DatasetKind.COW_INTRA_STATE).orElse(null);
Dataset extra = cowCache.cachedNewest(DatasetKind.COW_EXTRA_STATE).orElse(null);
Dataset nonState = cowCache.cachedNewest(DatasetKind.COW_NON_STATE).orElse(null);
boolean cowReady = inter != null && intra != null && extra != null && nonState != null;
Table cowWars = Table.create("cow-wars", StringColumn.create("dataset"), DoubleColumn.create("WarNum"),
    IntColumn.create("start_year"), DoubleColumn.create("deaths"));
int noStartYear = 0;
/** One row per war: its earliest start year and its deaths summed over the war's rows (known values only). */
void addWars(Dataset d, String startYear, String deaths) {
    Table t = d.table();
    Map<Double, double[]> wars = new LinkedHashMap<>(); // WarNum (5.1 has 723.5) -> {start year, deaths}
    for (int r = 0; r < t.rowCount(); r++) {
        double[] w = wars.computeIfAbsent(t.numberColumn("WarNum").getDouble(r), k -> new double[] {Double.NaN, 0});
        if (!t.column(startYear).isMissing(r)) w[0] = Double.isNaN(w[0]) ? t.numberColumn(startYear).getDouble(r) : Math.min(w[0], t.numberColumn(startYear).getDouble(r));
        if (!t.column(deaths).isMissing(r)) w[1] += t.numberColumn(deaths).getDouble(r);
    }
    for (Map.Entry<Double, double[]> e : wars.entrySet()) {
        if (Double.isNaN(e.getValue()[0])) { noStartYear++; continue; }
        cowWars.stringColumn("dataset").append(d.kind().title() + " " + d.version());
        cowWars.doubleColumn("WarNum").append(e.getKey());
        cowWars.intColumn("start_year").append((int) e.getValue()[0]);
        cowWars.doubleColumn("deaths").append(e.getValue()[1]);
    }
}
if (!cowReady) {
    System.out.println("COW section skipped: COW's war files are not in the download cache (" + cowCache.cacheDir()
        + "). Add your copies with ConflictData.cache().add(path), or fetch them with ConflictData.download(kind).");
} else {
    addWars(inter, "StartYear1", "BatDeath");
    addWars(intra, "StartYr1", "TotalBDeaths");
    addWars(extra, "StartYear1", "BatDeath");
    addWars(nonState, "StartYear", "TotalCombatDeaths");
    Table cowByYear = cowWars.summarize("deaths", sum).by("dataset", "start_year").sortAscendingOn("start_year");
    cowByYear.column(2).setName("deaths");
    System.out.println(Fmt.count(cowWars.rowCount()) + " COW wars with a start year (" + noStartYear + " without), "
        + Fmt.count(Sums.total(cowWars, "deaths")) + " battle deaths in all; largest single war total: " + Fmt.count(cowWars.nCol("deaths").max()));
    display(cowByYear.where(cowByYear.intColumn("start_year").isBetweenInclusive(1946, 2020))
        .sortDescendingOn("deaths").first(10));
}
"""),
    code(r"""
Object cowChart = "COW chart skipped: COW's war files are not in the download cache (see above).";
if (cowReady) {
    Table cowDecades = cowWars.where(cowWars.intColumn("start_year").isBetweenInclusive(1900, 2019)).copy();
    IntColumn decade = IntColumn.create("decade");
    for (int y : cowDecades.intColumn("start_year")) decade.append(y / 10 * 10);
    cowDecades.addColumns(decade);
    Table byDecade = cowDecades.summarize("deaths", sum).by("decade", "dataset").sortAscendingOn("decade");
    byDecade.column(2).setName("deaths");
    byDecade.addColumns(byDecade.intColumn("decade").asStringColumn().setName("decade_start"));
    cowChart = Charts.bars(byDecade).category("decade_start").series("dataset").value("deaths").stacked()
        .size(900, 520)
        .title("COW: battle deaths of wars by the decade they started, 1900-2019")
        .subtitle("Sum of war totals; each war counted in the decade of its start year")
        .xAxis("Decade the war started").yAxis("Battle deaths", "people")
        .cite(inter).cite(intra).cite(extra).cite(nonState).build();
}
cowChart
"""),
    md(r"""
## UCDP by type of conflict

UCDP's `type_of_conflict` code (ACD codebook: 1 extrasystemic, 2 interstate, 3 intrastate,
4 internationalized intrastate) splits each year's total.
"""),
    code(r"""
Table byType = Labels.withLabels(brd).summarize("bd_best", sum).by("year", "type_of_conflict_label")
    .sortAscendingOn("year");
byType.column(2).setName("battle_deaths");
var typeChart = Charts.bars(byType).category("year").series("type_of_conflict_label").value("battle_deaths").stacked()
    .size(900, 520)
    .title("UCDP: battle deaths per year by type of conflict")
    .subtitle("Best estimates, state-based conflicts").xAxis("Year").yAxis("Battle deaths", "people")
    .cite(brd).build();
typeChart
"""),
    md(r"""
## Where UCDP and PRIO diverge

Both cover 1989-2008. For each year: the two best sums, their ratio, and how many PRIO
conflict-years have only bounds (best unknown).
"""),
    code(r"""
Table overlap = Table.create("overlap", IntColumn.create("year"), DoubleColumn.create("ucdp_best"),
    DoubleColumn.create("prio_best_or_low"), DoubleColumn.create("prio_to_ucdp"), IntColumn.create("prio_rows_without_best"),
    IntColumn.create("ucdp_conflicts"), IntColumn.create("prio_conflicts"));
for (int y = 1989; y <= 2008; y++) {
    Table uy = Pick.rows(brd.table(), "year", y), py = Pick.rows(pt, "year", y);
    if (uy.rowCount() == 0 || py.rowCount() == 0) continue;
    double ub = Sums.total(uy, "bd_best"), pb = Sums.total(py, "best_or_low");
    overlap.intColumn("year").append(y);
    overlap.doubleColumn("ucdp_best").append(ub);
    overlap.doubleColumn("prio_best_or_low").append(pb);
    overlap.doubleColumn("prio_to_ucdp").append(Math.round(pb / ub * 100) / 100.0);
    overlap.intColumn("prio_rows_without_best").append(py.column("bdeadbes").countMissing());
    overlap.intColumn("ucdp_conflicts").append(uy.rowCount());
    overlap.intColumn("prio_conflicts").append(py.rowCount());
}
overlap
"""),
    md(r"""
### The same comparison in SQL

Joins of this kind outgrow Tablesaw quickly (GED events by PRIO-GRID cells by months run to tens of
millions of rows), so the library can hand them to an embedded SQL engine: `Sql.open()` starts
DuckDB in memory, `register` copies the typed tables in, and `query` returns a typed Tablesaw table
(see the README, "Moving data to other tools"). The query below recomputes the table above in one
statement; the cell then checks that both give the same figures for every year.
"""),
    code(r"""
import io.github.conflictdata.export.*;
Table sqlOverlap;
try (Sql sql = Sql.open()) {
    sql.register("brd", brd).register("prio", prio);
    sqlOverlap = sql.query(
        "SELECT year, u.ucdp_best, p.prio_best_or_low, round(p.prio_best_or_low / u.ucdp_best, 2) AS prio_to_ucdp, "
      + "       p.prio_rows_without_best "
      + "FROM (SELECT year, sum(bd_best) AS ucdp_best FROM brd GROUP BY year) u "
      + "JOIN (SELECT year, sum(coalesce(bdeadbes, bdeadlow)) AS prio_best_or_low, "
      + "             count(*) - count(bdeadbes) AS prio_rows_without_best FROM prio GROUP BY year) p "
      + "USING (year) ORDER BY year");
}
int agree = 0;
for (int r = 0; r < sqlOverlap.rowCount(); r++) {
    Table o = Pick.rows(overlap, "year", sqlOverlap.intColumn("year").getInt(r));
    if (o.rowCount() == 1 && sqlOverlap.nCol("ucdp_best").getDouble(r) == o.nCol("ucdp_best").getDouble(0)
            && sqlOverlap.nCol("prio_best_or_low").getDouble(r) == o.nCol("prio_best_or_low").getDouble(0)) agree++;
}
Fmt.say("SQL (DuckDB) and Tablesaw agree on %d of %d years (the Tablesaw table has %d).%n",
    agree, sqlOverlap.rowCount(), overlap.rowCount());
sqlOverlap.first(6)
"""),
    md(r"""
## What the data says
"""),
    code(r"""
int maxRow = Pick.max(overlap, "prio_to_ucdp").getRowNumber(), minRow = Pick.min(overlap, "prio_to_ucdp").getRowNumber();
double ucdpSum = Sums.total(overlap, "ucdp_best"), prioSum = Sums.total(overlap, "prio_best_or_low");
Fmt.say("Over 1989-2008, UCDP BRD %s counts %s battle deaths and PRIO BD %s %s (%.2f times UCDP).%n",
    brd.version(), Fmt.count(ucdpSum), prio.version(), Fmt.count(prioSum), prioSum / ucdpSum);
Fmt.say("PRIO's total is furthest above UCDP's in %d, at %.2f times (%s vs %s); it is lowest relative to UCDP's in %d, at %.2f times (%s vs %s).%n",
    overlap.intColumn("year").getInt(maxRow), overlap.doubleColumn("prio_to_ucdp").getDouble(maxRow),
    Fmt.count(overlap.doubleColumn("prio_best_or_low").getDouble(maxRow)), Fmt.count(overlap.doubleColumn("ucdp_best").getDouble(maxRow)),
    overlap.intColumn("year").getInt(minRow), overlap.doubleColumn("prio_to_ucdp").getDouble(minRow),
    Fmt.count(overlap.doubleColumn("prio_best_or_low").getDouble(minRow)), Fmt.count(overlap.doubleColumn("ucdp_best").getDouble(minRow)));
Fmt.say("Why: PRIO has no best estimate for %s of its %s conflict-years in 1989-2008 (only coding-rule bounds), "
    + "UCDP BRD %s is a later, revised count (%s conflict-years in those years against PRIO's %s), "
    + "and COW counts only wars of 1,000 battle deaths or more, one total per war, so its figures cannot be put per year.%n",
    Fmt.count(Sums.total(overlap, "prio_rows_without_best")), Fmt.count(Sums.total(overlap, "prio_conflicts")), brd.version(),
    Fmt.count(Sums.total(overlap, "ucdp_conflicts")), Fmt.count(Sums.total(overlap, "prio_conflicts")));
System.out.println();
System.out.println("Sources: " + Stream.of(brd, prio, inter, intra, extra, nonState).filter(Objects::nonNull).map(Citations::of).distinct()
    .collect(Collectors.joining("; ")));
"""),
])

# ------------------------------------------------------------------------------------------------
write("05-release-drift", [
    md(r"""
# Release drift: UCDP/PRIO ACD 23.1 against 24.1

**Question:** what changed in the UCDP/PRIO Armed Conflict Dataset between release 23.1 (published
as CSV) and release 24.1 (published as Excel): which rows were added or dropped, which values were
revised, and which conflicts were recoded?

A conflict-year is identified by `conflict_id` and `year`. Both files read into the same typed
schema, whatever their format, so they can be compared cell by cell.
"""),
    code(SETUP),
    code(r"""
// both releases ship with the library: 23.1 as UCDP published it (CSV), 24.1 (Excel)
Dataset acd23 = ConflictData.bundled(DatasetKind.UCDP_PRIO_ACD, "23.1");
Dataset acd24 = ConflictData.bundled(DatasetKind.UCDP_PRIO_ACD, "24.1");
for (Dataset d : List.of(acd23, acd24)) {
    Fmt.say("ACD %s from %s: %s rows, years %d-%d%n", d.version(), Path.of(d.source().name()).getFileName(),
        Fmt.count(d.table().rowCount()), (int) d.table().numberColumn("year").min(), (int) d.table().numberColumn("year").max());
}
"""),
    code(r"""
String key(Table t, int r) { return (int) t.numberColumn("conflict_id").getDouble(r) + "/" + (int) t.numberColumn("year").getDouble(r); }
Map<String, Integer> rows23 = new LinkedHashMap<>(), rows24 = new LinkedHashMap<>();
Table t23 = acd23.table(), t24 = acd24.table();
for (int r = 0; r < t23.rowCount(); r++) rows23.put(key(t23, r), r);
for (int r = 0; r < t24.rowCount(); r++) rows24.put(key(t24, r), r);
List<String> added = rows24.keySet().stream().filter(k -> !rows23.containsKey(k)).toList();
List<String> dropped = rows23.keySet().stream().filter(k -> !rows24.containsKey(k)).toList();
Fmt.say("%s conflict-years added in 24.1, %s dropped, %s in both.%n",
    Fmt.count(added.size()), Fmt.count(dropped.size()), Fmt.count(rows23.size() - dropped.size()));
Table addedByYear = Table.create("added", StringColumn.create("year"), IntColumn.create("rows_added"));
added.stream().collect(Collectors.groupingBy(k -> k.split("/")[1], TreeMap::new, Collectors.counting()))
    .forEach((y, c) -> { addedByYear.stringColumn("year").append(y); addedByYear.intColumn("rows_added").append(c.intValue()); });
System.out.println("Dropped: " + (dropped.isEmpty() ? "none" : String.join(", ", dropped)));
addedByYear
"""),
    md(r"""
## Values revised

For every conflict-year in both releases, every column except `version` is compared as text, so a
code, a name or a date that changed counts once.
"""),
    code(r"""
List<String> compared = t24.columnNames().stream().filter(c -> !c.equals("version") && t23.containsColumn(c)).toList();
Map<String, Integer> changedCells = new LinkedHashMap<>();
Table revisions = Table.create("revisions", IntColumn.create("conflict_id"), IntColumn.create("year"),
    StringColumn.create("column"), StringColumn.create("in_23_1"), StringColumn.create("in_24_1"));
for (Map.Entry<String, Integer> e : rows23.entrySet()) {
    Integer r24 = rows24.get(e.getKey());
    if (r24 == null) continue;
    int r23 = e.getValue();
    for (String c : compared) {
        String a = t23.column(c).isMissing(r23) ? "" : t23.column(c).getString(r23);
        String b = t24.column(c).isMissing(r24) ? "" : t24.column(c).getString(r24);
        if (!a.equals(b)) {
            changedCells.merge(c, 1, Integer::sum);
            revisions.intColumn("conflict_id").append((int) t23.numberColumn("conflict_id").getDouble(r23));
            revisions.intColumn("year").append((int) t23.numberColumn("year").getDouble(r23));
            revisions.stringColumn("column").append(c);
            revisions.stringColumn("in_23_1").append(a);
            revisions.stringColumn("in_24_1").append(b);
        }
    }
}
Table perColumn = Table.create("revised-per-column", StringColumn.create("column"), IntColumn.create("cells_revised"));
changedCells.forEach((c, k) -> { perColumn.stringColumn("column").append(c); perColumn.intColumn("cells_revised").append(k); });
perColumn = perColumn.sortDescendingOn("cells_revised");
Fmt.say("%s cells revised in %s columns, across %s conflict-years.%n", Fmt.count(revisions.rowCount()),
    Fmt.count(perColumn.rowCount()), Fmt.count(revisions.selectColumns("conflict_id", "year").dropDuplicateRows().rowCount()));
perColumn
"""),
    code(r"""
var revisedChart = perColumn.rowCount() == 0 ? null : Charts.bars(perColumn).category("column").value("cells_revised").labels()
    .title("ACD 23.1 to 24.1: revised cells per column")
    .subtitle("Conflict-years present in both releases; every column but version compared as text")
    .xAxis("Column").yAxis("Cells revised", "count").cite(acd23).cite(acd24).build();
Table rowsPerYear = Table.create("rows-per-year", StringColumn.create("release"), IntColumn.create("year"), IntColumn.create("rows"));
for (Dataset d : List.of(acd23, acd24)) {
    Table c = d.table().countBy("year");
    for (int r = 0; r < c.rowCount(); r++) {
        rowsPerYear.stringColumn("release").append("ACD " + d.version());
        rowsPerYear.intColumn("year").append((int) c.numberColumn("year").getDouble(r));
        rowsPerYear.intColumn("rows").append((int) c.numberColumn("Count").getDouble(r));
    }
}
var rowsChart = Charts.yearly(rowsPerYear).series("release").value("rows")
    .title("Active conflicts per year in ACD 23.1 and 24.1")
    .subtitle("Rows (conflict-years) per year in each release").yAxis("Active conflicts", "count")
    .cite(acd23).cite(acd24).build();
if (revisedChart != null) display(revisedChart);
rowsChart
"""),
    md(r"""
## Conflicts recoded

A conflict is *recoded* when a classification (type of conflict, incompatibility, intensity,
region, or its sides) changed for a year present in both releases.
"""),
    code(r"""
Set<String> classification = Set.of("type_of_conflict", "incompatibility", "intensity_level", "cumulative_intensity",
    "region", "side_a", "side_b", "side_a_2nd", "side_b_2nd", "territory_name", "location");
Table recoded = revisions.where(revisions.stringColumn("column").isIn(classification));
Fmt.say("%s conflicts recoded (%s cells).%n",
    Fmt.count(recoded.intColumn("conflict_id").unique().size()), Fmt.count(recoded.rowCount()));
recoded.first(30)
"""),
    md(r"""
## What the data says
"""),
    code(r"""
Fmt.say("From ACD %s to %s: %s conflict-years added (%s of them in the newly covered year %d), %s dropped; "
    + "%s cells revised in %s conflict-years already published, and %s conflicts recoded.%n",
    acd23.version(), acd24.version(), Fmt.count(added.size()),
    Fmt.count(added.stream().filter(k -> k.endsWith("/" + (int) t24.numberColumn("year").max())).count()), (int) t24.numberColumn("year").max(),
    Fmt.count(dropped.size()), Fmt.count(revisions.rowCount()),
    Fmt.count(revisions.selectColumns("conflict_id", "year").dropDuplicateRows().rowCount()),
    Fmt.count(recoded.intColumn("conflict_id").unique().size()));
if (perColumn.rowCount() > 0) Fmt.say("The most revised column is %s (%s cells).%n",
    perColumn.getString(0, "column"), Fmt.count(perColumn.intColumn("cells_revised").getInt(0)));
System.out.println("A figure taken from one release is not necessarily the figure in the next: cite the release.");
System.out.println();
System.out.println("Sources: " + Citations.of(acd23) + "; " + Citations.of(acd24));
"""),
    md(r"""
## The newest release

The jar ships ACD 24.1; UCDP has published more since. `ConflictData.download` fetches the newest
release the catalog knows from UCDP (once: it is cached, verified, and pinned in
`notebooks/conflictdata.lock` when `./report` runs). Without network and with an empty cache this
notebook stays with the bundled releases, and says so below.
"""),
    code(r"""
io.github.conflictdata.releases.Release newest = ConflictData.releases(DatasetKind.UCDP_PRIO_ACD).get(0);
Dataset acdNew = null;
try {
    acdNew = ConflictData.download(DatasetKind.UCDP_PRIO_ACD, newest.version());
} catch (io.github.conflictdata.releases.DownloadException | io.github.conflictdata.releases.IntegrityException e) {
    System.out.println("ACD " + newest.version() + " is not available (" + e.getMessage().lines().findFirst().orElse("")
        + "): this notebook compares the bundled releases 23.1 and 24.1 only.");
}
if (acdNew != null) {
    Table tn = acdNew.table();
    Set<String> keysNew = new HashSet<>();
    for (int r = 0; r < tn.rowCount(); r++) keysNew.add(key(tn, r));
    long addedSince24 = keysNew.stream().filter(k -> !rows24.containsKey(k)).count();
    long droppedSince24 = rows24.keySet().stream().filter(k -> !keysNew.contains(k)).count();
    Fmt.say("ACD %s (downloaded, %s): %s rows, years %d-%d; against 24.1, %s conflict-years added and %s dropped.%n",
        acdNew.version(), newest.url(), Fmt.count(tn.rowCount()), (int) tn.nCol("year").min(), (int) tn.nCol("year").max(),
        Fmt.count(addedSince24), Fmt.count(droppedSince24));
    System.out.println("Source: " + Citations.of(acdNew));
}
"""),
])

# ------------------------------------------------------------------------------------------------
write("06-rakhine-2017-claims-vs-events", [
    md(r'''
# Rakhine 2017: claims against events, day by day

**Question:** Médecins Sans Frontières estimated in December 2017 that *at least 6,700* Rohingya were
killed by violence in Myanmar between 25 August and 24 September 2017; Myanmar's military had put
the dead at *399*, nearly all of them "terrorists". What does UCDP's Georeferenced Event Dataset
(GED), which codes each reported event with its date, place and deaths, count for the same days and
place, and why are the three figures so far apart?

Claims come from the library's claims table (quotes, sources and periods in
`data/claims/README.md`). Every number in the text below is computed in a cell.
'''),
    code(SETUP + "\nimport java.time.*;"),
    md(r'''
## The claims

Each claim has the period it covers (`period_start`..`period_end`) and the population it counts
where it names one. MSF's 730 children are part of its 6,700, and its 6,700 are the violent part of
its 9,000 deaths from all causes: never add them. The 400 of the December reports is the reporters'
rounding of the military's 399 (`derived_from`).
'''),
    code(r'''
Claims claims = ConflictData.claims();
Table rakhine = claims.table().where(claims.table().stringColumn("war").isEqualTo("myanmar-rakhine-2017"));
rakhine.selectColumns("claim_id", "claimant", "date_stated", "measure", "qualifier", "value", "population",
    "period_start", "period_end", "source_kind", "derived_from")
'''),
    code(r'''
Row msf = Pick.one(rakhine, "claimant", "Médecins Sans Frontières (MSF)", "measure", "killed", "population", "Rohingya");
Row army = Pick.one(rakhine, "source_kind", "official statement");
Row rounding = Pick.one(rakhine, "source_kind", "reporter rounding");
LocalDate msfFrom = msf.getDate("period_start"), msfTo = msf.getDate("period_end");
Fmt.say("MSF: %s %s Rohingya killed, %s to %s (stated %s).%n", msf.getString("qualifier"),
    Fmt.count(msf.getInt("value")), msfFrom, msfTo, msf.getDate("date_stated"));
Fmt.say("Myanmar's military: %s killed, %s to %s (stated %s); reported in December as %s.%n",
    Fmt.count(army.getInt("value")), army.getDate("period_start"), army.getDate("period_end"),
    army.getDate("date_stated"), Fmt.count(rounding.getInt("value")));
'''),
    md(r'''
## UCDP GED 19.1: the events

The shared file `ucdp-ged/ged191.csv` is **an extract of GED 19.1 holding only the events in
Myanmar and Bangladesh** (cut by the maintainer of OCHA's HDX scraper for a test fixture), not the
global dataset. GED 19.1 was released in 2019 and covers events through 2018; a GED file has no
version column, so the reader infers the release from the years it covers, and says so in the
dataset's source. Each row is one event: a day (or a range of days when the date is uncertain), a
place, the type of violence (state-based, non-state, one-sided), and deaths by side, civilians and
unknown, with low, best and high estimates.
'''),
    code(r'''
Path gedFile = SharedData.file("ucdp-ged/ged191.csv")
    .orElseThrow(() -> new IllegalStateException("ucdp-ged/ged191.csv not found: set CONFLICTDATA_SHARED to the shared data folder"));
Dataset ged = ConflictData.read(gedFile);
Table events = ged.table();
System.out.println(ged);
System.out.println("Source: " + ged.source().citation());
events.countBy("country").sortDescendingOn("Count")
'''),
    md(r'''
## Day by day, August to October 2017

`EventSeries` counts events and sums deaths per day and type of violence; a day without events is a
zero, not a gap. An event whose date is only known within a range (`date_start` before
`date_end`) is counted on its start date, and the table's name says how many such events there are.
The chart marks the claims' periods.
'''),
    code(r'''
LocalDate from = LocalDate.of(2017, 8, 1), to = LocalDate.of(2017, 10, 31);
Table days = EventSeries.of(events).country("Myanmar (Burma)").between(from, to).per(TimeStep.DAY).build();
System.out.println(days.name());
days.where(days.doubleColumn("events").isGreaterThan(0)).first(12)
'''),
    code(r'''
var daily = new StyledXYChart(900, 520);
daily.setTitle("Myanmar, August-October 2017: deaths per day in UCDP GED events");
daily.subtitle("GED 19.1 best estimate per day by type of violence (events on their start date); lines: the claims' periods");
daily.setXAxisTitle("Day (2017)");
daily.setYAxisTitle("Deaths per day (people)");
daily.getStyler().setDatePattern("d MMM");
daily.getStyler().setMarkerSize(0);
double peak = 0;
for (String type : List.of("state-based", "non-state", "one-sided")) {
    Table t = days.where(days.stringColumn("category").isEqualTo(type));
    List<Date> x = new ArrayList<>();
    for (LocalDate d : t.dateColumn("period_start")) x.add(java.sql.Date.valueOf(d));
    List<Double> y = t.doubleColumn("best").asList();
    peak = Math.max(peak, t.doubleColumn("best").max());
    daily.addSeries(type, x, y);
}
double top = peak;
for (Object[] mark : new Object[][] {
        {msfFrom, "MSF period starts"}, {msfTo, "MSF period ends (at least " + Fmt.count(msf.getInt("value")) + " killed)"},
        {army.getDate("period_end"), "military's " + Fmt.count(army.getInt("value")) + " dead: to " + army.getDate("period_end")}}) {
    double x = java.sql.Date.valueOf((LocalDate) mark[0]).getTime();
    daily.addAnnotation(new org.knowm.xchart.AnnotationLine(x, true, false));
    daily.addAnnotation(new org.knowm.xchart.AnnotationText((String) mark[1], x, top * (mark[0] == msfFrom ? 1.0 : mark[0] == msfTo ? 0.8 : 0.6), false));
}
daily.footnote("Sources: " + Citations.of(ged) + "; " + claims.citation());
daily
'''),
    md(r'''
## GED summed over exactly the claims' periods

`ClaimsBesideEvents` sums GED over each claim's period, in the same country. Headline rule: an event
counts when its `date_start` lies in the period; events that overlap the period without starting in
it are counted apart. Each claim is set beside the GED column that counts the same people, or said
not to be comparable: GED records no victim's ethnicity or age, and only deaths in organized
violence.
'''),
    code(r'''
Table beside = ClaimsBesideEvents.of(rakhine, events).country("Myanmar (Burma)").build();
beside.selectColumns("claim_id", "claimant", "measure", "qualifier", "value", "population", "period_start", "period_end",
    "events", "low", "best", "high", "deaths_civilians", "overlapping_events", "compared_with", "claim_to_ged", "comparable")
'''),
    code(r'''
Row g = Pick.one(beside, "claim_id", msf.getInt("claim_id"));
Table inPeriod = events.where(events.stringColumn("country").isEqualTo("Myanmar (Burma)")
    .and(events.dateColumn("date_start").isBetweenIncluding(msfFrom, msfTo)));
double gedBest = g.getInt("best"), gedLow = g.getInt("low"), gedHigh = g.getInt("high");
Fmt.say("GED 19.1, Myanmar, events starting %s to %s: %s events, best %s deaths (low %s, high %s), %s of them civilians.%n",
    msfFrom, msfTo, Fmt.count(g.getInt("events")), Fmt.count(gedBest), Fmt.count(gedLow), Fmt.count(gedHigh),
    Fmt.count(g.getInt("deaths_civilians")));
Fmt.say("%s more event(s) overlap the period without starting in it (best %s); %s of the %s events are in Rakhine State.%n",
    Fmt.count(g.getInt("overlapping_events")), Fmt.count(g.getInt("overlapping_best")),
    Fmt.count(inPeriod.where(inPeriod.stringColumn("adm_1").isEqualTo("Rakhine State")).rowCount()), Fmt.count(inPeriod.rowCount()));
inPeriod.summarize("best", "deaths_civilians", tech.tablesaw.aggregate.AggregateFunctions.sum, tech.tablesaw.aggregate.AggregateFunctions.count)
    .by("type_of_violence", "conflict_new_id")
'''),
    code(r'''
Table figures = Table.create("rakhine-2017", StringColumn.create("figure"), StringColumn.create("estimate"), DoubleColumn.create("value"));
void fig(String figure, String estimate, double v) {
    figures.stringColumn("figure").append(figure); figures.stringColumn("estimate").append(estimate); figures.doubleColumn("value").append(v);
}
fig("Myanmar military (25-30 Aug)", "claimed", army.getInt("value"));
fig("GED 19.1 (25 Aug-24 Sep)", "GED low", gedLow);
fig("GED 19.1 (25 Aug-24 Sep)", "GED best", gedBest);
fig("GED 19.1 (25 Aug-24 Sep)", "GED high", gedHigh);
fig("MSF survey (25 Aug-24 Sep)", "claimed", msf.getInt("value"));
var claimsChart = Charts.bars(figures).category("figure").series("estimate").value("value").labels()
    .size(900, 520)
    .title("Rakhine 2017: the claims beside UCDP GED")
    .subtitle("Killed, 25 August - 24 September 2017 (military: to 30 August); GED: Myanmar events starting in the period")
    .xAxis("Figure").yAxis("Killed", "people").cite(claims.citation()).cite(ged).build();
claimsChart
'''),
    md(r'''
## GED's events summed to years, beside UCDP's yearly datasets

UCDP's yearly datasets are built from the same events: `GedYears.sum` adds the events of the years
in which a conflict was active (`active_year`) per conflict and year, and `GedYears.consistency`
sets those sums beside Battle-Related Deaths (state-based), Non-State and One-Sided Violence, with
Our World in Data's check (GED more than 1.5% above the yearly figure) in both directions. Run on a
GED release and the yearly files *of the same release*, it checks consistency; the files shared here
are of different releases (GED 19.1 against BRD 24.1, Non-State 23.1, One-Sided 25.1), so for
Myanmar 2017 it shows how far UCDP revised its figures between releases.
'''),
    code(r'''
Dataset brd = ConflictData.bundled(DatasetKind.UCDP_BRD_CONFLICT);
Dataset nonState = SharedData.file("ucdp-nonstate/Nonstate_v23_1.csv").map(ConflictData::read).orElse(null);
Dataset oneSided = SharedData.file("ucdp-onesided/OneSided_v25_1.xlsx").map(ConflictData::read).orElse(null);
Table myanmar = events.where(events.stringColumn("country").isEqualTo("Myanmar (Burma)"));
Table check = GedYears.consistency(ged.table(), brd.table(), brd.kind().title() + " " + brd.version(),
    nonState == null ? null : nonState.table(), nonState == null ? null : "UCDP Non-State " + nonState.version(),
    oneSided == null ? null : oneSided.table(), oneSided == null ? null : "UCDP One-Sided " + oneSided.version());
Table check2017 = check.where(check.intColumn("year").isEqualTo(2017)
    .and(check.intColumn("conflict_id").isIn(myanmar.intColumn("conflict_new_id").unique().asIntArray())));
Fmt.say("GED 19.1, Myanmar 2017: %s conflict-years; %s where GED is more than 1.5%% above the later yearly figure, "
    + "%s where the later yearly figure is more than 1.5%% above GED, %s in only one of the two.%n",
    Fmt.count(check2017.rowCount()), Fmt.count(GedYears.owidFailures(check2017).rowCount()),
    Fmt.count(check2017.where(check2017.booleanColumn("yearly_above").isTrue()).rowCount()),
    Fmt.count(GedYears.onlyInOne(check2017).rowCount()));
check2017
'''),
    md(r'''
## What GED counts, what the survey counts

- **GED** counts deaths in *reported events* of organized violence: each event needs a source
  (news agencies, NGO and UN reports) that dates and places it and gives a number of dead, and UCDP
  takes the most reliable figure, conservatively. Where access is closed, as in northern Rakhine in
  2017 (journalists and aid groups barred), few events are reported one by one, so much of the
  killing never becomes a coded event.
- **MSF's survey** asked refugee households in the camps of Cox's Bazar how many of their members
  died, when and how, then extrapolated to the refugee population. It counts deaths whether or not
  anyone reported them at the time, but only of families that reached Bangladesh with a survivor to
  answer: entire families killed are missing, which is why MSF calls 6,700 a minimum.
- **The military's figure** is the army's own count of the first days (to 30 August), most of them
  "terrorists".
'''),
    code(r'''
double claimed = msf.getInt("value");
Fmt.say("MSF's at least %s killed is %.1f times GED's best estimate (%s) for the same days in Myanmar, and %.1f times GED's high estimate (%s).%n",
    Fmt.count(claimed), claimed / gedBest, Fmt.count(gedBest), claimed / gedHigh, Fmt.count(gedHigh));
Row armyG = Pick.one(beside, "claim_id", army.getInt("claim_id"));
Fmt.say("For the military's period (%s to %s), GED counts %s deaths (best) in %s events, against the military's %s.%n",
    army.getDate("period_start"), army.getDate("period_end"), Fmt.count(armyG.getInt("best")), Fmt.count(armyG.getInt("events")),
    Fmt.count(army.getInt("value")));
// GED's dates: how much of the military's six days is events whose dates run beyond them
Table armyEvents = events.where(events.stringColumn("country").isEqualTo("Myanmar (Burma)")
    .and(events.dateColumn("date_start").isBetweenIncluding(army.getDate("period_start"), army.getDate("period_end"))));
Table runOver = armyEvents.where(armyEvents.dateColumn("date_end").isAfter(army.getDate("period_end")));
Table spread = EventSeries.of(events).country("Myanmar (Burma)").between(army.getDate("period_start"), army.getDate("period_end"))
    .spread().total().build();
Fmt.say("Of those %s, %s come from %s event(s) whose dates run beyond %s (the date is known only within a range, "
    + "date_prec above 1); spreading every event evenly over its days gives %s for the six days.%n",
    Fmt.count(armyG.getInt("best")), Fmt.count(Sums.total(runOver, "best")), Fmt.count(runOver.rowCount()),
    army.getDate("period_end"), Fmt.count(Sums.total(spread, "best")));
Fmt.say("GED's best estimate for MSF's month (%s) lies between the military's %s and MSF's %s: "
    + "about %s%% of MSF's minimum, %s%% of it civilians.%n",
    Fmt.count(gedBest), Fmt.count(army.getInt("value")), Fmt.count(claimed),
    Fmt.count(100 * gedBest / claimed), Fmt.count(100.0 * g.getInt("deaths_civilians") / gedBest));
System.out.println("GED counts reported, dated, located events; the survey counts deaths reported by surviving families, "
    + "so the gap measures what went unreported while northern Rakhine was closed, not a disagreement about a few events.");
System.out.println();
System.out.println("Sources: " + claims.citation() + "; " + Citations.of(ged));
'''),
])

# ------------------------------------------------------------------------------------------------
write("07-conflict-panel", [
    md(r'''
# A state-year conflict panel: who is in conflict, on which side

**Question:** which states were in armed conflict in each year since 1946, and how many of them does
a panel miss when it looks only at side A of UCDP/PRIO's conflicts, as peacesciencer's
`add_ucdp_acd()` does (its issue #18)?

A panel has one row per state and year. This notebook builds the Gleditsch & Ward state-year panel
1946-2023 (a state counts in a year when it is a member on at least one day), joins the UCDP/PRIO
Armed Conflict Dataset with side A, side B, secondary parties and location kept apart, and joins
COW's wars. Outside a dataset's years the joined columns are missing, never 0.
'''),
    code(SETUP + r'''
import io.github.conflictdata.codes.*;
import io.github.conflictdata.panel.*;'''),
    md(r'''
## The panel and the ACD join
'''),
    code(r'''
Dataset acd = ConflictData.bundled(DatasetKind.UCDP_PRIO_ACD);
Panel panel = Panels.stateYears(CodeSystem.GW, 1946, 2023).withAcd(acd);
Table p0 = panel.table();
Fmt.say("%s state-years, %s states, %d-%d; joined: %s%n", Fmt.count(p0.rowCount()),
    Fmt.count(p0.intColumn("gwno").unique().size()), panel.fromYear(), panel.toYear(), panel.coverages());
panel.notes().forEach(System.out::println);
p0.where(p0.intColumn("gwno").isIn(371, 373).and(p0.intColumn("year").isIn(1992, 1993, 1994, 2020)))
    .selectColumns("gwno", "year", "state_name", "acd_side_a", "acd_side_b", "acd_secondary",
        "acd_location", "acd_onset", "acd_conflict_ids")
'''),
    md(r'''
Armenia (371) is never side A or side B of a conflict in these years: it fights in Nagorno-Karabakh
as a secondary party on side B of conflict 388, and supports the UN mission in Mali (conflicts 11347
and 14113) in 2020. A side-A match gives it no conflict at all.

## COW's wars

COW's files are not shipped (COW's terms): they are read from the shared data folder when it is
there. COW numbers states differently from G&W; the crosswalk converts them year by year.
'''),
    code(r'''
Path interFile = SharedData.file("cow-wars/Inter-StateWarData_v4.0.csv").orElse(null);
Path intraFile = SharedData.file("cow-wars/INTRA-STATE WARS v5.1 CSV.csv").orElse(null);
boolean cowJoined = false;
Dataset cowInter = null, cowIntra = null;
if (interFile == null || intraFile == null || !Files.exists(interFile) || !Files.exists(intraFile)) {
    System.out.println("COW wars not joined: the COW files are not in the shared data folder.");
} else {
    try {
        cowInter = ConflictData.read(interFile);
        cowIntra = ConflictData.read(intraFile);
        panel = panel.withCowInterState(cowInter).withCowIntraState(cowIntra);
        cowJoined = true;
    } catch (IllegalStateException e) {
        System.out.println("COW wars not joined: " + e.getMessage());
    }
}
Table p = panel.table();
if (cowJoined) {
    for (Coverage c : panel.coverages()) System.out.println(c);
    Table after = p.where(p.intColumn("year").isGreaterThan(2007));
    Fmt.say("COW inter-state after 2007: %s of %s state-years missing (not 0).%n",
        Fmt.count(after.intColumn("cow_inter_wars").countMissing()), Fmt.count(after.rowCount()));
    Fmt.say("State-years in a COW inter-state war: %s; as side A of a COW intra-state war: %s.%n",
        Fmt.count(p.intColumn("cow_inter_wars").isGreaterThan(0).size()),
        Fmt.count(p.intColumn("cow_intra_side_a").isGreaterThan(0).size()));
    display(p.where(p.intColumn("gwno").isIn(371, 373).and(p.intColumn("year").isBetweenInclusive(1991, 1994)))
        .selectColumns("gwno", "ccode", "year", "state_name", "acd_side_a", "acd_secondary",
            "cow_inter_wars", "cow_inter_ids", "cow_intra_side_a", "cow_intra_ids"));
}
'''),
    md(r'''
## Share of states in conflict, per year

Three ways to say "in conflict": side A only (what a `gwno_a` match sees), side A or B (a primary
party), and any role including secondary parties (troops sent to support a side).
'''),
    code(r'''
IntColumn yr = p.intColumn("year");
Table share = Table.create("share", IntColumn.create("year"), StringColumn.create("measure"),
    DoubleColumn.create("share"));
String[] measures = {"side A only (gwno_a match)", "side A or B", "any role, with secondary parties"};
for (int y = 1946; y <= 2023; y++) {
    Table t = p.where(yr.isEqualTo(y));
    int states = t.rowCount();
    int a = 0, ab = 0, any = 0;
    for (int i = 0; i < states; i++) {
        int sa = t.intColumn("acd_side_a").getInt(i), sb = t.intColumn("acd_side_b").getInt(i);
        int sec = t.intColumn("acd_secondary").getInt(i);
        if (sa > 0) a++;
        if (sa > 0 || sb > 0) ab++;
        if (sa > 0 || sb > 0 || sec > 0) any++;
    }
    int[] counts = {a, ab, any};
    for (int k = 0; k < 3; k++) {
        share.intColumn("year").append(y);
        share.stringColumn("measure").append(measures[k]);
        share.doubleColumn("share").append(100.0 * counts[k] / states);
    }
}
Table y2023 = share.where(share.intColumn("year").isEqualTo(2023));
for (int k = 0; k < 3; k++) Fmt.say("2023, %s: %.1f%% of states%n", y2023.getString(k, "measure"), y2023.doubleColumn("share").get(k));
Charts.yearly(share).series("measure").value("share")
    .title("Share of states in armed conflict, 1946-2023")
    .subtitle("G&W state-years; UCDP/PRIO ACD conflicts active in the year, by the state's role")
    .yAxis("States in conflict", "% of G&W members").cite(acd).build()
'''),
    md(r'''
## States in conflict only as side B, or only as a secondary party

These state-years have at least one active conflict but never as side A: a panel matched on
`gwno_a` records them as at peace.
'''),
    code(r'''
Table bOnly = p.where(p.intColumn("acd_side_a").isEqualTo(0).and(p.intColumn("acd_side_b").isGreaterThan(0)));
Table secOnly = p.where(p.intColumn("acd_side_a").isEqualTo(0).and(p.intColumn("acd_side_b").isEqualTo(0))
    .and(p.intColumn("acd_secondary").isGreaterThan(0)));
Table inConflict = p.where(p.intColumn("acd_side_a").isGreaterThan(0).or(p.intColumn("acd_side_b").isGreaterThan(0))
    .or(p.intColumn("acd_secondary").isGreaterThan(0)));
Fmt.say("State-years in conflict in any role: %s. Only as side B: %s (%s states). Only as a secondary party: %s (%s states).%n",
    Fmt.count(inConflict.rowCount()), Fmt.count(bOnly.rowCount()), Fmt.count(bOnly.intColumn("gwno").unique().size()),
    Fmt.count(secOnly.rowCount()), Fmt.count(secOnly.intColumn("gwno").unique().size()));
Fmt.say("A side-A match misses %.1f%% of the state-years in conflict.%n",
    100.0 * (bOnly.rowCount() + secOnly.rowCount()) / inConflict.rowCount());
// one row per state: years only as side B, years only as secondary party
Map<Integer, int[]> perState = new TreeMap<>();
Map<Integer, String> names = new HashMap<>();
for (Table t : List.of(bOnly, secOnly)) {
    int slot = t == bOnly ? 0 : 1;
    for (int i = 0; i < t.rowCount(); i++) {
        int g = t.intColumn("gwno").getInt(i);
        perState.computeIfAbsent(g, k -> new int[2])[slot]++;
        names.put(g, t.stringColumn("state_name").get(i));
    }
}
Table missed = Table.create("states in conflict only as side B or secondary party",
    IntColumn.create("gwno"), StringColumn.create("state_name"),
    IntColumn.create("years_only_side_b"), IntColumn.create("years_only_secondary"), IntColumn.create("years_missed"));
perState.forEach((g, c) -> {
    missed.intColumn("gwno").append(g);
    missed.stringColumn("state_name").append(names.get(g));
    missed.intColumn("years_only_side_b").append(c[0]);
    missed.intColumn("years_only_secondary").append(c[1]);
    missed.intColumn("years_missed").append(c[0] + c[1]);
});
missed.sortDescendingOn("years_missed").first(25)
'''),
    md(r'''
## Onsets and incidence by decade
'''),
    code(r'''
Table decades = Table.create("by decade", StringColumn.create("decade"), IntColumn.create("onsets"),
    IntColumn.create("state_years_side_a"), IntColumn.create("state_years_side_b"), IntColumn.create("state_years"));
for (int d = 1940; d <= 2020; d += 10) {
    Table t = p.where(yr.isBetweenInclusive(Math.max(d, 1946), d + 9));
    decades.stringColumn("decade").append(d + "s");
    decades.intColumn("onsets").append((int) t.intColumn("acd_onset").sum());
    decades.intColumn("state_years_side_a").append(t.intColumn("acd_side_a").isGreaterThan(0).size());
    decades.intColumn("state_years_side_b").append(t.intColumn("acd_side_b").isGreaterThan(0).size());
    decades.intColumn("state_years").append(t.rowCount());
}
System.out.println("Onsets count a conflict once per primary party in its first year (the 1940s row includes every conflict already active in 1946).");
decades
'''),
    md(r'''
## What the data says
'''),
    code(r'''
Table last = share.where(share.intColumn("year").isEqualTo(2023));
Fmt.say("In %d, %.1f%% of G&W states were side A of an active UCDP/PRIO conflict, %.1f%% were side A or B, "
    + "and %.1f%% took part in some role. Over 1946-2023, %s state-years are in conflict only as side B "
    + "and %s only as a secondary party: a side-A match would code them as peace.%n",
    2023, last.doubleColumn("share").get(0), last.doubleColumn("share").get(1), last.doubleColumn("share").get(2),
    Fmt.count(bOnly.rowCount()), Fmt.count(secOnly.rowCount()));
System.out.println(cowJoined ? "COW's wars are joined up to their coverage (inter-state 2007, intra-state 5.1 2014) and missing after it."
    : "COW's wars were not joined (files or COW's state list not available).");
System.out.println();
System.out.println("Sources: " + Citations.of(acd) + "; " + CountryCodes.load().sources().stream()
    .filter(s -> s.name().contains("iisystem")).map(Citations::of).findFirst().orElse("G&W iisystem.dat")
    + (cowJoined ? "; " + Citations.of(cowInter) + "; " + Citations.of(cowIntra) : ""));
'''),
])
