package io.github.conflictdata.kernel;

import io.github.conflictdata.releases.ProgressListener;

/**
 * Shows a download's progress in the notebook as one plain-text display that is updated in place
 * (bytes, rate, percentage), instead of lines on stderr, which Jupyter paints red. Notices shown
 * once, such as COW's terms of use, become a plain-text display of their own. The kernel installs
 * it with {@link io.github.conflictdata.releases.Releases#setDefaultProgressListener}.
 */
final class DownloadProgress implements ProgressListener {
  /** A download shorter than this shows nothing; after it, the display is refreshed this often. */
  static final long FIRST_MILLIS = 1000;

  static final long EVERY_MILLIS = 250;

  private String displayId;
  private long lastShown = -1;

  @Override
  public synchronized void progress(Progress p) {
    try {
      if (p.done()) {
        if (displayId != null) {
          Notebook.updateDisplay(displayId, p.text(), "text/plain");
        }
        displayId = null;
        lastShown = -1;
      } else if (p.elapsedMillis() >= FIRST_MILLIS) {
        if (displayId == null) {
          displayId = Notebook.display(p.text(), "text/plain");
          lastShown = p.elapsedMillis();
        } else if (p.elapsedMillis() - lastShown >= EVERY_MILLIS) {
          Notebook.updateDisplay(displayId, p.text(), "text/plain");
          lastShown = p.elapsedMillis();
        }
      }
    } catch (RuntimeException e) {
      // a listener must not fail the download: fall back to the program's form
      ProgressListener.stderr().progress(p);
    }
  }

  @Override
  public void notice(String text) {
    try {
      Notebook.display(text, "text/plain");
    } catch (RuntimeException e) {
      ProgressListener.stderr().notice(text);
    }
  }
}
