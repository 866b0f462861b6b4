package io.github.conflictdata.ucdp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conflictdata.testing.CodebookText;
import io.github.conflictdata.testing.TestFiles;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The one-sided violence codes: {@code is_government_actor} ({@link IsGovernmentActor}) and {@code
 * region} (the ACD's {@link Region}) against the shared One-Sided 25.1 workbook, read with Apache
 * POI directly, and against the One-sided Violence codebooks 25.1 and 1.4.
 */
class OneSidedCodebookLabelsTest {

  @Test
  void everyCodeInTheSharedOneSidedFileIsDefined() throws Exception {
    List<List<String>> records =
        CodebookText.xlsxRecords(TestFiles.sharedFile("ucdp-onesided/OneSided_v25_1.xlsx"));
    assertEquals(1331, records.size(), "header and 1,330 actor-years (SOURCES.md)");
    Set<Integer> government =
        CodebookText.codes(CodebookText.distinct(records, "is_government_actor"));
    assertEquals(Set.of(0, 1), government);
    for (int code : government) {
      assertTrue(IsGovernmentActor.of(code).isPresent(), "is_government_actor " + code);
    }
    // region is multi-valued ("4, 2, 3, 1"): every part is one of the codebook's five regions
    Set<Integer> regions = CodebookText.codes(CodebookText.distinct(records, "region"));
    assertEquals(Set.of(1, 2, 3, 4, 5), regions);
    for (int code : regions) {
      assertTrue(Region.of(code).isPresent(), "region " + code);
    }
  }

  @Test
  void labelsAndWordingOfNamedCodes() {
    // codebook 25.1 p. 6: "coded as 1 for government actors and 0 for non-governmental actors"
    assertEquals("Government actor", IsGovernmentActor.of(1).orElseThrow().label());
    assertEquals("Non-governmental actor", IsGovernmentActor.of(0).orElseThrow().label());
    assertEquals("1 for government actors", IsGovernmentActor.of(1).orElseThrow().description());
    assertFalse(IsGovernmentActor.of(2).isPresent());
    // p. 7: "2 = Middle East (GWNo: 630-699)", "4 = Africa (GWNo: 400-626)"
    assertEquals("Middle East", Region.of(2).orElseThrow().label());
    assertEquals("Africa", Region.of(4).orElseThrow().label());
  }

  @Test
  void everyDescriptionIsTheCodebookWording() throws Exception {
    String v251 = CodebookText.pdf("ucdp-onesided-251.pdf");
    CodebookText.assertDescriptionsIn(
        v251, IsGovernmentActor.values(), false, "ucdp-onesided-251.pdf");
    // the one-sided file's region: the same five codes and words as the ACD's (p. 7)
    CodebookText.assertDescriptionsIn(v251, Region.values(), true, "ucdp-onesided-251.pdf");
    String v14 =
        CodebookText.pdf("124932_1ucdp-one-sided-violence-dataset-codebook-v.1.4-2015.pdf");
    assertTrue(
        v14.contains(
            CodebookText.norm(
                "IsGovernmentActor. For some purposes it may be necessary to disaggregate between"
                    + " government and non-governmental actors in the dataset. This variable"
                    + " records if the actor is the government of a state and is coded as 1 for"
                    + " government actors and 0 for non-governmental actors.")));
  }
}
