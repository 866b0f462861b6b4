package io.github.conflictdata.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** IJava's magics: %classpath/%jars, %maven, %load, %time, %%time, unknown magics. */
class MagicsTest {
  static RecordingSink sink;
  static Evaluator ev;
  @TempDir static Path tmp;

  @BeforeAll
  static void start() {
    sink = new RecordingSink();
    ev = new Evaluator(sink);
  }

  @AfterAll
  static void stop() {
    ev.close();
  }

  @BeforeEach
  void clear() {
    sink.reset();
  }

  @Test
  void unknownMagicListsTheKnownOnes() {
    Outcome o = ev.execute("%frobnicate x");
    assertFalse(o.ok());
    assertEquals("UnknownMagic", o.ename());
    for (String m : new String[] {"%frobnicate", "%classpath", "%jars", "%maven", "%load", "%time", "%%time"}) {
      assertTrue(o.evalue().contains(m), m + " in " + o.evalue());
    }
    assertFalse(ev.execute("%%nosuch\n1").ok());
  }

  @Test
  void lineTimeReportsWallTimeAndKeepsTheResult() {
    Outcome o = ev.execute("%time 6 * 7");
    assertEquals("42", o.result().plainText());
    assertEquals(1, sink.stdout.size());
    String d = "[0-9.]+ (µs|ms|s)";
    assertTrue(sink.stdout.get(0).matches("stdout:Wall time: " + d + " \\(compile " + d + ", run " + d + "\\)\n"),
        sink.stdout.toString());
  }

  @Test
  void cellTimeTimesTheWholeCell() {
    Outcome o = ev.execute("%%time\nint timed = 3;\ntimed + 1");
    assertEquals("4", o.result().plainText());
    assertTrue(sink.stdout.get(0).startsWith("stdout:Wall time: "));
  }

  @Test
  void magicLinesMixWithCode() {
    Outcome o = ev.execute("int before = 1;\n%time int during = before + 1;\nduring + 1");
    assertTrue(o.ok(), o.traceback().toString());
    assertEquals("3", o.result().plainText());
  }

  @Test
  void loadRunsAFile() throws IOException {
    Path script = tmp.resolve("setup.jsh");
    Files.writeString(script, "int loaded = 5;\nString greet(String n) { return \"hi \" + n; }\n");
    assertTrue(ev.execute("%load " + script).ok());
    assertEquals("hi 5", ev.execute("greet(\"\" + loaded)").result().plainText());
    Outcome missing = ev.execute("%load " + tmp.resolve("nope.jsh"));
    assertFalse(missing.ok());
    assertTrue(missing.evalue().contains("nope.jsh"));
  }

  @Test
  void jarsAddsGlobbedJarsToTheClassPath() throws Exception {
    Path libs = Files.createDirectories(tmp.resolve("libs"));
    buildJar(libs.resolve("greeter-1.0.jar"), "demo.greet.Greeter",
        "package demo.greet; public class Greeter { public static String hello() { return \"hello from a jar\"; } }");
    Files.writeString(libs.resolve("notes.txt"), "not a jar");
    Outcome o = ev.execute("%jars " + libs + "/*.jar\ndemo.greet.Greeter.hello()");
    assertTrue(o.ok(), o.traceback().toString());
    assertEquals("hello from a jar", o.result().plainText());
    assertTrue(ev.addedClassPath().contains(libs.resolve("greeter-1.0.jar").toString()));
    assertFalse(ev.addedClassPath().contains(libs.resolve("notes.txt").toString()));
  }

  @Test
  void classpathWithNoMatchSaysWhichPattern() {
    // a glob that matches nothing adds nothing, with a warning (IJava: an empty list); a plain
    // path that does not exist is an error
    Outcome o = ev.execute("%classpath " + tmp + "/nothing-here/*.jar");
    assertTrue(o.ok(), o.toString());
    assertTrue(String.join("", sink.stdout).contains("stderr:warning: no file matches " + tmp + "/nothing-here/*.jar"),
        sink.stdout.toString());
    Outcome missing = ev.execute("%classpath " + tmp + "/nothing-here/lib.jar");
    assertFalse(missing.ok());
    assertTrue(missing.evalue().contains("no such file: " + tmp + "/nothing-here/lib.jar"), missing.evalue());
  }

  /** A local repository with demo:app:1.0, which depends on demo:lib:1.0, which has no dependencies. */
  private static Path demoRepository() throws IOException {
    Path repo = tmp.resolve("m2");
    if (Files.isDirectory(repo)) {
      return repo;
    }
    Path lib = Files.createDirectories(repo.resolve("demo/lib/1.0"));
    Path app = Files.createDirectories(repo.resolve("demo/app/1.0"));
    buildJar(lib.resolve("lib-1.0.jar"), "demo.lib.Counter",
        "package demo.lib; public class Counter { public static int twice(int n) { return 2 * n; } }");
    buildJar(app.resolve("app-1.0.jar"), "demo.app.App",
        "package demo.app; public class App { public static int run() { return demo.lib.Counter.twice(21); } }");
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

  @Test
  void mavenResolvesTransitiveDependencies() throws IOException {
    MavenResolver r = new MavenResolver(demoRepository(), true, List.of(MavenResolver.CENTRAL));
    List<String> names = r.resolve("demo:app:1.0").stream().map(p -> p.getFileName().toString()).toList();
    assertEquals(List.of("app-1.0.jar", "lib-1.0.jar"), names);
  }

  @Test
  void mavenMagicPutsTheArtifactAndItsDependenciesOnTheClassPath() throws IOException {
    String before = System.getProperty("maven.repo.local");
    System.setProperty("maven.repo.local", demoRepository().toString());
    try {
      Outcome o = ev.execute("%maven --offline demo:app:1.0\ndemo.app.App.run()");
      assertTrue(o.ok(), o.traceback().toString());
      assertEquals("42", o.result().plainText());
      assertTrue(sink.stdout.get(0).contains("demo:app:1.0: 2 jars resolved"), sink.stdout.toString());
    } finally {
      if (before == null) {
        System.clearProperty("maven.repo.local");
      } else {
        System.setProperty("maven.repo.local", before);
      }
    }
  }

  @Test
  void mavenNamesTheArtifactItCannotResolve() {
    Outcome o = ev.execute("%maven --offline io.github.conflictdata.none:no-such-artifact:0.0.1");
    assertFalse(o.ok());
    assertTrue(o.evalue().contains("io.github.conflictdata.none:no-such-artifact:0.0.1"), o.evalue());
    assertTrue(o.evalue().contains("offline"), o.evalue());
    Outcome bad = ev.execute("%maven not-a-coordinate");
    assertFalse(bad.ok());
    assertTrue(bad.evalue().contains("groupId:artifactId:version"), bad.evalue());
  }

  private static void buildJar(Path jar, String className, String source) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    Path src = Files.createDirectories(tmp.resolve("src-" + className));
    Path out = Files.createDirectories(tmp.resolve("classes-" + className));
    Path file = src.resolve(className.substring(className.lastIndexOf('.') + 1) + ".java");
    Files.writeString(file, source);
    assertEquals(0, javac.run(null, null, null, "-d", out.toString(), "-cp", String.join(java.io.File.pathSeparator,
        tmp.resolve("classes-demo.lib.Counter").toString()), file.toString()));
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
