package io.github.conflictdata.api;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A test HTTP server on 127.0.0.1 that records every request and answers from a handler. */
final class Loopback implements AutoCloseable {
  /** One request as received. */
  record Req(String method, String path, String rawQuery, Map<String, List<String>> headers,
      String body) {
    /** A query or form parameter, decoded ("%7C" -> "|"); null if absent. */
    String param(String name) {
      return params(rawQuery).get(name);
    }

    String form(String name) {
      return params(body).get(name);
    }

    String header(String name) {
      for (Map.Entry<String, List<String>> e : headers.entrySet()) {
        if (e.getKey().equalsIgnoreCase(name)) {
          return e.getValue().get(0);
        }
      }
      return null;
    }
  }

  /** An answer. */
  record Reply(int status, String body, Map<String, String> headers) {
    static Reply json(String body) {
      return new Reply(200, body, Map.of("Content-Type", "application/json"));
    }

    static Reply status(int status, String body) {
      return new Reply(status, body, Map.of());
    }
  }

  interface Handler {
    Reply handle(Req r) throws Exception;
  }

  static Map<String, String> params(String raw) {
    Map<String, String> m = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return m;
    }
    for (String kv : raw.split("&")) {
      int eq = kv.indexOf('=');
      String k = eq < 0 ? kv : kv.substring(0, eq);
      String v = eq < 0 ? "" : kv.substring(eq + 1);
      m.put(URLDecoder.decode(k, StandardCharsets.UTF_8),
          URLDecoder.decode(v, StandardCharsets.UTF_8));
    }
    return m;
  }

  final List<Req> requests = Collections.synchronizedList(new ArrayList<>());
  private final HttpServer server;

  Loopback(Handler handler) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", ex -> serve(ex, handler));
    server.start();
  }

  private void serve(HttpExchange ex, Handler handler) throws IOException {
    String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    Req r = new Req(ex.getRequestMethod(), ex.getRequestURI().getRawPath(),
        ex.getRequestURI().getRawQuery(), Map.copyOf(ex.getRequestHeaders()), body);
    requests.add(r);
    Reply reply;
    try {
      reply = handler.handle(r);
    } catch (Exception e) {
      reply = Reply.status(599, "test handler failed: " + e);
    }
    byte[] out = reply.body().getBytes(StandardCharsets.UTF_8);
    reply.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
    ex.sendResponseHeaders(reply.status(), out.length == 0 ? -1 : out.length);
    try (OutputStream o = ex.getResponseBody()) {
      o.write(out);
    }
  }

  /** The mirror base URL: {@code http://127.0.0.1:PORT}. */
  String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  List<Req> requestsTo(String pathSuffix) {
    synchronized (requests) {
      return requests.stream().filter(r -> r.path().endsWith(pathSuffix)).toList();
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
