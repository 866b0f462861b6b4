package io.github.conflictdata;

import java.io.InputStream;
import java.nio.file.Path;
import tech.tablesaw.api.Table;

/**
 * The entry point: read any supported conflict dataset file into a typed {@link Dataset}.
 *
 * <pre>{@code
 * Dataset brd = ConflictData.read(Path.of("BattleDeaths_v24_1_conf.csv"));
 * Dataset acd = ConflictData.bundled(DatasetKind.UCDP_PRIO_ACD);
 * Dataset messy = ConflictData.reader().kind(DatasetKind.COW_INTER_STATE).lenient().read(path);
 * }</pre>
 */
public final class ConflictData {
  private ConflictData() {}

  /**
   * Reads a file strictly, detecting its kind and release from its content.
   *
   * @throws DatasetFormatException if the file is of no known kind or any record is malformed
   * @throws java.io.UncheckedIOException if the file cannot be read
   */
  public static Dataset read(Path file) {
    return reader().read(file);
  }

  /** A reader with options: {@code ConflictData.reader().kind(...).lenient().read(path)}. */
  public static Reader reader() {
    return new Reader();
  }

  /**
   * The newest release of {@code kind} that this library ships, read from the classpath. UCDP, COW
   * and PRIO releases are bundled with their citations; ACLED is not (its terms forbid
   * redistribution).
   *
   * @throws IllegalArgumentException for {@link DatasetKind#ACLED_EVENTS}
   */
  public static Dataset bundled(DatasetKind kind) {
    throw new UnsupportedOperationException("bundled releases are not wired yet");
  }

  /** Options for one read. Mutable: each setter returns this reader. */
  public static final class Reader {
    private DatasetKind kind;
    private boolean lenient;

    Reader() {}

    /** Skip detection and read as this kind. */
    public Reader kind(DatasetKind kind) {
      this.kind = kind;
      return this;
    }

    /** Keep every well-formed record; skip malformed ones and report them in problems(). */
    public Reader lenient() {
      this.lenient = true;
      return this;
    }

    /** Reads a file (csv, tsv, xls or xlsx). */
    public Dataset read(Path file) {
      throw new UnsupportedOperationException("reader engine is not wired yet");
    }

    /**
     * Reads a stream, for classpath resources and downloads.
     *
     * @param name the name used in problems and {@link Dataset#source()}
     */
    public Dataset read(InputStream in, String name) {
      throw new UnsupportedOperationException("reader engine is not wired yet");
    }
  }

  /**
   * The bundled war concordance: one row per link between a UCDP conflict and a COW war, with the
   * PRIO Battle Deaths id where it applies. Columns include {@code war}, {@code ucdp_conflict_id},
   * {@code cow_war_num}, {@code cow_kind} (inter/intra/extra/non-state), {@code prio_id}, {@code
   * start_year}, {@code end_year} and {@code evidence}; see data/concordance/README.md.
   */
  public static tech.tablesaw.api.Table concordance() {
    return io.github.conflictdata.compare.Concordance.bundled().table().copy();
  }

  /**
   * The bundled casualty claims (official statements and news reports), one row per stated figure,
   * with columns {@code claimant}, {@code date_stated}, {@code party}, {@code scope}, {@code
   * measure}, {@code qualifier}, {@code value} and their sources; see data/claims/README.md.
   */
  public static Dataset claims() {
    return io.github.conflictdata.compare.Claims.bundled();
  }
}
