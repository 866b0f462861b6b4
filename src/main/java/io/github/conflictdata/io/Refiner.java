package io.github.conflictdata.io;

/**
 * A kind's hook for telling it from a look-alike that shares its header, decided on the values
 * once the records are parsed (UCDP's conflict-level and dyadic Battle-Related Deaths files have
 * one header; only the rows tell them apart). Declared with {@link Schema.Builder#refiner}.
 */
@FunctionalInterface
public interface Refiner {
  /**
   * The schema to read the records as: this kind's own or a look-alike's. A column whose type
   * differs in the returned schema (text here, whole numbers there) is converted by the reader,
   * each cell that does not fit becoming a positioned problem.
   *
   * @param records the parsed records, read as this kind
   * @param kindGiven true if the caller asked for this kind (then refuse a look-alike's rows by
   *     throwing {@link ParsedRecords#problem}, rather than switching kinds)
   */
  Schema refine(ParsedRecords records, boolean kindGiven);
}
