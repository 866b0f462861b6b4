package io.github.conflictdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs every bad input of {@link HostileInputs} through a strict and a lenient read and checks
 * the outcome: a valid table where the input is one, else a {@link DatasetFormatException} and
 * never another exception. The outcomes form the table in README section "What happens with bad
 * input"; this test fails when the README's table differs from what the readers do now (the fresh
 * table is written to {@code target/bad-input-table.md}; paste it into the README).
 */
class BadInputTableTest {
  static final String HEADING = "## What happens with bad input";

  /** One read's outcome as a table cell. */
  static String outcome(HostileInputs.Case c, boolean lenient) {
    HostileInputs.CountingStream in = c.input().get();
    ConflictData.Reader r = ConflictData.reader();
    if (lenient) {
      r.lenient();
    }
    String s;
    try {
      Dataset ds = r.read(in, c.fileName());
      s = "ok: " + ds.kind() + (ds.version() == null ? "" : " " + ds.version()) + ", "
          + ds.table().rowCount() + " rows";
      if (!ds.problems().isEmpty()) {
        s += "; " + ds.problems().size() + " skipped, first `" + shorten(ds.problems().get(0).toString())
            + "`";
      }
    } catch (DatasetFormatException e) {
      s = "DatasetFormatException `" + shorten(e.problems().get(0).toString()) + "`";
      if (e.problems().size() > 1) {
        s += " (+" + (e.problems().size() - 1) + " more)";
      }
    } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
      s = "**" + e.getClass().getName() + "** " + shorten(String.valueOf(e.getMessage()));
    }
    if (in.bytesRead() >= (8 << 20)) {
      s += "; stopped after reading " + (in.bytesRead() >> 20) + " MB";
    }
    return s;
  }

  static String shorten(String s) {
    String one = s.replace("\n", "\\n").replace("|", "\\|").replace("`", "'");
    return one.length() > 150 ? one.substring(0, 147) + "..." : one;
  }

  /** The Markdown table, one row per bad input; also checks each outcome into {@code failures}. */
  static List<String> table(List<String> failures) {
    List<String> out = new ArrayList<>();
    out.add("| Input | Strict read | Lenient read |");
    out.add("|---|---|---|");
    for (HostileInputs.Case c : HostileInputs.all()) {
      String strict = outcome(c, false);
      String lenient = outcome(c, true);
      boolean strictOk = strict.startsWith("ok:");
      if (c.readable() != strictOk) {
        failures.add(c.id() + ": strict read gave " + strict);
      }
      if (!strictOk && !strict.startsWith("DatasetFormatException")) {
        failures.add(c.id() + ": strict read threw " + strict);
      }
      if (!lenient.startsWith("ok:") && !lenient.startsWith("DatasetFormatException")) {
        failures.add(c.id() + ": lenient read threw " + lenient);
      }
      out.add("| " + c.description().replace("|", "\\|") + " | " + strict + " | " + lenient + " |");
    }
    return out;
  }

  @Test
  void everyBadInputGivesAPositionedErrorAndTheReadmeSaysSo() throws Exception {
    List<String> failures = new ArrayList<>();
    List<String> table = table(failures);
    Path target = target();
    Files.write(target.resolve("bad-input-table.md"), table, StandardCharsets.UTF_8);
    if (!failures.isEmpty()) {
      fail(String.join("\n", failures));
    }
    List<String> readme = readmeTable(target.getParent().resolve("README.md"));
    assertEquals(
        String.join("\n", table),
        String.join("\n", readme),
        "README section '" + HEADING + "' is out of date: paste target/bad-input-table.md into it");
  }

  static Path target() throws Exception {
    return Path.of(BadInputTableTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
        .getParent();
  }

  /** The table lines of the README section. */
  static List<String> readmeTable(Path readme) throws IOException {
    List<String> out = new ArrayList<>();
    boolean in = false;
    for (String l : Files.readAllLines(readme, StandardCharsets.UTF_8)) {
      if (l.equals(HEADING)) {
        in = true;
      } else if (in && l.startsWith("## ")) {
        break;
      } else if (in && l.startsWith("|")) {
        out.add(l);
      }
    }
    return out;
  }

  /** Prints the table (for the README). */
  public static void main(String[] args) {
    table(new ArrayList<>()).forEach(System.out::println);
  }
}
