package io.github.conflictdata.ucdp;

import io.github.conflictdata.ConflictData;
import io.github.conflictdata.Dataset;
import io.github.conflictdata.Resaver;
import io.github.conflictdata.testing.TableAsserts;
import io.github.conflictdata.testing.TestFiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The new UCDP kinds' CSV files re-saved as spreadsheets and scripts do (delimiter, byte order
 * mark, line ends, quoting, column order, a dropped non-key column, a trailing delimiter) read
 * back to the same table, under the same file name (the release of a GED extract comes from its
 * coverage, of the others from their version column).
 */
class UcdpLayoutsTest {

  static Stream<Arguments> layouts() {
    List<String> files = List.of("ucdp-ged/ged191.csv", "ucdp-ged/conflict_data_BGD.csv",
        "ucdp-nonstate/Nonstate_v23_1.csv", "ucdp-dyadic/Dyadic_v24_1.csv",
        "ucdp-brd/BattleDeaths_v24_1.csv", "ucdp-brd/ucdp_conflict_deaths.csv");
    return files.stream().flatMap(f -> Stream.of("semicolon", "tab", "bom", "crlf", "cr",
        "quoted", "shuffled", "trailing").map(l -> Arguments.of(f, l)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("layouts")
  void sameTableInEveryLayout(String file, String layout) throws IOException {
    Path p = TestFiles.sharedFile(file);
    Dataset a = ConflictData.read(p);
    List<List<String>> recs = Resaver.parse(Files.readString(p, StandardCharsets.UTF_8), ',');
    Resaver r = new Resaver();
    switch (layout) {
      case "semicolon" -> r.delimiter(';');
      case "tab" -> r.delimiter('\t');
      case "bom" -> r.bom();
      case "crlf" -> r.lineEnd("\r\n");
      case "cr" -> r.lineEnd("\r");
      case "quoted" -> r.quoteAll();
      case "shuffled" -> r.shuffleColumns(11);
      case "trailing" -> r.trailingDelimiter().lineEnd("\r\n");
      default -> throw new AssertionError(layout);
    }
    Dataset b = ConflictData.reader().read(new ByteArrayInputStream(r.write(recs)), p.toString());
    TableAsserts.assertSameTable(a, b, null);
  }

  static Stream<Arguments> droppable() {
    return Stream.of(
        Arguments.of("ucdp-ged/ged191.csv", "geom_wkt"),
        Arguments.of("ucdp-nonstate/Nonstate_v23_1.csv", "side_a_name_mothertongue"),
        Arguments.of("ucdp-dyadic/Dyadic_v24_1.csv", "territory_name"));
  }

  @ParameterizedTest(name = "{0} without {1}")
  @MethodSource("droppable")
  void aDroppedNonKeyColumnReadsAsMissing(String file, String column) throws IOException {
    Path p = TestFiles.sharedFile(file);
    Dataset a = ConflictData.read(p);
    List<List<String>> recs = Resaver.parse(Files.readString(p, StandardCharsets.UTF_8), ',');
    Dataset b = ConflictData.reader().read(
        new ByteArrayInputStream(new Resaver().drop(column).write(recs)), p.toString());
    org.junit.jupiter.api.Assertions.assertEquals(
        a.table().rowCount(), b.table().column(column).countMissing());
    TableAsserts.assertSameTable(a, b, column);
  }
}
