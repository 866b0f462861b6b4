package io.github.conflictdata.releases;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Receives the progress of downloads and the notices a download shows once (COW's terms of use).
 * Programs get {@link #log()} by default (the library's log, like its other messages); {@link
 * #stderr()} writes plain lines instead; a notebook kernel installs its own with {@link
 * Releases#setDefaultProgressListener} to keep one display that updates in place. Called from the
 * downloading thread; implementations must be quick and must not throw.
 */
public interface ProgressListener {

  /**
   * A download's state: called when it starts, about twice a second while bytes arrive, and once
   * when it ends ({@link Progress#done()}).
   */
  void progress(Progress p);

  /** A message to show once, in plain text (for example COW's terms of use). */
  default void notice(String text) {}

  /** A listener that drops everything. */
  static ProgressListener silent() {
    return p -> {};
  }

  /**
   * Reports through the library's log ({@link System.Logger} {@code io.github.conflictdata.releases},
   * which is java.util.logging unless the application routes it elsewhere): progress at {@code
   * DEBUG} while a download runs, its end at {@code INFO}, notices (COW's terms) at {@code
   * WARNING} so that they show under the default configuration.
   *
   * @return a listener that logs
   */
  static ProgressListener log() {
    System.Logger log = System.getLogger("io.github.conflictdata.releases");
    return new ProgressListener() {
      @Override
      public void progress(Progress p) {
        log.log(p.done() ? System.Logger.Level.INFO : System.Logger.Level.DEBUG, p.text());
      }

      @Override
      public void notice(String text) {
        log.log(System.Logger.Level.WARNING, text);
      }
    };
  }

  /**
   * Writes to standard error: a line when a download has run for more than a second, then one
   * every two seconds, then one at the end; notices as they come. Plain text, no ANSI codes.
   */
  static ProgressListener stderr() {
    return new ProgressListener() {
      private long lastPrinted = -1;

      @Override
      public synchronized void progress(Progress p) {
        PrintStream err = System.err;
        long ms = p.elapsedMillis();
        if (p.done()) {
          if (lastPrinted >= 0) {
            err.println("conflictdata: " + p.text());
          }
          lastPrinted = -1;
          return;
        }
        if (ms >= 1000 && (lastPrinted < 0 || ms - lastPrinted >= 2000)) {
          err.println("conflictdata: " + p.text());
          lastPrinted = ms;
        }
      }

      @Override
      public void notice(String text) {
        System.err.println("conflictdata: " + text);
      }
    };
  }

  /**
   * One progress report.
   *
   * @param label what is downloaded ("UCDP_GED 26.1")
   * @param url the URL fetched (mirror applied; never carries credentials)
   * @param bytes bytes received so far
   * @param totalBytes the expected size, or -1 when unknown
   * @param elapsedMillis time since the download started
   * @param done true for the last report of this download
   */
  record Progress(
      String label, String url, long bytes, long totalBytes, long elapsedMillis, boolean done) {

    /** Bytes per second so far (0 before any time has passed). */
    public double bytesPerSecond() {
      return elapsedMillis <= 0 ? 0 : bytes * 1000.0 / elapsedMillis;
    }

    /** Percentage done, or -1 when the size is unknown. */
    public int percent() {
      return totalBytes <= 0 ? -1 : (int) Math.min(100, bytes * 100 / totalBytes);
    }

    /**
     * One line of plain text: "UCDP_GED 26.1: 12.4 MB of 39.1 MB (31%), 4.1 MB/s" (or "done in
     * 9.6 s" at the end).
     */
    public String text() {
      StringBuilder s = new StringBuilder(label).append(": ").append(mb(bytes));
      if (totalBytes > 0) {
        s.append(" of ").append(mb(totalBytes)).append(" (").append(percent()).append("%)");
      }
      s.append(", ").append(mb((long) bytesPerSecond())).append("/s");
      if (done) {
        s.append(String.format(Locale.ROOT, ", done in %.1f s", elapsedMillis / 1000.0));
      }
      return s.toString();
    }

    private static String mb(long b) {
      return b < 1_000_000 ? String.format(Locale.ROOT, "%.0f kB", b / 1000.0)
          : String.format(Locale.ROOT, "%.1f MB", b / 1_000_000.0);
    }
  }
}
