package io.github.conflictdata.kernel;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The conflictdata Jupyter kernel for Java: {@code Kernel CONNECTION_FILE} runs it (Jupyter does
 * that, from the kernelspec); {@code Kernel install [--user | --prefix DIR | --sys-prefix] [--name
 * NAME]} and {@code Kernel uninstall [...]} manage the kernelspec.
 *
 * <p>The kernel process speaks Jupyter's protocol; user code runs in a separate agent JVM (a JShell
 * session, see {@link AgentMain}) that the kernel restarts if it dies.
 */
public final class Kernel {
  /** Environment variable: JVM options for the agent JVM, e.g. {@code -Xmx8g}. */
  public static final String OPTS_ENV = "CONFLICTDATA_JSHELL_OPTS";

  /** Environment variable: a Java/JShell script run when a session starts. */
  public static final String STARTUP_ENV = "CONFLICTDATA_STARTUP";

  /** System property naming the agent's class-data-sharing archive (set in kernel.json). */
  static final String AGENT_ARCHIVE_PROPERTY = "conflictdata.agent.cds";

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

  private Kernel() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
      System.out.println(usage());
      return;
    }
    switch (args[0]) {
      case "install" -> System.exit(KernelSpec.cli(true, Arrays.copyOfRange(args, 1, args.length)));
      case "uninstall" -> System.exit(KernelSpec.cli(false, Arrays.copyOfRange(args, 1, args.length)));
      case "run" -> run(Path.of(args[1]));
      case "--train" -> train();
      default -> run(Path.of(args[0]));
    }
  }

  static String usage() {
    return String.join("\n",
        "usage: java -jar conflictdata-kernel.jar CONNECTION_FILE",
        "       java -jar conflictdata-kernel.jar install [--user | --prefix DIR | --sys-prefix] [--name NAME] [--no-cds]",
        "       java -jar conflictdata-kernel.jar uninstall [--user | --prefix DIR | --sys-prefix] [--name NAME]",
        "environment: " + OPTS_ENV + " (agent JVM options, e.g. -Xmx8g), " + STARTUP_ENV
            + " (start-up script), CONFLICTDATA_MAVEN_OFFLINE=true (%maven from the local repository only)");
  }

  private static void run(Path connectionFile) throws Exception {
    // the agent JVM starts first: its warm-up is the longest part of the kernel's start-up
    Agent agent = new Agent(agentJavaCommand(), ClassPaths.current());
    if (hasJShell()) {
      agent.start();
    } else {
      log(noJShellMessage());
    }
    ConnectionFile conn =
        ConnectionFile.parse(Files.readString(connectionFile, StandardCharsets.UTF_8));
    JupyterServer server = new JupyterServer(conn, agent);
    installSigint(agent);
    Runtime.getRuntime().addShutdownHook(new Thread(agent::close, "agent-shutdown"));
    server.run();
    server.close();
    System.exit(0);
  }

  /**
   * A class-data-sharing training run (see {@link KernelSpec}): loads what the kernel process
   * loads to serve messages, without serving any.
   */
  private static void train() throws Exception {
    String json = "{\"ip\": \"127.0.0.1\", \"transport\": \"tcp\", \"shell_port\": 0,"
        + " \"iopub_port\": 0, \"stdin_port\": 0, \"control_port\": 0, \"hb_port\": 0,"
        + " \"signature_scheme\": \"hmac-sha256\", \"key\": \"training\"}";
    ConnectionFile conn = ConnectionFile.parse(json);
    JupyterServer server = new JupyterServer(conn, new Agent(agentJavaCommand(), ClassPaths.current()));
    server.train();
    server.close();
    System.exit(0);
  }

  private static void installSigint(Agent agent) {
    if (!Sigint.handle(agent::interrupt)) {
      log("SIGINT cannot be handled here; interrupt_request still works");
    }
  }

  /** The java executable and options that start the agent JVM. */
  static List<String> agentJavaCommand() {
    List<String> cmd = new ArrayList<>();
    cmd.add(javaExecutable());
    cmd.add("-XX:+ExitOnOutOfMemoryError");
    cmd.add("-Djava.awt.headless=true");
    cmd.add("-Dslf4j.internal.verbosity=ERROR");
    // the kernel is an application and chooses for its notebooks what the library leaves to its
    // users: POI's Log4j API messages go to Log4j's simple provider, switched off, so that no
    // "could not find a logging provider" or drawing-part line lands between a cell's results
    // (CONFLICTDATA_JSHELL_OPTS, added after, may set another level or provider)
    cmd.add("-Dlog4j2.provider=org.apache.logging.log4j.simple.internal.SimpleProvider");
    cmd.add("-Dorg.apache.logging.log4j.simplelog.level=OFF");
    // cells, their output and the wire to the kernel are UTF-8 whatever the locale (Java 17's
    // default charset follows it: in a POSIX locale "Médecins" would not survive the trip)
    cmd.add("-Dfile.encoding=UTF-8");
    cmd.add("-XX:+UseSerialGC");
    // C1 only: JShell's compiler warms up in about half the time, and interactive cells stay
    // fast on a busy machine; CONFLICTDATA_JSHELL_OPTS=-XX:TieredStopAtLevel=4 restores C2
    // for long computations (a later option wins).
    cmd.add("-XX:TieredStopAtLevel=1");
    String archive = System.getProperty(AGENT_ARCHIVE_PROPERTY);
    if (archive != null && java.nio.file.Files.isRegularFile(Path.of(archive))) {
      cmd.add(archiveOption(Path.of(archive)));
    } else {
      cmd.add("-Xshare:auto"); // the JDK's own archive; an AOT cache cannot be used beside it
    }
    String opts = System.getenv(OPTS_ENV);
    if (opts != null) {
      cmd.addAll(splitOptions(opts));
    }
    return cmd;
  }

  /** Splits JVM options as a shell would for simple quoting: {@code -Da="x y" -Xmx4g}. */
  static List<String> splitOptions(String opts) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    char quote = 0;
    boolean any = false;
    for (char c : opts.toCharArray()) {
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          cur.append(c);
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
        any = true;
      } else if (Character.isWhitespace(c)) {
        if (cur.length() > 0 || any) {
          out.add(cur.toString());
          cur.setLength(0);
          any = false;
        }
      } else {
        cur.append(c);
      }
    }
    if (cur.length() > 0 || any) {
      out.add(cur.toString());
    }
    return out;
  }

  /** Whether this JVM makes and uses AOT caches (JDK 25 and later) instead of CDS archives. */
  static boolean aotCache() {
    return Runtime.version().feature() >= 25;
  }

  /** The JVM option that uses a training run's archive: an AOT cache or a CDS archive. */
  static String archiveOption(Path archive) {
    return (archive.toString().endsWith(".aot") ? "-XX:AOTCache=" : "-XX:SharedArchiveFile=") + archive;
  }

  /** The absolute path of the java executable running this JVM. */
  static String javaExecutable() {
    return ProcessHandle.current().info().command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
  }

  /** Whether this Java runtime has JShell (a JDK; a JRE lacks it). */
  static boolean hasJShell() {
    return ModuleLayer.boot().findModule("jdk.jshell").isPresent();
  }

  /** What to tell a user whose java is a JRE. */
  static String noJShellMessage() {
    return "This Java runtime (" + System.getProperty("java.home") + ", Java " + Runtime.version()
        + ") has no jdk.jshell module: it is a JRE, and the conflictdata kernel runs code with JShell,"
        + " which only a JDK has. Install a JDK 17 or newer (on Debian: apt-get install"
        + " openjdk-17-jdk-headless) and reinstall the kernel with that JDK's java:"
        + " /path/to/jdk/bin/java -jar conflictdata-kernel.jar install";
  }

  /** The library version, from the jar manifest when packaged. */
  static String version() {
    String v = Kernel.class.getPackage().getImplementationVersion();
    return v == null ? "0.1.0-SNAPSHOT" : v;
  }

  /** Logs to stderr, which Jupyter keeps in its server log. */
  static void log(String message) {
    System.err.println("[conflictdata-kernel " + LocalTime.now().format(TIME) + "] " + message);
  }
}
