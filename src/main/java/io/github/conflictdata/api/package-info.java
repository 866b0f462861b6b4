/**
 * The UCDP and ACLED web APIs, read into the same typed {@link io.github.conflictdata.Dataset}s as
 * the publishers' files.
 *
 * <p>{@link io.github.conflictdata.api.UcdpApi} takes a country, a period or a few conflicts out
 * of a UCDP release (token in the {@code x-ucdp-access-token} header); {@link
 * io.github.conflictdata.api.AcledApi} reads ACLED events with ACLED's OAuth login and a token
 * cache. Both page through the whole result and check it against the count the API states, retry
 * server errors with backoff and honour {@code Retry-After}, refuse plain http except to loopback
 * addresses, and fail with an {@link io.github.conflictdata.api.ApiException} that names the HTTP
 * status, the endpoint and the fix, never a secret.
 *
 * <p>JSON records become the columns of the release's CSV and go through the project's reader
 * for that kind, so an API table has the CSV's schema, types and labels; only {@code
 * Dataset.source()} differs, naming the API, resource, version, filters and query time.
 */
package io.github.conflictdata.api;
