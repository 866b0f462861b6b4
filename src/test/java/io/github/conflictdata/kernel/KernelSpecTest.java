package io.github.conflictdata.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code Kernel install / uninstall}: the kernelspec Jupyter reads. */
class KernelSpecTest {
  @TempDir Path tmp;

  private static JsonObject read(Path kernelJson) throws Exception {
    return JsonParser.parseString(Files.readString(kernelJson)).getAsJsonObject();
  }

  private static List<String> strings(JsonArray a) {
    List<String> out = new ArrayList<>();
    a.forEach(e -> out.add(e.getAsString()));
    return out;
  }

  @Test
  void installWithPrefixWritesAStandardKernelspec() throws Exception {
    assertEquals(0, KernelSpec.cli(true, new String[] {"--prefix", tmp.toString()}));
    Path dir = tmp.resolve("share/jupyter/kernels/conflictdata-java");
    JsonObject spec = read(dir.resolve("kernel.json"));
    assertEquals("Java (conflictdata)", spec.get("display_name").getAsString());
    assertEquals("java", spec.get("language").getAsString());
    List<String> argv = strings(spec.getAsJsonArray("argv"));
    assertTrue(Path.of(argv.get(0)).isAbsolute() && Files.isExecutable(Path.of(argv.get(0))), argv.get(0));
    assertEquals("{connection_file}", argv.get(argv.size() - 1));
    assertEquals("io.github.conflictdata.kernel.Kernel", argv.get(argv.size() - 2));
    String cp = argv.get(argv.indexOf("-cp") + 1);
    for (String entry : cp.split(File.pathSeparator)) {
      assertTrue(Path.of(entry).isAbsolute(), entry);
    }
    String classes = Path.of(Kernel.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    assertTrue(List.of(cp.split(File.pathSeparator)).contains(classes), "the kernel's own classes: " + classes);
    for (int size : new int[] {32, 64}) {
      BufferedImage logo = ImageIO.read(dir.resolve("logo-" + size + "x" + size + ".png").toFile());
      assertEquals(size, logo.getWidth());
      assertEquals(size, logo.getHeight());
    }
  }

  @Test
  void relativeClassPathEntriesBecomeAbsolute() throws Exception {
    Path dir = tmp.resolve("kernels/k");
    KernelSpec.install(dir, List.of("lib/some.jar", "classes"));
    List<String> argv = strings(read(dir.resolve("kernel.json")).getAsJsonArray("argv"));
    String cp = argv.get(argv.indexOf("-cp") + 1);
    assertEquals(Path.of("lib/some.jar").toAbsolutePath() + File.pathSeparator + Path.of("classes").toAbsolutePath(), cp);
  }

  @Test
  void nameOptionAndUninstall() throws Exception {
    String[] args = {"--prefix", tmp.toString(), "--name", "cd-test"};
    assertEquals(0, KernelSpec.cli(true, args));
    Path dir = tmp.resolve("share/jupyter/kernels/cd-test");
    assertTrue(Files.isRegularFile(dir.resolve("kernel.json")));
    assertEquals(0, KernelSpec.cli(false, args));
    assertFalse(Files.exists(dir));
    assertEquals(1, KernelSpec.cli(false, args), "nothing left to remove");
  }

  @Test
  void badOptionsAreRejected() {
    assertEquals(2, KernelSpec.cli(true, new String[] {"--frobnicate"}));
    assertEquals(2, KernelSpec.cli(true, new String[] {"--prefix"}));
    assertEquals(2, KernelSpec.cli(true, new String[] {"--prefix", tmp.toString(), "--name", "bad/name"}));
  }

  @Test
  void jvmOptionsSplitLikeAShell() {
    assertEquals(List.of("-Xmx8g", "-Dtitle=two words", "-ea"), Kernel.splitOptions(" -Xmx8g  \"-Dtitle=two words\" -ea "));
    assertEquals(List.of(), Kernel.splitOptions("   "));
  }
}
