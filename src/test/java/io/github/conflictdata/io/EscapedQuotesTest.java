package io.github.conflictdata.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import io.github.conflictdata.ConflictData;
import io.github.conflictdata.Dataset;
import io.github.conflictdata.Shared;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/**
 * Quoted values with doubled quotes inside (GED's source fields: {@code """AP,2015-05-15,..."""})
 * come out with single quotes, the same when a value recurs and is served from the parser's cache;
 * checked cell by cell against univocity's CSV parser reading the same bytes.
 */
class EscapedQuotesTest {
  @Test
  void gedSourceFieldsMatchAnIndependentCsvParser() throws IOException {
    byte[] file = Files.readAllBytes(Shared.file("ucdp-ged/ged191.csv"));
    int headerEnd = 0;
    while (file[headerEnd] != '\n') {
      headerEnd++;
    }
    headerEnd++;
    // the records three times over, so that every escaped value recurs (cache hits)
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(file, 0, file.length);
    if (file[file.length - 1] != '\n') {
      out.write('\n');
    }
    for (int k = 0; k < 2; k++) {
      out.write(file, headerEnd, file.length - headerEnd);
      if (file[file.length - 1] != '\n') {
        out.write('\n');
      }
    }
    byte[] bytes = out.toByteArray();
    Dataset d = ConflictData.reader().blockBytes(64 << 10).threads(2)
        .read(new ByteArrayInputStream(bytes), "ged191x3.csv");
    Table t = d.table();

    CsvParserSettings settings = new CsvParserSettings();
    settings.setMaxCharsPerColumn(-1);
    settings.setMaxColumns(200);
    settings.setIgnoreLeadingWhitespaces(false); // text is kept as written
    settings.setIgnoreTrailingWhitespaces(false);
    settings.getFormat().setLineSeparator("\n");
    List<String[]> rows = new CsvParser(settings)
        .parseAll(new StringReader(new String(bytes, StandardCharsets.UTF_8)));
    List<String> header = List.of(rows.get(0));
    assertEquals(rows.size() - 1, t.rowCount());
    int escaped = 0;
    for (String col : List.of("source_article", "source_headline", "source_original",
        "source_office", "where_coordinates", "dyad_name", "geom_wkt")) {
      int c = header.indexOf(col);
      for (int r = 0; r < t.rowCount(); r++) {
        String expected = rows.get(r + 1)[c];
        String ours = t.stringColumn(col).isMissing(r) ? null : t.stringColumn(col).get(r);
        if (expected == null || expected.isEmpty()) {
          assertEquals(null, ours, col + " row " + r);
        } else {
          assertEquals(expected, ours, col + " row " + r);
          if (expected.contains("\"")) {
            escaped++;
          }
        }
      }
    }
    assertTrue(escaped > 1_000, "values with quotes inside were compared: " + escaped);
  }
}
