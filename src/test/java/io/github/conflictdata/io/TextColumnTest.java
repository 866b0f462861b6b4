package io.github.conflictdata.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conflictdata.ConflictData;
import io.github.conflictdata.DatasetKind;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** String columns built straight into Tablesaw's dictionary behave like Tablesaw-built ones. */
class TextColumnTest {
  @Test
  void behavesLikeATablesawBuiltColumn() {
    Table t = ConflictData.bundled(DatasetKind.UCDP_BRD_CONFLICT).table();
    StringColumn ours = t.stringColumn("side_a_2nd");
    StringColumn theirs = StringColumn.create("side_a_2nd");
    for (int r = 0; r < ours.size(); r++) {
      if (ours.isMissing(r)) {
        theirs.appendMissing();
      } else {
        theirs.append(ours.get(r));
      }
    }
    assertEquals(theirs.asList(), ours.asList());
    assertEquals(theirs.countUnique(), ours.countUnique());
    assertEquals(theirs.countMissing(), ours.countMissing());
    assertEquals(theirs.unique().asSet(), ours.unique().asSet());
    assertEquals(theirs.isEqualTo("Government of Turkey").size(),
        ours.isEqualTo("Government of Turkey").size());
    assertTrue(ours.countMissing() > 0, "side_a_2nd is often empty in BRD 24.1");
    // still a normal, growable column
    ours.append("x");
    ours.appendMissing();
    assertEquals("x", ours.get(ours.size() - 2));
    assertTrue(ours.isMissing(ours.size() - 1));
    assertEquals(List.of("x"), ours.where(ours.isEqualTo("x")).asList());
  }
}
