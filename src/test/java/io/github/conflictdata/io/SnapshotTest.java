package io.github.conflictdata.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conflictdata.ConflictData;
import io.github.conflictdata.Dataset;
import io.github.conflictdata.DatasetKind;
import io.github.conflictdata.testing.TableAsserts;
import io.github.conflictdata.testing.TestFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Snapshots give back what the parse gave, cell for cell, with source, problems and raw codes; the
 * store serves a large file's second read from its snapshot, misses when the file changes, and
 * survives a damaged snapshot and its bound.
 */
class SnapshotTest {
  @TempDir Path tmp;

  private static void assertSame(Dataset parsed, Dataset snap) {
    TableAsserts.assertSameTable(parsed, snap, null);
    assertEquals(parsed.source(), snap.source());
    assertEquals(parsed.problems(), snap.problems());
    assertEquals(parsed.rawMissingValues(), snap.rawMissingValues());
    assertEquals(parsed.table().name(), snap.table().name());
  }

  private Dataset roundTrip(Dataset d) throws IOException {
    Path f = tmp.resolve("x.cdsnap");
    Snapshot.write(d, f);
    return Snapshot.read(f);
  }

  @Test
  void everyBundledReleaseRoundTrips() throws IOException {
    for (ConflictData.BundledRelease r : ConflictData.bundledReleases()) {
      Dataset d = ConflictData.bundled(r.kind(), r.version());
      assertSame(d, roundTrip(d));
    }
  }

  @Test
  void gedWithDatesFlagsAndTextRoundTrips() throws IOException {
    Dataset d = ConflictData.read(TestFiles.sharedFile("ucdp-ged/ged191.csv"));
    assertSame(d, roundTrip(d));
  }

  @Test
  void rawCodesAndProblemsRoundTrip() throws IOException {
    // PRIO 3.1 keeps -999 (no best estimate) as raw codes
    Dataset prio = ConflictData.bundled(DatasetKind.PRIO_BATTLE_DEATHS, "3.1");
    assertFalse(prio.rawMissingValues().isEmpty());
    assertSame(prio, roundTrip(prio));
    // a lenient read with a bad record keeps its problem
    Path bad = tmp.resolve("brd.csv");
    List<String> lines;
    try (var in = SnapshotTest.class.getResourceAsStream(
        "/io/github/conflictdata/data/ucdp/BattleDeaths_v24_1_conf.csv")) {
      lines = new java.util.ArrayList<>(
          List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n")));
    }
    lines.set(2, lines.get(2).replace(",2022,", ",twenty,"));
    Files.write(bad, lines);
    Dataset lenient = ConflictData.reader().lenient().read(bad);
    assertEquals(1, lenient.problems().size());
    assertSame(lenient, roundTrip(lenient));
  }

  @Test
  void notASnapshotIsRefused() throws IOException {
    Path f = tmp.resolve("junk.cdsnap");
    Files.writeString(f, "CDSNAP but not really");
    assertThrows(IOException.class, () -> Snapshot.read(f));
    Dataset d = ConflictData.bundled(DatasetKind.UCDP_BRD_CONFLICT);
    Path g = tmp.resolve("cut.cdsnap");
    Snapshot.write(d, g);
    byte[] all = Files.readAllBytes(g);
    Files.write(g, java.util.Arrays.copyOf(all, all.length / 2));
    assertThrows(IOException.class, () -> Snapshot.read(g));
  }

  /** GED 19.1's rows repeated past 10 MB, ids kept unique, in a file of the test's own. */
  private Path largeGed() throws IOException {
    List<String> recs = recordLines(
        Files.readString(TestFiles.sharedFile("ucdp-ged/ged191.csv"), StandardCharsets.UTF_8));
    Path f = tmp.resolve("ged-large.csv");
    StringBuilder sb = new StringBuilder(recs.get(0)).append('\n');
    int id = 1;
    while (sb.length() < Snapshots.MIN_BYTES + (1 << 20)) {
      for (String rec : recs.subList(1, recs.size())) {
        sb.append(id++).append(rec.substring(rec.indexOf(','))).append('\n');
      }
    }
    Files.writeString(f, sb, StandardCharsets.UTF_8);
    return f;
  }

  /** The text of each CSV record (quoted line ends kept inside), by plain quote counting. */
  private static List<String> recordLines(String text) {
    List<String> out = new java.util.ArrayList<>();
    boolean quoted = false;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == '\n' && !quoted) {
        out.add(text.substring(start, i));
        start = i + 1;
      }
    }
    if (start < text.length()) {
      out.add(text.substring(start));
    }
    return out;
  }

  @Test
  void theStoreServesTheSecondReadAndMissesAChangedFile() throws IOException {
    Path file = largeGed();
    Snapshots store = new Snapshots(tmp.resolve("snapshots"), 1L << 30);
    int[] parses = {0};
    java.util.function.Supplier<Dataset> parse = () -> {
      parses[0]++;
      return ConflictData.reader().snapshots(false).read(file);
    };
    Dataset first = store.read(file, file.toString(), "k", parse);
    Dataset second = store.read(file, file.toString(), "k", parse);
    assertEquals(1, parses[0], "the second read comes from the snapshot");
    assertSame(first, second);
    try (Stream<Path> s = Files.list(tmp.resolve("snapshots"))) {
      assertEquals(1, s.filter(p -> p.toString().endsWith(".cdsnap")).count());
    }
    // other options miss
    store.read(file, file.toString(), "lenient", parse);
    assertEquals(2, parses[0]);
    // a changed file misses, and the new read sees the change
    Files.writeString(file, "", StandardOpenOption.APPEND);
    Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 5000));
    store.read(file, file.toString(), "k", parse);
    assertEquals(3, parses[0]);
  }

  @Test
  void aDamagedSnapshotIsReplacedByAParse() throws IOException {
    Path file = largeGed();
    Path dir = tmp.resolve("snapshots");
    Snapshots store = new Snapshots(dir, 1L << 30);
    Dataset first = store.read(file, file.toString(), "k", () -> ConflictData.reader().snapshots(false).read(file));
    Path snap;
    try (Stream<Path> s = Files.list(dir)) {
      snap = s.filter(p -> p.toString().endsWith(".cdsnap")).findFirst().orElseThrow();
    }
    Files.write(snap, new byte[] {1, 2, 3});
    Dataset again = store.read(file, file.toString(), "k", () -> ConflictData.reader().snapshots(false).read(file));
    assertSame(first, again);
    assertTrue(Files.size(snap) > 3, "the snapshot was written again");
  }

  @Test
  void theStoreKeepsToItsBound() throws IOException {
    Path file = largeGed();
    Path dir = tmp.resolve("snapshots");
    Snapshots store = new Snapshots(dir, 1000); // smaller than any snapshot
    Dataset d = store.read(file, file.toString(), "k", () -> ConflictData.reader().snapshots(false).read(file));
    assertTrue(d.table().rowCount() > 3194);
    try (Stream<Path> s = Files.list(dir)) {
      assertEquals(0, s.filter(p -> p.toString().endsWith(".cdsnap")).count());
    }
  }
}
