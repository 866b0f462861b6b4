package io.github.conflictdata.cow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conflictdata.CodeLabel;
import io.github.conflictdata.testing.CodebookText;
import io.github.conflictdata.testing.TestFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every code in a coded column of the shared COW war files is defined by the enum for that file's
 * kind and column. The files are read with the plain splitter of {@link TestFiles} (as
 * ISO-8859-1: three of them are not UTF-8; the coded columns are ASCII digits either way).
 */
class CowCodesInSharedFilesTest {

  @Test
  void interState() throws Exception {
    Map<String, CodeLabel[]> columns = new LinkedHashMap<>();
    columns.put("WarType", InterStateWarType.values());
    columns.put("Side", InterStateSide.values());
    columns.put("Initiator", InterStateInitiator.values());
    columns.put("Outcome", InterStateOutcome.values());
    columns.put("WhereFought", InterStateWhereFought.values());
    Map<String, Set<Integer>> used = check("Inter-StateWarData_v4.0.csv", 337, columns);
    assertEquals(Set.of(1, 2), used.get("Initiator"));
    assertEquals(Set.of(1, 2, 3, 4, 6, 8), used.get("Outcome"), "no war ongoing in 2007");
  }

  @Test
  void extraState() throws Exception {
    Map<String, CodeLabel[]> columns = new LinkedHashMap<>();
    columns.put("WarType", ExtraStateWarType.values());
    columns.put("Initiator", ExtraStateInitiator.values());
    columns.put("Interven", ExtraStateInterven.values());
    columns.put("Outcome", ExtraStateOutcome.values());
    columns.put("WhereFought", ExtraStateWhereFought.values());
    Map<String, Set<Integer>> used = check("Extra-StateWarData_v4.0.csv", 198, columns);
    assertEquals(Set.of(0, 1), used.get("Initiator"), "0/1, not the inter-state file's 1/2");
    assertEquals(Set.of(1, 2, 3, 4, 5, 6, 7), used.get("Outcome"));
  }

  @Test
  void intraState41() throws Exception {
    Map<String, CodeLabel[]> columns = new LinkedHashMap<>();
    columns.put("WarType", IntraStateWarType.values());
    columns.put("Intnl", Intnl.values());
    columns.put("Outcome", IntraStateOutcome.values());
    // the v4.0 intra-state codebook (p. 7) gives WhereFought the extra-state file's six codes
    columns.put("WhereFought", ExtraStateWhereFought.values());
    Map<String, Set<Integer>> used = check("Intra-StateWarData_v4.1.csv", 442, columns);
    assertEquals(Set.of(4, 5, 6, 7), used.get("WarType"));
  }

  @Test
  void intraState51() throws Exception {
    Map<String, CodeLabel[]> columns = new LinkedHashMap<>();
    columns.put("WarType", IntraStateWarType.values());
    columns.put("Intnl", Intnl.values());
    columns.put("Outcome", IntraStateOutcome.values());
    columns.put("V5RegionNum", V5RegionNum.values());
    Map<String, Set<Integer>> used = check("INTRA-STATE WARS v5.1 CSV.csv", 420, columns);
    assertEquals(Set.of(4, 5, 6, 7), used.get("WarType"));
  }

  @Test
  void nonState() throws Exception {
    Map<String, CodeLabel[]> columns = new LinkedHashMap<>();
    columns.put("WarType", NonStateWarType.values());
    columns.put("Outcome", NonStateOutcome.values());
    columns.put("WhereFought", ExtraStateWhereFought.values());
    Map<String, Set<Integer>> used = check("Non-StateWarData_v4.0.csv", 62, columns);
    assertEquals(Set.of(8, 9), used.get("WarType"));
  }

  /** A war type of another kind is unknown to each kind's enum: the types do not overlap. */
  @Test
  void warTypesAreDisjointAcrossKinds() {
    Set<Integer> all = new TreeSet<>();
    int count = 0;
    for (CodeLabel[] values :
        List.of(
            InterStateWarType.values(),
            ExtraStateWarType.values(),
            IntraStateWarType.values(),
            NonStateWarType.values())) {
      for (CodeLabel v : values) {
        all.add(v.code());
        count++;
      }
    }
    // the COW typology: 1 inter-state, 2-3 extra-state, 4-7 intra-state, 8-9 non-state
    assertEquals(Set.of(1, 2, 3, 4, 5, 6, 7, 8, 9), all);
    assertEquals(9, count);
    assertFalse(InterStateWarType.of(4).isPresent());
    assertFalse(IntraStateWarType.of(8).isPresent());
  }

  /**
   * Reads {@code cow-wars/<file>}, checks its record count and that every distinct code of each
   * column is in the column's enum; answers the codes used per column.
   */
  private static Map<String, Set<Integer>> check(
      String file, int rows, Map<String, CodeLabel[]> columns) throws Exception {
    String text =
        new String(
            Files.readAllBytes(TestFiles.sharedFile("cow-wars/" + file)),
            StandardCharsets.ISO_8859_1);
    List<List<String>> records = TestFiles.csvRecords(text);
    assertEquals(rows + 1, records.size(), file + ": header and rows (SOURCES.md)");
    Map<String, Set<Integer>> used = new LinkedHashMap<>();
    for (Map.Entry<String, CodeLabel[]> e : columns.entrySet()) {
      Set<Integer> codes = new TreeSet<>(CodebookText.codes(CodebookText.distinct(records,
          e.getKey())));
      assertFalse(codes.isEmpty(), file + " " + e.getKey());
      for (int code : codes) {
        assertTrue(
            CodeLabel.find(e.getValue(), code).isPresent(),
            file + " " + e.getKey() + ": code " + code + " is not in the enum");
      }
      used.put(e.getKey(), codes);
    }
    return used;
  }
}
