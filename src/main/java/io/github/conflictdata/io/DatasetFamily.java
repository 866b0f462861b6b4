package io.github.conflictdata.io;

import java.util.List;

/**
 * A dataset family (UCDP, COW, PRIO, ACLED) declaring its kinds to the reader: one {@link Schema}
 * per kind, each carrying everything kind-specific (columns and older names, identifying
 * columns, look-alike exclusions and refine hook, release rule, derived dates, codebook labels,
 * count and estimate roles, multi-valued columns, citation and licence). The reader knows nothing
 * of any dataset beyond what the families declare; {@code ConflictData} lists the families.
 *
 * <p>Adding a kind: declare its schema in its family and add the constant to {@code
 * DatasetKind}; adding a release: older header names and release rules in the same schema.
 */
public interface DatasetFamily {
  /** The family's name, for messages ("UCDP"). */
  String name();

  /** The family's kinds' schemas, in the order detection tries them. */
  List<Schema> schemas();
}
