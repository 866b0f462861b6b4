package io.github.conflictdata.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conflictdata.ConflictData;
import io.github.conflictdata.DatasetKind;
import io.github.conflictdata.testing.TestFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/**
 * WarProfile's figures re-derived from the raw CSVs by plain splitting: the shared GED candidate
 * file 26.0.1 (skipped when absent) summed for conflict 13243, and BRD 24.1 for 2022.
 */
class WarProfileTest {
  @Test
  void russiaUkraineFromBrdAndTheCandidateMonth() throws Exception {
    var file = TestFiles.sharedFile("ucdp-ged/GEDEvent_v26_0_1.csv");
    List<List<String>> ged = TestFiles.csvRecords(Files.readString(file, StandardCharsets.UTF_8));
    List<String> h = ged.get(0);
    long best = 0;
    int events = 0;
    for (List<String> r : ged.subList(1, ged.size())) {
      if (r.size() == h.size() && r.get(h.indexOf("conflict_new_id")).equals("13243")
          && r.get(h.indexOf("type_of_violence")).equals("1")
          && r.get(h.indexOf("active_year")).equals("true")
          && r.get(h.indexOf("year")).equals("2026")) {
        best += Long.parseLong(r.get(h.indexOf("best")));
        events++;
      }
    }
    WarProfile p = WarProfile.of(War.of("russia-ukraine"), ConflictData.read(file),
        ConflictData.bundled(DatasetKind.UCDP_BRD_CONFLICT));
    Table y = p.years();
    Table gedRows = y.where(y.stringColumn("release").isEqualTo("26.0.1"));
    assertEquals(1, gedRows.rowCount());
    assertEquals(best, gedRows.intColumn("best").getInt(0));
    assertTrue(gedRows.booleanColumn("preliminary").get(0));
    assertTrue(gedRows.stringColumn("counts").get(0).contains(events + " state-based events"));

    List<List<String>> brd = TestFiles.csvRecords(new String(WarProfileTest.class
        .getResourceAsStream("/io/github/conflictdata/data/ucdp/BattleDeaths_v24_1_conf.csv")
        .readAllBytes(), StandardCharsets.UTF_8));
    List<String> bh = brd.get(0);
    String brd2022 = brd.stream().filter(r -> r.size() == bh.size()
        && r.get(bh.indexOf("conflict_id")).equals("13243") && r.get(bh.indexOf("year")).equals("2022"))
        .findFirst().orElseThrow().get(bh.indexOf("bd_best"));
    Table b = y.where(y.stringColumn("dataset").startsWith("UCDP Battle-Related")
        .and(y.intColumn("year").isEqualTo(2022)));
    assertEquals(Integer.parseInt(brd2022), b.intColumn("best").getInt(0));
    assertTrue(p.missing().stream().anyMatch(m -> m.startsWith("PRIO Battle Deaths: outside coverage")),
        String.valueOf(p.missing()));
    assertTrue(p.source().contains("PRELIMINARY"), p.source());
    assertTrue(p.toString().startsWith("WarProfile russia-ukraine"), p.toString());
  }
}
