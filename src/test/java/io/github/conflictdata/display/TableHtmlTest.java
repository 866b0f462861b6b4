package io.github.conflictdata.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.numbers.NumberColumnFormatter;

/** Tables read like pandas': alignment, separators, cut text with the full value on hover. */
class TableHtmlTest {
  private static Table notebookTable() {
    // as a notebook builds it: plain int and double columns, no print formatter
    return Table.create("built in a notebook",
        StringColumn.create("location", "Myanmar (Burma)", "Bangladesh"),
        IntColumn.create("year", 2017, 2017),
        IntColumn.create("conflict_id", 11345, 13246),
        IntColumn.create("deaths", 55184, 12),
        DoubleColumn.create("share", 55184.0, 0.25));
  }

  @Test
  void numbersGetThousandsSeparatorsButYearsAndIdsDoNot() {
    String html = TableHtml.defaults().html(notebookTable(), null);
    assertTrue(html.contains("<td>55,184</td><td>55,184</td>"), html);
    assertTrue(html.contains("<td>2017</td><td>11345</td>"), html);
    assertTrue(html.contains("<td>0.25</td>"), html);
    assertFalse(html.contains("55184"), html);
    String plain = TableHtml.defaults().plain(notebookTable(), null);
    assertTrue(plain.contains("55,184"), plain);
  }

  @Test
  void textIsLeftAlignedAndNumbersRight() {
    String html = TableHtml.defaults().html(notebookTable(), null);
    assertTrue(html.contains("<th style=\"text-align:left\">location</th><th>year</th>"), html);
    assertTrue(html.contains("<td style=\"text-align:left\">Bangladesh</td><td>2017</td>"), html);
    assertTrue(html.contains("white-space:nowrap"), "cells never wrap: " + html);
    String[] lines = TableHtml.defaults().plain(notebookTable(), null).split("\n");
    // header, Myanmar, Bangladesh: the text column is padded on the right, numbers on the left
    assertTrue(lines[2].startsWith("1  Bangladesh       "), lines[2]);
    assertTrue(lines[2].endsWith("13246      12    0.25"), lines[2]);
  }

  @Test
  void longTextIsCutWithTheFullValueOnHover() {
    Table t = Table.create("t", StringColumn.create("side_b", "Arakan Rohingya Salvation Army & others"));
    String html = new TableHtml(60, 10, 20, 12).html(t, null);
    assertTrue(html.contains("<td style=\"text-align:left\" title=\"Arakan Rohingya Salvation Army &amp; others\">Arakan Ro...</td>"), html);
  }

  @Test
  void aColumnLimitShowsTheEllipsis() {
    Table t = Table.create("wide");
    for (int c = 0; c < 30; c++) {
      t.addColumns(IntColumn.create("c" + c, 1));
    }
    String html = new TableHtml(60, 10, 6, 50).html(t, "UCDP GED, release 19.1");
    assertTrue(html.contains("<th>c2</th><th>&hellip;</th><th>c27</th>"), html);
    assertTrue(html.startsWith("<div class=\"conflictdata-table\"><p><strong>UCDP GED, release 19.1</strong></p>"), html);
    assertTrue(html.contains("1 rows &times; 30 columns"), html);
  }

  @Test
  void aColumnsOwnPrintFormatterIsKept() {
    DoubleColumn ratio = DoubleColumn.create("ratio", 1.5);
    ratio.setPrintFormatter(NumberColumnFormatter.fixedWithGrouping(2));
    assertEquals("1.50", TableHtml.cell(ratio, 0));
    assertEquals("", TableHtml.cell(DoubleColumn.create("x", Double.NaN), 0));
  }
}
