package io.github.conflictdata.cow;

import io.github.conflictdata.io.DatasetFamily;
import io.github.conflictdata.io.Schema;
import java.util.List;

/** The Correlates of War family: its kinds' schemas (see {@link CowSchemas}), in detection order. */
public final class CowFamily implements DatasetFamily {
  /** The family, as {@code ConflictData} lists it. */
  public static final CowFamily INSTANCE = new CowFamily();

  private CowFamily() {}

  @Override
  public String name() {
    return "COW";
  }

  @Override
  public List<Schema> schemas() {
    return List.of(CowSchemas.INTER_STATE, CowSchemas.INTRA_STATE, CowSchemas.EXTRA_STATE, CowSchemas.NON_STATE);
  }
}
