package io.github.conflictdata.kernel;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A Jupyter connection file (transport, ip, the five ports, signature scheme and key), as
 * Jupyter's messaging documentation describes it, and the message signer its key gives. Replaces
 * the two classes the kernel took from jjava-jupyter (an alpha) for this.
 */
record ConnectionFile(
    String transport, String ip, int shellPort, int iopubPort, int stdinPort, int controlPort,
    int hbPort, String signatureScheme, String key) {

  /** Parses the JSON of a connection file; a missing port or key is an error naming it. */
  static ConnectionFile parse(String json) {
    JsonObject o = JsonParser.parseString(json).getAsJsonObject();
    return new ConnectionFile(text(o, "transport", "tcp"), text(o, "ip", null),
        port(o, "shell_port"), port(o, "iopub_port"), port(o, "stdin_port"),
        port(o, "control_port"), port(o, "hb_port"), text(o, "signature_scheme", "hmac-sha256"),
        text(o, "key", ""));
  }

  /** The ZeroMQ address of one of the ports ({@code tcp://127.0.0.1:5555}). */
  String address(int port) {
    return transport + "://" + ip + ":" + port;
  }

  /** The signer of this connection's messages (none when the key is empty). */
  Signer signer() throws GeneralSecurityException {
    return key.isEmpty() ? new Signer(null) : new Signer(mac(signatureScheme, key));
  }

  @Override
  public String toString() {
    // never the key
    return "ConnectionFile[" + transport + "://" + ip + " shell " + shellPort + ", iopub " + iopubPort
        + ", stdin " + stdinPort + ", control " + controlPort + ", hb " + hbPort + ", "
        + signatureScheme + "]";
  }

  private static Mac mac(String scheme, String key) throws GeneralSecurityException {
    // "hmac-sha256" -> HmacSHA256
    if (!scheme.toLowerCase(Locale.ROOT).startsWith("hmac-")) {
      throw new GeneralSecurityException("unsupported signature_scheme " + scheme
          + ": expected hmac-sha256 (or another hmac-*)");
    }
    String alg = "Hmac" + scheme.substring(5).toUpperCase(Locale.ROOT);
    Mac m = Mac.getInstance(alg);
    m.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), alg));
    return m;
  }

  private static String text(JsonObject o, String name, String fallback) {
    JsonElement e = o.get(name);
    if (e == null || e.isJsonNull()) {
      if (fallback == null) {
        throw new IllegalArgumentException("connection file: no \"" + name + "\"");
      }
      return fallback;
    }
    return e.getAsString();
  }

  private static int port(JsonObject o, String name) {
    JsonElement e = o.get(name);
    if (e == null || e.isJsonNull()) {
      throw new IllegalArgumentException("connection file: no \"" + name + "\"");
    }
    return e.getAsInt();
  }

  /** HMAC signatures of messages: the hex digest of header, parent, metadata and content. */
  static final class Signer {
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private final Mac mac;

    private Signer(Mac mac) {
      this.mac = mac;
    }

    /** The signature of the frames, or null when the connection has no key (no signing). */
    synchronized String sign(byte[]... frames) {
      if (mac == null) {
        return null;
      }
      for (byte[] f : frames) {
        mac.update(f);
      }
      byte[] d = mac.doFinal();
      char[] out = new char[d.length * 2];
      for (int i = 0; i < d.length; i++) {
        out[2 * i] = HEX[(d[i] >> 4) & 0xf];
        out[2 * i + 1] = HEX[d[i] & 0xf];
      }
      return new String(out);
    }
  }
}
