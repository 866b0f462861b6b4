package io.github.conflictdata.ucdp;

import io.github.conflictdata.io.DatasetFamily;
import io.github.conflictdata.io.Schema;
import java.util.List;

/** The Uppsala Conflict Data Program family: its kinds' schemas (see {@link UcdpSchemas}), in detection order. */
public final class UcdpFamily implements DatasetFamily {
  /** The family, as {@code ConflictData} lists it. */
  public static final UcdpFamily INSTANCE = new UcdpFamily();

  private UcdpFamily() {}

  @Override
  public String name() {
    return "UCDP";
  }

  @Override
  public List<Schema> schemas() {
    return List.of(UcdpSchemas.BRD_CONFLICT, UcdpSchemas.BRD_DYADIC, UcdpSchemas.ACD, UcdpSchemas.DYADIC, UcdpSchemas.GED, UcdpSchemas.NONSTATE, UcdpSchemas.ONESIDED);
  }
}
