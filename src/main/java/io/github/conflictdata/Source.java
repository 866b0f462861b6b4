package io.github.conflictdata;

/**
 * Where a dataset's table came from: the file or classpath resource, its SHA-256, and the
 * publisher's citation and licence, so that a chart footnote or report can cite it.
 *
 * @param name file path or resource name as given by the caller
 * @param sha256 lower-case hex SHA-256 of the bytes read
 * @param citation the publisher's requested citation
 * @param licence the licence or terms of use
 */
public record Source(String name, String sha256, String citation, String licence) {}
