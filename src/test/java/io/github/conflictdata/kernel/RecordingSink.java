package io.github.conflictdata.kernel;

import java.util.ArrayList;
import java.util.List;

/** Collects what a session shows, for assertions. */
final class RecordingSink implements DisplaySink {
  record Shown(MimeBundle bundle, String displayId, boolean update) {}

  final List<String> stdout = new ArrayList<>();
  final List<Shown> displays = new ArrayList<>();
  int clears;

  @Override
  public synchronized void stream(String name, String text) {
    stdout.add(name + ":" + text);
  }

  @Override
  public synchronized void display(MimeBundle bundle, String displayId, boolean update) {
    displays.add(new Shown(bundle, displayId, update));
  }

  @Override
  public synchronized void clearOutput(boolean wait) {
    clears++;
  }

  synchronized void reset() {
    stdout.clear();
    displays.clear();
    clears = 0;
  }
}
