package io.github.conflictdata.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** A local Maven repository with demo:app:1.0, which depends on demo:lib:1.0 (no dependencies). */
final class MagicsTestRepository {
  private MagicsTestRepository() {}

  static Path create(Path repo) throws IOException {
    if (Files.isDirectory(repo.resolve("demo"))) {
      return repo;
    }
    Path lib = Files.createDirectories(repo.resolve("demo/lib/1.0"));
    Path app = Files.createDirectories(repo.resolve("demo/app/1.0"));
    Path work = Files.createDirectories(repo.resolveSibling(repo.getFileName() + "-build"));
    compileToJar(work, lib.resolve("lib-1.0.jar"), "demo.lib.Counter",
        "package demo.lib; public class Counter { public static int twice(int n) { return 2 * n; } }", null);
    compileToJar(work, app.resolve("app-1.0.jar"), "demo.app.App",
        "package demo.app; public class App { public static int run() { return demo.lib.Counter.twice(21); } }",
        lib.resolve("lib-1.0.jar"));
    Files.writeString(lib.resolve("lib-1.0.pom"), pom("lib", ""));
    Files.writeString(app.resolve("app-1.0.pom"), pom("app",
        "<dependencies><dependency><groupId>demo</groupId><artifactId>lib</artifactId><version>1.0</version></dependency></dependencies>"));
    return repo;
  }

  private static String pom(String artifact, String deps) {
    return "<project xmlns=\"http://maven.apache.org/POM/4.0.0\"><modelVersion>4.0.0</modelVersion>"
        + "<groupId>demo</groupId><artifactId>" + artifact + "</artifactId><version>1.0</version>"
        + deps + "</project>";
  }

  private static void compileToJar(Path work, Path jar, String className, String source, Path classPath)
      throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    Path src = Files.createDirectories(work.resolve("src-" + className));
    Path out = Files.createDirectories(work.resolve("classes-" + className));
    Path file = src.resolve(className.substring(className.lastIndexOf('.') + 1) + ".java");
    Files.writeString(file, source);
    int rc = classPath == null
        ? javac.run(null, null, null, "-d", out.toString(), file.toString())
        : javac.run(null, null, null, "-d", out.toString(), "-cp", classPath.toString(), file.toString());
    assertEquals(0, rc, "javac " + file);
    String entry = className.replace('.', '/') + ".class";
    try (JarOutputStream jos = new JarOutputStream(Files.newOutputStream(jar))) {
      jos.putNextEntry(new JarEntry(entry));
      try (var in = Files.newInputStream(out.resolve(entry))) {
        in.transferTo(jos);
      }
      jos.closeEntry();
    }
  }
}
