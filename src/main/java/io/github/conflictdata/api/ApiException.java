package io.github.conflictdata.api;

/**
 * A failed API call (UCDP or ACLED): the HTTP status, the endpoint and what to do about it.
 *
 * <p>Unchecked, like the library's other read errors. The message never holds a secret: endpoints
 * are URLs without credentials (tokens travel in headers, passwords in POST bodies), and response
 * text quoted in a message is scrubbed of the caller's token, password and refresh token.
 *
 * <p>Status {@code 0} means no HTTP answer was involved: a refused URL, offline mode, a network
 * failure after the retries, or a response that broke the API's documented shape.
 */
public class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String endpoint;
  private final String fix;
  private final String problem;

  /**
   * @param status the HTTP status, or 0 when no HTTP answer was involved
   * @param endpoint the URL called (no credentials in it)
   * @param problem what went wrong
   * @param fix what the caller can do
   */
  public ApiException(int status, String endpoint, String problem, String fix) {
    this(status, endpoint, problem, fix, null);
  }

  /** As {@link #ApiException(int, String, String, String)}, with a cause. */
  public ApiException(int status, String endpoint, String problem, String fix, Throwable cause) {
    super(message(status, endpoint, problem, fix), cause);
    this.status = status;
    this.endpoint = endpoint;
    this.fix = fix;
    this.problem = problem;
  }

  /** What went wrong, without the status, endpoint and fix (for a message built on it). */
  String problem() {
    return problem;
  }

  private static String message(int status, String endpoint, String problem, String fix) {
    StringBuilder b = new StringBuilder(problem);
    b.append(" (");
    if (status > 0) {
      b.append("HTTP ").append(status).append(", ");
    }
    b.append(endpoint).append(')');
    if (fix != null && !fix.isEmpty()) {
      b.append(". Fix: ").append(fix);
    }
    return b.toString();
  }

  /** The HTTP status, or 0 when no HTTP answer was involved. */
  public int status() {
    return status;
  }

  /** The endpoint called, without credentials. */
  public String endpoint() {
    return endpoint;
  }

  /** What to do about it, e.g. where to get a token or when to retry. */
  public String fix() {
    return fix;
  }
}
