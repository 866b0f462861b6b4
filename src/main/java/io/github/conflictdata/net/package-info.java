/**
 * The HTTP layer the release downloads and the web APIs share ({@link
 * io.github.conflictdata.net.HttpRetries}): bounded calls, named redirect policies and retries.
 * Internal to conflictdata.
 */
package io.github.conflictdata.net;
