package io.github.conflictdata.kernel;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * IJava's magics, so that IJava notebooks run: {@code %classpath} and {@code %jars} (paths and
 * globs), {@code %maven g:a:v} (transitive), {@code %load FILE}, {@code %time} (line) and {@code
 * %%time} (cell).
 */
final class Magics {
  /** Line magic names. */
  static final List<String> NAMES = List.of("classpath", "jars", "maven", "load", "time");

  /** Cell magic names. */
  static final List<String> CELL_NAMES = List.of("time");

  private final Evaluator evaluator;

  Magics(Evaluator evaluator) {
    this.evaluator = evaluator;
  }

  /** Runs a line magic; {@code text} is the line without its {@code %}. */
  Outcome line(String text, String label) {
    String name = text.split("\\s+", 2)[0];
    String args = text.length() > name.length() ? text.substring(name.length()).trim() : "";
    try {
      switch (name) {
        case "classpath", "jars" -> {
          return classpath(args);
        }
        case "maven" -> {
          return maven(args);
        }
        case "load" -> {
          return load(args);
        }
        case "time" -> {
          return time(args, label);
        }
        default -> {
          return unknown("%" + name);
        }
      }
    } catch (IllegalArgumentException e) {
      return Outcome.error("MagicError", e.getMessage(), List.of("%" + name + ": " + e.getMessage()));
    }
  }

  /** Runs a cell magic; {@code line} is the first line without its {@code %%}. */
  Outcome cell(String line, String body, String label) {
    String name = line.split("\\s+", 2)[0];
    if (name.equals("time")) {
      return time(body, label);
    }
    return unknown("%%" + name);
  }

  private static Outcome unknown(String magic) {
    String known = "known line magics: "
        + NAMES.stream().map(n -> "%" + n).collect(Collectors.joining(", "))
        + "; cell magics: " + CELL_NAMES.stream().map(n -> "%%" + n).collect(Collectors.joining(", "));
    String msg = "unknown magic " + magic + "; " + known;
    return Outcome.error("UnknownMagic", msg, List.of("UnknownMagic: " + msg));
  }

  private Outcome classpath(String args) {
    if (args.isBlank()) {
      throw new IllegalArgumentException("expected one or more paths or globs, e.g. %jars lib/*.jar");
    }
    for (String arg : splitArgs(args)) {
      for (String part : arg.split(File.pathSeparator)) {
        if (part.isBlank()) {
          continue;
        }
        List<Path> paths = glob(part);
        if (paths.isEmpty()) {
          throw new IllegalArgumentException("no file matches " + part
              + " (relative paths start at " + Path.of("").toAbsolutePath() + ")");
        }
        for (Path p : paths) {
          evaluator.addToClassPath(p.toString());
        }
      }
    }
    return Outcome.success(null);
  }

  /** The files matching {@code pattern} (a path or a glob), absolute, sorted. */
  static List<Path> glob(String pattern) {
    String expanded = pattern.startsWith("~" + File.separator) || pattern.equals("~")
        ? System.getProperty("user.home") + pattern.substring(1)
        : pattern;
    int firstGlob = indexOfGlob(expanded);
    if (firstGlob < 0) {
      Path p = Path.of(expanded).toAbsolutePath().normalize();
      return Files.exists(p) ? List.of(p) : List.of();
    }
    int sep = expanded.lastIndexOf(File.separatorChar, firstGlob);
    Path base = (sep < 0 ? Path.of("") : Path.of(sep == 0 ? File.separator : expanded.substring(0, sep)))
        .toAbsolutePath().normalize();
    String rest = sep < 0 ? expanded : expanded.substring(sep + 1);
    String full = base.toString().replace("\\", "\\\\").replace("*", "\\*").replace("?", "\\?")
        .replace("[", "\\[").replace("{", "\\{") + File.separator + rest;
    PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + full);
    if (!Files.isDirectory(base)) {
      return List.of();
    }
    int depth = rest.contains("**") ? Integer.MAX_VALUE : rest.split(File.separator.equals("\\") ? "\\\\" : File.separator).length;
    try (Stream<Path> s = Files.walk(base, depth)) {
      return s.filter(m::matches).sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot list " + base + ": " + e.getMessage());
    }
  }

  private static int indexOfGlob(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '*' || c == '?' || c == '[' || c == '{') {
        return i;
      }
    }
    return -1;
  }

  private static List<String> splitArgs(String args) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    char quote = 0;
    for (char c : args.toCharArray()) {
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          cur.append(c);
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (Character.isWhitespace(c)) {
        if (cur.length() > 0) {
          out.add(cur.toString());
          cur.setLength(0);
        }
      } else {
        cur.append(c);
      }
    }
    if (cur.length() > 0) {
      out.add(cur.toString());
    }
    return out;
  }

  private Outcome maven(String args) {
    List<String> coords = new ArrayList<>();
    boolean offline = Boolean.parseBoolean(System.getenv().getOrDefault("CONFLICTDATA_MAVEN_OFFLINE", "false"));
    for (String a : splitArgs(args)) {
      if (a.equals("--offline")) {
        offline = true;
      } else {
        coords.add(a);
      }
    }
    if (coords.isEmpty()) {
      throw new IllegalArgumentException("expected groupId:artifactId:version, e.g. %maven org.apache.commons:commons-csv:1.12.0");
    }
    MavenResolver resolver;
    try {
      resolver = MavenResolver.standard(offline);
    } catch (NoClassDefFoundError e) {
      throw new IllegalArgumentException("%maven needs Maven Resolver on the kernel's class path "
          + "(org.apache.maven.resolver:maven-resolver-supplier-mvn3); use the conflictdata kernel jar");
    }
    List<String> present = ClassPaths.current();
    for (String c : coords) {
      List<Path> jars = resolver.resolve(c);
      int added = 0;
      for (Path jar : jars) {
        String s = jar.toAbsolutePath().toString();
        if (!present.contains(s) && !evaluator.addedClassPath().contains(s)) {
          evaluator.addToClassPath(s);
          added++;
        }
      }
      evaluator.sink().stream("stdout", String.format(Locale.ROOT,
          "%s: %d jar%s resolved, %d added to the class path%n", c, jars.size(), jars.size() == 1 ? "" : "s", added));
    }
    return Outcome.success(null);
  }

  private Outcome load(String args) {
    List<String> files = splitArgs(args);
    if (files.size() != 1) {
      throw new IllegalArgumentException("expected one file, e.g. %load setup.jsh");
    }
    List<Path> paths = glob(files.get(0));
    if (paths.size() != 1) {
      throw new IllegalArgumentException(paths.isEmpty() ? "no such file: " + files.get(0)
          : files.get(0) + " matches " + paths.size() + " files");
    }
    String code;
    try {
      code = Files.readString(paths.get(0), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read " + paths.get(0) + ": " + e.getMessage());
    }
    return evaluator.runLines(code, paths.get(0).getFileName().toString());
  }

  private Outcome time(String code, String label) {
    long t0 = System.nanoTime();
    Outcome o = evaluator.runLines(code, label);
    long ns = System.nanoTime() - t0;
    evaluator.sink().stream("stdout", "Wall time: " + formatDuration(ns) + "\n");
    return o;
  }

  /** "812 µs", "12.3 ms", "4.56 s". */
  static String formatDuration(long nanos) {
    if (nanos < 1_000_000L) {
      return String.format(Locale.ROOT, "%d \u00b5s", nanos / 1_000);
    }
    if (nanos < 1_000_000_000L) {
      return String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
    }
    return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
  }
}
