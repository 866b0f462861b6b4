package io.github.conflictdata.releases;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A loopback HTTP server the tests start on 127.0.0.1: each path answers with a script of
 * responses (the last one repeats), and every request is logged. Used as the download mirror, so
 * a publisher URL {@code https://host/path?q} arrives here as {@code /host/path?q}.
 */
final class Loopback implements AutoCloseable {
  /** One scripted answer. */
  interface Answer {
    void answer(HttpExchange ex) throws IOException;
  }

  private final HttpServer server;
  private final Map<String, List<Answer>> scripts = new ConcurrentHashMap<>();
  final List<String> requests = Collections.synchronizedList(new ArrayList<>());
  final List<Long> requestNanos = Collections.synchronizedList(new ArrayList<>());

  Loopback() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "loopback-http");
      t.setDaemon(true);
      return t;
    }));
    server.createContext("/", ex -> {
      String full = ex.getRequestURI().getRawPath()
          + (ex.getRequestURI().getRawQuery() != null ? "?" + ex.getRequestURI().getRawQuery() : "");
      requests.add(full);
      requestNanos.add(System.nanoTime());
      List<Answer> script = scripts.get(ex.getRequestURI().getRawPath());
      try {
        if (script == null || script.isEmpty()) {
          status(404).answer(ex);
        } else {
          Answer a;
          synchronized (script) {
            a = script.size() > 1 ? script.remove(0) : script.get(0);
          }
          a.answer(ex);
        }
      } catch (IOException | RuntimeException e) {
        // a scripted failure (cut body, reset) ends here
      } finally {
        ex.close();
      }
    });
    server.start();
  }

  /** The mirror base URL: http://127.0.0.1:PORT */
  String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Scripts the answers for a raw path ("/ucdp.uu.se/downloads/brd/x.zip"). */
  Loopback on(String rawPath, Answer... answers) {
    scripts.put(rawPath, Collections.synchronizedList(new ArrayList<>(List.of(answers))));
    return this;
  }

  /** Requests whose path (with query) is {@code rawPath...}. */
  long count(String rawPath) {
    synchronized (requests) {
      return requests.stream().filter(r -> r.startsWith(rawPath)).count();
    }
  }

  static Answer bytes(byte[] body) {
    return ex -> {
      ex.sendResponseHeaders(200, body.length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    };
  }

  static Answer status(int code, String... headerPairs) {
    return ex -> {
      for (int i = 0; i + 1 < headerPairs.length; i += 2) {
        ex.getResponseHeaders().add(headerPairs[i], headerPairs[i + 1]);
      }
      ex.sendResponseHeaders(code, -1);
    };
  }

  /** Announces the full length, sends {@code sent} bytes, then closes: a body cut short. */
  static Answer cutShort(byte[] body, int sent) {
    return ex -> {
      ex.sendResponseHeaders(200, body.length);
      OutputStream out = ex.getResponseBody();
      out.write(body, 0, sent);
      out.flush();
      throw new IOException("cut short on purpose");
    };
  }

  /** Sends the body in {@code pieces} parts with {@code pauseMillis} between them. */
  static Answer slow(byte[] body, int pieces, long pauseMillis) {
    return ex -> {
      ex.sendResponseHeaders(200, body.length);
      try (OutputStream out = ex.getResponseBody()) {
        int step = (body.length + pieces - 1) / pieces;
        for (int off = 0; off < body.length; off += step) {
          out.write(body, off, Math.min(step, body.length - off));
          out.flush();
          if (off + step < body.length) {
            sleep(pauseMillis);
          }
        }
      }
    };
  }

  /** Answers nothing for {@code millis} (a hung server), then 200 with the body. */
  static Answer hang(long millis, byte[] body) {
    return ex -> {
      sleep(millis);
      bytes(body).answer(ex);
    };
  }

  static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** A zip of the given members (name, bytes, name, bytes...). */
  static byte[] zip(Object... nameBytes) throws IOException {
    ByteArrayOutputStream bos = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(bos)) {
      for (int i = 0; i < nameBytes.length; i += 2) {
        z.putNextEntry(new ZipEntry((String) nameBytes[i]));
        z.write((byte[]) nameBytes[i + 1]);
        z.closeEntry();
      }
    }
    return bos.toByteArray();
  }

  /** A classpath resource's bytes (the bundled UCDP and PRIO files). */
  static byte[] resource(String path) throws IOException {
    try (InputStream in = Loopback.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + path);
      }
      return in.readAllBytes();
    }
  }

  /** Files in the cache folder other than locks and records: what a reader could pick up. */
  static List<String> dataFiles(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return List.of();
    }
    try (var s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile)
          .map(p -> dir.relativize(p).toString().replace('\\', '/'))
          .filter(n -> !n.endsWith(".lock") && !n.endsWith(".sha256")
              && !n.endsWith("cow-terms-shown.txt"))
          .sorted().toList();
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
