package io.github.conflictdata.releases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * {@link ProgressListener#log()}: download progress and notices go through the library's log
 * (System.Logger, here java.util.logging), not straight to standard error.
 */
class ProgressLogTest {
  @Test
  void progressAndNoticesAreLogRecords() {
    Logger jul = Logger.getLogger("io.github.conflictdata.releases");
    List<LogRecord> records = new ArrayList<>();
    Handler h = new Handler() {
      @Override
      public void publish(LogRecord r) {
        records.add(r);
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    Level before = jul.getLevel();
    jul.setLevel(Level.ALL);
    jul.addHandler(h);
    try {
      ProgressListener l = ProgressListener.log();
      l.progress(new ProgressListener.Progress("UCDP_GED 26.1", "http://127.0.0.1/x", 500_000, 1_000_000, 1500, false));
      l.progress(new ProgressListener.Progress("UCDP_GED 26.1", "http://127.0.0.1/x", 1_000_000, 1_000_000, 3000, true));
      l.notice("COW's terms of use");
    } finally {
      jul.removeHandler(h);
      jul.setLevel(before);
    }
    assertEquals(3, records.size(), records.toString());
    // System.Logger levels as java.util.logging maps them: DEBUG -> FINE, INFO, WARNING
    assertEquals(Level.FINE, records.get(0).getLevel());
    assertEquals("UCDP_GED 26.1: 500 kB of 1.0 MB (50%), 333 kB/s", records.get(0).getMessage());
    assertEquals(Level.INFO, records.get(1).getLevel());
    assertEquals("UCDP_GED 26.1: 1.0 MB of 1.0 MB (100%), 333 kB/s, done in 3.0 s", records.get(1).getMessage());
    assertEquals(Level.WARNING, records.get(2).getLevel());
    assertEquals("COW's terms of use", records.get(2).getMessage());
  }
}
