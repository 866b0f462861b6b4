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
    long maxWorkbookUnpackedBytes) {

  /**
   * Defaults: detect the kind, strict, all cores, 1 MB cells, 10,000 fields, 64 MB records, 10,000
   * problems, 64 MB workbooks unpacking to at most 512 MB.
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
        512L << 20);
  }

  public ReadOptions withKind(DatasetKind k) {
    return new ReadOptions(k, lenient, threads, maxCellBytes, maxFieldsPerLine, maxRecordBytes,
        maxProblems, blockBytes, maxWorkbookBytes, maxWorkbookUnpackedBytes);
  }

  public ReadOptions withLenient(boolean l) {
    return new ReadOptions(kind, l, threads, maxCellBytes, maxFieldsPerLine, maxRecordBytes,
        maxProblems, blockBytes, maxWorkbookBytes, maxWorkbookUnpackedBytes);
  }

  public ReadOptions withThreads(int t) {
    return new ReadOptions(kind, lenient, Math.max(1, t), maxCellBytes, maxFieldsPerLine,
        maxRecordBytes, maxProblems, blockBytes, maxWorkbookBytes, maxWorkbookUnpackedBytes);
  }

  public ReadOptions withLimits(int cellBytes, int fieldsPerLine, int recordBytes, int problems) {
    return new ReadOptions(kind, lenient, threads, cellBytes, fieldsPerLine, recordBytes, problems,
        blockBytes, maxWorkbookBytes, maxWorkbookUnpackedBytes);
  }

  public ReadOptions withBlockBytes(int bytes) {
    return new ReadOptions(kind, lenient, threads, maxCellBytes, maxFieldsPerLine, maxRecordBytes,
        maxProblems, Math.max(1024, bytes), maxWorkbookBytes, maxWorkbookUnpackedBytes);
  }

  public ReadOptions withWorkbookLimits(long bytes, long unpackedBytes) {
    return new ReadOptions(kind, lenient, threads, maxCellBytes, maxFieldsPerLine, maxRecordBytes,
        maxProblems, blockBytes, bytes, unpackedBytes);
  }
}
