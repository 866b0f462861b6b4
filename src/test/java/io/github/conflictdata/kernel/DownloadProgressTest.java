package io.github.conflictdata.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conflictdata.releases.ProgressListener;
import io.github.conflictdata.releases.ProgressListener.Progress;
import io.github.conflictdata.releases.Releases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** In the kernel, a download's progress is one plain-text display updated in place. */
class DownloadProgressTest {
  static RecordingSink sink;
  static Evaluator ev;

  @BeforeAll
  static void start() {
    sink = new RecordingSink();
    ev = new Evaluator(sink);
  }

  @AfterAll
  static void stop() {
    ev.close();
    Releases.setDefaultProgressListener(ProgressListener.stderr());
  }

  private static Progress at(long bytes, long ms, boolean done) {
    return new Progress("UCDP_GED 26.1", "http://127.0.0.1/x.zip", bytes, 39_122_522, ms, done);
  }

  @Test
  void oneDisplayUpdatedInPlaceInPlainText() {
    sink.reset();
    ProgressListener l = Releases.defaultProgressListener();
    assertTrue(l instanceof DownloadProgress, "the kernel installs its listener: " + l);
    l.progress(at(1_000_000, 200, false)); // under a second: nothing shown
    assertEquals(0, sink.displays.size());
    l.progress(at(5_000_000, 1_200, false));
    l.progress(at(6_000_000, 1_300, false)); // within 250 ms of the last: not shown
    l.progress(at(20_000_000, 2_000, false));
    l.progress(at(39_122_522, 4_000, true));
    assertEquals(3, sink.displays.size(), sink.displays.toString());
    String id = sink.displays.get(0).displayId();
    assertFalse(sink.displays.get(0).update());
    for (int i = 1; i < 3; i++) {
      assertEquals(id, sink.displays.get(i).displayId());
      assertTrue(sink.displays.get(i).update());
    }
    for (RecordingSink.Shown s : sink.displays) {
      assertEquals(java.util.Set.of("text/plain"), s.bundle().data().keySet(), s.toString());
      assertFalse(s.bundle().plainText().contains("\u001b"), "no ANSI colour");
    }
    assertTrue(sink.displays.get(1).bundle().plainText().contains("20.0 MB of 39.1 MB (51%)"),
        sink.displays.get(1).bundle().plainText());
    assertTrue(sink.displays.get(2).bundle().plainText().contains("done in 4.0 s"));
    assertTrue(sink.stdout.stream().noneMatch(s -> s.startsWith("stderr:")), sink.stdout.toString());
  }

  @Test
  void aNoticeIsShownAsPlainText() {
    sink.reset();
    Releases.defaultProgressListener().notice("COW's terms of use: ...");
    assertEquals(1, sink.displays.size());
    assertEquals("COW's terms of use: ...", sink.displays.get(0).bundle().plainText());
  }
}
