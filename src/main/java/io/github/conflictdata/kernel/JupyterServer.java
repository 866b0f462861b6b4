package io.github.conflictdata.kernel;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;
import org.zeromq.ZMsg;

/**
 * Jupyter's messaging protocol (5.3) over ZeroMQ: shell, control, IOPub, stdin and heartbeat
 * sockets bound to the connection file's address only, every incoming message HMAC-verified
 * (unsigned, wrongly signed or replayed messages are dropped and logged, never handled).
 */
final class JupyterServer {
  static final String PROTOCOL_VERSION = "5.3";
  private static final byte[] DELIMITER = "<IDS|MSG>".getBytes(StandardCharsets.US_ASCII);
  private static final Gson GSON = new Gson();
  private static final int REPLAY_WINDOW = 4096;

  private final ConnectionFile conn;
  private final ConnectionFile.Signer hmac;
  private final Agent agent;
  private final String session = UUID.randomUUID().toString();
  /**
   * The largest message frame the kernel accepts on any socket (64 MB): a cell's source, a comm
   * message or an input reply is far smaller.
   */
  static final long MAX_MESSAGE_BYTES = 64L << 20;

  private final ZContext ctx = new ZContext();
  private final Map<String, Boolean> seenSignatures = new LinkedHashMap<>(256, 0.75f, false) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
      return size() > REPLAY_WINDOW;
    }
  };
  private final CountDownLatch shutdown = new CountDownLatch(1);
  private ZMQ.Socket iopub;
  private ZMQ.Socket stdinSocket;
  private int executionCount;
  private volatile boolean running = true;

  JupyterServer(ConnectionFile conn, Agent agent) throws Exception {
    this.conn = conn;
    this.hmac = conn.signer();
    this.agent = agent;
  }

  private String address(int port) {
    return conn.address(port);
  }

  /** Binds every socket and serves until a shutdown_request. */
  void run() throws InterruptedException {
    ZMQ.Socket shell = ctx.createSocket(SocketType.ROUTER);
    ZMQ.Socket control = ctx.createSocket(SocketType.ROUTER);
    ZMQ.Socket stdin = ctx.createSocket(SocketType.ROUTER);
    stdinSocket = stdin;
    ZMQ.Socket hb = ctx.createSocket(SocketType.REP);
    iopub = ctx.createSocket(SocketType.PUB);
    for (ZMQ.Socket s : List.of(shell, control, stdin, hb, iopub)) {
      s.setLinger(1000);
      // checked before a frame is read: an unauthenticated peer announcing a 2 GB frame is
      // disconnected instead of having the kernel reserve the memory (the HMAC is checked only
      // on a whole message)
      s.setMaxMsgSize(MAX_MESSAGE_BYTES);
    }
    shell.bind(address(conn.shellPort()));
    control.bind(address(conn.controlPort()));
    stdin.bind(address(conn.stdinPort()));
    hb.bind(address(conn.hbPort()));
    iopub.bind(address(conn.iopubPort()));

    daemon("heartbeat", () -> {
      while (running) {
        byte[] ping = hb.recv(0);
        if (ping == null) {
          break;
        }
        hb.send(ping, 0);
      }
    });
    daemon("control", () -> serve(control, true));
    daemon("shell", () -> serve(shell, false));
    publish("status", null, status("starting"));
    shutdown.await();
    running = false;
    agent.close();
  }

  private static void daemon(String name, Runnable r) {
    Thread t = new Thread(() -> {
      try {
        r.run();
      } catch (RuntimeException e) {
        // ZMQ context closed during shutdown ends the loops
        Kernel.log(name + " loop ended: " + e);
      }
    }, name);
    t.setDaemon(true);
    t.start();
  }

  /** A message read from a ROUTER socket. */
  record Incoming(List<byte[]> identities, JsonObject header, JsonObject parent, JsonObject metadata,
      JsonObject content, String type) {}

  private void serve(ZMQ.Socket socket, boolean isControl) {
    while (running) {
      ZMsg zmsg = ZMsg.recvMsg(socket);
      if (zmsg == null) {
        return;
      }
      Incoming in = verify(zmsg, isControl ? "control" : "shell");
      if (in == null) {
        continue;
      }
      try {
        handle(socket, in);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        Kernel.log("error handling " + in.type() + ": " + e);
        e.printStackTrace();
      }
    }
  }

  /** Parses and checks a message; null (after logging why) if it must be dropped. */
  Incoming verify(ZMsg zmsg, String channel) {
    List<byte[]> frames = new ArrayList<>();
    zmsg.forEach(f -> frames.add(f.getData()));
    int d = -1;
    for (int i = 0; i < frames.size(); i++) {
      if (java.util.Arrays.equals(frames.get(i), DELIMITER)) {
        d = i;
        break;
      }
    }
    if (d < 0 || frames.size() < d + 6) {
      Kernel.log("dropped a malformed message on " + channel + " (" + frames.size() + " frames)");
      return null;
    }
    byte[] sig = frames.get(d + 1);
    byte[] header = frames.get(d + 2);
    byte[] parent = frames.get(d + 3);
    byte[] metadata = frames.get(d + 4);
    byte[] content = frames.get(d + 5);
    String expected = hmac.sign(header, parent, metadata, content);
    if (expected != null) {
      if (sig.length == 0 || !MessageDigest.isEqual(
          expected.getBytes(StandardCharsets.US_ASCII), sig)) {
        Kernel.log("dropped a message on " + channel + " with " + (sig.length == 0 ? "no" : "an invalid")
            + " signature; it was not executed");
        return null;
      }
      synchronized (seenSignatures) {
        if (seenSignatures.put(expected, Boolean.TRUE) != null) {
          Kernel.log("dropped a replayed message on " + channel + "; it was not executed");
          return null;
        }
      }
    }
    try {
      JsonObject h = JsonParser.parseString(new String(header, StandardCharsets.UTF_8)).getAsJsonObject();
      JsonObject p = JsonParser.parseString(new String(parent, StandardCharsets.UTF_8)).getAsJsonObject();
      JsonObject m = JsonParser.parseString(new String(metadata, StandardCharsets.UTF_8)).getAsJsonObject();
      JsonObject c = JsonParser.parseString(new String(content, StandardCharsets.UTF_8)).getAsJsonObject();
      return new Incoming(new ArrayList<>(frames.subList(0, d)), h, p, m, c, h.get("msg_type").getAsString());
    } catch (RuntimeException e) {
      Kernel.log("dropped an unparsable message on " + channel + ": " + e.getMessage());
      return null;
    }
  }

  private void handle(ZMQ.Socket socket, Incoming in) throws InterruptedException {
    JsonObject parent = in.header();
    switch (in.type()) {
      case "kernel_info_request" -> busy(parent, () -> reply(socket, in, "kernel_info_reply", kernelInfo()));
      case "execute_request" -> execute(socket, in);
      case "complete_request" -> busyI(parent, () -> complete(socket, in));
      case "inspect_request" -> busyI(parent, () -> inspect(socket, in));
      case "is_complete_request" -> busyI(parent, () -> isComplete(socket, in));
      case "history_request" -> busy(parent, () -> {
        JsonObject c = ok();
        c.add("history", new JsonArray());
        reply(socket, in, "history_reply", c);
      });
      case "comm_info_request" -> busy(parent, () -> {
        JsonObject c = ok();
        c.add("comms", new JsonObject());
        reply(socket, in, "comm_info_reply", c);
      });
      case "interrupt_request" -> {
        agent.interrupt();
        reply(socket, in, "interrupt_reply", ok());
      }
      case "shutdown_request" -> {
        JsonObject c = ok();
        boolean restart = in.content().has("restart") && in.content().get("restart").getAsBoolean();
        c.addProperty("restart", restart);
        reply(socket, in, "shutdown_reply", c);
        publish("status", parent, status("idle"));
        shutdown.countDown();
      }
      case "comm_open", "comm_msg", "comm_close" -> {
        // no comm targets: ignored, as the protocol allows
      }
      default -> Kernel.log("ignored unsupported message " + in.type());
    }
  }

  interface Body {
    void run() throws InterruptedException;
  }

  private void busy(JsonObject parent, Runnable body) {
    publish("status", parent, status("busy"));
    try {
      body.run();
    } finally {
      publish("status", parent, status("idle"));
    }
  }

  private void busyI(JsonObject parent, Body body) throws InterruptedException {
    publish("status", parent, status("busy"));
    try {
      body.run();
    } finally {
      publish("status", parent, status("idle"));
    }
  }

  private JsonObject kernelInfo() {
    JsonObject lang = new JsonObject();
    lang.addProperty("name", "java");
    lang.addProperty("version", Runtime.version().toString());
    lang.addProperty("mimetype", "text/x-java-source");
    lang.addProperty("file_extension", ".jshell");
    lang.addProperty("pygments_lexer", "java");
    lang.addProperty("codemirror_mode", "text/x-java");
    JsonObject c = ok();
    c.addProperty("protocol_version", PROTOCOL_VERSION);
    c.addProperty("implementation", "conflictdata");
    c.addProperty("implementation_version", Kernel.version());
    c.add("language_info", lang);
    c.addProperty("banner", "Java " + Runtime.version() + " (JShell) with conflictdata, Tablesaw and XChart");
    c.addProperty("debugger", false);
    JsonArray links = new JsonArray();
    JsonObject link = new JsonObject();
    link.addProperty("text", "Java API");
    link.addProperty("url", "https://docs.oracle.com/en/java/javase/" + Runtime.version().feature() + "/docs/api/");
    links.add(link);
    c.add("help_links", links);
    return c;
  }

  private void execute(ZMQ.Socket socket, Incoming in) throws InterruptedException {
    JsonObject parent = in.header();
    JsonObject content = in.content();
    String code = content.has("code") ? content.get("code").getAsString() : "";
    boolean silent = content.has("silent") && content.get("silent").getAsBoolean();
    boolean store = !silent && (!content.has("store_history") || content.get("store_history").getAsBoolean());
    boolean allowStdin = content.has("allow_stdin") && content.get("allow_stdin").getAsBoolean();
    publish("status", parent, status("busy"));
    try {
      if (store) {
        executionCount++;
      }
      int count = executionCount;
      if (!silent) {
        JsonObject input = new JsonObject();
        input.addProperty("code", code);
        input.addProperty("execution_count", count);
        publish("execute_input", parent, input);
      }
      JsonObject reply;
      if (!Kernel.hasJShell()) {
        reply = error(parent, count, "NoJShell", Kernel.noJShellMessage(), List.of(Kernel.noJShellMessage()));
      } else {
        JsonObject req = new JsonObject();
        req.addProperty("op", "execute");
        req.addProperty("code", code);
        req.addProperty("label", "[" + count + "]");
        req.addProperty("allowStdin", allowStdin && stdinSocket != null);
        Agent.Reply r = agent.request(req, ev -> {
          if (ev.get("type").getAsString().equals("input_request")) {
            agent.input(askForInput(in, ev));
          } else {
            relay(parent, ev, silent);
          }
        });
        if (r.died()) {
          String msg = r.deathMessage()
              + "\nA new Java process was started: the state (variables, methods, classes, imports) was lost;"
              + " class path additions were restored.";
          reply = error(parent, count, "AgentDied", msg, List.of("\u001b[31mAgentDied\u001b[0m: " + msg));
        } else {
          JsonObject done = r.done();
          if (done.get("ok").getAsBoolean()) {
            if (done.has("result") && !silent) {
              JsonObject res = done.getAsJsonObject("result");
              JsonObject c = new JsonObject();
              c.addProperty("execution_count", count);
              c.add("data", res.get("data"));
              c.add("metadata", res.get("metadata"));
              publish("execute_result", parent, c);
            }
            reply = ok();
            reply.addProperty("execution_count", count);
            reply.add("payload", new JsonArray());
            reply.add("user_expressions", new JsonObject());
          } else {
            List<String> tb = new ArrayList<>();
            done.getAsJsonArray("traceback").forEach(x -> tb.add(x.getAsString()));
            String evalue = done.get("evalue").getAsString();
            if (done.has("fatal") && done.get("fatal").getAsBoolean()) {
              String note = "The Java process was restarted after this error: the state was lost;"
                  + " class path additions were restored.";
              tb.add(note);
              evalue = evalue + " (" + note + ")";
            }
            reply = error(parent, count, done.get("ename").getAsString(), evalue, tb);
          }
        }
      }
      reply(socket, in, "execute_reply", reply);
      boolean stopOnError = !content.has("stop_on_error") || content.get("stop_on_error").getAsBoolean();
      if (stopOnError && "error".equals(reply.get("status").getAsString())) {
        abortQueued(socket);
      }
    } finally {
      publish("status", parent, status("idle"));
    }
  }

  /**
   * After a failed cell, as ipykernel does: execute requests already queued behind it ("Run
   * all") are answered "aborted" instead of run; other queued requests are handled normally. The
   * queue is taken whole before any reply goes out (ipykernel flushes its stream the same way),
   * so a request a client sends after seeing those replies is never caught in the abort: answering
   * while still draining let a slow kernel abort the next cell too.
   */
  private void abortQueued(ZMQ.Socket socket) throws InterruptedException {
    List<ZMsg> waiting = new ArrayList<>();
    ZMsg m;
    while ((m = ZMsg.recvMsg(socket, ZMQ.DONTWAIT)) != null) {
      waiting.add(m);
    }
    for (ZMsg next : waiting) {
      Incoming queued = verify(next, "shell");
      if (queued == null) {
        continue;
      }
      if (!queued.type().equals("execute_request")) {
        handle(socket, queued);
        continue;
      }
      publish("status", queued.header(), status("busy"));
      // as ipykernel: no execution_count, so that front ends do not number a cell that never ran
      JsonObject c = new JsonObject();
      c.addProperty("status", "aborted");
      reply(socket, queued, "execute_reply", c);
      publish("status", queued.header(), status("idle"));
    }
  }

  private JsonObject error(JsonObject parent, int count, String ename, String evalue, List<String> tb) {
    JsonObject err = new JsonObject();
    err.addProperty("ename", ename);
    err.addProperty("evalue", evalue);
    err.add("traceback", Wire.strings(tb));
    publish("error", parent, err);
    JsonObject reply = err.deepCopy();
    reply.addProperty("status", "error");
    reply.addProperty("execution_count", count);
    return reply;
  }

  /**
   * Sends an input_request on the stdin channel to the client that sent {@code request} and waits
   * for its input_reply; null when the cell was interrupted or the agent died meanwhile.
   */
  private String askForInput(Incoming request, JsonObject ev) {
    JsonObject c = new JsonObject();
    c.addProperty("prompt", ev.has("prompt") ? ev.get("prompt").getAsString() : "");
    c.addProperty("password", ev.has("password") && ev.get("password").getAsBoolean());
    long interrupts = agent.interruptCount();
    synchronized (stdinSocket) {
      while (ZMsg.recvMsg(stdinSocket, ZMQ.DONTWAIT) != null) {
        // a stale reply to an earlier request
      }
    }
    reply(stdinSocket, request, "input_request", c);
    while (running) {
      ZMsg m;
      synchronized (stdinSocket) {
        stdinSocket.setReceiveTimeOut(200);
        m = ZMsg.recvMsg(stdinSocket);
      }
      if (m != null) {
        Incoming in = verify(m, "stdin");
        if (in != null && in.type().equals("input_reply")) {
          JsonElement v = in.content().get("value");
          return v == null || v.isJsonNull() ? "" : v.getAsString();
        }
      }
      Process p = agent.process();
      if (agent.interruptCount() != interrupts || p == null || !p.isAlive()) {
        return null;
      }
    }
    return null;
  }

  /** Publishes an agent event (stream, display, clear) as the matching IOPub message. */
  private void relay(JsonObject parent, JsonObject ev, boolean silent) {
    switch (ev.get("type").getAsString()) {
      case "stream" -> {
        JsonObject c = new JsonObject();
        c.add("name", ev.get("name"));
        c.add("text", ev.get("text"));
        publish("stream", parent, c);
      }
      case "display" -> {
        JsonObject c = new JsonObject();
        c.add("data", ev.get("data"));
        c.add("metadata", ev.get("metadata"));
        JsonObject tr = new JsonObject();
        tr.add("display_id", ev.get("display_id"));
        c.add("transient", tr);
        publish(ev.get("update").getAsBoolean() ? "update_display_data" : "display_data", parent, c);
      }
      case "clear" -> {
        JsonObject c = new JsonObject();
        c.add("wait", ev.get("wait"));
        publish("clear_output", parent, c);
      }
      default -> Kernel.log("ignored agent event " + ev.get("type"));
    }
  }

  private void complete(ZMQ.Socket socket, Incoming in) throws InterruptedException {
    String code = in.content().get("code").getAsString();
    int cursor = in.content().has("cursor_pos") ? in.content().get("cursor_pos").getAsInt() : code.length();
    JsonObject c = ok();
    JsonObject done = ask("complete", code, cursor);
    c.add("matches", done != null && done.has("matches") ? done.get("matches") : new JsonArray());
    c.addProperty("cursor_start", done != null && done.has("start") ? done.get("start").getAsInt() : cursor);
    c.addProperty("cursor_end", cursor);
    c.add("metadata", new JsonObject());
    reply(socket, in, "complete_reply", c);
  }

  private void inspect(ZMQ.Socket socket, Incoming in) throws InterruptedException {
    String code = in.content().get("code").getAsString();
    int cursor = in.content().has("cursor_pos") ? in.content().get("cursor_pos").getAsInt() : code.length();
    JsonObject done = ask("inspect", code, cursor);
    JsonObject c = ok();
    JsonObject data = new JsonObject();
    if (done != null && done.has("text")) {
      data.add("text/plain", done.get("text"));
    }
    c.addProperty("found", data.size() > 0);
    c.add("data", data);
    c.add("metadata", new JsonObject());
    reply(socket, in, "inspect_reply", c);
  }

  private void isComplete(ZMQ.Socket socket, Incoming in) throws InterruptedException {
    String code = in.content().get("code").getAsString();
    JsonObject done = ask("is_complete", code, code.length());
    JsonObject c = new JsonObject();
    String status = done != null && done.has("status") ? done.get("status").getAsString() : "unknown";
    c.addProperty("status", status);
    if (status.equals("incomplete")) {
      c.addProperty("indent", "    ");
    }
    reply(socket, in, "is_complete_reply", c);
  }

  /** An editor question to the agent; null if it is not available. */
  private JsonObject ask(String op, String code, int cursor) throws InterruptedException {
    if (!Kernel.hasJShell()) {
      return null;
    }
    JsonObject req = new JsonObject();
    req.addProperty("op", op);
    req.addProperty("code", code);
    req.addProperty("cursor", cursor);
    Agent.Reply r = agent.request(req, ev -> Kernel.log("agent event outside a cell: " + ev));
    return r.died() ? null : r.done();
  }

  private static JsonObject ok() {
    JsonObject c = new JsonObject();
    c.addProperty("status", "ok");
    return c;
  }

  private static JsonObject status(String state) {
    JsonObject c = new JsonObject();
    c.addProperty("execution_state", state);
    return c;
  }

  private JsonObject header(String type) {
    JsonObject h = new JsonObject();
    h.addProperty("msg_id", UUID.randomUUID().toString());
    h.addProperty("session", session);
    h.addProperty("username", "kernel");
    h.addProperty("date", Instant.now().toString());
    h.addProperty("msg_type", type);
    h.addProperty("version", PROTOCOL_VERSION);
    return h;
  }

  private void reply(ZMQ.Socket socket, Incoming in, String type, JsonObject content) {
    send(socket, in.identities(), type, in.header(), content);
  }

  private void publish(String type, JsonObject parent, JsonObject content) {
    synchronized (iopub) {
      send(iopub, List.of(type.getBytes(StandardCharsets.UTF_8)), type, parent, content);
    }
  }

  private void send(ZMQ.Socket socket, List<byte[]> identities, String type, JsonElement parent,
      JsonObject content) {
    byte[] h = GSON.toJson(header(type)).getBytes(StandardCharsets.UTF_8);
    byte[] p = (parent == null ? "{}" : GSON.toJson(parent)).getBytes(StandardCharsets.UTF_8);
    byte[] m = "{}".getBytes(StandardCharsets.UTF_8);
    byte[] c = GSON.toJson(content).getBytes(StandardCharsets.UTF_8);
    String sig = hmac.sign(h, p, m, c);
    ZMsg out = new ZMsg();
    identities.forEach(out::add);
    out.add(DELIMITER);
    out.add(sig == null ? "" : sig);
    out.add(h);
    out.add(p);
    out.add(m);
    out.add(c);
    synchronized (socket) {
      out.send(socket);
    }
  }

  /** Exercises sockets, signing and message building once (for a class-data-sharing archive). */
  void train() {
    ZMQ.Socket router = ctx.createSocket(SocketType.ROUTER);
    ZMQ.Socket pub = ctx.createSocket(SocketType.PUB);
    router.bind("tcp://127.0.0.1:*");
    pub.bind("tcp://127.0.0.1:*");
    iopub = pub;
    JsonObject parent = header("execute_request");
    publish("status", parent, status("busy"));
    ZMsg m = new ZMsg();
    m.add("id");
    m.add(DELIMITER);
    byte[] h = GSON.toJson(parent).getBytes(StandardCharsets.UTF_8);
    byte[] e = "{}".getBytes(StandardCharsets.UTF_8);
    byte[] c = "{\"code\": \"1 + 1\"}".getBytes(StandardCharsets.UTF_8);
    m.add(hmac.sign(h, e, e, c));
    m.add(h);
    m.add(e);
    m.add(e);
    m.add(c);
    verify(m, "training");
    kernelInfo();
    JsonObject ev = new JsonObject();
    ev.addProperty("type", "stream");
    ev.addProperty("name", "stdout");
    ev.addProperty("text", "x");
    relay(parent, ev, false);
    error(parent, 1, "E", "v", List.of("t"));
  }

  /** Closes every socket. */
  void close() {
    running = false;
    ctx.close();
  }
}
