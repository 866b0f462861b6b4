package io.github.conflictdata.kernel;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/** Class path helpers: absolute entries, and manifest-only jars (Surefire's) expanded. */
final class ClassPaths {
  private ClassPaths() {}

  /** This JVM's class path, every entry absolute, manifest {@code Class-Path}s expanded. */
  static List<String> current() {
    return expand(System.getProperty("java.class.path", ""));
  }

  /** Splits {@code classPath}, makes each entry absolute, and expands manifest class paths. */
  static List<String> expand(String classPath) {
    Set<String> out = new LinkedHashSet<>();
    for (String entry : classPath.split(File.pathSeparator)) {
      if (!entry.isBlank()) {
        add(Path.of(entry).toAbsolutePath().normalize(), out, 0);
      }
    }
    return new ArrayList<>(out);
  }

  private static void add(Path p, Set<String> out, int depth) {
    if (!out.add(p.toString()) || depth > 2 || !p.toString().endsWith(".jar") || !Files.isRegularFile(p)) {
      return;
    }
    try (JarFile jar = new JarFile(p.toFile())) {
      Manifest mf = jar.getManifest();
      String cp = mf == null ? null : mf.getMainAttributes().getValue("Class-Path");
      if (cp == null || cp.isBlank()) {
        return;
      }
      for (String ref : cp.trim().split("\\s+")) {
        Path target;
        try {
          URI uri = p.toUri().resolve(ref);
          target = Path.of(uri);
        } catch (IllegalArgumentException e) {
          target = p.resolveSibling(ref);
        }
        add(target.toAbsolutePath().normalize(), out, depth + 1);
      }
    } catch (IOException e) {
      // not a readable jar: keep the entry as given
    }
  }
}
