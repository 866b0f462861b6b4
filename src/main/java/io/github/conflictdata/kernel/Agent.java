package io.github.conflictdata.kernel;

import com.google.gson.JsonObject;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The kernel's handle on its agent JVM ({@link AgentMain}): starts it, sends it requests, relays
 * its events, interrupts it, and starts a new one when it dies. One request at a time.
 */
final class Agent {
  /** Seconds an interrupted cell gets to stop before the agent is killed and restarted. */
  static final long INTERRUPT_GRACE_SECONDS = 5;

  private final List<String> command;
  private final List<String> restoredClassPath = new CopyOnWriteArrayList<>();
  private final AtomicLong ids = new AtomicLong();
  private final Object lock = new Object();
  private volatile Generation current;
  private volatile boolean closed;

  /** What a request ended with: the agent's "done" message, or a death report. */
  record Reply(JsonObject done, String deathMessage) {
    boolean died() {
      return deathMessage != null;
    }
  }

  /**
   * @param javaCommand the java executable and JVM options; the agent's class path and main class
   *     are appended
   */
  Agent(List<String> javaCommand, List<String> classPath) {
    List<String> cmd = new ArrayList<>(javaCommand);
    cmd.add("-cp");
    cmd.add(String.join(File.pathSeparator, classPath));
    cmd.add(AgentMain.class.getName());
    this.command = List.copyOf(cmd);
  }

  /** Starts an agent now (in the background), so that it warms up while the kernel connects. */
  void start() {
    synchronized (lock) {
      if (current == null || !current.alive()) {
        current = new Generation();
      }
    }
  }

  /** One agent process and its connection. */
  private final class Generation {
    final BlockingQueue<JsonObject> inbox = new LinkedBlockingQueue<>();
    final Deque<String> stderrTail = new ArrayDeque<>();
    final List<Thread> pumps = new CopyOnWriteArrayList<>();
    volatile Process process;
    volatile Wire wire;
    volatile Wire control;
    volatile boolean ready;
    volatile boolean dead;
    volatile String inFlight;
    volatile boolean killedAfterInterrupt;
    List<String> warnings = List.of();

    Generation() {
      Thread t = new Thread(this::run, "agent-connection");
      t.setDaemon(true);
      t.start();
    }

    boolean alive() {
      return !dead;
    }

    private void run() {
      String token = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
      try (ServerSocket server = new ServerSocket(0, 4, InetAddress.getLoopbackAddress())) {
        // the port and token go over the child's stdin, never on its command line: any local user
        // reads /proc/PID/cmdline, and with the token could connect first as the agent
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.redirectInput(ProcessBuilder.Redirect.PIPE);
        process = pb.start();
        try (OutputStream secret = process.getOutputStream()) {
          secret.write((server.getLocalPort() + " " + token + "\n").getBytes(StandardCharsets.UTF_8));
        } // closed: the agent's stdin is then at its end, as /dev/null was
        pump(process.getInputStream(), "agent stdout");
        pump(process.getErrorStream(), "agent stderr");
        server.setSoTimeout(200);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        Wire main = null;
        Wire ctl = null;
        while (main == null || ctl == null) {
          Socket socket;
          try {
            socket = server.accept();
          } catch (SocketTimeoutException e) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
              throw new IOException("the agent did not connect");
            }
            continue;
          }
          socket.setTcpNoDelay(true);
          socket.setSoTimeout(10_000); // a silent stranger must not block the agent's start
          Wire w = new Wire(
              new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8)),
              new BufferedWriter(new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8)));
          JsonObject hello;
          try {
            hello = w.read();
          } catch (IOException | RuntimeException e) {
            socket.close();
            continue;
          }
          if (hello == null || !hello.has("token") || !token.equals(hello.get("token").getAsString())) {
            socket.close();
            Kernel.log("refused a loopback connection that did not present the agent's token");
            continue;
          }
          socket.setSoTimeout(0);
          boolean isControl = hello.has("channel")
              && "control".equals(hello.get("channel").getAsString());
          if (isControl && ctl == null) {
            ctl = w;
          } else if (!isControl && main == null) {
            main = w;
          } else {
            socket.close();
            Kernel.log("refused a second connection presenting the agent's token");
          }
        }
        refuseLaterConnections(server);
        Wire w = main;
        control = ctl;
        JsonObject init = new JsonObject();
        init.addProperty("op", "init");
        init.add("classpath", Wire.strings(new ArrayList<>(restoredClassPath)));
        w.write(init);
        wire = w;
        JsonObject msg;
        while ((msg = w.read()) != null) {
          String type = msg.get("type").getAsString();
          if (type.equals("classpath")) {
            restoredClassPath.add(msg.get("path").getAsString());
          }
          inbox.put(msg);
        }
      } catch (IOException | InterruptedException | RuntimeException e) {
        Kernel.log("agent connection ended: " + e);
      }
      dead = true;
      inbox.add(deathNotice());
    }

    /**
     * Both channels are connected: every later connection to the agent's port is closed at once
     * and logged (the server socket stays open so that no other process can take the port).
     */
    private void refuseLaterConnections(ServerSocket server) {
      Thread t = new Thread(() -> {
        while (!server.isClosed()) {
          try (Socket stranger = server.accept()) {
            Kernel.log("refused a connection to the agent port from " + stranger.getRemoteSocketAddress()
                + ": the agent is connected");
          } catch (SocketTimeoutException e) {
            // poll again until the generation ends and closes the server
          } catch (IOException e) {
            return;
          }
        }
      }, "agent-port-guard");
      t.setDaemon(true);
      t.start();
    }

    private JsonObject deathNotice() {
      Process p = process;
      Integer code = null;
      if (p != null) {
        try {
          if (p.waitFor(3, TimeUnit.SECONDS)) {
            code = p.exitValue();
          }
          for (Thread t : pumps) {
            t.join(1000); // the process's last words (e.g. "Terminating due to OutOfMemoryError")
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      JsonObject o = new JsonObject();
      o.addProperty("type", "dead");
      if (code != null) {
        o.addProperty("exitCode", code);
      }
      synchronized (stderrTail) {
        o.addProperty("stderr", String.join("\n", stderrTail));
      }
      return o;
    }

    private void pump(InputStream in, String name) {
      Thread t = new Thread(() -> {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
          String line;
          while ((line = r.readLine()) != null) {
            Kernel.log(name + ": " + line);
            synchronized (stderrTail) {
              stderrTail.addLast(line);
              while (stderrTail.size() > 8) {
                stderrTail.removeFirst();
              }
            }
          }
        } catch (IOException e) {
          // process gone
        }
      }, name);
      t.setDaemon(true);
      pumps.add(t);
      t.start();
    }

    /** Waits for "ready"; events before it are passed on. Returns a death message or null. */
    String awaitReady(Consumer<JsonObject> events) throws InterruptedException {
      while (!ready) {
        JsonObject m = inbox.take();
        String type = m.get("type").getAsString();
        if (type.equals("ready")) {
          List<String> w = new ArrayList<>();
          m.getAsJsonArray("warnings").forEach(x -> w.add(x.getAsString()));
          warnings = w;
          ready = true;
        } else if (type.equals("dead")) {
          return describeDeath(m, "while starting");
        } else {
          events.accept(m);
        }
      }
      return null;
    }

    void kill() {
      Process p = process;
      if (p != null) {
        p.destroyForcibly();
      }
    }
  }

  static String describeDeath(JsonObject dead, String when) {
    StringBuilder sb = new StringBuilder("The Java process running the notebook's code exited " + when);
    if (dead.has("exitCode")) {
      sb.append(" (exit code ").append(dead.get("exitCode").getAsInt()).append(')');
    }
    String err = dead.has("stderr") ? dead.get("stderr").getAsString() : "";
    if (err.contains("OutOfMemoryError")) {
      sb.append(": it ran out of memory (raise -Xmx with CONFLICTDATA_JSHELL_OPTS)");
    }
    sb.append('.');
    if (!err.isBlank()) {
      sb.append("\nIts last output:\n").append(err);
    }
    return sb.toString();
  }

  /**
   * Sends a request and waits for its answer, passing the agent's events (streams, displays) to
   * {@code events} meanwhile. Starts a new agent first if the last one died.
   */
  Reply request(JsonObject request, Consumer<JsonObject> events) throws InterruptedException {
    if (closed) {
      return new Reply(null, "the kernel is shutting down");
    }
    Generation g;
    String notice = null;
    synchronized (lock) {
      g = current;
      if (g == null || g.dead) {
        if (g != null && g.ready) {
          JsonObject dead = null;
          for (JsonObject m : g.inbox) {
            if (m.get("type").getAsString().equals("dead")) {
              dead = m;
            }
          }
          notice = (dead == null ? "The Java process running the notebook's code had exited."
              : describeDeath(dead, "between cells")) + "\nA new one was started: all state was lost.";
        }
        current = g = new Generation();
      }
    }
    if (notice != null) {
      events.accept(streamEvent("stderr", notice + "\n"));
    }
    String startFailure = g.awaitReady(events);
    if (startFailure != null) {
      return new Reply(null, startFailure);
    }
    for (String w : g.warnings) {
      events.accept(streamEvent("stderr", w + "\n"));
    }
    g.warnings = List.of();
    String id = Long.toString(ids.incrementAndGet());
    request.addProperty("id", id);
    g.inFlight = id;
    try {
      g.wire.write(request);
      while (true) {
        JsonObject m = g.inbox.take();
        String type = m.get("type").getAsString();
        if (type.equals("done") && id.equals(m.get("id").getAsString())) {
          if (m.has("fatal") && m.get("fatal").getAsBoolean()) {
            restartSoon(g);
          }
          return new Reply(m, null);
        }
        if (type.equals("dead")) {
          restartSoon(g);
          return new Reply(null, g.killedAfterInterrupt
              ? "The cell did not stop within " + INTERRUPT_GRACE_SECONDS
                  + " s of the interrupt, so the kernel ended the Java process running it."
              : describeDeath(m, "during this cell"));
        }
        if (!type.equals("done") && !type.equals("classpath")) {
          events.accept(m);
        }
      }
    } catch (IOException e) {
      JsonObject m;
      while ((m = g.inbox.poll(5, TimeUnit.SECONDS)) != null && !m.get("type").getAsString().equals("dead")) {
        events.accept(m);
      }
      restartSoon(g);
      return new Reply(null, m == null ? "lost the connection to the Java process" : describeDeath(m, "during this cell"));
    } finally {
      g.inFlight = null;
    }
  }

  /** After a death during a request, a fresh agent starts at once, to be warm for the next cell. */
  private void restartSoon(Generation dead) {
    synchronized (lock) {
      if (!closed && current == dead) {
        dead.kill();
        current = new Generation();
      }
    }
  }

  private static JsonObject streamEvent(String name, String text) {
    JsonObject o = new JsonObject();
    o.addProperty("type", "stream");
    o.addProperty("name", name);
    o.addProperty("text", text);
    return o;
  }

  /**
   * Asks the running cell to stop; if it is still running after {@link #INTERRUPT_GRACE_SECONDS},
   * kills the agent (its request then ends with a death report and a new agent starts).
   */
  void interrupt() {
    interrupts.incrementAndGet();
    Generation g = current;
    if (g == null || g.control == null || g.inFlight == null) {
      return;
    }
    String id = g.inFlight;
    try {
      JsonObject o = new JsonObject();
      o.addProperty("op", "interrupt");
      g.control.write(o);
    } catch (IOException e) {
      return;
    }
    Thread watchdog = new Thread(() -> {
      try {
        Thread.sleep(TimeUnit.SECONDS.toMillis(INTERRUPT_GRACE_SECONDS));
      } catch (InterruptedException e) {
        return;
      }
      if (id.equals(g.inFlight)) {
        Kernel.log("the interrupted cell did not stop within " + INTERRUPT_GRACE_SECONDS + " s: killing the agent");
        g.killedAfterInterrupt = true;
        g.kill();
      }
    }, "interrupt-watchdog");
    watchdog.setDaemon(true);
    watchdog.start();
  }

  private final AtomicLong interrupts = new AtomicLong();

  /** How many interrupts were requested so far (a wait for input ends when this changes). */
  long interruptCount() {
    return interrupts.get();
  }

  /** Answers the running cell's read of System.in: a line the user typed, or null for "none". */
  void input(String value) {
    Generation g = current;
    if (g == null || g.control == null) {
      return;
    }
    JsonObject o = new JsonObject();
    o.addProperty("op", "input_reply");
    if (value != null) {
      o.addProperty("value", value);
    }
    try {
      g.control.write(o);
    } catch (IOException e) {
      // the agent is gone: its request ends with a death report
    }
  }

  /** Stops the agent for good. */
  void close() {
    closed = true;
    Generation g = current;
    if (g != null) {
      try {
        if (g.control != null) {
          JsonObject o = new JsonObject();
          o.addProperty("op", "shutdown");
          g.control.write(o);
        }
      } catch (IOException e) {
        // already gone
      }
      Process p = g.process;
      if (p != null) {
        try {
          if (!p.waitFor(2, TimeUnit.SECONDS)) {
            p.destroyForcibly();
          }
        } catch (InterruptedException e) {
          p.destroyForcibly();
          Thread.currentThread().interrupt();
        }
      }
    }
  }

  /** The agent process, for tests and diagnostics; null before it started. */
  Process process() {
    Generation g = current;
    return g == null ? null : g.process;
  }
}
