package io.github.conflictdata.io;

import io.github.conflictdata.DatasetKind;

/**
 * Options of one read, with the resource limits that bound what a hostile file can cost.
 *
 * @param kind the kind to read as, or null to detect it from the content
 * @param lenient keep well-formed records and report malformed ones, instead of throwing
 * @param threads parser threads for large CSV files (1 parses on the calling thread)
 * @param maxCellBytes longest value accepted in one cell, in bytes
 * @param maxFieldsPerLine most fields accepted in one record
 * @param maxRecordBytes longest record accepted (bounds the memory an unclosed quote can take)
 * @param maxProblems most problems collected; past it reading stops with what was found
 * @param blockBytes size of the blocks a CSV file is cut into for parallel parsing
 * @param maxWorkbookBytes largest .xls/.xlsx file accepted (a workbook is read whole into memory)
 * @param maxWorkbookUnpackedBytes most bytes an .xlsx may unpack to (zip bombs, and sheets too big
 *     for POI, which holds the whole sheet in memory at several times its unpacked size)
 * @param member the member of a zip archive to read, or null for its only data member
 * @param maxArchiveUnpackedBytes most bytes the member read from a zip archive may unpack to
 */
public record ReadOptions(
    DatasetKind kind,
    boolean lenient,
    int threads,
    int maxCellBytes,
    int maxFieldsPerLine,
    int maxRecordBytes,
    int maxProblems,
    int blockBytes,
    long maxWorkbookBytes,
    long maxWorkbookUnpackedBytes,
    String member,
    long maxArchiveUnpackedBytes) {

  /**
   * Defaults: detect the kind, strict, all cores, 1 MB cells, 10,000 fields, 64 MB records, 10,000
   * problems, 64 MB workbooks unpacking to at most 512 MB, a zip's only data member unpacking to at
   * most 8 GB (a full GED release is about 1 GB as CSV).
   *
   * @return the default options
   */
  public static ReadOptions defaults() {
    return new ReadOptions(
        null,
        false,
        Runtime.getRuntime().availableProcessors(),
        1 << 20,
        10_000,
        64 << 20,
        10_000,
        4 << 20,
        64L << 20,
        512L << 20,
        null,
        8L << 30);
  }

  public ReadOptions withKind(DatasetKind k) {
    return new ReadOptions(k, lenient, threads, maxCellBytes, maxFieldsPerLine, maxRecordBytes,
        maxProblems, blockBytes, maxWorkbookBytes, maxWorkbookUnpackedBytes,
        member, maxArchiveUnpackedBytes);
  }

  public ReadOptions withLenient(boolean l) {
    return new ReadOptions(kind, l, threads, maxCellBytes, maxFieldsPerLine, maxRecordBytes,
        maxProblems, blockBytes, maxWorkbookBytes, maxWorkbookUnpackedBytes,
        member, maxArchiveUnpackedBytes);
  }

  public ReadOptions withThreads(int t) {
    return new ReadOptions(kind, lenient, Math.max(1, t), maxCellBytes, maxFieldsPerLine,
        maxRecordBytes, maxProblems, blockBytes, maxWorkbookBytes, maxWorkbookUnpackedBytes,
        member, maxArchiveUnpackedBytes);
  }

  public ReadOptions withLimits(int cellBytes, int fieldsPerLine, int recordBytes, int problems) {
    return new ReadOptions(kind, lenient, threads, cellBytes, fieldsPerLine, recordBytes, problems,
        blockBytes, maxWorkbookBytes, maxWorkbookUnpackedBytes,
        member, maxArchiveUnpackedBytes);
  }

  public ReadOptions withBlockBytes(int bytes) {
    return new ReadOptions(kind, lenient, threads, maxCellBytes, maxFieldsPerLine, maxRecordBytes,
        maxProblems, Math.max(1024, bytes), maxWorkbookBytes, maxWorkbookUnpackedBytes,
        member, maxArchiveUnpackedBytes);
  }

  public ReadOptions withWorkbookLimits(long bytes, long unpackedBytes) {
    return new ReadOptions(kind, lenient, threads, maxCellBytes, maxFieldsPerLine, maxRecordBytes,
        maxProblems, blockBytes, bytes, unpackedBytes, member, maxArchiveUnpackedBytes);
  }

  /**
   * These options reading the named member of a zip archive.
   *
   * @param name the member's name, with or without its folders (null: the only data member)
   * @return the new options
   */
  public ReadOptions withMember(String name) {
    return new ReadOptions(kind, lenient, threads, maxCellBytes, maxFieldsPerLine, maxRecordBytes,
        maxProblems, blockBytes, maxWorkbookBytes, maxWorkbookUnpackedBytes, name,
        maxArchiveUnpackedBytes);
  }

  /**
   * These options with another bound on what a zip member may unpack to.
   *
   * @param bytes the most bytes, at least 1
   * @return the new options
   */
  public ReadOptions withArchiveLimit(long bytes) {
    if (bytes < 1) {
      throw new IllegalArgumentException("archive limit must be at least 1 byte, was " + bytes);
    }
    return new ReadOptions(kind, lenient, threads, maxCellBytes, maxFieldsPerLine, maxRecordBytes,
        maxProblems, blockBytes, maxWorkbookBytes, maxWorkbookUnpackedBytes, member, bytes);
  }
}
