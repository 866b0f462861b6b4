package io.github.conflictdata.bench;

import io.github.conflictdata.ConflictData;
import io.github.conflictdata.Dataset;
import io.github.conflictdata.DatasetKind;
import io.github.conflictdata.MultiValued;
import io.github.conflictdata.codes.CodeSystem;
import io.github.conflictdata.codes.CountryCodes;
import io.github.conflictdata.panel.DyadPanel;
import io.github.conflictdata.panel.Panel;
import io.github.conflictdata.panel.Panels;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.Supplier;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.joining.DataFrameJoiner;

/**
 * Panel benchmark (a main, not a test), all in one JVM, best of N after warm-up:
 *
 * <ol>
 *   <li>the G&amp;W state-year panel 1946-2023 with every join (ACD, COW inter- and intra-state,
 *       BRD, non-state, one-sided, GED, peace years), against a baseline that adds the four ACD
 *       role counts with Tablesaw's own tools (explode, count by state and year, left join);
 *   <li>the directed G&amp;W dyad-year panel 1946-2023 with the ACD and COW inter-state joins,
 *       against a baseline that builds the same three columns row by row (a record per dyad-year,
 *       then {@code IntColumn.append}); time and retained heap of each.
 * </ol>
 *
 * <pre>
 * java -cp target/test-classes:target/classes:DEPS io.github.conflictdata.bench.PanelBench \
 *     SHARED_DATA_DIR [RUNS]
 * </pre>
 */
public final class PanelBench {
  private PanelBench() {}

  public static void main(String[] args) throws Exception {
    Path shared = Path.of(args.length > 0 ? args[0] : "../shared/data");
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    Dataset acd = ConflictData.bundled(DatasetKind.UCDP_PRIO_ACD);
    Dataset brd = ConflictData.bundled(DatasetKind.UCDP_BRD_CONFLICT);
    Dataset inter = ConflictData.read(shared.resolve("cow-wars/Inter-StateWarData_v4.0.csv"));
    Dataset intra = ConflictData.read(shared.resolve("cow-wars/INTRA-STATE WARS v5.1 CSV.csv"));
    Dataset nonState = ConflictData.read(shared.resolve("ucdp-nonstate/Nonstate_v23_1.csv"));
    Dataset oneSided = ConflictData.read(shared.resolve("ucdp-onesided/OneSided_v25_1.xlsx"));
    Dataset ged = ConflictData.read(shared.resolve("ucdp-ged/ged191.csv"));
    CountryCodes.load();
    System.out.printf(Locale.ROOT, "inputs: ACD %s %d rows, BRD %d, COW inter %d, intra %d,"
        + " non-state %d, one-sided %d, GED %d events; %d CPUs, max heap %d MB%n",
        acd.version(), acd.table().rowCount(), brd.table().rowCount(),
        inter.table().rowCount(), intra.table().rowCount(), nonState.table().rowCount(),
        oneSided.table().rowCount(), ged.table().rowCount(),
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);

    Supplier<Table> all = () -> Panels.stateYears(CodeSystem.GW, 1946, 2023)
        .withAcd(acd).withCowInterState(inter).withCowIntraState(intra).withBrd(brd)
        .withNonState(nonState).withOneSided(oneSided).withGed(ged)
        .withPeaceYears("acd_side_a").table();
    Supplier<Table> acdOnly = () -> Panels.stateYears(CodeSystem.GW, 1946, 2023).withAcd(acd)
        .table();
    Supplier<Table> tablesawAcd = () -> tablesawJoin(acd);
    check(acdOnly.get(), tablesawAcd.get());
    report("state-year panel 1946-2023 + all joins", all, runs);
    report("state-year panel 1946-2023 + withAcd", acdOnly, runs);
    report("baseline: bare panel + 4 ACD role counts via Tablesaw explode/count/join",
        tablesawAcd, runs);

    Supplier<Object> dyads = () -> Panels.dyadYears(CodeSystem.GW, 1946, 2023, true).table();
    Supplier<Object> dyadJoins = () -> Panels.dyadYears(CodeSystem.GW, 1946, 2023, true)
        .withAcd(acd).withCowInterState(inter).table();
    Supplier<Object> naive = PanelBench::rowByRow;
    report("directed dyad-years 1946-2023 (columns)", dyads, runs);
    report("directed dyad-years 1946-2023 + ACD + COW inter-state", dyadJoins, runs);
    report("baseline: same 3 columns row by row (record per dyad-year, then append)", naive,
        runs);
    retained("directed dyad-year table (columns)", dyads);
    retained("directed dyad-year table + 3 join columns", dyadJoins);
    retained("baseline: list of dyad-year records", PanelBench::records);
    DyadPanel d = Panels.dyadYears(CodeSystem.GW, 1946, 2023, true);
    System.out.printf(Locale.ROOT, "directed dyad-years 1946-2023: %,d rows%n", d.rowCount());
    Files.createDirectories(Path.of("target"));
  }

  /** Best wall time and best CPU time of this thread (the machine is shared: CPU time is steadier). */
  private static <T> void report(String what, Supplier<T> work, int runs) {
    for (int i = 0; i < 2; i++) {
      work.get();
    }
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long best = Long.MAX_VALUE;
    long bestCpu = Long.MAX_VALUE;
    for (int i = 0; i < runs; i++) {
      long c = mx.getCurrentThreadCpuTime();
      long t = System.nanoTime();
      work.get();
      best = Math.min(best, System.nanoTime() - t);
      bestCpu = Math.min(bestCpu, mx.getCurrentThreadCpuTime() - c);
    }
    System.out.printf(Locale.ROOT, "%-76s best of %d: %7.1f ms wall, %7.1f ms CPU%n", what, runs,
        best / 1e6, bestCpu / 1e6);
  }

  private static void retained(String what, Supplier<?> work) {
    long before = used();
    Object keep = work.get();
    long after = used();
    System.out.printf(Locale.ROOT, "%-76s retained heap: %6.1f MB%n", what,
        (after - before) / 1048576.0);
    if (keep.hashCode() == 42) {
      System.out.print("");
    }
  }

  private static long used() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 4; i++) {
      System.gc();
    }
    return rt.totalMemory() - rt.freeMemory();
  }

  record Dyad(int year, int a, int b) {}

  /** The baseline's members: year by year, the G&amp;W numbers of members, via State. */
  private static List<Dyad> records() {
    List<Dyad> out = new ArrayList<>();
    CountryCodes codes = CountryCodes.load();
    for (int y = 1946; y <= 2023; y++) {
      TreeSet<Integer> m = new TreeSet<>();
      for (var s : codes.gwStates()) {
        if (s.overlapsYear(y)) {
          m.add(s.code());
        }
      }
      for (int a : m) {
        for (int b : m) {
          if (a != b) {
            out.add(new Dyad(y, a, b));
          }
        }
      }
    }
    return out;
  }

  private static Table rowByRow() {
    IntColumn y = IntColumn.create("year");
    IntColumn a = IntColumn.create("gwno1");
    IntColumn b = IntColumn.create("gwno2");
    for (Dyad d : records()) {
      y.append(d.year());
      a.append(d.a());
      b.append(d.b());
    }
    return Table.create("naive", y, a, b);
  }

  /** The four ACD role counts by Tablesaw's explode, count-by and left join (no coverage rule). */
  private static Table tablesawJoin(Dataset acd) {
    Table panel = Panels.stateYears(CodeSystem.GW, 1946, 2023).table();
    Table t = acd.table();
    String[][] roles = {{"gwno_a", "acd_side_a"}, {"gwno_b", "acd_side_b"},
        {"gwno_loc", "acd_location"}};
    for (String[] r : roles) {
      Table ex = MultiValued.explodeInts(t.selectColumns("conflict_id", "year", r[0]), r[0]);
      ex = ex.dropWhere(ex.intColumn(r[0]).isMissing());
      serbia(ex.intColumn(r[0]), ex.intColumn("year"));
      Table counts = ex.countBy(ex.intColumn(r[0]), ex.intColumn("year"));
      counts.column("Count").setName(r[1]);
      counts.column(r[0]).setName("gwno");
      Table asInt = Table.create("c", counts.intColumn("gwno"), counts.intColumn("year"),
          counts.column(r[1]));
      panel = new DataFrameJoiner(panel, "gwno", "year").leftOuter(asInt);
    }
    // secondary: both 2nd columns, each conflict once
    Table a2 = MultiValued.explodeInts(t.selectColumns("conflict_id", "year", "gwno_a_2nd"),
        "gwno_a_2nd");
    Table b2 = MultiValued.explodeInts(t.selectColumns("conflict_id", "year", "gwno_b_2nd"),
        "gwno_b_2nd");
    a2.column("gwno_a_2nd").setName("gwno");
    b2.column("gwno_b_2nd").setName("gwno");
    Table sec = a2.append(b2).dropDuplicateRows();
    sec = sec.dropWhere(sec.intColumn("gwno").isMissing());
    serbia(sec.intColumn("gwno"), sec.intColumn("year"));
    sec = sec.dropDuplicateRows();
    Table sc = sec.countBy(sec.intColumn("gwno"), sec.intColumn("year"));
    sc.column("Count").setName("acd_secondary");
    return new DataFrameJoiner(panel, "gwno", "year").leftOuter(sc);
  }

  /** The panel's one alias, done by hand: UCDP's 345 after 2006 is G&amp;W 340 (Serbia). */
  private static void serbia(IntColumn gwno, IntColumn year) {
    for (int i = 0; i < gwno.size(); i++) {
      if (gwno.getInt(i) == 345 && year.getInt(i) > 2006) {
        gwno.set(i, 340);
      }
    }
  }

  /** The baseline must agree with withAcd inside the coverage (missing there means 0). */
  private static void check(Table ours, Table theirs) {
    for (String c : List.of("acd_side_a", "acd_side_b", "acd_secondary", "acd_location")) {
      long sumOurs = 0;
      long sumTheirs = 0;
      for (int i = 0; i < ours.rowCount(); i++) {
        sumOurs += ours.intColumn(c).getInt(i);
      }
      var col = theirs.numberColumn(c);
      for (int i = 0; i < col.size(); i++) {
        sumTheirs += col.isMissing(i) ? 0 : (long) col.getDouble(i);
      }
      if (sumOurs != sumTheirs || ours.rowCount() != theirs.rowCount()) {
        throw new AssertionError(c + ": ours " + sumOurs + " over " + ours.rowCount()
            + " rows, Tablesaw baseline " + sumTheirs + " over " + theirs.rowCount());
      }
    }
    System.out.println("baseline agrees with withAcd on the sums of the four role columns");
  }
}
