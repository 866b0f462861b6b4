package io.github.conflictdata.kernel;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The agent's {@code System.in}: Jupyter's stdin channel. A read with nothing buffered asks the
 * front end for a line (an {@code input_request}, which a notebook shows as an input box) and
 * returns it with a line end. When the front end does not accept input ({@code allow_stdin} false,
 * as under {@code nbconvert --execute}, or outside a running cell), a read throws {@link
 * StdinUnavailableException} at once instead of waiting or returning end-of-file.
 */
final class KernelStdin extends InputStream {
  /** Asks the front end for a line; null when there is none (the cell was interrupted). */
  interface LineSource {
    String readLine(String prompt) throws InterruptedException;
  }

  private final LineSource source;
  private volatile boolean allowed;
  private byte[] buffer = new byte[0];
  private int pos;

  KernelStdin(LineSource source) {
    this.source = source;
  }

  /** Whether the running cell's front end accepts input. */
  void allow(boolean allow) {
    this.allowed = allow;
  }

  private boolean fill() throws IOException {
    if (pos < buffer.length) {
      return true;
    }
    if (!allowed) {
      throw new StdinUnavailableException();
    }
    String line;
    try {
      line = source.readLine("");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for input");
    }
    if (line == null) {
      throw new InterruptedIOException("no input: the cell was interrupted while waiting for it");
    }
    buffer = (line + "\n").getBytes(StandardCharsets.UTF_8);
    pos = 0;
    return true;
  }

  @Override
  public synchronized int read() throws IOException {
    fill();
    return buffer[pos++] & 0xff;
  }

  @Override
  public synchronized int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    fill();
    int n = Math.min(len, buffer.length - pos);
    System.arraycopy(buffer, pos, b, off, n);
    pos += n;
    return n;
  }

  @Override
  public synchronized int available() {
    return buffer.length - pos;
  }
}
