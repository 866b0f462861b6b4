package io.github.conflictdata.cow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conflictdata.testing.CodebookText;
import org.junit.jupiter.api.Test;

/**
 * The COW label enums against the COW codebooks in the shared docs folder: each description is
 * the codebook's wording, right after its code, and two named codes per enum carry the labels the
 * codebook text gives them. {@link Intnl} keeps its secondary-source descriptions (the codebooks'
 * "0=No, 1=Yes" is checked instead) and {@link InterStateSide} has no codebook text.
 */
class CowCodebookWordingTest {

  private static final String INTER = "Inter-StateWars_Codebook.pdf";
  private static final String EXTRA = "Extra-StateWars_Codebook.pdf";
  private static final String INTRA4 = "Intra-StateWars_Codebook.pdf";
  private static final String INTRA51 = "Codebook for Intra-state v5.1 2.9.20.pdf";
  private static final String NON = "Non-StateWars_Codebook.pdf";

  @Test
  void interStateCodebook() throws Exception {
    String text = CodebookText.pdf(INTER);
    CodebookText.assertDescriptionsIn(text, InterStateWarType.values(), true, INTER);
    CodebookText.assertDescriptionsIn(text, InterStateInitiator.values(), true, INTER);
    CodebookText.assertDescriptionsIn(text, InterStateOutcome.values(), true, INTER);
    CodebookText.assertDescriptionsIn(text, InterStateWhereFought.values(), true, INTER);
    // the codebook lists no Side variable: the enum's source is secondary
    assertFalse(text.contains(CodebookText.norm("Side - ")), "the Inter-State codebook now defines Side");
  }

  @Test
  void extraStateCodebook() throws Exception {
    String text = CodebookText.pdf(EXTRA);
    CodebookText.assertDescriptionsIn(text, ExtraStateWarType.values(), true, EXTRA);
    CodebookText.assertDescriptionsIn(text, ExtraStateInitiator.values(), true, EXTRA);
    CodebookText.assertDescriptionsIn(text, ExtraStateInterven.values(), true, EXTRA);
    CodebookText.assertDescriptionsIn(text, ExtraStateOutcome.values(), true, EXTRA);
    CodebookText.assertDescriptionsIn(text, ExtraStateWhereFought.values(), true, EXTRA);
  }

  @Test
  void intraStateCodebooks() throws Exception {
    for (String pdf : new String[] {INTRA4, INTRA51}) {
      String text = CodebookText.pdf(pdf);
      CodebookText.assertDescriptionsIn(text, IntraStateWarType.values(), true, pdf);
      CodebookText.assertDescriptionsIn(text, IntraStateOutcome.values(), true, pdf);
      assertTrue(text.contains(CodebookText.norm("is the war internationalized? 0=No")), pdf);
    }
    String v4 = CodebookText.pdf(INTRA4);
    CodebookText.assertDescriptionsIn(v4, ExtraStateWhereFought.values(), true, INTRA4);
    assertTrue(v4.contains(CodebookText.norm("5 - The war is ongoing as of 12/31/2007")));
    String v51 = CodebookText.pdf(INTRA51);
    CodebookText.assertDescriptionsIn(v51, V5RegionNum.values(), true, INTRA51);
    assertTrue(v51.contains(CodebookText.norm("5 = The war is ongoing as of 12/31/2014")));
    // the Initiator of both releases is a name, not a code
    assertTrue(v4.contains(CodebookText.norm("Initiator - the name of the participant")));
    assertTrue(v51.contains(CodebookText.norm("Initiator the name of the participant")));
  }

  @Test
  void nonStateCodebook() throws Exception {
    String text = CodebookText.pdf(NON);
    CodebookText.assertDescriptionsIn(text, NonStateWarType.values(), true, NON);
    CodebookText.assertDescriptionsIn(text, NonStateOutcome.values(), true, NON);
    CodebookText.assertDescriptionsIn(text, ExtraStateWhereFought.values(), true, NON);
    // Initiator is the letter of a side, not an integer code
    assertTrue(text.contains(CodebookText.norm("Initiator - the side, which began combat: A or B")));
  }

  @Test
  void labelsOfNamedCodes() {
    // Inter-State codebook p. 3: "WarType - 1 = Inter-state war"
    assertEquals("Inter-state war", InterStateWarType.of(1).orElseThrow().label());
    assertFalse(InterStateWarType.of(2).isPresent());
    // p. 4: "Initiator ... 1 = Yes 2 = No"
    assertEquals("Initiated the war", InterStateInitiator.of(1).orElseThrow().label());
    assertEquals("Did not initiate the war", InterStateInitiator.of(2).orElseThrow().label());
    // p. 4: "3 = Compromise/Tied", "7 = Conflict continues at below war level"
    assertEquals("Compromise/Tied", InterStateOutcome.of(3).orElseThrow().label());
    assertEquals(
        "Conflict continues at below war level", InterStateOutcome.of(7).orElseThrow().label());
    // Extra-State codebook p. 7: "2= Colonial War; 3= Imperial War"
    assertEquals("Colonial war", ExtraStateWarType.of(2).orElseThrow().label());
    assertEquals("Imperial war", ExtraStateWarType.of(3).orElseThrow().label());
    // p. 8: "Did the participant on Side A initiate the war? 0=no, 1=yes"
    assertEquals("Side A initiated", ExtraStateInitiator.of(1).orElseThrow().label());
    assertEquals("Side A did not initiate", ExtraStateInitiator.of(0).orElseThrow().label());
    assertFalse(ExtraStateInitiator.of(2).isPresent());
    // p. 8: "was there an additional state that intervened in the war? 0=no, 1=yes"
    assertEquals("Additional state intervened", ExtraStateInterven.of(1).orElseThrow().label());
    assertEquals("No intervention", ExtraStateInterven.of(0).orElseThrow().label());
    // p. 8: "2 - Side B wins", "5 - The war is ongoing as of 12/31/2007"
    assertEquals("Side B wins", ExtraStateOutcome.of(2).orElseThrow().label());
    assertEquals("Ongoing as of 12/31/2007", ExtraStateOutcome.of(5).orElseThrow().label());
    assertFalse(ExtraStateOutcome.of(8).isPresent(), "only inter-state has 'changed sides'");
    // Intra-State codebooks v4.0 p. 6, v5.1 p. 3: "4 = Civil war for central control", "7 =
    // Intercommunal"; Outcome v4.0 p. 8, v5.1 p. 5
    assertEquals(
        "Civil war for central control", IntraStateWarType.of(4).orElseThrow().label());
    assertEquals("Intercommunal", IntraStateWarType.of(7).orElseThrow().label());
    assertEquals("Side A wins", IntraStateOutcome.of(1).orElseThrow().label());
    assertEquals(
        "Transformed into another type of war", IntraStateOutcome.of(4).orElseThrow().label());
    // Non-State codebook p. 2: "8 = wars between or among non-state entities that take place
    // in non-state territory: 9 = wars between NSAs that take place across state borders"
    assertEquals("In non-state territory", NonStateWarType.of(8).orElseThrow().label());
    assertEquals("Across state borders", NonStateWarType.of(9).orElseThrow().label());
    // p. 3: "3 - Compromise", "6 - Stalemate"
    assertEquals("Compromise", NonStateOutcome.of(3).orElseThrow().label());
    assertEquals("Stalemate", NonStateOutcome.of(6).orElseThrow().label());
    // secondary (peacesciencer): "the side in the war ..., either 1 or 2"
    assertEquals("Side 1", InterStateSide.of(1).orElseThrow().label());
    assertFalse(InterStateSide.of(3).isPresent());
  }
}
