package io.github.conflictdata.kernel;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conflictdata.ConflictData;
import io.github.conflictdata.DatasetKind;
import io.github.conflictdata.compare.War;
import io.github.conflictdata.compare.WarProfile;
import org.junit.jupiter.api.Test;

/** A WarProfile displays as its figures, claims, gaps and citations, not as its toString. */
class WarProfileDisplayTest {
  @Test
  void profileShowsFiguresGapsAndCitations() {
    WarProfile p = WarProfile.of(War.of("nagorno-karabakh"),
        ConflictData.bundled(DatasetKind.UCDP_BRD_CONFLICT));
    MimeBundle b = Renderers.render(p);
    String html = (String) b.data().get("text/html");
    assertTrue(html.contains("<table"), html);
    assertTrue(html.contains("every source, per year"), html);
    assertTrue(html.contains("claims beside the datasets"), html);
    assertTrue(html.contains("Not covered here"), html);
    assertTrue(html.contains("Davies"), "BRD's citation: " + html);
    assertTrue(b.plainText().startsWith("WarProfile nagorno-karabakh"), b.plainText());
  }
}
