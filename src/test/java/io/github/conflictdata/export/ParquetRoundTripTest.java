package io.github.conflictdata.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conflictdata.ConflictData;
import io.github.conflictdata.Dataset;
import io.github.conflictdata.DatasetKind;
import io.github.conflictdata.Labels;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Every bundled release written to Parquet and read back: the same kind, release, source, cells,
 * missing values and missing-value codes; the metadata read by DuckDB over plain JDBC.
 */
class ParquetRoundTripTest {
  @TempDir Path dir;

  @TestFactory
  Stream<DynamicTest> everyBundledReleaseRoundTrips() {
    assertFalse(ExportFixtures.bundled().isEmpty(), "ConflictData.bundledReleases() lists nothing");
    return ExportFixtures.bundled().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(),
        () -> roundTrip(e.getKey(), e.getValue())));
  }

  private void roundTrip(String name, Dataset d) throws Exception {
    Path file = dir.resolve(name.replace(' ', '_') + ".parquet");
    Parquet.write(d, file);
    Dataset back = Parquet.read(file);

    assertEquals(d.kind(), back.kind(), name);
    assertEquals(d.version(), back.version(), name);
    assertEquals(d.source(), back.source(), name);
    assertEquals(d.problems(), back.problems(), name);
    assertEquals(d.rawMissingValues(), back.rawMissingValues(), name + ": missing-value codes");
    assertEquals(d.table().name(), back.table().name(), name);
    ExportFixtures.assertSameCells(d.table(), back.table(), name);
    for (Column<?> c : d.table().columns()) {
      assertEquals(c.countMissing(), back.table().column(c.name()).countMissing(),
          name + ": missing cells in " + c.name());
    }

    // the metadata, read by DuckDB over plain JDBC (not through Parquet.metadata)
    Map<String, String> md = new LinkedHashMap<>();
    try (Connection conn = ExportFixtures.jdbc();
        Statement st = conn.createStatement();
        ResultSet rs = st.executeQuery("SELECT decode(key), decode(value) FROM parquet_kv_metadata("
            + ExportFixtures.lit(file) + ")")) {
      while (rs.next()) {
        md.put(rs.getString(1), rs.getString(2));
      }
    }
    assertEquals(d.kind().name(), md.get("kind"), name);
    assertEquals(d.version(), md.get("release"), name);
    assertEquals(d.source().citation(), md.get("citation"), name);
    assertEquals(d.source().licence(), md.get("licence"), name);
    assertEquals(d.source().sha256(), md.get("sha256"), name);
    assertTrue(md.get("sha256").matches("[0-9a-f]{64}"), name + ": " + md.get("sha256"));
    assertFalse(md.get("citation").isBlank(), name);
  }

  @Test
  void missingValueCodesSurvive() {
    // README: PRIO conflict 193 in 1993 has no best estimate, code -999 in the file
    Dataset prio = ConflictData.bundled(DatasetKind.PRIO_BATTLE_DEATHS, "3.1");
    int row = -1;
    Table t = prio.table();
    for (int r = 0; r < t.rowCount(); r++) {
      if (t.intColumn("id").getInt(r) == 193 && t.intColumn("year").getInt(r) == 1993) {
        row = r;
      }
    }
    assertTrue(row >= 0, "PRIO 3.1 has conflict 193 in 1993");
    Path file = dir.resolve("prio.parquet");
    Parquet.write(prio, file);
    Dataset back = Parquet.read(file);
    assertTrue(back.table().column("bdeadbes").isMissing(row));
    assertEquals("-999", back.rawValue("bdeadbes", row).orElseThrow());
    assertTrue(back.table().column("bdeadbes").countMissing() > 0);
  }

  @Test
  void labelsAsColumnsAreAddedAndDroppedAgain() throws Exception {
    Dataset acd = ConflictData.bundled(DatasetKind.UCDP_PRIO_ACD);
    Path file = dir.resolve("acd-labels.parquet");
    Parquet.writer().labels(LabelMode.COLUMNS).write(acd, file);

    Table withLabels = Parquet.readTable(file);
    ExportFixtures.assertSameCells(Labels.withLabels(acd), withLabels, "ACD with label columns");
    assertTrue(withLabels.containsColumn("incompatibility_label"));

    Dataset back = Parquet.read(file);
    ExportFixtures.assertSameCells(acd.table(), back.table(), "ACD read back");
    List<String> labelColumns = new ArrayList<>();
    for (String c : withLabels.columnNames()) {
      if (c.endsWith("_label")) {
        labelColumns.add(c);
      }
    }
    assertEquals(Labels.codedColumns(DatasetKind.UCDP_PRIO_ACD).size(), labelColumns.size(), labelColumns.toString());
    assertTrue(Parquet.metadata(file).get("label_columns").contains("\"incompatibility_label\""));
    assertFalse(Parquet.metadata(file).containsKey("labels"));
  }

  @Test
  void labelsAsMetadataByDefault() {
    Dataset brd = ConflictData.bundled(DatasetKind.UCDP_BRD_CONFLICT);
    Path file = dir.resolve("brd.parquet");
    Parquet.write(brd, file);
    Map<String, String> md = Parquet.metadata(file);
    String labels = md.get("labels");
    assertTrue(labels != null && labels.contains("\"incompatibility\":{"), String.valueOf(labels));
    String territory = Labels.label(DatasetKind.UCDP_BRD_CONFLICT, "incompatibility", 1).orElseThrow();
    assertTrue(labels.contains("\"1\":\"" + territory + "\""), labels);
    assertEquals(brd.table().columnNames(), Parquet.readTable(file).columnNames());

    Path none = dir.resolve("brd-none.parquet");
    Parquet.writer().labels(LabelMode.NONE).write(brd, none);
    assertFalse(Parquet.metadata(none).containsKey("labels"));
    assertEquals(brd.table().columnNames(), Parquet.readTable(none).columnNames());
  }
}
