package io.github.conflictdata.prio;

import io.github.conflictdata.io.DatasetFamily;
import io.github.conflictdata.io.Schema;
import java.util.List;

/** The PRIO Battle Deaths family: its kinds' schemas (see {@link PrioSchemas}), in detection order. */
public final class PrioFamily implements DatasetFamily {
  /** The family, as {@code ConflictData} lists it. */
  public static final PrioFamily INSTANCE = new PrioFamily();

  private PrioFamily() {}

  @Override
  public String name() {
    return "PRIO";
  }

  @Override
  public List<Schema> schemas() {
    return List.of(PrioSchemas.BATTLE_DEATHS);
  }
}
