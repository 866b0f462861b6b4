package io.github.conflictdata.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 as the project records it in {@link io.github.conflictdata.Source#sha256()}: lower-case
 * hex. One helper for every reader (the dataset reader digests while it streams, the strict reader
 * of curated tables digests the bytes it holds, downloads and the release cache digest while they
 * copy, with {@link #copy}: the project's one digest loop).
 */
public final class Sha256 {
  private Sha256() {}

  /**
   * A new SHA-256 digest, for data read in pieces.
   *
   * @return a fresh digest
   */
  public static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-256", e);
    }
  }

  /**
   * A new MD5 digest: only for comparing with the MD5 a publisher's catalog records.
   *
   * @return a fresh MD5 digest
   */
  public static MessageDigest md5() {
    try {
      return MessageDigest.getInstance("MD5");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks MD5", e);
    }
  }

  /**
   * Lower-case hex of a digest, finishing it.
   *
   * @param d a digest fed with every byte
   * @return its value in lower-case hex
   */
  public static String hex(MessageDigest d) {
    return hexOf(d.digest());
  }

  /** Told after each block {@link #copy} moves; may throw to stop the copy. */
  @FunctionalInterface
  public interface Progress {
    /**
     * Called after each block.
     *
     * @param total bytes copied so far
     * @throws IOException to abort the copy (a deadline passed, a bound reached)
     */
    void copied(long total) throws IOException;
  }

  /** A copy stopped because the input held more than the bound the caller set. */
  public static final class TooLargeException extends IOException {
    private static final long serialVersionUID = 1L;
    /** The bound that was passed. */
    private final long limit;

    /**
     * The copy passed {@code limit} bytes.
     *
     * @param limit the bound
     */
    public TooLargeException(long limit) {
      super("more than " + limit + " bytes");
      this.limit = limit;
    }

    /**
     * The bound that was passed.
     *
     * @return bytes
     */
    public long limit() {
      return limit;
    }
  }

  /**
   * Copies {@code in} to {@code out} in 64 KB blocks, feeding every byte to {@code digests}: the
   * one loop that streams and hashes (downloads, zip members, cache checks), so memory does not
   * grow with the input and no input is read past {@code maxBytes}.
   *
   * @param in the bytes
   * @param out where they go ({@link OutputStream#nullOutputStream()} to only hash)
   * @param maxBytes the most bytes accepted; past it a {@link TooLargeException} (Long.MAX_VALUE
   *     for no bound)
   * @param progress told after each block, or null
   * @param digests fed with every byte copied
   * @return the number of bytes copied
   * @throws IOException on a read or write failure, past {@code maxBytes}, or from {@code progress}
   */
  public static long copy(InputStream in, OutputStream out, long maxBytes, Progress progress,
      MessageDigest... digests) throws IOException {
    byte[] buf = new byte[64 * 1024];
    long n = 0;
    int r;
    while (true) {
      long room = maxBytes - n; // one byte past the bound is read to tell "exactly" from "more"
      r = in.read(buf, 0, room >= buf.length ? buf.length : (int) room + 1);
      if (r < 0) {
        break;
      }
      if (n + r > maxBytes) {
        throw new TooLargeException(maxBytes);
      }
      out.write(buf, 0, r);
      for (MessageDigest d : digests) {
        d.update(buf, 0, r);
      }
      n += r;
      if (progress != null) {
        progress.copied(n);
      }
    }
    return n;
  }

  /**
   * The lower-case hex SHA-256 of {@code bytes}.
   *
   * @param bytes the data
   * @return its digest in lower-case hex
   */
  public static String hex(byte[] bytes) {
    return hexOf(digest().digest(bytes));
  }

  /** Lower-case hex of a finished digest's bytes. */
  static String hexOf(byte[] digestBytes) {
    return HexFormat.of().formatHex(digestBytes);
  }
}
