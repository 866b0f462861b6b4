package io.github.conflictdata.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Shift-Tab: signatures from JShell, javadoc from the project's sources and dependency jars. */
class InspectionTest {
  static Evaluator ev;
  @TempDir static Path tmp;

  @BeforeAll
  static void start() {
    ev = new Evaluator(new RecordingSink());
  }

  @AfterAll
  static void stop() {
    ev.close();
  }

  @Test
  void theProjectsOwnMethodsShowTheirJavadoc() {
    String code = "ConflictData.bundled(";
    String doc = ev.inspect(code, code.length());
    assertNotNull(doc);
    // both overloads, each with its own comment (ConflictData.java)
    assertTrue(doc.contains("Dataset ConflictData.bundled(DatasetKind kind)\n"), doc);
    assertTrue(doc.contains("A specific shipped release of kind, e.g. bundled(COW_INTRA_STATE, \"4.1\")."), doc);
    assertTrue(doc.contains("@throws IllegalArgumentException if that release is not shipped"), doc);
    assertFalse(doc.contains("{@code"), "inline tags are reduced to text: " + doc);
  }

  @Test
  void aDependencysSourcesJarNextToItsJarGivesItsJavadoc() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("repo/demo/doc/1.0"));
    Path jar = dir.resolve("doc-1.0.jar");
    String src = "package demo.doc;\n/** Greets people. */\npublic class Greeter {\n"
        + "  /**\n   * Says hello to {@code name}.\n   * @param name who\n   */\n"
        + "  public static String hello(String name) { return \"hi \" + name; }\n"
        + "  /** Says hello twice. */\n  public static String hello(String name, int times) { return name; }\n}\n";
    IJavaCompatibilityTest.buildJar(jar, "demo.doc.Greeter", src);
    zip(dir.resolve("doc-1.0-sources.jar"), "demo/doc/Greeter.java", src);
    assertTrue(ev.execute("%jars " + jar).ok());
    String code = "demo.doc.Greeter.hello(";
    String doc = ev.inspect(code, code.length());
    assertTrue(doc.contains("String demo.doc.Greeter.hello(String)\nSays hello to name.\n@param name who"), doc);
    assertTrue(doc.contains("String demo.doc.Greeter.hello(String, int)\nSays hello twice."), doc);
    String type = ev.inspect("demo.doc.Greeter", "demo.doc.Greeter".length());
    assertTrue(type.contains("Greets people."), type);
  }

  @Test
  void aDependencysJavadocJarIsReadWhenThereAreNoSources() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("repo/demo/html/1.0"));
    Path jar = dir.resolve("html-1.0.jar");
    IJavaCompatibilityTest.buildJar(jar, "demo.html.Adder",
        "package demo.html; public class Adder { public static int add(int a, int b) { return a + b; } }");
    zip(dir.resolve("html-1.0-javadoc.jar"), "demo/html/Adder.html",
        "<html><body><section class=\"detail\" id=\"add(int,int)\"><h3>add</h3>"
            + "<div class=\"member-signature\">public static int add(int a, int b)</div>"
            + "<div class=\"block\">Adds <code>a</code> and <code>b</code>.</div></section></body></html>");
    assertTrue(ev.execute("%jars " + jar).ok());
    String code = "demo.html.Adder.add(";
    String doc = ev.inspect(code, code.length());
    assertTrue(doc.contains("int demo.html.Adder.add(int, int)\nAdds a and b."), doc);
  }

  @Test
  void signaturesAreParsed() {
    JavadocLookup.Target t = JavadocLookup.parse(
        "Table Table.create(String name, java.util.Collection<tech.tablesaw.columns.Column<?>> columns)");
    assertEquals(new JavadocLookup.Target("Table", "create", List.of("String", "Collection")), t);
    assertEquals(new JavadocLookup.Target("tech.tablesaw.api.Table", null, List.of()),
        JavadocLookup.parse("tech.tablesaw.api.Table"));
    JavadocLookup.Target generic = JavadocLookup.parse("T org.knowm.xchart.internal.ChartBuilder<T extends "
        + "org.knowm.xchart.internal.ChartBuilder<?,?>, C extends org.knowm.xchart.internal.chartpart.Chart>.width(int width)");
    assertEquals(new JavadocLookup.Target("org.knowm.xchart.internal.ChartBuilder", "width", List.of("int")), generic);
    assertEquals(List.of("Column[]"), JavadocLookup.parse("Table Table.create(tech.tablesaw.columns.Column<?>... columns)").paramTypes());
  }

  private static void zip(Path file, String entry, String text) throws IOException {
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(file))) {
      z.putNextEntry(new ZipEntry(entry));
      z.write(text.getBytes(StandardCharsets.UTF_8));
      z.closeEntry();
    }
  }
}
