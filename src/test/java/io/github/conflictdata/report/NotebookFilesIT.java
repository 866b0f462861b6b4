package io.github.conflictdata.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The notebooks as committed: the five of issue 6 and 07 of issue 14, on our kernel, with their
 * outputs stripped, so that git holds code and prose only (and no ACLED data ever lands in the
 * repository).
 */
class NotebookFilesIT {
  private static final Path ROOT =
      Path.of(System.getProperty("conflictdata.basedir", System.getProperty("user.dir")));

  private static List<Path> notebooks() throws IOException {
    try (Stream<Path> s = Files.list(ROOT.resolve("notebooks"))) {
      return s.filter(p -> p.toString().endsWith(".ipynb")).sorted().toList();
    }
  }

  @Test
  void theNotebooksOfIssues6And13And14() throws IOException {
    List<String> names = notebooks().stream().map(p -> p.getFileName().toString()).toList();
    assertTrue(names.containsAll(List.of("01-quickstart.ipynb",
            "02-karabakh-2020-claims-vs-data.ipynb", "03-karabakh-wars-1991-2023.ipynb",
            "04-battle-deaths-by-source.ipynb", "05-release-drift.ipynb",
            "06-rakhine-2017-claims-vs-events.ipynb", "07-conflict-panel.ipynb")), "notebooks: " + names);
  }

  /** nbformat writes a cell's source as a JSON array, one line per string: read the first code cell's. */
  @Test
  void everyNotebookOpensWithImportsOnly() throws IOException {
    for (Path nb : notebooks()) {
      List<String> lines = Files.readAllLines(nb, StandardCharsets.UTF_8);
      int i = 0;
      while (i < lines.size() && !lines.get(i).contains("\"cell_type\": \"code\"")) {
        i++;
      }
      while (i < lines.size() && !lines.get(i).contains("\"source\": [")) {
        i++;
      }
      assertTrue(i < lines.size(), nb + " has no code cell");
      int imports = 0;
      for (i++; i < lines.size() && !lines.get(i).strip().equals("]"); i++) {
        String l = lines.get(i).strip().replaceAll("^\"|(\\\\n)?\",?$", "");
        assertTrue(l.isEmpty() || l.startsWith("import "),
            nb + ": the first code cell holds more than imports: " + l);
        imports++;
      }
      assertTrue(imports > 0, nb + ": empty first code cell");
    }
  }

  @Test
  void outputsAreStrippedAndTheKernelIsOurs() throws IOException {
    Pattern executed = Pattern.compile("\"execution_count\":\\s*\\d");
    Pattern nonEmptyOutputs = Pattern.compile("\"outputs\":\\s*\\[\\s*\\{");
    for (Path nb : notebooks()) {
      String json = Files.readString(nb, StandardCharsets.UTF_8);
      assertFalse(executed.matcher(json).find(), nb + " has an execution count: strip it");
      assertFalse(nonEmptyOutputs.matcher(json).find(), nb + " has outputs: strip them");
      assertTrue(json.contains("\"name\": \"conflictdata-java\""), nb + " is not on conflictdata-java");
    }
  }
}
