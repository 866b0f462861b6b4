package io.github.conflictdata.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The connection file and message signing that replace jjava-jupyter's two classes. */
class ConnectionFileTest {
  private static final String FILE = "{\"shell_port\": 5001, \"iopub_port\": 5002, \"stdin_port\": 5003,"
      + " \"control_port\": 5004, \"hb_port\": 5005, \"ip\": \"127.0.0.1\", \"key\": \"secret-key\","
      + " \"transport\": \"tcp\", \"signature_scheme\": \"hmac-sha256\", \"kernel_name\": \"conflictdata\"}";

  @Test
  void readsThePortsAndAddresses() {
    ConnectionFile c = ConnectionFile.parse(FILE);
    assertEquals("tcp://127.0.0.1:5001", c.address(c.shellPort()));
    assertEquals(5002, c.iopubPort());
    assertEquals(5003, c.stdinPort());
    assertEquals(5004, c.controlPort());
    assertEquals(5005, c.hbPort());
    assertFalse(c.toString().contains("secret-key"), c.toString());
  }

  @Test
  void signsAsHmacSha256OfTheFourFrames() throws Exception {
    // expected: printf '%s' '{"h":1}{}{}{"c":2}' | openssl dgst -sha256 -hmac 'secret-key'
    String sig = ConnectionFile.parse(FILE).signer().sign(bytes("{\"h\":1}"), bytes("{}"), bytes("{}"),
        bytes("{\"c\":2}"));
    assertEquals("675d4ec9cc65334c1b8f7381bd449ee13874797eb9dc5638a706df7bace9a417", sig);
  }

  @Test
  void anEmptyKeyMeansNoSigning() throws Exception {
    ConnectionFile c = ConnectionFile.parse(FILE.replace("secret-key", ""));
    assertNull(c.signer().sign(bytes("{}")));
  }

  @Test
  void aMissingPortIsNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ConnectionFile.parse(FILE.replace("\"hb_port\": 5005,", "")));
    assertTrue(e.getMessage().contains("hb_port"), e.getMessage());
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
