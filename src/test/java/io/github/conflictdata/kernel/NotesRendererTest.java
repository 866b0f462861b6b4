package io.github.conflictdata.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conflictdata.Noted;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Results that carry notes show them once, in a block of their own below the result. */
class NotesRendererTest {
  private record Result(String text, List<String> notes) implements Noted {
    @Override
    public String toString() {
      return text;
    }
  }

  @Test
  void notesComeOnceInADimmedBlockBelowTheResult() {
    MimeBundle b = Renderers.render(new Result("3 state-years", List.of("row 7: code 999 is <unknown>", "filter: 1946-2023")));
    String html = (String) b.data().get("text/html");
    assertTrue(html.startsWith("<pre>3 state-years</pre>"), html);
    assertEquals(1, html.split("class=\"conflictdata-notes\"", -1).length - 1, html);
    assertTrue(html.indexOf("conflictdata-notes") > html.indexOf("3 state-years"), html);
    assertTrue(html.contains("<li>row 7: code 999 is &lt;unknown&gt;</li><li>filter: 1946-2023</li>"), html);
    assertTrue(html.contains("color:#6b6b6b"), "dimmed: " + html);
    assertEquals("3 state-years\n\nNotes:\n  1. row 7: code 999 is <unknown>\n  2. filter: 1946-2023",
        b.data().get("text/plain"));
  }

  @Test
  void aResultWithoutNotesIsPlainText() {
    MimeBundle b = Renderers.render(new Result("3 state-years", List.of()));
    assertFalse(b.data().containsKey("text/html"));
    assertEquals("3 state-years", b.data().get("text/plain"));
  }
}
