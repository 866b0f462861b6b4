package io.github.conflictdata.kernel;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * Writes and removes the kernelspec: {@code kernels/NAME/kernel.json} (argv with this JVM's java
 * and class path, every entry absolute) and two logos drawn here with Java2D.
 */
final class KernelSpec {
  static final String DEFAULT_NAME = "conflictdata-java";
  static final String DISPLAY_NAME = "Java (conflictdata)";

  private KernelSpec() {}

  /** Parses the install/uninstall options; returns the process exit code. */
  static int cli(boolean install, String[] args) {
    String name = DEFAULT_NAME;
    Path dataDir = null;
    boolean cds = true;
    try {
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--user" -> dataDir = userDataDir();
          case "--prefix" -> dataDir = Path.of(value(args, ++i, "--prefix")).resolve("share").resolve("jupyter");
          case "--sys-prefix" -> dataDir = sysPrefix().resolve("share").resolve("jupyter");
          case "--name" -> name = value(args, ++i, "--name");
          case "--no-cds" -> cds = false;
          default -> throw new IllegalArgumentException("unknown option " + args[i] + "\n" + Kernel.usage());
        }
      }
      if (!name.matches("[A-Za-z0-9._-]+")) {
        throw new IllegalArgumentException("--name must be letters, digits, '.', '_' or '-': " + name);
      }
      if (dataDir == null) {
        dataDir = userDataDir();
      }
      Path dir = dataDir.toAbsolutePath().resolve("kernels").resolve(name);
      if (install) {
        install(dir, ClassPaths.current(), cds);
        System.out.println("Installed kernelspec " + name + " in " + dir);
        if (!Kernel.hasJShell()) {
          System.err.println("warning: " + Kernel.noJShellMessage());
        }
      } else {
        if (!Files.isDirectory(dir)) {
          System.err.println("No kernelspec " + name + " in " + dir);
          return 1;
        }
        uninstall(dir);
        System.out.println("Removed kernelspec " + name + " from " + dir);
      }
      return 0;
    } catch (IllegalArgumentException | IOException e) {
      System.err.println(e.getMessage());
      return 2;
    }
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }

  /**
   * Writes {@code dir/kernel.json} and the logos.
   *
   * @param classPath the kernel's class path; entries are made absolute
   */
  static void install(Path dir, List<String> classPath) throws IOException {
    install(dir, classPath, false);
  }

  /**
   * Writes {@code dir/kernel.json} and the logos; with {@code cds}, and when the class path is
   * jars only (a fat jar), also class-data-sharing archives from two training runs, which cut the
   * kernel's start-up CPU time. A JVM that cannot use them (another JDK build, a rebuilt jar)
   * warns in the kernel log and starts without them.
   */
  static void install(Path dir, List<String> classPath, boolean cds) throws IOException {
    Files.createDirectories(dir);
    StringBuilder cp = new StringBuilder();
    for (String e : classPath) {
      if (cp.length() > 0) {
        cp.append(File.pathSeparator);
      }
      cp.append(Path.of(e).toAbsolutePath().normalize());
    }
    JsonArray argv = new JsonArray();
    argv.add(Kernel.javaExecutable());
    argv.add("-XX:+UseSerialGC");
    argv.add("-XX:TieredStopAtLevel=1");
    argv.add("-Dfile.encoding=UTF-8");
    if (!Kernel.aotCache()) {
      argv.add("-Xshare:auto"); // JDK 25's -XX:AOTCache refuses to start beside any -Xshare
    }
    if (cds && classPath.stream().allMatch(e -> e.endsWith(".jar") && Files.isRegularFile(Path.of(e)))) {
      String ext = Kernel.aotCache() ? ".aot" : ".jsa";
      Path kernelArchive = dir.resolve("kernel" + ext);
      Path agentArchive = dir.resolve("agent" + ext);
      String cpString = cp.toString();
      Process kernel = trainer(kernelArchive, cpString, List.of(), Kernel.class.getName());
      Process agent = trainer(agentArchive, cpString, Kernel.agentJavaCommand().subList(1, Kernel.agentJavaCommand().size()),
          AgentMain.class.getName());
      boolean kernelOk = finished(kernel) && Files.isRegularFile(kernelArchive);
      boolean agentOk = finished(agent) && Files.isRegularFile(agentArchive);
      if (kernelOk) {
        argv.add(Kernel.archiveOption(kernelArchive));
      }
      if (agentOk) {
        argv.add("-D" + Kernel.AGENT_ARCHIVE_PROPERTY + "=" + agentArchive);
      }
      if (!kernelOk || !agentOk) {
        System.err.println("note: could not write class-data-sharing archives; the kernel starts without them");
      }
    }
    argv.add("-cp");
    argv.add(cp.toString());
    argv.add(Kernel.class.getName());
    argv.add("{connection_file}");
    JsonObject spec = new JsonObject();
    spec.add("argv", argv);
    spec.addProperty("display_name", DISPLAY_NAME);
    spec.addProperty("language", "java");
    spec.addProperty("interrupt_mode", "message");
    spec.add("env", new JsonObject());
    JsonObject metadata = new JsonObject();
    metadata.addProperty("debugger", false);
    spec.add("metadata", metadata);
    Files.writeString(dir.resolve("kernel.json"),
        new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(spec) + "\n", StandardCharsets.UTF_8);
    for (int size : new int[] {32, 64}) {
      ImageIO.write(logo(size), "png", dir.resolve("logo-" + size + "x" + size + ".png").toFile());
    }
  }

  private static Process trainer(Path archive, String cp, List<String> jvmOptions, String main) throws IOException {
    Files.deleteIfExists(archive);
    List<String> cmd = new java.util.ArrayList<>();
    cmd.add(Kernel.javaExecutable());
    for (String o : jvmOptions) {
      if (!o.startsWith("-XX:SharedArchiveFile") && !o.startsWith("-XX:AOTCache")
          && !o.startsWith("-Xshare")) {
        cmd.add(o);
      }
    }
    if (main.equals(Kernel.class.getName())) {
      cmd.addAll(List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
    }
    // JDK 25 and later: an AOT cache (classes loaded and linked, method profiles) from the
    // training run; JDK 17-24: a dynamic class-data-sharing archive
    cmd.addAll(Kernel.aotCache()
        ? List.of("-XX:AOTCacheOutput=" + archive, "-Xlog:aot=off", "-Xlog:cds=off")
        : List.of("-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
    cmd.addAll(List.of("-cp", cp, main, "--train"));
    return new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
  }

  private static boolean finished(Process p) {
    try {
      if (!p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return false;
      }
      return p.exitValue() == 0;
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      return false;
    }
  }

  static void uninstall(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** A small bar chart on a dark tile, drawn at {@code size} pixels. */
  static BufferedImage logo(int size) {
    System.setProperty("java.awt.headless", "true");
    BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = img.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      float s = size / 64f;
      g.setColor(new Color(0x1f, 0x2a, 0x3c));
      g.fill(new RoundRectangle2D.Float(0, 0, size, size, 14 * s, 14 * s));
      int[][] bars = {{10, 30}, {24, 18}, {38, 40}};
      g.setColor(new Color(0xe8, 0xe8, 0xe8));
      for (int[] b : bars) {
        g.fillRect(Math.round(b[0] * s), Math.round((54 - b[1]) * s), Math.round(10 * s), Math.round(b[1] * s));
      }
      g.setColor(new Color(0xd6, 0x27, 0x28));
      g.setStroke(new BasicStroke(3 * s, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      g.drawPolyline(new int[] {Math.round(8 * s), Math.round(29 * s), Math.round(56 * s)},
          new int[] {Math.round(30 * s), Math.round(22 * s), Math.round(8 * s)}, 3);
    } finally {
      g.dispose();
    }
    return img;
  }

  /** Jupyter's per-user data directory, honouring JUPYTER_DATA_DIR. */
  static Path userDataDir() {
    String env = System.getenv("JUPYTER_DATA_DIR");
    if (env != null && !env.isBlank()) {
      return Path.of(env);
    }
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    Path home = Path.of(System.getProperty("user.home"));
    if (os.contains("mac")) {
      return home.resolve("Library").resolve("Jupyter");
    }
    if (os.contains("win")) {
      String appData = System.getenv("APPDATA");
      return (appData != null ? Path.of(appData) : home).resolve("jupyter");
    }
    String xdg = System.getenv("XDG_DATA_HOME");
    return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local").resolve("share"))
        .resolve("jupyter");
  }

  /** The prefix of the Python that runs Jupyter ({@code sys.prefix} of python3 on the PATH). */
  static Path sysPrefix() throws IOException {
    Process p = new ProcessBuilder("python3", "-c", "import sys; print(sys.prefix)")
        .redirectErrorStream(true).start();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line = r.readLine();
      if (p.waitFor() != 0 || line == null || line.isBlank()) {
        throw new IOException("--sys-prefix: could not ask python3 for sys.prefix");
      }
      return Path.of(line.trim());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }
}
