package io.github.conflictdata.kernel;

import com.google.gson.JsonObject;
import io.github.conflictdata.ConflictData;
import io.github.conflictdata.DatasetKind;
import tech.tablesaw.api.Table;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The agent: a separate JVM that holds the JShell session and runs the user's code, so that a
 * cell calling {@code System.exit}, running out of memory or killing its JVM costs the session,
 * never the kernel. It connects back to the kernel over loopback and speaks {@link Wire}.
 */
public final class AgentMain {
  private AgentMain() {}

  /**
   * {@code AgentMain}, with "PORT TOKEN" as the first line of stdin: connect to the kernel on
   * 127.0.0.1:PORT and serve it. The secret is not taken from the command line, which every local
   * user can read.
   */
  public static void main(String[] args) throws Exception {
    if (ModuleLayer.boot().findModule("jdk.jshell").isEmpty()) {
      System.err.println(Kernel.noJShellMessage());
      System.exit(4);
    }
    if (args.length > 0 && args[0].equals("--train")) {
      train();
      return;
    }
    String[] secret = firstLine(System.in).trim().split(" ");
    if (secret.length != 2) {
      System.err.println("AgentMain expects \"PORT TOKEN\" on its stdin (the kernel starts it)");
      System.exit(2);
    }
    int port = Integer.parseInt(secret[0]);
    Wire wire = connect(port, secret[1], "main");
    Wire control = connect(port, secret[1], "control");
    new AgentMain.Session(wire, control).serve();
  }

  /** The first line of {@code in}, read byte by byte so that nothing past it is buffered. */
  private static String firstLine(java.io.InputStream in) throws IOException {
    java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
    for (int c; (c = in.read()) >= 0 && c != '\n'; ) {
      if (b.size() > 256) {
        break;
      }
      b.write(c);
    }
    return b.toString(StandardCharsets.UTF_8);
  }

  /** Opens one of the two connections to the kernel: "main" (requests, events) or "control". */
  private static Wire connect(int port, String token, String channel) throws IOException {
    Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
    socket.setTcpNoDelay(true);
    Wire wire = new Wire(
        new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8)),
        new BufferedWriter(new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8)));
    JsonObject hello = new JsonObject();
    hello.addProperty("type", "hello");
    hello.addProperty("token", token);
    hello.addProperty("channel", channel);
    wire.write(hello);
    return wire;
  }

  /** The warm-up thread, while it may still run. */
  private static volatile Thread warmUp;

  /**
   * Waits for the warm-up before a cell runs: Tablesaw's column types initialise one another in
   * their static initialisers, so two threads meeting them for the first time at once can
   * deadlock (a cell and the warm-up did, on JDK 25). The warm-up overlaps with JShell's start
   * and the user's typing, not with a cell.
   */
  static void awaitWarmUp() {
    Thread t = warmUp;
    if (t != null) {
      try {
        t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      warmUp = null;
    }
  }

  /** Loads Tablesaw and reads the bundled ACD once, quietly (see {@code serve}). */
  static void warmLibrary() {
    try {
      Table.create("warm-up");
      ConflictData.bundled(DatasetKind.UCDP_PRIO_ACD);
    } catch (Throwable t) {
      // a warm-up only: the user's own cell reports whatever fails
    }
  }

  /**
   * A class-data-sharing training run (see {@link KernelSpec}): the classes a session loads for
   * typical cells, so that an archive of them makes later agents start faster.
   */
  static void train() {
    DisplaySink quiet = new DisplaySink() {
      @Override
      public void stream(String name, String text) {}

      @Override
      public void display(MimeBundle bundle, String displayId, boolean update) {}

      @Override
      public void clearOutput(boolean wait) {}
    };
    Evaluator e = new Evaluator(quiet);
    e.warmUp();
    e.execute("Table t = Table.create(\"t\", IntColumn.create(\"n\", 1, 2, 3), "
        + "StringColumn.create(\"s\", \"a\", \"b\", \"c\"));\nt");
    e.execute("var c = new XYChartBuilder().width(100).height(80).build();\n"
        + "c.addSeries(\"s\", new double[] {1, 2}, new double[] {3, 4});\ndisplay(c);");
    e.execute("ConflictData.bundled(DatasetKind.UCDP_PRIO_ACD).table().rowCount()");
    e.execute("%time 1 + 2");
    e.execute("throw new IllegalStateException(\"x\");");
    e.execute("String s = 3;");
    e.complete("Math.ma", 7);
    e.inspect("Math.max", 8);
    e.isComplete("for (int i = 0; i < 3; i++) {");
    e.close();
    System.exit(0);
  }

  /**
   * One agent's life: set up streams and the evaluator, then answer requests until EOF. Requests
   * run on the thread that reads them (no hand-off per cell); interrupts arrive on the control
   * connection, read by its own thread.
   */
  static final class Session implements DisplaySink {
    private final Wire wire;
    private final Wire control;
    private final StreamBuffer stdout = new StreamBuffer("stdout");
    private final StreamBuffer stderr = new StreamBuffer("stderr");
    private volatile Evaluator evaluator;
    private final KernelStdin stdin = new KernelStdin(this::requestInput);
    private final java.util.concurrent.BlockingQueue<java.util.Optional<String>> inputs =
        new java.util.concurrent.LinkedBlockingQueue<>();

    Session(Wire wire, Wire control) {
      this.wire = wire;
      this.control = control;
    }

    void serve() throws IOException {
      System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
      // once, at start: a cell's own System.setIn(...) stays in effect
      System.setIn(stdin);
      Thread flusher = new Thread(() -> {
        while (true) {
          try {
            Thread.sleep(40);
          } catch (InterruptedException e) {
            return;
          }
          drain();
        }
      }, "agent-stream-flusher");
      flusher.setDaemon(true);
      flusher.start();
      installSigint();
      Thread controlReader = new Thread(() -> {
        try {
          JsonObject m;
          while ((m = control.read()) != null) {
            String op = m.get("op").getAsString();
            if (op.equals("interrupt")) {
              Evaluator e = evaluator;
              if (e != null) {
                e.stop();
              }
            } else if (op.equals("input_reply")) {
              inputs.add(java.util.Optional.ofNullable(m.has("value") ? m.get("value").getAsString() : null));
            } else if (op.equals("shutdown")) {
              break;
            }
          }
        } catch (IOException | RuntimeException e) {
          // the kernel is gone
        }
        drain();
        Runtime.getRuntime().halt(0);
      }, "agent-control");
      controlReader.setDaemon(true);
      controlReader.start();
      // the session (JShell and the default imports) is built before the kernel's init message
      // is read, so that it overlaps with the kernel process's own start-up
      Evaluator session = null;
      Throwable failure = null;
      // Tablesaw's class initialisation (its ClassGraph scan) and the bundled ACD's snapshot load
      // while JShell starts and the user types: the first cell that reads data does not pay them
      Thread warm = new Thread(AgentMain::warmLibrary, "library-warm-up");
      warmUp = warm;
      warm.setDaemon(true);
      warm.start();
      try {
        session = new Evaluator(this);
      } catch (Throwable t) {
        failure = t;
      }
      JsonObject init = wire.read();
      if (init == null) {
        Runtime.getRuntime().halt(0);
      }
      start(init, session, failure);
      JsonObject msg;
      while ((msg = wire.read()) != null) {
        handle(msg);
      }
      drain();
      Runtime.getRuntime().halt(0);
    }

    private void installSigint() {
      // Jupyter may signal the kernel's whole process group: SIGINT stops the cell, not the agent.
      // Where SIGINT cannot be handled, interrupt_request still works.
      Sigint.handle(() -> {
        Evaluator e = evaluator;
        if (e != null) {
          e.stop();
        }
      });
    }

    private void start(JsonObject init, Evaluator e, Throwable failure) {
      List<String> warnings = new ArrayList<>();
      try {
        if (failure != null) {
          throw failure;
        }
        for (var p : init.getAsJsonArray("classpath")) {
          try {
            e.addToClassPath(p.getAsString());
          } catch (RuntimeException ex) {
            warnings.add("could not restore class path entry " + p.getAsString() + ": " + ex.getMessage());
          }
        }
        e.onClassPathAdded(p -> send("classpath", "path", p));
        // no separate warm-up: the default imports have already warmed the compiler, and
        // another snippet here costs more start-up time than it saves in the first cell
        String script = System.getenv("CONFLICTDATA_STARTUP");
        if (script != null && !script.isBlank()) {
          Path path = Path.of(script);
          if (!Files.isRegularFile(path)) {
            warnings.add("CONFLICTDATA_STARTUP names " + script + ", which is not a file");
          } else {
            Outcome o = e.execute(Files.readString(path, StandardCharsets.UTF_8), path.getFileName().toString());
            if (!o.ok()) {
              warnings.add("start-up script " + script + " failed:\n" + String.join("\n", o.traceback()));
            }
          }
        }
        evaluator = e;
        drain();
        JsonObject ready = new JsonObject();
        ready.addProperty("type", "ready");
        ready.add("warnings", Wire.strings(warnings));
        wire.write(ready);
      } catch (Throwable t) {
        System.err.println("conflictdata agent failed to start: " + t);
        t.printStackTrace();
        drain();
        Runtime.getRuntime().halt(5);
      }
    }

    private void handle(JsonObject m) {
      String op = m.get("op").getAsString();
      String id = m.get("id").getAsString();
      JsonObject done = new JsonObject();
      done.addProperty("type", "done");
      done.addProperty("id", id);
      Evaluator e = evaluator;
      boolean fatal = false;
      try {
        switch (op) {
          case "execute" -> {
            awaitWarmUp();
            stdin.allow(m.has("allowStdin") && m.get("allowStdin").getAsBoolean());
            inputs.clear();
            Outcome o;
            try {
              o = e.execute(m.get("code").getAsString(),
                  m.has("label") ? m.get("label").getAsString() : null);
            } finally {
              stdin.allow(false);
            }
            drain();
            done.addProperty("ok", o.ok());
            if (o.result() != null) {
              done.add("result", Wire.bundleJson(o.result()));
            }
            if (!o.ok()) {
              done.addProperty("ename", o.ename());
              done.addProperty("evalue", o.evalue());
              done.add("traceback", Wire.strings(o.traceback()));
            }
            fatal = o.fatal();
            done.addProperty("fatal", fatal);
          }
          case "complete" -> {
            Evaluator.Completion c = e.complete(m.get("code").getAsString(), m.get("cursor").getAsInt());
            done.add("matches", Wire.strings(c.matches()));
            done.addProperty("start", c.start());
            done.addProperty("end", c.end());
          }
          case "inspect" -> {
            String doc = e.inspect(m.get("code").getAsString(), m.get("cursor").getAsInt());
            if (doc != null) {
              done.addProperty("text", doc);
            }
          }
          case "is_complete" -> done.addProperty("status", e.isComplete(m.get("code").getAsString()));
          default -> done.addProperty("unknown", op);
        }
      } catch (Throwable t) {
        drain();
        done.addProperty("ok", false);
        done.addProperty("ename", t.getClass().getName());
        done.addProperty("evalue", String.valueOf(t.getMessage()));
        done.add("traceback", Wire.strings(List.of("internal error in the agent: " + t)));
      }
      try {
        wire.write(done);
      } catch (IOException io) {
        Runtime.getRuntime().halt(6);
      }
      if (fatal) {
        // OutOfMemoryError: the JVM may be broken; the kernel starts a fresh agent
        Runtime.getRuntime().halt(3);
      }
    }

    /**
     * Asks the kernel for a line of input (an input_request to the front end) and waits for it;
     * null when there is none (the cell was interrupted).
     */
    private String requestInput(String prompt) throws InterruptedException {
      drain(); // the prompt the cell printed comes first
      JsonObject o = new JsonObject();
      o.addProperty("type", "input_request");
      o.addProperty("prompt", prompt);
      o.addProperty("password", false);
      write(o);
      return inputs.take().orElse(null);
    }

    private void send(String type, String key, String value) {
      JsonObject o = new JsonObject();
      o.addProperty("type", type);
      o.addProperty(key, value);
      try {
        wire.write(o);
      } catch (IOException e) {
        Runtime.getRuntime().halt(6);
      }
    }

    /** Held while a stream buffer's text is taken and sent: see {@link #drain()}. */
    private final Object output = new Object();

    /**
     * Sends what the cell printed so far. Taking a buffer's text and sending it is one step under
     * {@link #output}: when the flusher thread had taken the text but not yet sent it, a drain by
     * the cell's thread found the buffer empty and sent "done" first, so the kernel reported the
     * cell idle before its output arrived (seen under load as jupyter_kernel_test missing a
     * stream message).
     */
    private void drain() {
      synchronized (output) {
        stdout.drain();
        stderr.drain();
      }
    }

    @Override
    public void stream(String name, String text) {
      drain();
      JsonObject o = new JsonObject();
      o.addProperty("type", "stream");
      o.addProperty("name", name);
      o.addProperty("text", text);
      write(o);
    }

    @Override
    public void display(MimeBundle bundle, String displayId, boolean update) {
      drain();
      JsonObject o = Wire.bundleJson(bundle);
      o.addProperty("type", "display");
      o.addProperty("display_id", displayId);
      o.addProperty("update", update);
      write(o);
    }

    @Override
    public void clearOutput(boolean wait) {
      drain();
      JsonObject o = new JsonObject();
      o.addProperty("type", "clear");
      o.addProperty("wait", wait);
      write(o);
    }

    private void write(JsonObject o) {
      try {
        wire.write(o);
      } catch (IOException e) {
        Runtime.getRuntime().halt(6);
      }
    }

    /** Collects a stream's bytes; {@link #drain()} sends what forms whole UTF-8 characters. */
    private final class StreamBuffer extends OutputStream {
      private final String name;
      private final ByteArrayOutputStream buf = new ByteArrayOutputStream();

      StreamBuffer(String name) {
        this.name = name;
      }

      @Override
      public synchronized void write(int b) {
        buf.write(b);
      }

      @Override
      public synchronized void write(byte[] b, int off, int len) {
        buf.write(b, off, len);
      }

      void drain() {
        String text;
        synchronized (this) {
          if (buf.size() == 0) {
            return;
          }
          byte[] bytes = buf.toByteArray();
          int cut = completeUtf8(bytes);
          text = new String(bytes, 0, cut, StandardCharsets.UTF_8);
          buf.reset();
          buf.write(bytes, cut, bytes.length - cut);
        }
        if (!text.isEmpty()) {
          JsonObject o = new JsonObject();
          o.addProperty("type", "stream");
          o.addProperty("name", name);
          o.addProperty("text", text);
          Session.this.write(o);
        }
      }
    }

    /** The length of the longest prefix of {@code b} that ends on a UTF-8 character boundary. */
    static int completeUtf8(byte[] b) {
      int n = b.length;
      for (int back = 1; back <= Math.min(3, n); back++) {
        int c = b[n - back] & 0xff;
        if ((c & 0xc0) == 0x80) {
          continue; // continuation byte: look further back for the lead byte
        }
        int need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
        return need > back ? n - back : n;
      }
      return n;
    }
  }
}
