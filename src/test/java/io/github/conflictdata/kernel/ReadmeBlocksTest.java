package io.github.conflictdata.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code ```java} block of README.md runs as written: in order, in one JShell session with
 * the kernel's default imports (the kernel's {@link Evaluator}, as a notebook would run them), in a
 * child JVM whose working directory is a temporary folder holding the files the blocks name
 * (copied from data/ or ../shared/data), with an empty download cache, offline mode on and no
 * shared folder in sight. A block fenced {@code ```java no-run} is skipped: the README marks
 * that way only blocks that need the network or an account (UCDP API token, ACLED login). A
 * failure names the block's number, its line in README.md and the snippet's error.
 */
class ReadmeBlocksTest {
  /** The fence info string that keeps a block out of this test. */
  static final String NO_RUN = "no-run";
  /** At most this many blocks may be marked {@value #NO_RUN}. */
  static final int MAX_NO_RUN = 4;

  private static final Pattern PATH_OF = Pattern.compile("Path\\.of\\(\"([^\"/]+)\"\\)");

  @TempDir Path tmp;

  /** One fenced java block: its number among the java blocks, README line of its fence. */
  record Block(int number, int line, boolean run, String code) {}

  static List<Block> blocks(Path readme) throws IOException {
    List<String> lines = Files.readAllLines(readme, StandardCharsets.UTF_8);
    List<Block> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String fence = lines.get(i).strip();
      if (!lines.get(i).startsWith("```java")) {
        continue;
      }
      String info = fence.substring("```java".length()).strip();
      StringBuilder code = new StringBuilder();
      int start = i + 1;
      i++;
      while (i < lines.size() && !lines.get(i).startsWith("```")) {
        code.append(lines.get(i)).append('\n');
        i++;
      }
      out.add(new Block(out.size() + 1, start, !info.equals(NO_RUN), code.toString()));
    }
    return out;
  }

  @Test
  void everyJavaBlockRunsAsWritten() throws Exception {
    Path readme = Path.of("README.md");
    List<Block> blocks = blocks(readme);
    assertTrue(blocks.size() >= 10, "found only " + blocks.size() + " java blocks in README.md");
    long noRun = blocks.stream().filter(b -> !b.run()).count();
    assertTrue(noRun <= MAX_NO_RUN, noRun + " blocks are marked ```java " + NO_RUN
        + "; at most " + MAX_NO_RUN + " may be (only those needing the network or an account)");

    String sharedProp = System.getProperty("conflictdata.shared");
    Path shared = sharedProp == null ? null : Path.of(sharedProp);
    assumeTrue(shared != null && Files.isDirectory(shared), "the README's blocks name files of"
        + " ../shared/data (COW, GED), which is absent: skipped");

    // the files the blocks read, from data/ or the shared folder; other names are outputs
    Path work = Files.createDirectories(tmp.resolve("work"));
    Set<String> names = new LinkedHashSet<>();
    for (Block b : blocks) {
      if (b.run()) {
        Matcher m = PATH_OF.matcher(b.code());
        while (m.find()) {
          names.add(m.group(1));
        }
      }
    }
    for (String n : names) {
      Optional<Path> f = find(Path.of("data"), n).or(() -> find(shared, n));
      if (f.isPresent()) {
        Files.copy(f.get(), work.resolve(n), StandardCopyOption.REPLACE_EXISTING);
      } else if (n.endsWith("-csv.zip")) {
        // UCDP's zip of a CSV ("ged191-csv.zip"), as UCDP names them: made here from the CSV
        String csv = n.substring(0, n.length() - "-csv.zip".length()) + ".csv";
        Optional<Path> member = find(Path.of("data"), csv).or(() -> find(shared, csv));
        if (member.isPresent()) {
          try (java.util.zip.ZipOutputStream z =
              new java.util.zip.ZipOutputStream(Files.newOutputStream(work.resolve(n)))) {
            z.putNextEntry(new java.util.zip.ZipEntry(csv));
            Files.copy(member.get(), z);
            z.closeEntry();
          }
        }
      }
    }

    Path results = tmp.resolve("results.tsv");
    Path log = tmp.resolve("child.log");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb = new ProcessBuilder(java, "-Xmx1500m",
        "-cp", System.getProperty("java.class.path"),
        "-Dconflictdata.cache=" + tmp.resolve("empty-cache"),
        "-Dconflictdata.offline=true",
        Runner.class.getName(), readme.toAbsolutePath().toString(), results.toString())
        .directory(work.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().keySet().removeIf(k -> k.startsWith("CONFLICTDATA_") || k.startsWith("UCDP_")
        || k.startsWith("ACLED_"));
    Process p = pb.start();
    if (!p.waitFor(6, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      fail("the README blocks did not finish in 6 minutes; log: " + tail(log));
    }
    assertEquals(0, p.exitValue(), "the runner failed: " + tail(log));
    // which blocks are slow (they read the bundled workbooks: ACD 24.1 .xlsx, PRIO .xls)
    Files.readAllLines(log, StandardCharsets.UTF_8).stream()
        .filter(l -> l.startsWith("README block ")).forEach(System.out::println);

    List<String> failures = new ArrayList<>();
    int ran = 0;
    for (String line : Files.readAllLines(results, StandardCharsets.UTF_8)) {
      String[] f = line.split("\t", 4);
      ran++;
      if (!f[2].equals("ok")) {
        failures.add("README block " + f[0] + " (README.md line " + f[1] + "): "
            + f[3].replace("\\n", "\n    "));
      }
    }
    assertEquals(blocks.size() - noRun, ran, "blocks run; log: " + tail(log));
    assertTrue(failures.isEmpty(), failures.size() + " README block(s) fail as written:\n"
        + String.join("\n", failures));
  }

  private static Optional<Path> find(Path root, String name) {
    if (!Files.isDirectory(root)) {
      return Optional.empty();
    }
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(p -> p.getFileName().toString().equals(name) && Files.isRegularFile(p))
          .sorted().findFirst();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String tail(Path log) throws IOException {
    if (!Files.exists(log)) {
      return "(no log)";
    }
    List<String> l = Files.readAllLines(log, StandardCharsets.UTF_8);
    return String.join("\n", l.subList(Math.max(0, l.size() - 40), l.size()));
  }

  /**
   * The child JVM: runs the README's runnable blocks in one kernel session, in order, and writes
   * one line per block: number, README line, "ok" or "error", and the error (newlines escaped).
   */
  public static final class Runner {
    private Runner() {}

    /**
     * Runs the blocks.
     *
     * @param args README path, result file
     * @throws IOException if the README or the result file cannot be used
     */
    public static void main(String[] args) throws IOException {
      List<Block> blocks = blocks(Path.of(args[0]));
      DisplaySink sink = new DisplaySink() {
        @Override
        public void stream(String name, String text) {
          System.out.print(text);
        }

        @Override
        public void display(MimeBundle bundle, String displayId, boolean update) {}

        @Override
        public void clearOutput(boolean wait) {}
      };
      Evaluator ev = new Evaluator(sink);
      try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1]),
          StandardCharsets.UTF_8), true)) {
        for (Block b : blocks) {
          if (!b.run()) {
            continue;
          }
          long t0 = System.nanoTime();
          Outcome o = ev.execute(b.code(), "README block " + b.number());
          System.out.printf("README block %d (line %d): %s in %d ms%n", b.number(), b.line(),
              o.ok() ? "ok" : "error", (System.nanoTime() - t0) / 1_000_000);
          // the traceback's first line repeats ename and evalue; colours are for a terminal
          List<String> trace = o.ok() ? List.of()
              : o.traceback().subList(Math.min(1, o.traceback().size()), o.traceback().size());
          String msg = o.ok() ? "" : (o.ename() + ": " + o.evalue() + "\n"
              + String.join("\n", trace)).replaceAll("\u001B\\[[0-9;]*m", "")
              .replace("\t", " ").replace("\r", "").replace("\n", "\\n");
          out.println(b.number() + "\t" + b.line() + "\t" + (o.ok() ? "ok" : "error") + "\t" + msg);
        }
      }
      System.exit(0);
    }
  }
}
