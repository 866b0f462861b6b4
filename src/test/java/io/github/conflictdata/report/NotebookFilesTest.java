package io.github.conflictdata.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The notebooks as committed are their own source (no generator): nbformat 4.5 with stable cell
 * ids, outputs stripped and execution counts null (git holds code and prose only, and no ACLED
 * data), our kernel, one import cell first, and short analyses: at most 60 lines of Java after the
 * imports, at most one loop, no fully qualified project names, no system-property or log4j
 * settings, and no talk of the project's issue tracker.
 */
class NotebookFilesTest {
  private static final Path ROOT =
      Path.of(System.getProperty("conflictdata.basedir", System.getProperty("user.dir")));
  private static final Pattern LOOP = Pattern.compile("\\b(for|while)\\s*\\(|\\.forEach\\(");
  private static final int MAX_LINES = 60;

  private static List<Path> notebooks() throws IOException {
    try (Stream<Path> s = Files.list(ROOT.resolve("notebooks"))) {
      return s.filter(p -> p.toString().endsWith(".ipynb")).sorted().toList();
    }
  }

  private static String source(JsonObject cell) {
    JsonElement s = cell.get("source");
    if (s.isJsonArray()) {
      StringBuilder b = new StringBuilder();
      for (JsonElement e : s.getAsJsonArray()) {
        b.append(e.getAsString());
      }
      return b.toString();
    }
    return s.getAsString();
  }

  @Test
  void theNotebooksAreThereAndTheGeneratorIsGone() throws IOException {
    List<String> names = notebooks().stream().map(p -> p.getFileName().toString()).toList();
    assertTrue(names.containsAll(List.of("01-quickstart.ipynb",
        "02-karabakh-2020-claims-vs-data.ipynb", "03-karabakh-wars-1991-2023.ipynb",
        "04-battle-deaths-by-source.ipynb", "05-release-drift.ipynb",
        "06-rakhine-2017-claims-vs-events.ipynb", "07-conflict-panel.ipynb")), "notebooks: " + names);
    // notebooks 08 and 09 (the wars notebooks) come from another branch: once either is here,
    // all nine must be
    boolean wars = names.stream().anyMatch(n -> n.startsWith("08-") || n.startsWith("09-"));
    assertTrue(names.size() >= (wars ? 9 : 7), "notebooks: " + names);
    assertFalse(Files.exists(ROOT.resolve("notebooks/make-notebooks.py")),
        "the .ipynb files are the source: no generator");
  }

  @TestFactory
  List<DynamicTest> everyNotebook() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path nb : notebooks()) {
      tests.add(DynamicTest.dynamicTest(nb.getFileName().toString(), () -> check(nb)));
    }
    return tests;
  }

  private static void check(Path nb) throws IOException {
    String name = nb.getFileName().toString();
    JsonObject root = JsonParser.parseString(Files.readString(nb, StandardCharsets.UTF_8)).getAsJsonObject();
    assertEquals(4, root.get("nbformat").getAsInt(), name);
    assertTrue(root.get("nbformat_minor").getAsInt() >= 5, name + ": nbformat 4.5 or later (cell ids)");
    assertEquals("conflictdata-java",
        root.getAsJsonObject("metadata").getAsJsonObject("kernelspec").get("name").getAsString(),
        name + " is not on the conflictdata-java kernel");
    JsonArray cells = root.getAsJsonArray("cells");
    Set<String> ids = new HashSet<>();
    List<String> code = new ArrayList<>();
    StringBuilder all = new StringBuilder();
    for (JsonElement e : cells) {
      JsonObject c = e.getAsJsonObject();
      assertTrue(c.has("id") && c.get("id").getAsString().matches("[a-zA-Z0-9-_]{1,64}"),
          name + ": a cell without a valid id");
      assertTrue(ids.add(c.get("id").getAsString()), name + ": repeated cell id " + c.get("id"));
      String src = source(c);
      all.append(src).append('\n');
      if (c.get("cell_type").getAsString().equals("code")) {
        assertTrue(c.get("execution_count").isJsonNull(), name + " has an execution count: strip it");
        assertEquals(0, c.getAsJsonArray("outputs").size(), name + " has outputs: strip them");
        code.add(src);
      }
    }
    assertFalse(code.isEmpty(), name + " has no code cell");
    List<String> imports = code.get(0).lines().filter(l -> !l.isBlank()).toList();
    assertFalse(imports.isEmpty(), name + ": empty first code cell");
    for (String l : imports) {
      assertTrue(l.startsWith("import "), name + ": the first code cell holds more than imports: " + l);
    }
    int lines = 0;
    int loops = 0;
    for (String src : code.subList(1, code.size())) {
      for (String l : src.lines().map(String::strip).toList()) {
        if (l.isEmpty() || l.startsWith("//")) {
          continue;
        }
        lines++;
        assertFalse(l.startsWith("import "), name + ": an import outside the first cell: " + l);
        assertFalse(l.contains("io.github.conflictdata."), name + ": a fully qualified project name: " + l);
        assertFalse(l.contains("System.setProperty") || l.toLowerCase(Locale.ROOT).contains("log4j"),
            name + ": a property or logging hack: " + l);
        Matcher m = LOOP.matcher(l);
        while (m.find()) {
          loops++;
        }
      }
    }
    assertTrue(lines <= MAX_LINES, name + ": " + lines + " lines of Java after the imports (at most " + MAX_LINES + ")");
    assertTrue(loops <= 1, name + ": " + loops + " loops (at most one)");
    assertFalse(all.toString().toLowerCase(Locale.ROOT).matches("(?s).*\\bissues?\\b.*"),
        name + " mentions an issue: say what the notebook shows instead");
  }
}
