package io.github.conflictdata.acled;

import io.github.conflictdata.io.DatasetFamily;
import io.github.conflictdata.io.Schema;
import java.util.List;

/** The ACLED family: its kinds' schemas (see {@link AcledSchemas}), in detection order. */
public final class AcledFamily implements DatasetFamily {
  /** The family, as {@code ConflictData} lists it. */
  public static final AcledFamily INSTANCE = new AcledFamily();

  private AcledFamily() {}

  @Override
  public String name() {
    return "ACLED";
  }

  @Override
  public List<Schema> schemas() {
    return List.of(AcledSchemas.EVENTS, AcledSchemas.COUNTRY_YEAR);
  }
}
