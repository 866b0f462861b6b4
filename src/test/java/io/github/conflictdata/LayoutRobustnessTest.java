package io.github.conflictdata;

import static io.github.conflictdata.testing.TableAsserts.assertSameTable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Files re-saved in other layouts (delimiter, byte order mark, line ends, encoding, date format,
 * column order, a dropped non-key column) read back to the same table as the original.
 */
class LayoutRobustnessTest {
  private static final Charset CP1252 = Charset.forName("windows-1252");
  @TempDir Path tmp;

  /** Bundled CSV files with their encoding: always available. */
  static Stream<Arguments> files() {
    return Stream.of(
        Arguments.of("ucdp/BattleDeaths_v24_1_conf.csv", "UTF-8"),
        Arguments.of("ucdp/UcdpPrioConflict_v23_1.csv", "UTF-8"),
        Arguments.of("cow/Inter-StateWarData_v4.0.csv", "UTF-8"),
        Arguments.of("cow/Intra-StateWarData_v4.1.csv", "windows-1252"),
        Arguments.of("cow/INTRA-STATE WARS v5.1 CSV.csv", "windows-1252"),
        Arguments.of("cow/Extra-StateWarData_v4.0.csv", "windows-1252"),
        Arguments.of("cow/Non-StateWarData_v4.0.csv", "UTF-8"),
        Arguments.of("prio/PRIO_bd3.0.csv", "windows-1252"));
  }

  static Stream<Arguments> layouts() {
    return files().flatMap(f -> Stream.of("semicolon", "tab", "bom", "crlf", "cr", "lf", "quoted",
        "shuffled", "recoded").map(l -> Arguments.of(f.get()[0], f.get()[1], l)));
  }

  private Dataset original(String resource) {
    return ConflictData.reader().read(
        new java.io.ByteArrayInputStream(Shared.bundledBytes(resource)), resource);
  }

  private List<List<String>> records(String resource, String charset) {
    String text = new String(Shared.bundledBytes(resource), Charset.forName(charset));
    return Resaver.parse(text, ',');
  }

  private Dataset reread(Resaver r, List<List<String>> recs, String name) throws IOException {
    Path p = tmp.resolve(name);
    Files.write(p, r.write(recs));
    return ConflictData.read(p);
  }

  @ParameterizedTest(name = "{0} {2}")
  @MethodSource("layouts")
  void sameTableInEveryLayout(String resource, String charset, String layout) throws IOException {
    Dataset a = original(resource);
    List<List<String>> recs = records(resource, charset);
    assertEquals(a.table().rowCount() + 1, recs.size(), "test parser sees every record");
    Resaver r = new Resaver();
    String text = new String(Shared.bundledBytes(resource), Charset.forName(charset));
    switch (layout) {
      case "semicolon": r.delimiter(';'); break;
      case "tab": r.delimiter('\t'); break;
      case "bom": r.bom(); break;
      case "crlf": r.lineEnd("\r\n"); break;
      case "cr": r.lineEnd("\r"); break;
      case "lf": r.lineEnd("\n"); break;
      case "quoted": r.quoteAll(); break;
      case "shuffled": r.shuffleColumns(7); break;
      case "recoded":
        Charset other = charset.equals("UTF-8") ? CP1252 : StandardCharsets.UTF_8;
        assumeTrue(Resaver.encodable(text, other), resource + " has characters " + other + " lacks");
        r.charset(other);
        break;
      default: throw new AssertionError(layout);
    }
    Dataset b = reread(r, recs, "resaved.csv");
    assertSameTable(a, b, null);
  }

  static Stream<Arguments> dateLayouts() {
    return Stream.of("d-M-yyyy", "dd-MM-yyyy", "M/d/yyyy", "M/d/yy", "yyyy-MM-dd", "d.M.yyyy")
        .flatMap(f -> Stream.of(
            Arguments.of("ucdp/UcdpPrioConflict_v23_1.csv", "UTF-8", f,
                List.of("start_date", "start_date2", "ep_end_date")),
            Arguments.of("prio/PRIO_bd3.0.csv", "windows-1252", f,
                List.of("startdate", "startdate2", "ependdate"))));
  }

  @ParameterizedTest(name = "{0} {2}")
  @MethodSource("dateLayouts")
  void sameDatesInEveryDateFormat(String resource, String charset, String pattern, List<String> cols)
      throws IOException {
    Dataset a = original(resource);
    DateTimeFormatter out = DateTimeFormatter.ofPattern(pattern);
    UnaryOperator<String> f = v -> out.format(parseSourceDate(v));
    Resaver r = new Resaver();
    for (String c : cols) {
      r.transform(c, f);
    }
    Dataset b = reread(r, records(resource, charset), "dates.csv");
    assertSameTable(a, b, null);
  }

  /** The shared files write ISO (UCDP) or m/d/yyyy (PRIO's CSV export). */
  private static LocalDate parseSourceDate(String v) {
    if (v.contains("-")) {
      return LocalDate.parse(v);
    }
    String[] p = v.split("/");
    return LocalDate.of(Integer.parseInt(p[2]), Integer.parseInt(p[0]), Integer.parseInt(p[1]));
  }

  static Stream<Arguments> droppable() {
    return Stream.of(
        Arguments.of("ucdp/BattleDeaths_v24_1_conf.csv", "UTF-8", "dyad_id"),
        Arguments.of("ucdp/UcdpPrioConflict_v23_1.csv", "UTF-8", "ep_end_date"),
        Arguments.of("cow/Inter-StateWarData_v4.0.csv", "UTF-8", "BatDeath"),
        Arguments.of("prio/PRIO_bd3.0.csv", "windows-1252", "bdeadbes"));
  }

  @ParameterizedTest(name = "{0} without {2}")
  @MethodSource("droppable")
  void aDroppedNonKeyColumnReadsAsMissing(String resource, String charset, String column)
      throws IOException {
    Dataset a = original(resource);
    Dataset b = reread(new Resaver().drop(column), records(resource, charset), "dropped.csv");
    assertEquals(a.kind(), b.kind());
    assertEquals(a.table().rowCount(), b.table().column(column).countMissing());
    assertSameTable(a, b, column);
  }

  @Test
  void acledWithHxlRowEmbeddedLineEndsAndOtherLayouts() throws IOException {
    Path f = Shared.file("acled/conflict_data_arm.csv");
    Dataset a = ConflictData.read(f);
    List<List<String>> recs = Resaver.parse(Files.readString(f), ',');
    assertTrue(recs.get(1).get(1).startsWith("#"), "the HXL row is the second record");
    for (Resaver r : List.of(new Resaver().delimiter(';').lineEnd("\r\n"), new Resaver().bom().lineEnd("\r"),
        new Resaver().shuffleColumns(3).delimiter('\t'))) {
      assertSameTable(a, reread(r, recs, "acled.csv"), null);
    }
  }
}
