package io.github.conflictdata.releases;

import java.nio.file.Path;

/** {@code LockFilePutMain LOCKFILE PREFIX N}: pins N made-up releases PREFIX-0..N-1 in the lock file. */
public final class LockFilePutMain {
  private LockFilePutMain() {}

  public static void main(String[] args) {
    LockFile f = new LockFile(Path.of(args[0]));
    int n = Integer.parseInt(args[2]);
    for (int i = 0; i < n; i++) {
      f.put(LockFileRaceTest.entry(args[1], i));
    }
  }
}
