package io.github.conflictdata.io;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 as the project records it in {@link io.github.conflictdata.Source#sha256()}: lower-case
 * hex. One helper for every reader (the dataset reader digests while it streams, the strict reader
 * of curated tables digests the bytes it holds).
 */
public final class Sha256 {
  private Sha256() {}

  /** A new SHA-256 digest, for data read in pieces. */
  public static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-256", e);
    }
  }

  /** The lower-case hex SHA-256 of {@code bytes}. */
  public static String hex(byte[] bytes) {
    return hexOf(digest().digest(bytes));
  }

  /** Lower-case hex of a finished digest's bytes. */
  static String hexOf(byte[] digestBytes) {
    return HexFormat.of().formatHex(digestBytes);
  }
}
