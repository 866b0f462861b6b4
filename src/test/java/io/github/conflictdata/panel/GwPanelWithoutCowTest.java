package io.github.conflictdata.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conflictdata.ConflictData;
import io.github.conflictdata.Dataset;
import io.github.conflictdata.Settings;
import io.github.conflictdata.codes.CodeSystem;
import io.github.conflictdata.codes.CodedTable;
import io.github.conflictdata.codes.CountryCodes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/**
 * A G&amp;W panel, G&amp;W lookups and G&amp;W -&gt; ISO3 need only the bundled G&amp;W list: with
 * an empty download cache (no COW states2016.csv anywhere the crosswalk looks; it never reads the
 * shared folder), they work, COW's absence is one note, and only COW lookups throw. Expected
 * values come from data/country-codes/iisystem.dat and iso3-crosswalk.csv, split by plain code.
 */
class GwPanelWithoutCowTest {
  @TempDir Path emptyCache;
  private String savedCache;
  private String savedShared;

  @BeforeEach
  void emptyCache() {
    savedCache = System.getProperty(Settings.CACHE_PROPERTY);
    savedShared = System.getProperty("conflictdata.shared");
    System.setProperty(Settings.CACHE_PROPERTY, emptyCache.toString());
    System.setProperty("conflictdata.shared", "none"); // no data folder either: COW is nowhere
  }

  @AfterEach
  void restore() {
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
  void gwPanelAndLookupsWorkWithNoCowList() throws Exception {
    CountryCodes codes = CountryCodes.builder().build(); // today's load(), not the JVM's shared one
    assertTrue(codes.cowStates().isEmpty());
    assertEquals(1, codes.notes().size(), codes.notes().toString());
    assertTrue(codes.notes().get(0).contains("states2016.csv")
        && codes.notes().get(0).contains("ConflictData.cache().add"), codes.notes().get(0));

    // G&W 373 Azerbaijan from iisystem.dat; its ISO code from the crosswalk's 373 row
    List<String[]> gw = tsv("data/country-codes/iisystem.dat");
    String[] aze = gw.stream().filter(r -> r[0].equals("373")).findFirst().orElseThrow();
    String start = aze[3]; // dd:mm:yyyy
    LocalDate from = LocalDate.of(Integer.parseInt(start.substring(6)),
        Integer.parseInt(start.substring(3, 5)), Integer.parseInt(start.substring(0, 2)));
    assertEquals(aze[2], codes.gwState(373, from).orElseThrow().name());
    assertTrue(codes.gwState(373, from.minusDays(1)).isEmpty());
    String iso = isoOfGw("373");
    assertEquals(iso, codes.iso3(CodeSystem.GW, 373, Year.of(2020)).orElseThrow());
    assertEquals(373, codes.fromIso3(iso, CodeSystem.GW, LocalDate.of(2020, 1, 1)).orElseThrow().code());

    // the panel: one row per G&W number and year 1946-2023 in which a spell touches the year;
    // a spell ending on the list's last day (31:12:2017) is open
    Set<String> expected = new HashSet<>();
    for (String[] r : gw) {
      int sy = Integer.parseInt(r[3].substring(6));
      int ey = r[4].equals("31:12:2017") ? 9999 : Integer.parseInt(r[4].substring(6));
      for (int y = Math.max(sy, 1946); y <= Math.min(ey, 2023); y++) {
        expected.add(r[0] + "/" + y);
      }
    }
    Panel p = Panels.stateYears(codes, CodeSystem.GW, 1946, 2023, Membership.ANY_DAY);
    Table t = p.table();
    assertEquals(expected.size(), t.rowCount());
    assertFalse(t.columnNames().contains("ccode"), t.columnNames().toString());
    assertTrue(p.notes().stream().anyMatch(n -> n.contains("no ccode column")
        && n.contains("states2016.csv")), p.notes().toString());
    int r2020 = -1;
    for (int r = 0; r < t.rowCount(); r++) {
      if (t.intColumn("gwno").getInt(r) == 373 && t.intColumn("year").getInt(r) == 2020) {
        r2020 = r;
      }
    }
    assertEquals(iso, t.stringColumn("iso3").get(r2020));
    // a join on G&W codes works; ACD is G&W-coded
    Dataset acd = ConflictData.read(Path.of("data/ucdp/UcdpPrioConflict_v23_1.csv"));
    Panel withAcd = p.withAcd(acd);
    assertEquals(expected.size(), withAcd.table().rowCount());

    // G&W -> ISO3 columns on a table
    CodedTable ct = codes.columns(acd.table())
        .from("gwno_loc", CodeSystem.GW).year("year").add(CodeSystem.ISO3).explode().apply();
    assertTrue(ct.table().columnNames().contains("iso3"));

    // the shared entry points too (in a JVM that has not loaded COW's list before, as when this
    // test runs alone, they are the COW-less crosswalk; otherwise the one with COW)
    assertEquals(iso, CountryCodes.load().iso3(CodeSystem.GW, 373, Year.of(2020)).orElseThrow());
    assertEquals(expected.stream().filter(k -> k.endsWith("/2020")).count(),
        Panels.stateYears(CodeSystem.GW, 2020, 2020).table().rowCount());

    // only COW asks for COW's list, and says how to add it
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> codes.cowState(373, LocalDate.of(2000, 1, 1)));
    assertTrue(e.getMessage().contains("ConflictData.cache().add"), e.getMessage());
    assertThrows(IllegalStateException.class,
        () -> Panels.stateYears(codes, CodeSystem.COW, 1946, 2023, Membership.ANY_DAY));
    assertThrows(IllegalStateException.class,
        () -> codes.columns(acd.table())
            .from("gwno_loc", CodeSystem.GW).year("year").add(CodeSystem.COW).apply());
  }

  private static List<String[]> tsv(String file) throws Exception {
    return Files.readAllLines(Path.of(file), StandardCharsets.ISO_8859_1).stream()
        .map(String::strip).filter(l -> !l.isEmpty()).map(l -> l.split("\t")).toList();
  }

  private static String isoOfGw(String gwno) throws Exception {
    Map<String, String> m = new HashMap<>();
    for (String l : Files.readAllLines(Path.of("data/country-codes/iso3-crosswalk.csv"))) {
      String[] f = l.split(",");
      if (f.length > 2 && f[1].equals(gwno)) {
        m.put(gwno, f[2]);
      }
    }
    return m.get(gwno);
  }
}
