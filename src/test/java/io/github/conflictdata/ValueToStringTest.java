package io.github.conflictdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conflictdata.codes.CountryCodes;
import io.github.conflictdata.compare.Concordance;
import io.github.conflictdata.io.Schema;
import io.github.conflictdata.testing.TestFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/**
 * Public value types print what they hold, not {@code Class@hash}. Expected figures come from the
 * files themselves, split by {@link TestFiles#csvRecords}, and the codebooks.
 */
class ValueToStringTest {

  private static List<List<String>> bundledCsv(String resource) {
    return TestFiles.csvRecords(new String(Shared.bundledBytes(resource), StandardCharsets.UTF_8));
  }

  @Test
  void schemaListsColumnsTypesAndMissingCodes() throws Exception {
    Schema s = ConflictData.schema(DatasetKind.COW_INTER_STATE);
    String text = s.toString();
    // every column of COW's Inter-State file header has a line
    String header = Files.readAllLines(TestFiles.sharedFile("cow-wars/Inter-StateWarData_v4.0.csv"),
        StandardCharsets.ISO_8859_1).get(0);
    for (String col : header.split(",")) {
      assertTrue(text.lines().anyMatch(l -> l.trim().startsWith(col.trim() + " ")), col + "\n" + text);
    }
    // COW Inter-State codebook: BatDeath -8 not applicable, -9 unknown
    String batDeath = text.lines().filter(l -> l.trim().startsWith("BatDeath ")).findFirst().orElseThrow();
    assertTrue(batDeath.contains("-8") && batDeath.contains("-9") && batDeath.contains("INT"), batDeath);
    assertFalse(text.contains("@"), text);
    Table t = s.table();
    assertEquals(header.split(",").length, t.rowCount());
    assertEquals(List.of("column", "type", "key", "missing_codes", "older_names", "coded"), t.columnNames());
  }

  @Test
  void claimsSayHowManyRowsForWhichWars() {
    List<List<String>> recs = bundledCsv("claims/claims.csv");
    int war = recs.get(0).indexOf("war");
    Map<String, Integer> byWar = new TreeMap<>();
    for (List<String> r : recs.subList(1, recs.size())) {
      byWar.merge(r.get(war), 1, Integer::sum);
    }
    String text = ConflictData.claims().toString();
    assertTrue(text.contains((recs.size() - 1) + " rows"), text);
    byWar.forEach((w, n) -> assertTrue(text.contains(w + " " + n), w + " " + n + ": " + text));
  }

  @Test
  void concordanceCountsLinksAndWars() {
    List<List<String>> recs = bundledCsv("concordance/war-concordance.csv");
    int war = recs.get(0).indexOf("war");
    TreeSet<String> wars = new TreeSet<>();
    recs.subList(1, recs.size()).forEach(r -> wars.add(r.get(war)));
    String text = Concordance.bundled().toString();
    assertTrue(text.contains((recs.size() - 1) + " links, " + wars.size() + " wars (" + wars.first()),
        text);
  }

  @Test
  void countryCodesCountSpellsAndPairs() throws Exception {
    TestFiles.cowInCache();
    int cow = TestFiles.csvRecords(Files.readString(TestFiles.sharedFile("country-codes/states2016.csv"),
        StandardCharsets.ISO_8859_1)).size() - 1;
    long gw = new String(Shared.bundledBytes("country-codes/iisystem.dat"), StandardCharsets.ISO_8859_1)
        .lines().filter(l -> !l.isBlank()).count();
    int iso = bundledCsv("country-codes/iso3-crosswalk.csv").size() - 1;
    String text = CountryCodes.load().toString();
    assertTrue(text.contains("COW " + cow + " spells") && text.contains("G&W " + gw + " spells")
        && text.contains(iso + " ISO 3166 pairs"), text);
  }
}
