package io.github.conflictdata.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The kernel's default imports (from the startup file a plain jshell takes too) cover every
 * package of the library that holds a public type, found by listing src/main/java; the kernel's
 * own classes are reached through {@code Notebook.*}.
 */
class DefaultImportsTest {
  @Test
  void everyPublicPackageIsImported() throws Exception {
    Path root = Path.of("src/main/java/io/github/conflictdata");
    List<String> packages;
    try (Stream<Path> s = Files.walk(root)) {
      packages = s.filter(p -> p.toString().endsWith(".java"))
          .filter(DefaultImportsTest::declaresPublicType)
          .map(p -> root.getParent().getParent().getParent().relativize(p.getParent()).toString()
              .replace('/', '.').replace('\\', '.'))
          .distinct().sorted().toList();
    }
    assertTrue(packages.size() > 10, packages.toString());
    for (String p : packages) {
      if (!p.equals("io.github.conflictdata.kernel")) {
        assertTrue(Evaluator.DEFAULT_IMPORTS.contains(p + ".*"), p + " is not among "
            + Evaluator.DEFAULT_IMPORTS);
      }
    }
    assertEquals(Evaluator.DEFAULT_IMPORTS.size(),
        Evaluator.DEFAULT_IMPORTS.stream().distinct().count(), "each import once");
  }

  private static boolean declaresPublicType(Path file) {
    try {
      return Files.readAllLines(file).stream().anyMatch(l ->
          l.matches("public (final |abstract |sealed )*(class|interface|enum|record) .*"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
