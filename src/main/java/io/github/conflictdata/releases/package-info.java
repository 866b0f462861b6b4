/**
 * Current releases on demand: a catalog of the publishers' download URLs with recorded sizes and
 * MD5s ({@link io.github.conflictdata.releases.Catalog}), a downloader with retries that streams to
 * disk, a verified cache (SHA-256 recorded when a file is stored, checked on each use), lock
 * files that pin the bytes a notebook read, and a {@link
 * io.github.conflictdata.releases.ProgressListener} hook for progress displays.
 *
 * <p>Start from the facade: {@code ConflictData.releases(kind)}, {@code ConflictData.download(kind,
 * version)}, {@code ConflictData.cache().add(path)}. {@link io.github.conflictdata.releases.Releases}
 * holds the settings (environment variables {@code CONFLICTDATA_CACHE}, {@code
 * CONFLICTDATA_OFFLINE}, {@code CONFLICTDATA_MIRROR}, {@code CONFLICTDATA_LOCK}, or a builder).
 * Failures are {@link io.github.conflictdata.releases.DownloadException} (could not fetch) and
 * {@link io.github.conflictdata.releases.IntegrityException} (not the bytes or release expected),
 * both unchecked; nothing partial ever reaches the cache.
 */
package io.github.conflictdata.releases;
