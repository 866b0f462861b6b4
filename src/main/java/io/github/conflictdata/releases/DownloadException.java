package io.github.conflictdata.releases;

/**
 * A release could not be fetched: offline with nothing cached, an HTTP error, a timeout, a body
 * cut short, a TLS failure. The message names the URL, the cache path and what to do. Nothing
 * partial is ever left in the cache when this is thrown.
 */
public class DownloadException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;

  /** A failure with no HTTP status (network, timeout, offline). */
  public DownloadException(String message, Throwable cause) {
    super(message, cause);
    this.status = -1;
  }

  /** A failure with no HTTP status and no cause. */
  public DownloadException(String message) {
    this(message, null);
  }

  /** An HTTP error answer. */
  public DownloadException(String message, int status) {
    super(message);
    this.status = status;
  }

  /** The HTTP status of the failing answer, or -1 when the failure was not an HTTP answer. */
  public int status() {
    return status;
  }
}
