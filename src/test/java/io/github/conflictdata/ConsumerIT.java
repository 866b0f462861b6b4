package io.github.conflictdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A program that depends on the artifact, built the way a team would: a Maven project with one
 * dependency on {@code io.github.conflictdata:conflictdata} (plus the SLF4J provider and the Log4j
 * API bridge that README "Using the artifact" tells an application to choose), resolved OFFLINE
 * from a local repository holding the jar and pom this build just packaged. The local repository
 * is {@code target/consumer-it/repository}: the artifact copied into its layout, everything else a
 * link into this build's own local repository, which the build has just filled (plugins of the
 * same versions, the same dependency versions), so it works on a fresh machine.
 *
 * <p>Checks the consumer's runtime class path (no test library, no PDF chain, no optional kernel
 * or export dependency), and that its program, reading a bundled workbook and a bundled CSV,
 * exits 0, changes no system property and writes nothing to standard error.
 */
class ConsumerIT {
  /** Jars a consumer must never get: test libraries and XChart 3.8.8's unused PDF/GIF chain. */
  private static final List<String> BANNED = List.of(
      "junit", "opentest4j", "apiguardian", "pdfbox", "fontbox", "graphics2d", "animated-gif",
      "commons-logging", "jazzer");
  /** The library's optional dependencies (kernel, %maven, export): a consumer gets none. */
  private static final List<String> OPTIONAL = List.of(
      "jjava", "jeromq", "jnacl", "gson", "maven-resolver", "duckdb", "javax.inject");

  private static Path work;
  private static Path repo;

  @BeforeAll
  static void stage() throws IOException {
    Path jar = Path.of(prop("conflictdata.jar"));
    assertTrue(Files.isRegularFile(jar), "the packaged jar " + jar + " (ConsumerIT runs after package)");
    work = Path.of("target", "consumer-it").toAbsolutePath();
    deleteTree(work);
    repo = work.resolve("repository");
    Path local = Path.of(prop("conflictdata.localRepository"));
    // every folder of the build's local repository, linked, except io/github/conflictdata
    linkChildren(local, repo, "io");
    linkChildren(local.resolve("io"), repo.resolve("io"), "github");
    linkChildren(local.resolve("io/github"), repo.resolve("io/github"), "conflictdata");
    String v = prop("conflictdata.version");
    Path dir = repo.resolve("io/github/conflictdata/conflictdata").resolve(v);
    Files.createDirectories(dir);
    Files.copy(jar, dir.resolve("conflictdata-" + v + ".jar"), StandardCopyOption.REPLACE_EXISTING);
    Files.copy(Path.of(prop("conflictdata.pom")), dir.resolve("conflictdata-" + v + ".pom"),
        StandardCopyOption.REPLACE_EXISTING);
    writeConsumer(work.resolve("consumer"), v);
  }

  @Test
  void buildsOfflineWithAClassPathOfLibrariesOnly() throws Exception {
    List<Path> cp = consumerClassPath();
    List<String> names = cp.stream().map(p -> p.getFileName().toString()).sorted().toList();
    for (String n : names) {
      for (String bad : BANNED) {
        assertTrue(!n.contains(bad), n + " is on the consumer's class path: " + names);
      }
      for (String opt : OPTIONAL) {
        assertTrue(!n.startsWith(opt), n + " (optional) is on the consumer's class path: " + names);
      }
    }
    assertTrue(names.contains("conflictdata-" + prop("conflictdata.version") + ".jar"), names.toString());
    String lang3 = names.stream().filter(n -> n.startsWith("commons-lang3-")).findFirst().orElseThrow();
    int[] v = Arrays.stream(lang3.replace("commons-lang3-", "").replace(".jar", "").split("\\."))
        .mapToInt(Integer::parseInt).toArray();
    assertTrue(v[0] > 3 || v[0] == 3 && v[1] >= 18, lang3 + ": 3.18.0 or newer fixes CVE-2025-48924");
    // every consumer jar is one this build resolved itself (so the offline build can work on a
    // fresh machine: nothing but what `mvn verify` downloaded)
    Set<String> ours = Arrays.stream(Files.readString(Path.of(prop("conflictdata.runtimeClasspath")))
        .trim().split(File.pathSeparator)).map(s -> Path.of(s).getFileName().toString())
        .collect(Collectors.toSet());
    for (String n : names) {
      if (!n.startsWith("conflictdata-") && !n.startsWith("slf4j-simple") && !n.startsWith("log4j-to-slf4j")) {
        assertTrue(ours.contains(n), n + " is not on the library's own runtime class path");
      }
    }
    long bytes = 0;
    for (Path p : cp) {
      bytes += Files.size(p);
    }
    System.out.printf(Locale.ROOT, "ConsumerIT: consumer runtime class path %d jars, %.1f MB"
        + " (with slf4j-simple and log4j-to-slf4j)%n", cp.size(), bytes / 1e6);
  }

  @Test
  void runChangesNoSystemPropertyAndWritesNothingToStderr() throws Exception {
    List<Path> cp = consumerClassPath();
    Path consumer = work.resolve("consumer");
    String classPath = consumer.resolve("target/classes") + File.pathSeparator
        + cp.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
    Path out = work.resolve("run.out");
    Path err = work.resolve("run.err");
    Process p = new ProcessBuilder(javaExe(), "-cp", classPath, "example.Main")
        .directory(consumer.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "consumer program timed out");
    String stdout = Files.readString(out);
    String stderr = Files.readString(err);
    assertEquals(0, p.exitValue(), "exit status; stdout:\n" + stdout + "\nstderr:\n" + stderr);
    assertEquals("", stderr, "the consumer's standard error");
    // expected values read independently: the workbook's first sheet through POI, the CSV by lines
    int xlsxRows = sheetRows(Path.of(prop("conflictdata.basedir"), "data/ucdp/UcdpPrioConflict_v24_1.xlsx"));
    long csvRows;
    try (Stream<String> lines = Files.lines(
        Path.of(prop("conflictdata.basedir"), "data/ucdp/UcdpPrioConflict_v23_1.csv"), StandardCharsets.UTF_8)) {
      csvRows = lines.filter(l -> !l.isBlank()).count() - 1;
    }
    assertEquals("acd 24.1 rows " + xlsxRows + "\nacd 23.1 rows " + csvRows + "\nsystem properties unchanged\n",
        stdout.replace("\r\n", "\n"), "the consumer's standard output");
  }

  private static int sheetRows(Path xlsx) throws IOException {
    try (InputStream in = Files.newInputStream(xlsx); Workbook wb = WorkbookFactory.create(in)) {
      Sheet s = wb.getSheetAt(0);
      int n = 0;
      for (int r = s.getFirstRowNum() + 1; r <= s.getLastRowNum(); r++) {
        if (s.getRow(r) != null && s.getRow(r).getPhysicalNumberOfCells() > 0) {
          n++;
        }
      }
      return n;
    }
  }

  /** Builds the consumer offline (once) and returns its runtime class path, as Maven resolved it. */
  private static synchronized List<Path> consumerClassPath() throws Exception {
    Path consumer = work.resolve("consumer");
    Path cpFile = consumer.resolve("target/runtime-classpath.txt");
    if (!Files.exists(cpFile)) {
      Path log = work.resolve("mvn.log");
      String mvn = Path.of(prop("maven.home"), "bin",
          System.getProperty("os.name").startsWith("Windows") ? "mvn.cmd" : "mvn").toString();
      List<String> cmd = new ArrayList<>(List.of(mvn, "-o", "-q", "-B",
          "-Dmaven.repo.local=" + repo, "compile",
          "org.apache.maven.plugins:maven-dependency-plugin:" + prop("conflictdata.consumer.dependencyPlugin")
              + ":build-classpath",
          "-Dmdep.outputFile=" + cpFile, "-Dmdep.includeScope=runtime"));
      Process p = new ProcessBuilder(cmd).directory(consumer.toFile()).redirectErrorStream(true)
          .redirectOutput(log.toFile()).start();
      assertTrue(p.waitFor(10, TimeUnit.MINUTES), "offline consumer build timed out");
      assertEquals(0, p.exitValue(), "offline consumer build (" + String.join(" ", cmd) + "):\n"
          + Files.readString(log));
    }
    return Arrays.stream(Files.readString(cpFile).trim().split(File.pathSeparator))
        .map(Path::of).toList();
  }

  private static void writeConsumer(Path dir, String version) throws IOException {
    Path src = dir.resolve("src/main/java/example");
    Files.createDirectories(src);
    Files.writeString(dir.resolve("pom.xml"), """
        <?xml version="1.0" encoding="UTF-8"?>
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <groupId>example</groupId>
          <artifactId>consumer</artifactId>
          <version>1</version>
          <properties>
            <maven.compiler.release>17</maven.compiler.release>
            <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
          </properties>
          <dependencies>
            <dependency>
              <groupId>io.github.conflictdata</groupId>
              <artifactId>conflictdata</artifactId>
              <version>%s</version>
            </dependency>
            <dependency>
              <groupId>org.slf4j</groupId>
              <artifactId>slf4j-simple</artifactId>
              <version>%s</version>
            </dependency>
            <dependency>
              <groupId>org.apache.logging.log4j</groupId>
              <artifactId>log4j-to-slf4j</artifactId>
              <version>%s</version>
            </dependency>
          </dependencies>
          <build>
            <plugins>
              <plugin>
                <groupId>org.apache.maven.plugins</groupId>
                <artifactId>maven-resources-plugin</artifactId>
                <version>%s</version>
              </plugin>
              <plugin>
                <groupId>org.apache.maven.plugins</groupId>
                <artifactId>maven-compiler-plugin</artifactId>
                <version>%s</version>
              </plugin>
            </plugins>
          </build>
        </project>
        """.formatted(version, prop("conflictdata.consumer.slf4j"), prop("conflictdata.consumer.log4j"),
            prop("conflictdata.consumer.resourcesPlugin"), prop("conflictdata.consumer.compilerPlugin")));
    Files.writeString(src.resolve("Main.java"), """
        package example;

        import io.github.conflictdata.ConflictData;
        import io.github.conflictdata.DatasetKind;
        import java.util.Objects;
        import java.util.Properties;
        import java.util.TimeZone;
        import java.util.TreeSet;

        public class Main {
          public static void main(String[] args) {
            // the JDK sets user.timezone itself on the first use of the default time zone
            TimeZone.getDefault();
            Properties before = (Properties) System.getProperties().clone();
            int xlsx = ConflictData.bundled(DatasetKind.UCDP_PRIO_ACD, "24.1").table().rowCount();
            int csv = ConflictData.bundled(DatasetKind.UCDP_PRIO_ACD, "23.1").table().rowCount();
            System.out.println("acd 24.1 rows " + xlsx);
            System.out.println("acd 23.1 rows " + csv);
            Properties after = System.getProperties();
            TreeSet<String> keys = new TreeSet<>(before.stringPropertyNames());
            keys.addAll(after.stringPropertyNames());
            int changed = 0;
            for (String k : keys) {
              if (!Objects.equals(before.getProperty(k), after.getProperty(k))) {
                System.out.println("changed: " + k + " = " + after.getProperty(k));
                changed++;
              }
            }
            if (changed == 0) {
              System.out.println("system properties unchanged");
            }
          }
        }
        """);
  }

  private static void linkChildren(Path from, Path to, String except) throws IOException {
    Files.createDirectories(to);
    if (!Files.isDirectory(from)) {
      return;
    }
    try (Stream<Path> s = Files.list(from)) {
      for (Path c : (Iterable<Path>) s::iterator) {
        if (!c.getFileName().toString().equals(except)) {
          Files.createSymbolicLink(to.resolve(c.getFileName().toString()), c.toAbsolutePath());
        }
      }
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    // links are deleted, never followed: the build's local repository stays untouched
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static String javaExe() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static String prop(String name) {
    String v = System.getProperty(name);
    assertTrue(v != null && !v.isBlank(), "system property " + name + " (set by the pom's failsafe configuration)");
    return v;
  }
}
