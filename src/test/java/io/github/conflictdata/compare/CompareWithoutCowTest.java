package io.github.conflictdata.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conflictdata.DatasetKind;
import io.github.conflictdata.Settings;
import io.github.conflictdata.testing.TestFiles;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/**
 * With an empty download cache (no COW file), {@code Compare.battleDeaths} gives the UCDP and PRIO
 * rows and one figure-less COW row per linked war whose notes say what is missing, and {@code
 * WarMatcher.bundled()} works with notes instead of throwing; nothing is printed.
 */
class CompareWithoutCowTest {
  @TempDir Path emptyCache;
  private String savedCache;
  private PrintStream out;
  private PrintStream err;
  private String savedShared;
  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

  @BeforeEach
  void emptyCacheAndCapture() {
    savedCache = System.getProperty(Settings.CACHE_PROPERTY);
    savedShared = System.getProperty("conflictdata.shared");
    System.setProperty(Settings.CACHE_PROPERTY, emptyCache.toString());
    System.setProperty("conflictdata.shared", "none"); // no data folder either: COW is nowhere
    out = System.out;
    err = System.err;
    PrintStream p = new PrintStream(printed, true, StandardCharsets.UTF_8);
    System.setOut(p);
    System.setErr(p);
  }

  @AfterEach
  void restore() {
    System.setOut(out);
    System.setErr(err);
    if (savedCache == null) {
      System.clearProperty(Settings.CACHE_PROPERTY);
    } else {
      System.setProperty(Settings.CACHE_PROPERTY, savedCache);
    }
    if (savedShared == null) {
      System.clearProperty("conflictdata.shared");
    } else {
      System.setProperty("conflictdata.shared", savedShared);
    }
  }

  @Test
  void battleDeathsWithoutCowSaysSoInTheResult() throws Exception {
    Table t = Compare.battleDeaths(War.of("nagorno-karabakh"), Sources.fromCache());

    // UCDP conflict-years of conflict 388, counted in the bundled BRD file by plain splitting
    List<List<String>> brd = TestFiles.csvRecords(
        Files.readString(Path.of("data/ucdp/BattleDeaths_v24_1_conf.csv")));
    int idCol = brd.get(0).indexOf("conflict_id");
    long brdYears = brd.stream().skip(1).filter(r -> r.get(idCol).equals("388")).count();
    long ucdpYears = 0;
    int cowRows = 0;
    for (int r = 0; r < t.rowCount(); r++) {
      String src = t.stringColumn("source").get(r);
      if (src.equals("UCDP") && t.stringColumn("unit").get(r).equals(Compare.CONFLICT_YEAR)) {
        ucdpYears++;
      }
      if (src.equals("COW")) {
        cowRows++;
        assertTrue(t.intColumn("best").isMissing(r), "no figure without the file");
        String note = t.stringColumn("notes").get(r);
        assertTrue(note.contains("in the download cache") && note.contains(emptyCache.toString())
            && note.contains("ConflictData.cache().add"), note);
      }
    }
    assertEquals(brdYears, ucdpYears);
    assertEquals(2, cowRows, "COW 872 and 216: one row each saying the file is absent\n" + t.print());
    assertTrue(t.stringColumn("source").asList().contains("PRIO"));

    Sources fresh = Sources.fromCache();
    assertEquals(4, fresh.notes().size(), "the four COW war datasets: " + fresh.notes());
    WarMatcher m = WarMatcher.bundled(fresh);
    assertEquals(4, m.notes().size(), m.notes().toString());
    assertTrue(m.notes().stream().allMatch(n -> n.contains("in the download cache")));
    assertTrue(m.notes().get(0).contains(DatasetKind.COW_INTER_STATE.name()));
    assertEquals(List.of(), m.propose(388), "no COW war to propose");
    // SLF4J's own "no providers" lines (Tablesaw's logging, issue 25) are not ours
    List<String> said = printed.toString(StandardCharsets.UTF_8).lines()
        .filter(l -> !l.startsWith("SLF4J")).toList();
    assertEquals(List.of(), said, "nothing printed");
  }
}
