package io.github.conflictdata.compare;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Event tables built in the tests from the raw shared files with the plain splitter of {@link
 * SharedFiles} (not the library's reader), typed by hand with GED's and ACLED's codebook names.
 */
final class EventTables {
  private EventTables() {}

  static final List<String> GED_INTS = List.of("id", "year", "type_of_violence", "conflict_new_id",
      "dyad_new_id", "country_id", "date_prec", "deaths_a", "deaths_b", "deaths_civilians",
      "deaths_unknown", "low", "best", "high");

  /** GED 19.1 (Myanmar and Bangladesh extract) as raw records. */
  static List<Map<String, String>> gedRecords() {
    return SharedFiles.csv("ucdp-ged/ged191.csv", java.nio.charset.StandardCharsets.UTF_8);
  }

  /** A typed GED table from raw records. */
  static Table ged(List<Map<String, String>> recs) {
    Table t = Table.create("ged191 (test)");
    for (String c : GED_INTS) {
      IntColumn col = IntColumn.create(c);
      for (Map<String, String> r : recs) {
        col.append(Integer.parseInt(r.get(c)));
      }
      t.addColumns(col);
    }
    BooleanColumn active = BooleanColumn.create("active_year");
    StringColumn country = StringColumn.create("country");
    StringColumn adm1 = StringColumn.create("adm_1");
    DateColumn start = DateColumn.create("date_start");
    DateColumn end = DateColumn.create("date_end");
    for (Map<String, String> r : recs) {
      active.append(r.get("active_year").equals("1"));
      country.append(r.get("country"));
      adm1.append(r.get("adm_1"));
      start.append(LocalDate.parse(r.get("date_start").substring(0, 10)));
      end.append(LocalDate.parse(r.get("date_end").substring(0, 10)));
    }
    t.addColumns(active, country, adm1, start, end);
    return t;
  }

  /** ACLED's 2025-layout Somalia export as a typed table (event_date, country, admin1, event_type, fatalities). */
  static Table acled(List<Map<String, String>> recs) {
    DateColumn date = DateColumn.create("event_date");
    StringColumn country = StringColumn.create("country");
    StringColumn admin1 = StringColumn.create("admin1");
    StringColumn type = StringColumn.create("event_type");
    IntColumn fat = IntColumn.create("fatalities");
    for (Map<String, String> r : recs) {
      date.append(LocalDate.parse(r.get("event_date")));
      country.append(r.get("country"));
      admin1.append(r.get("admin1"));
      type.append(r.get("event_type"));
      fat.append(Integer.parseInt(r.get("fatalities")));
    }
    return Table.create("acled (test)", date, country, admin1, type, fat);
  }

  static LocalDate d(String s) {
    return LocalDate.parse(s.substring(0, 10));
  }

  static int i(Map<String, String> r, String c) {
    return Integer.parseInt(r.get(c));
  }
}
