package io.github.conflictdata.kernel;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conflictdata.ConflictData;
import io.github.conflictdata.DatasetKind;
import org.junit.jupiter.api.Test;

/** A schema and the claims display in a notebook as a summary over an HTML table. */
class ValueDisplayTest {
  @Test
  void schemaAndClaimsShowAsHtmlTables() {
    String schema = (String) Renderers.render(ConflictData.schema(DatasetKind.UCDP_GED)).data().get("text/html");
    assertTrue(schema != null && schema.contains("<table") && schema.contains("type_of_violence")
        && schema.contains("missing_codes"), schema);
    String claims = (String) Renderers.render(ConflictData.claims()).data().get("text/html");
    assertTrue(claims != null && claims.contains("<table") && claims.contains("nagorno-karabakh"), claims);
  }
}
