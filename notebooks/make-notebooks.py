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

# The same first code cell everywhere: imports, number formatting, where the shared data is.
SETUP = r'''import io.github.conflictdata.*;
import io.github.conflictdata.chart.*;
import io.github.conflictdata.compare.*;
import tech.tablesaw.api.*;
import java.nio.file.*;
import java.util.*;
import java.util.stream.*;

/** Prints a formatted line (Locale.ROOT: 7,646 and 1.39 whatever the machine's locale). */
void say(String format, Object... args) { System.out.print(String.format(Locale.ROOT, format, args)); }
/** A count with thousands separators: 7,646. */
String n(double v) { return String.format(Locale.ROOT, "%,d", Math.round(v)); }
/** A column as numbers, whatever its integer or decimal type. */
NumericColumn<?> num(Table t, String column) { return (NumericColumn<?>) t.column(column); }
/** The rows of t whose numeric column equals v. */
Table rowsWhere(Table t, String column, double v) { return t.where(num(t, column).isEqualTo(v)); }
/** Row of the largest (sign 1) or smallest (sign -1) value, missing values left out. */
int argExtreme(NumericColumn<?> c, int sign) {
    int best = -1;
    for (int r = 0; r < c.size(); r++)
        if (!c.isMissing(r) && (best < 0 || sign * (c.getDouble(r) - c.getDouble(best)) > 0)) best = r;
    return best;
}
/** Sum of a numeric column, missing values left out. */
double total(Table t, String column) { return num(t, column).sum(); }

// The third-party files of the project (../shared/data next to the project, or CONFLICTDATA_SHARED)
Path shared = Stream.of(System.getenv("CONFLICTDATA_SHARED"), "../../shared/data", "../shared/data")
    .filter(Objects::nonNull).map(Path::of).filter(Files::isDirectory).findFirst().orElse(null);
System.out.println(shared == null ? "shared data folder: not found (bundled releases only)"
    : "shared data folder: found");'''


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
    + n(Files.size(png)) + " bytes; SVG: " + n(Files.size(svg)) + " bytes");
for (Path f : List.of(png, svg, charts)) Files.delete(f);
'''),
    code(r'''
int peakRow = argExtreme(num(perYear, "best"), 1);
say("Deadliest year in UCDP BRD %s: %d with %s battle deaths (range %s to %s).%n",
    brd.version(), (int) num(perYear, "year").getDouble(peakRow), n(num(perYear, "best").getDouble(peakRow)),
    n(num(perYear, "low").getDouble(peakRow)), n(num(perYear, "high").getDouble(peakRow)));
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
        : n(num(cow.table(), "BatDeath").getDouble(row))));
}
System.out.println("Sum over known values: " + n(total(cow.table(), "BatDeath")));
'''),
    md(r'''
## Codes and their codebook labels

Coded columns stay integer codes, as published. `Labels.withLabels` adds a `_label` column next
to each coded column, with the codebook's text (here the UCDP/PRIO Armed Conflict Dataset codebook).
'''),
    code(r'''
Dataset acd = ConflictData.bundled(DatasetKind.UCDP_PRIO_ACD);
Table labelled = Labels.withLabels(acd);
Table karabakh = rowsWhere(labelled, "conflict_id", 388);
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
44-day war of 2020 compare with UCDP's battle-death estimates, the conflict's episodes in the
UCDP/PRIO Armed Conflict Dataset, and ACLED's events inside Armenia?

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
Dataset claims = ConflictData.claims();
Table nk = claims.table().where(claims.table().stringColumn("war").isEqualTo("nagorno-karabakh"));
nk.selectColumns("claimant", "date_stated", "party", "scope", "measure", "qualifier", "value")
'''),
    code(r'''
Table militaryKilled = nk.where(nk.stringColumn("scope").isEqualTo("military")
    .and(nk.stringColumn("measure").isEqualTo("killed"))
    .and(nk.stringColumn("source_kind").isEqualTo("official statement")));
double claimedTotal = 0;
for (int r = 0; r < militaryKilled.rowCount(); r++) {
    double v = num(militaryKilled, "value").getDouble(r);
    claimedTotal += v;
    say("%s (%s, %s): %s %s military dead%n", militaryKilled.getString(r, "party"),
        militaryKilled.getString(r, "claimant"), militaryKilled.getString(r, "date_stated"),
        militaryKilled.getString(r, "qualifier"), n(v));
}
System.out.println("Both sides together: at least " + n(claimedTotal) + " military dead claimed.");
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
Table c388 = rowsWhere(brd.table(), "conflict_id", 388).sortAscendingOn("year");
Table y2020 = rowsWhere(c388, "year", 2020);
double best = num(y2020, "bd_best").getDouble(0);
double low = num(y2020, "bd_low").getDouble(0);
double high = num(y2020, "bd_high").getDouble(0);
say("UCDP BRD %s, conflict 388, 2020: best %s battle deaths (low %s, high %s), dyad(s) %s%n",
    brd.version(), n(best), n(low), n(high), y2020.getString(0, "dyad_id"));
c388.selectColumns("conflict_id", "dyad_id", "year", "bd_best", "bd_low", "bd_high", "type_of_conflict")
'''),
    code(r'''
// UCDP's dyadic BRD file would give the figure per dyad; is one bundled?
try {
    Dataset dyadic = ConflictData.bundled(DatasetKind.UCDP_BRD_DYADIC);
    display(rowsWhere(rowsWhere(dyadic.table(), "conflict_id", 388), "year", 2020));
} catch (IllegalArgumentException e) {
    System.out.println("Dyadic BRD: " + e.getMessage());
    System.out.println("Conflict 388 in 2020 has the single dyad " + y2020.getString(0, "dyad_id")
        + ", so its dyadic figure is the conflict-level figure above.");
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
    value.add(num(militaryKilled, "value").getDouble(r));
}
figure.add("Both sides (claimed)"); estimate.add("claimed military dead"); value.add(claimedTotal);
for (String[] e : new String[][] {{"low", "bd_low"}, {"best", "bd_best"}, {"high", "bd_high"}}) {
    figure.add("UCDP BRD " + brd.version()); estimate.add("UCDP " + e[0]);
    value.add(num(y2020, e[1]).getDouble(0));
}
Table figures = Table.create("karabakh-2020", StringColumn.create("figure", figure),
    StringColumn.create("estimate", estimate), DoubleColumn.create("value", value));
var claimsChart = Charts.bars(figures).category("figure").series("estimate").value("value").labels()
    .title("Karabakh war 2020: claimed military dead vs UCDP battle deaths")
    .subtitle("Official claims of December 2020; UCDP conflict 388, year 2020, low / best / high")
    .xAxis("Figure").yAxis("Deaths", "people")
    .cite(claims).cite(brd).build();
claimsChart
'''),
    code(r'''
say("UCDP's best estimate (%s) is %.2f times the sum of the two claims (%s);%n",
    n(best), best / claimedTotal, n(claimedTotal));
say("even UCDP's low estimate (%s) exceeds it by %s deaths.%n", n(low), n(low - claimedTotal));
'''),
    md(r'''
## Episodes in the UCDP/PRIO Armed Conflict Dataset

The ACD has one row per active conflict-year. An episode starts at `start_date2` and ends in the
year where `ep_end` is 1, at `ep_end_date`; an episode with no end yet is still active in the last
release year.
'''),
    code(r'''
Dataset acd = ConflictData.bundled(DatasetKind.UCDP_PRIO_ACD);
Table a388 = rowsWhere(Labels.withLabels(acd), "conflict_id", 388).sortAscendingOn("year");
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
    if (!a388.column("ep_end").isMissing(r) && num(a388, "ep_end").getDouble(r) == 1) {
        e[1] = a388.getString(r, "ep_end_date");
    }
}
List<String> label = new ArrayList<>(), starts = new ArrayList<>(), ends = new ArrayList<>();
for (String[] e : eps.values()) {
    label.add("from " + e[0]); starts.add(e[0]); ends.add(e[1] == null || e[1].isBlank() ? null : e[1]);
}
Table episodes = Table.create("episodes", StringColumn.create("episode", label),
    StringColumn.create("start", starts), StringColumn.create("end", ends));
int lastYear = (int) num(acd.table(), "year").max();
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
Path acledFile = Stream.of(System.getenv("CONFLICTDATA_ACLED"),
        shared == null ? null : shared.resolve("acled/conflict_data_arm.csv").toString())
    .filter(Objects::nonNull).map(Path::of).filter(Files::isRegularFile).findFirst().orElse(null);
Dataset acled = null;
Table war44 = null;
if (acledFile == null) {
    System.out.println("No ACLED export found: set CONFLICTDATA_ACLED=/path/to/your/acled.csv to run this section. Skipped.");
} else {
    acled = ConflictData.read(acledFile);
    var dates = acled.table().dateColumn("event_date");
    war44 = acled.table().where(dates.isBetweenIncluding(java.time.LocalDate.of(2020, 9, 27), java.time.LocalDate.of(2020, 11, 10)));
    say("ACLED export: %s events; %s between 27 September and 10 November 2020%n",
        n(acled.table().rowCount()), n(war44.rowCount()));
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
say("Azerbaijan's Defence Ministry and Armenia's Health Ministry claimed %s military dead between them "
    + "(%s). UCDP's Battle-Related Deaths dataset %s counts %s battle deaths in conflict 388 in 2020 "
    + "(range %s to %s): %.1f times the claims, and its low estimate alone is %s above them. "
    + "The datasets count every party's deaths in battle, civilians included; the claims count each side's soldiers.%n",
    n(claimedTotal), militaryKilled.stringColumn("party").asList().stream()
        .map(p -> p + " " + n(num(militaryKilled.where(militaryKilled.stringColumn("party").isEqualTo(p)), "value").getDouble(0)))
        .collect(Collectors.joining(", ")),
    brd.version(), n(best), n(low), n(high), best / claimedTotal, n(low - claimedTotal));
System.out.println("ACD " + acd.version() + " records " + episodes.rowCount() + " episode(s) of conflict 388.");
if (war44 != null) System.out.println("ACLED's Armenia export holds " + n(war44.rowCount())
    + " events inside Armenia during the 44 days; the fighting itself is coded under Azerbaijan.");
System.out.println();
System.out.println("Sources: " + Citations.of(claims) + "; " + Citations.of(brd) + "; " + Citations.of(acd)
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
Table u = rowsWhere(brd.table(), "conflict_id", 388).sortAscendingOn("year");
Table p = rowsWhere(prio.table(), "id", 193).sortAscendingOn("year");
String ucdpName = "UCDP BRD " + brd.version(), prioName = "PRIO BD " + prio.version();
Table yearly = Table.create("karabakh-yearly", StringColumn.create("source"), IntColumn.create("year"),
    DoubleColumn.create("best"), DoubleColumn.create("low"), DoubleColumn.create("high"));
for (int r = 0; r < u.rowCount(); r++) {
    yearly.stringColumn("source").append(ucdpName); yearly.intColumn("year").append((int) num(u, "year").getDouble(r));
    yearly.doubleColumn("best").append(num(u, "bd_best").getDouble(r));
    yearly.doubleColumn("low").append(num(u, "bd_low").getDouble(r));
    yearly.doubleColumn("high").append(num(u, "bd_high").getDouble(r));
}
for (int r = 0; r < p.rowCount(); r++) {
    yearly.stringColumn("source").append(prioName); yearly.intColumn("year").append((int) num(p, "year").getDouble(r));
    // PRIO codes an unknown best estimate as -999: the reader made it missing, so it stays missing here
    if (p.column("bdeadbes").isMissing(r)) yearly.doubleColumn("best").appendMissing();
    else yearly.doubleColumn("best").append(num(p, "bdeadbes").getDouble(r));
    yearly.doubleColumn("low").append(num(p, "bdeadlow").getDouble(r));
    yearly.doubleColumn("high").append(num(p, "bdeadhig").getDouble(r));
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
    Table w872v51 = rowsWhere(intra51.table(), "WarNum", 872);
    Table w216 = rowsWhere(inter.table(), "WarNum", 216);
    cow872v51 = total(w872v51, "TotalBDeaths");
    cow216 = total(w216, "BatDeath");
    if (intra41 != null) {
        Table w872v41 = rowsWhere(intra41.table(), "WarNum", 872);
        // 4.1's SideADeaths/SideBDeaths are named as the newest release (5.1) names them
        cow872v41 = total(w872v41, "DeathsSideA") + total(w872v41, "DeathsSideB");
        display(w872v41.selectColumns("WarNum", "WarName", "SideA", "SideB", "DeathsSideA", "DeathsSideB", "Version"));
    }
    System.out.println("COW intra-state war 872, v" + intra51.version() + " TotalBDeaths: " + n(cow872v51));
    System.out.println("COW intra-state war 872, v4.1 sum of side deaths over its rows: "
        + (intra41 == null ? "not available (v4.1 file not found)" : n(cow872v41)));
    System.out.println("COW inter-state war 216, v" + inter.version() + " sum of BatDeath over states: " + n(cow216));
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
    return total(t.where(num(t, "year").isBetweenInclusive(from, to)), col);
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
    say("For 1991-1994, UCDP's best estimates add up to %s battle deaths; PRIO's bounds for 1992-1994 "
        + "span %s to %s; COW's two wars add up to %s (intra-state war 872: %s in v%s; inter-state war 216: %s).%n",
        n(ucdpBest), n(prioLow), n(prioHigh), n(cowBoth), n(cow872v51), intra51.version(), n(cow216));
    say("COW's total is %.1f times UCDP's best sum; PRIO's high bound is %.1f times its low bound.%n",
        cowBoth / ucdpBest, prioHigh / prioLow);
} else {
    say("For 1991-1994, UCDP's best estimates add up to %s battle deaths; PRIO's bounds for 1992-1994 "
        + "span %s to %s (PRIO's high bound is %.1f times its low bound). COW's figures are left out: its"
        + " files are not in the download cache.%n", n(ucdpBest), n(prioLow), n(prioHigh), prioHigh / prioLow);
}
if (cowReady && intra41 != null) say("COW's own releases disagree on war 872: %s summed over v4.1's rows vs %s TotalBDeaths in v%s.%n",
    n(cow872v41), n(cow872v51), intra51.version());
Table u2020 = u9194.where(num(u9194, "year").isBetweenInclusive(2016, 2023));
say("Since 2016 only UCDP covers the conflict: %s battle deaths in 2016-2023, %s of them in 2020.%n",
    n(total(u2020, "best")), n(total(rowsWhere(u2020, "year", 2020), "best")));
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
    prioBest.set(r, pt.column("bdeadbes").isMissing(r) ? num(pt, "bdeadlow").getDouble(r) : num(pt, "bdeadbes").getDouble(r));
}
pt.addColumns(prioBest);
Table prioYears = pt.summarize("best_or_low", "bdeadlow", "bdeadhig", sum).by("year").sortAscendingOn("year");
Table world = Table.create("world", StringColumn.create("source"), IntColumn.create("year"),
    DoubleColumn.create("best"), DoubleColumn.create("low"), DoubleColumn.create("high"));
void addYears(String source, Table t, String best, String low, String high) {
    for (int r = 0; r < t.rowCount(); r++) {
        world.stringColumn("source").append(source);
        world.intColumn("year").append((int) num(t, "year").getDouble(r));
        world.doubleColumn("best").append(num(t, "Sum [" + best + "]").getDouble(r));
        world.doubleColumn("low").append(num(t, "Sum [" + low + "]").getDouble(r));
        world.doubleColumn("high").append(num(t, "Sum [" + high + "]").getDouble(r));
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
        double[] w = wars.computeIfAbsent(num(t, "WarNum").getDouble(r), k -> new double[] {Double.NaN, 0});
        if (!t.column(startYear).isMissing(r)) w[0] = Double.isNaN(w[0]) ? num(t, startYear).getDouble(r) : Math.min(w[0], num(t, startYear).getDouble(r));
        if (!t.column(deaths).isMissing(r)) w[1] += num(t, deaths).getDouble(r);
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
    System.out.println(n(cowWars.rowCount()) + " COW wars with a start year (" + noStartYear + " without), "
        + n(total(cowWars, "deaths")) + " battle deaths in all; largest single war total: " + n(num(cowWars, "deaths").max()));
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
    Table uy = rowsWhere(brd.table(), "year", y), py = rowsWhere(pt, "year", y);
    if (uy.rowCount() == 0 || py.rowCount() == 0) continue;
    double ub = total(uy, "bd_best"), pb = total(py, "best_or_low");
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
## What the data says
"""),
    code(r"""
int maxRow = argExtreme(overlap.doubleColumn("prio_to_ucdp"), 1), minRow = argExtreme(overlap.doubleColumn("prio_to_ucdp"), -1);
double ucdpSum = total(overlap, "ucdp_best"), prioSum = total(overlap, "prio_best_or_low");
say("Over 1989-2008, UCDP BRD %s counts %s battle deaths and PRIO BD %s %s (%.2f times UCDP).%n",
    brd.version(), n(ucdpSum), prio.version(), n(prioSum), prioSum / ucdpSum);
say("PRIO's total is furthest above UCDP's in %d, at %.2f times (%s vs %s); it is lowest relative to UCDP's in %d, at %.2f times (%s vs %s).%n",
    overlap.intColumn("year").getInt(maxRow), overlap.doubleColumn("prio_to_ucdp").getDouble(maxRow),
    n(overlap.doubleColumn("prio_best_or_low").getDouble(maxRow)), n(overlap.doubleColumn("ucdp_best").getDouble(maxRow)),
    overlap.intColumn("year").getInt(minRow), overlap.doubleColumn("prio_to_ucdp").getDouble(minRow),
    n(overlap.doubleColumn("prio_best_or_low").getDouble(minRow)), n(overlap.doubleColumn("ucdp_best").getDouble(minRow)));
say("Why: PRIO has no best estimate for %s of its %s conflict-years in 1989-2008 (only coding-rule bounds), "
    + "UCDP BRD %s is a later, revised count (%s conflict-years in those years against PRIO's %s), "
    + "and COW counts only wars of 1,000 battle deaths or more, one total per war, so its figures cannot be put per year.%n",
    n(total(overlap, "prio_rows_without_best")), n(total(overlap, "prio_conflicts")), brd.version(),
    n(total(overlap, "ucdp_conflicts")), n(total(overlap, "prio_conflicts")));
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
    say("ACD %s from %s: %s rows, years %d-%d%n", d.version(), Path.of(d.source().name()).getFileName(),
        n(d.table().rowCount()), (int) num(d.table(), "year").min(), (int) num(d.table(), "year").max());
}
"""),
    code(r"""
String key(Table t, int r) { return (int) num(t, "conflict_id").getDouble(r) + "/" + (int) num(t, "year").getDouble(r); }
Map<String, Integer> rows23 = new LinkedHashMap<>(), rows24 = new LinkedHashMap<>();
Table t23 = acd23.table(), t24 = acd24.table();
for (int r = 0; r < t23.rowCount(); r++) rows23.put(key(t23, r), r);
for (int r = 0; r < t24.rowCount(); r++) rows24.put(key(t24, r), r);
List<String> added = rows24.keySet().stream().filter(k -> !rows23.containsKey(k)).toList();
List<String> dropped = rows23.keySet().stream().filter(k -> !rows24.containsKey(k)).toList();
say("%s conflict-years added in 24.1, %s dropped, %s in both.%n",
    n(added.size()), n(dropped.size()), n(rows23.size() - dropped.size()));
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
            revisions.intColumn("conflict_id").append((int) num(t23, "conflict_id").getDouble(r23));
            revisions.intColumn("year").append((int) num(t23, "year").getDouble(r23));
            revisions.stringColumn("column").append(c);
            revisions.stringColumn("in_23_1").append(a);
            revisions.stringColumn("in_24_1").append(b);
        }
    }
}
Table perColumn = Table.create("revised-per-column", StringColumn.create("column"), IntColumn.create("cells_revised"));
changedCells.forEach((c, k) -> { perColumn.stringColumn("column").append(c); perColumn.intColumn("cells_revised").append(k); });
perColumn = perColumn.sortDescendingOn("cells_revised");
say("%s cells revised in %s columns, across %s conflict-years.%n", n(revisions.rowCount()),
    n(perColumn.rowCount()), n(revisions.selectColumns("conflict_id", "year").dropDuplicateRows().rowCount()));
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
        rowsPerYear.intColumn("year").append((int) num(c, "year").getDouble(r));
        rowsPerYear.intColumn("rows").append((int) num(c, "Count").getDouble(r));
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
say("%s conflicts recoded (%s cells).%n",
    n(recoded.intColumn("conflict_id").unique().size()), n(recoded.rowCount()));
recoded.first(30)
"""),
    md(r"""
## What the data says
"""),
    code(r"""
say("From ACD %s to %s: %s conflict-years added (%s of them in the newly covered year %d), %s dropped; "
    + "%s cells revised in %s conflict-years already published, and %s conflicts recoded.%n",
    acd23.version(), acd24.version(), n(added.size()),
    n(added.stream().filter(k -> k.endsWith("/" + (int) num(t24, "year").max())).count()), (int) num(t24, "year").max(),
    n(dropped.size()), n(revisions.rowCount()),
    n(revisions.selectColumns("conflict_id", "year").dropDuplicateRows().rowCount()),
    n(recoded.intColumn("conflict_id").unique().size()));
if (perColumn.rowCount() > 0) say("The most revised column is %s (%s cells).%n",
    perColumn.getString(0, "column"), n(perColumn.intColumn("cells_revised").getInt(0)));
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
    say("ACD %s (downloaded, %s): %s rows, years %d-%d; against 24.1, %s conflict-years added and %s dropped.%n",
        acdNew.version(), newest.url(), n(tn.rowCount()), (int) num(tn, "year").min(), (int) num(tn, "year").max(),
        n(addedSince24), n(droppedSince24));
    System.out.println("Source: " + Citations.of(acdNew));
}
"""),
])
