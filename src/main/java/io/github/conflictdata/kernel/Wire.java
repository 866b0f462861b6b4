package io.github.conflictdata.kernel;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * The kernel-agent wire: one JSON object per line over a loopback socket. Requests carry {@code
 * op}, events and answers carry {@code type}.
 */
final class Wire {
  private static final Gson GSON = new Gson();

  private final BufferedReader in;
  private final Writer out;

  Wire(BufferedReader in, Writer out) {
    this.in = in;
    this.out = out;
  }

  /** The next message, or null at the end of the stream. */
  JsonObject read() throws IOException {
    String line = in.readLine();
    while (line != null && line.isBlank()) {
      line = in.readLine();
    }
    return line == null ? null : JsonParser.parseString(line).getAsJsonObject();
  }

  /** Writes one message and flushes it (thread-safe). */
  synchronized void write(JsonObject message) throws IOException {
    out.write(GSON.toJson(message));
    out.write('\n');
    out.flush();
  }

  static JsonElement tree(Object value) {
    return GSON.toJsonTree(value);
  }

  static JsonObject bundleJson(MimeBundle b) {
    JsonObject o = new JsonObject();
    o.add("data", GSON.toJsonTree(b.data()));
    o.add("metadata", GSON.toJsonTree(b.metadata()));
    return o;
  }

  static JsonArray strings(List<String> list) {
    JsonArray a = new JsonArray();
    list.forEach(a::add);
    return a;
  }

  static JsonObject obj(Map<String, ?> m) {
    return GSON.toJsonTree(m).getAsJsonObject();
  }
}
