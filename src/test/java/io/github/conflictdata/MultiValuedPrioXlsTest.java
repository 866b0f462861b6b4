package io.github.conflictdata;

import io.github.conflictdata.testing.LabelsTestCsv;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * PRIO Battle Deaths 3.1 (.xls, read here with POI directly) stores its multi-country gwno cells
 * as comma-separated text; they split into 2- and 3-digit Gleditsch-Ward codes, and exploding
 * gives one row per comma-separated value.
 */
class MultiValuedPrioXlsTest {

  private static final List<String> GWNO =
      List.of("gwnoa", "gwnoa2nd", "gwnob", "gwnob2nd", "gwnoloc");

  @Test
  void prio31GwnoListsSplitIntoGwCodes() throws IOException {
    Path file = LabelsTestCsv.shared("prio-battle-deaths/PRIO Battle Deaths Dataset 3.1.xls");
    Table t = readGwno(file);
    assertEquals(1957, t.rowCount()); // SOURCES.md
    int listCells = 0;
    for (String name : GWNO) {
      int expectedRows = 0;
      for (String cell : t.stringColumn(name)) {
        expectedRows += cell.isBlank() ? 1 : cell.length() - cell.replace(",", "").length() + 1;
        listCells += cell.contains(",") ? 1 : 0;
      }
      List<List<Integer>> lists = MultiValued.splitInts(t.stringColumn(name));
      for (List<Integer> l : lists) {
        for (int code : l) {
          // Gleditsch-Ward codes run from 2 to 990 (-99 is PRIO's missing code)
          assertTrue(code == -99 || (code >= 2 && code <= 990), name + ": " + code);
        }
      }
      assertEquals(expectedRows, MultiValued.explodeInts(t, name).rowCount(), name);
    }
    assertTrue(listCells > 0, "PRIO 3.1 has comma-separated gwno cells");
  }

  private static Table readGwno(Path file) throws IOException {
    try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
      Sheet sheet = wb.getSheetAt(0);
      Row header = sheet.getRow(0);
      List<StringColumn> cols = new ArrayList<>();
      List<Integer> idx = new ArrayList<>();
      for (String name : GWNO) {
        for (Cell c : header) {
          if (c.getStringCellValue().strip().equals(name)) {
            idx.add(c.getColumnIndex());
            cols.add(StringColumn.create(name));
          }
        }
      }
      assertEquals(GWNO.size(), cols.size(), "gwno columns in " + file);
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        if (row == null) {
          continue;
        }
        for (int i = 0; i < idx.size(); i++) {
          Cell c = row.getCell(idx.get(i));
          String v = "";
          if (c != null && c.getCellType() == CellType.NUMERIC) {
            double d = c.getNumericCellValue();
            v = d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
          } else if (c != null && c.getCellType() == CellType.STRING) {
            v = c.getStringCellValue();
          }
          cols.get(i).append(v);
        }
      }
      return Table.create(file.getFileName().toString(), new ArrayList<>(cols));
    }
  }
}
