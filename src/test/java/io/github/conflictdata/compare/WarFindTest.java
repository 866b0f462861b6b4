package io.github.conflictdata.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conflictdata.testing.TestFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every UCDP conflict is a War; War.find ranks named cases; unknown ids and keys name the nearest;
 * every war of the claims file is a War. Expected ids come from the bundled ACD and BRD files,
 * read here by plain CSV splitting.
 */
class WarFindTest {
  @Test
  void namedCasesRankTheirConflictFirst() {
    assertEquals(13243, War.find("ukraine").get(0).ucdpConflictId());
    assertEquals(267, War.find("tigray").get(0).ucdpConflictId());
    assertEquals(234, War.find("gaza").get(0).ucdpConflictId());
    assertEquals(388, War.find("karabakh").get(0).ucdpConflictId());
    assertEquals("russia-ukraine", War.find("ukraine").get(0).key());
    assertTrue(War.find("no such place anywhere").isEmpty());
  }

  @Test
  void unknownIdAndKeyListTheNearest() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> War.ucdp(13244));
    assertTrue(e.getMessage().contains("13243 (Russia (Soviet Union) - Ukraine)"), e.getMessage());
    IllegalArgumentException k = assertThrows(IllegalArgumentException.class,
        () -> War.of("russia-ukrain"));
    assertTrue(k.getMessage().contains("nearest: russia-ukraine"), k.getMessage());
  }

  @Test
  void ucdpConflictFromTheAcd() {
    War w = War.ucdp(267);
    assertEquals("ucdp-267", w.key());
    assertEquals("Ethiopia: Government", w.name());
    War t = War.of("tigray-2020");
    assertTrue(t.years().isPeriod());
    assertEquals(List.of(2020, 2021, 2022), t.years().active());
    // ACD 24.1: the 2020 episode starts 2020-11-04 (start_date2) and ends 2022-11-27
    assertEquals(1, t.episodes().size());
    assertEquals("2020-11-04", String.valueOf(t.episodes().get(0).start()));
    assertEquals("2022-11-27", String.valueOf(t.episodes().get(0).end()));
    assertTrue(War.of("russia-ukraine").ongoing());
    assertTrue(War.of("russia-ukraine").episodes().get(0).active());
  }

  @Test
  void newConcordanceRowsMatchBrdDyads() throws IOException {
    List<List<String>> brd = TestFiles.csvRecords(resource("ucdp/BattleDeaths_v24_1_conf.csv"));
    List<String> h = brd.get(0);
    for (String key : List.of("russia-ukraine", "tigray-2020", "sudan-2023", "georgia-2008",
        "karabakh-2022", "lebanon-2006", "sri-lanka-2009", "myanmar-rakhine-2017",
        "israel-hamas-2023", "karabakh-2016", "karabakh-2023")) {
      War w = War.of(key);
      for (int y = w.startYear(); y <= w.endYear(); y++) {
        final int year = y;
        boolean found = brd.subList(1, brd.size()).stream().anyMatch(r -> r.size() == h.size()
            && r.get(h.indexOf("conflict_id")).equals(String.valueOf(w.ucdpConflictId()))
            && r.get(h.indexOf("year")).equals(String.valueOf(year)));
        assertTrue(found, key + ": no BRD 24.1 row for conflict " + w.ucdpConflictId() + " in " + y);
      }
    }
  }

  @Test
  void everyWarOfTheClaimsFileIsAWar() throws IOException {
    List<List<String>> rows = TestFiles.csvRecords(resource("claims/claims.csv"));
    int col = rows.get(0).indexOf("war");
    for (List<String> r : rows.subList(1, rows.size())) {
      if (r.size() > col) {
        assertEquals(r.get(col), War.of(r.get(col)).key());
      }
    }
    for (String key : List.of("russia-ukraine", "israel-hamas-2023", "tigray-2020", "sudan-2023",
        "myanmar-rakhine-2017", "georgia-2008", "karabakh-2016", "karabakh-2022", "karabakh-2023",
        "sri-lanka-2009", "lebanon-2006", "ethiopia-eritrea", "nagorno-karabakh")) {
      assertEquals(key, War.of(key).key());
    }
  }

  private static String resource(String path) throws IOException {
    try (InputStream in = WarFindTest.class.getResourceAsStream("/io/github/conflictdata/data/"
        + path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
