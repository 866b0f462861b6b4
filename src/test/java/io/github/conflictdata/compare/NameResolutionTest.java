package io.github.conflictdata.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conflictdata.ConflictData;
import io.github.conflictdata.Dataset;
import io.github.conflictdata.Labels;
import io.github.conflictdata.codes.Names;
import io.github.conflictdata.testing.TestFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/**
 * Names a user types resolve to the data's spelling or fail loudly; Table-or-Dataset methods take
 * a filtered Dataset. Counts come from ged191.csv split by {@link TestFiles#csvRecords}.
 */
class NameResolutionTest {

  /** Per value of {@code column}, how many GED 19.1 records hold it (a plain CSV split). */
  private static Map<String, Integer> countBy(String column) throws Exception {
    Path csv = TestFiles.sharedFile("ucdp-ged/ged191.csv");
    List<List<String>> recs = TestFiles.csvRecords(Files.readString(csv, StandardCharsets.UTF_8));
    int c = recs.get(0).indexOf(column);
    Map<String, Integer> n = new TreeMap<>();
    for (List<String> r : recs.subList(1, recs.size())) {
      n.merge(r.get(c), 1, Integer::sum);
    }
    return n;
  }

  private static double events(Table series) {
    return series.doubleColumn("events").sum();
  }

  @Test
  void myanmarResolvesToGedsSpelling() throws Exception {
    Dataset ged = ConflictData.read(TestFiles.sharedFile("ucdp-ged/ged191.csv"));
    int myanmar = countBy("country").get("Myanmar (Burma)");
    assertEquals(2593, myanmar, "SOURCES.md: Myanmar (Burma) 2593 events");
    assertEquals(myanmar, events(EventSeries.of(ged).country("Myanmar").per(TimeStep.YEAR).build()));
    assertEquals(myanmar, events(EventSeries.of(ged).country("myanmar (burma)").per(TimeStep.YEAR).build()));
    assertEquals(myanmar, events(EventSeries.of(ged).country("Burma").per(TimeStep.YEAR).build()));
    assertTrue(EventSeries.of(ged).country("Myanmar").per(TimeStep.YEAR).build().name()
        .contains("Myanmar (Burma)"));

    IllegalArgumentException typo = assertThrows(IllegalArgumentException.class,
        () -> EventSeries.of(ged).country("Myanmr"));
    assertTrue(typo.getMessage().contains("'Myanmr'") && typo.getMessage().contains("Myanmar (Burma)"),
        typo.getMessage());

    // areas: first words of the data's spelling; an area of another country selects no event
    int shan = countBy("adm_1").get("Shan State");
    assertEquals(shan, events(EventSeries.of(ged).area("Shan").per(TimeStep.YEAR).build()));
    IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
        () -> EventSeries.of(ged).country("Myanmar").area("Khulna Division").build());
    assertTrue(none.getMessage().contains("Myanmar (Burma)") && none.getMessage().contains("Khulna"),
        none.getMessage());
    IllegalArgumentException beside = assertThrows(IllegalArgumentException.class,
        () -> ClaimsBesideEvents.of(ConflictData.claims(), ged).country("Myanmar").area("Khulna Division")
            .build());
    assertTrue(beside.getMessage().contains("Khulna Division"), beside.getMessage());
  }

  @Test
  void iso3ResolvesThroughTheCrosswalk() {
    TestFiles.cowInCache(); // the crosswalk loads COW's list from the cache until it needs none
    assertEquals("Myanmar (Burma)", Names.resolveCountry("MMR", Set.of("Myanmar (Burma)", "Bangladesh")));
    // G&W iisystem.dat: 490 "Congo, Democratic Republic of (Zaire)"; countrycode: 490 COD
    Set<String> congos = Set.of("DR Congo (Zaire)", "Congo");
    assertEquals("DR Congo (Zaire)", Names.resolveCountry("COD", congos));
    assertEquals("DR Congo (Zaire)", Names.resolveCountry("Democratic Republic of Congo", congos));
    assertEquals("Congo", Names.resolveCountry("COG", congos));
  }

  @Test
  void resolverRules() {
    Set<String> names = Set.of("Côte d’Ivoire", "Korea, South", "North Korea", "Rakhine State",
        "Russia (Soviet Union)");
    assertEquals("Côte d’Ivoire", Names.resolve("cote d'ivoire", names, "country"));
    assertEquals("Korea, South", Names.resolve("South Korea", names, "country"));
    assertEquals("Russia (Soviet Union)", Names.resolve("Soviet Union", names, "country"));
    assertEquals("Rakhine State", Names.resolve("rakhine", names, "area"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Names.resolve("Kore", names, "country"));
    assertTrue(e.getMessage().contains("Korea, South") && e.getMessage().contains("North Korea"),
        e.getMessage());
    IllegalArgumentException two = assertThrows(IllegalArgumentException.class,
        () -> Names.resolve("a", Set.of("A b", "a c"), "actor"));
    assertTrue(two.getMessage().contains("2 spellings"), two.getMessage());
  }

  @Test
  void filteredDatasetsGoWhereTablesGo() throws Exception {
    Dataset ged = ConflictData.read(TestFiles.sharedFile("ucdp-ged/ged191.csv"));
    Dataset bangladesh = ged.where(t -> t.stringColumn("country").isEqualTo("Bangladesh"));
    assertEquals(countBy("country").get("Bangladesh"), bangladesh.table().rowCount());
    // GedYears.sum takes the Dataset: same as on its table
    Table sums = GedYears.sum(bangladesh);
    assertEquals(GedYears.sum(bangladesh.table()).print(), sums.print());
    assertTrue(sums.rowCount() > 0);
    // Labels.view keeps working on the filtered Dataset: type_of_violence as the codebook's labels
    Table labelled = Labels.view(bangladesh);
    Map<String, Integer> byType = new TreeMap<>();
    Path csv = TestFiles.sharedFile("ucdp-ged/ged191.csv");
    List<List<String>> recs = TestFiles.csvRecords(Files.readString(csv, StandardCharsets.UTF_8));
    int country = recs.get(0).indexOf("country");
    int type = recs.get(0).indexOf("type_of_violence");
    for (List<String> r : recs.subList(1, recs.size())) {
      if (r.get(country).equals("Bangladesh")) {
        byType.merge(r.get(type), 1, Integer::sum);
      }
    }
    // GED codebook: 1 state-based, 2 non-state, 3 one-sided violence
    assertEquals(byType.getOrDefault("3", 0),
        labelled.stringColumn("type_of_violence").isEqualTo(
            Labels.label(ged.kind(), "type_of_violence", 3).orElseThrow()).size());
    IllegalArgumentException bare = assertThrows(IllegalArgumentException.class,
        () -> Labels.view(bangladesh.table()));
    assertTrue(bare.getMessage().contains("pass the Dataset"), bare.getMessage());
  }
}
