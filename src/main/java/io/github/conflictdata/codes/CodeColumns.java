package io.github.conflictdata.codes;

import io.github.conflictdata.Problem;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Adds {@code ccode}, {@code gwno} and {@code iso3} columns to any table that has a code column
 * and a year or date column. Mutable configurator: each setter returns this object, {@link
 * #apply()} ends the chain and leaves the input table untouched.
 *
 * <pre>{@code
 * CodedTable t = CountryCodes.load().columns(acd)
 *     .from("gwno_a", CodeSystem.GW)   // UCDP: "651, 645" holds two codes
 *     .year("year")
 *     .add(CodeSystem.GW).add(CodeSystem.COW).add(CodeSystem.ISO3)
 *     .explode()                       // one row per code
 *     .apply();
 * }</pre>
 *
 * <p>Cells:
 *
 * <ul>
 *   <li>A text cell may hold several codes separated by commas, with any spacing ("651,  645").
 *       Without {@link #explode()} the added columns are text too, holding the converted codes in
 *       the same order joined by ", "; with it, each row is repeated once per code (every other
 *       column unchanged, the multi-valued cell kept as it was) and COW and G&amp;W columns are
 *       integers. A numeric code column gives integer columns either way.
 *   <li>Empty cells and the missing-value codes -99, -9, -8 and -7 (UCDP/PRIO, COW) give missing
 *       values and no problem; a row without codes stays one row.
 *   <li>A code that is not listed, not a member in that year/on that date, or has no counterpart
 *       in a target system gives a missing value there and a {@link Problem} in {@link
 *       CodedTable#problems()} (line = 1-based row of the input table, column = the code
 *       column's position). With {@link #strict()} any problem throws instead. In a text cell
 *       with several codes, one failed code makes that target's whole cell missing.
 *   <li>Adding the source system itself ({@code .from("gwno_a", GW).add(GW)}) gives the single
 *       code of each exploded row, as written, without a membership check.
 * </ul>
 */
public final class CodeColumns {
  private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]{1,9}");
  private static final Pattern ALPHA3 = Pattern.compile("[A-Za-z]{3}");
  private static final Set<String> MISSING_CODES = Set.of("-99", "-9", "-8", "-7");

  private final CountryCodes codes;
  private final Table table;
  private String source;
  private CodeSystem sourceSystem;
  private String yearColumn;
  private String dateColumn;
  private LocalDate fixedDate;
  private final List<CodeSystem> targets = new ArrayList<>();
  private final List<String> targetNames = new ArrayList<>();
  private boolean explode;
  private boolean strict;
  private boolean nearest;

  CodeColumns(CountryCodes codes, Table table) {
    this.codes = codes;
    this.table = Objects.requireNonNull(table, "table");
  }

  /**
   * The column holding the codes, and their system.
   *
   * @param column name of the input column holding the codes
   * @param system the system those codes are in
   * @return this builder
   */
  public CodeColumns from(String column, CodeSystem system) {
    requireColumn(column);
    this.source = column;
    this.sourceSystem = Objects.requireNonNull(system, "system");
    return this;
  }

  /**
   * Look codes up by year (integer or text column); see {@link CountryCodes} for the rule.
   *
   * @param column name of the year column
   * @return this builder
   */
  public CodeColumns year(String column) {
    requireColumn(column);
    this.yearColumn = column;
    this.dateColumn = null;
    this.fixedDate = null;
    return this;
  }

  /**
   * Look codes up on a date (a date, date-time or yyyy-MM-dd text column).
   *
   * @param column name of the date column
   * @return this builder
   */
  public CodeColumns date(String column) {
    requireColumn(column);
    this.dateColumn = column;
    this.yearColumn = null;
    this.fixedDate = null;
    return this;
  }

  /**
   * Look every row's codes up on one date.
   *
   * @param date the day every row's codes are looked up on
   * @return this builder
   */
  public CodeColumns at(LocalDate date) {
    this.fixedDate = Objects.requireNonNull(date, "date");
    this.yearColumn = null;
    this.dateColumn = null;
    return this;
  }

  /**
   * Add a column of {@code system}'s codes named {@link CodeSystem#defaultColumn()}.
   *
   * @param system the system of the codes to add
   * @return this builder
   */
  public CodeColumns add(CodeSystem system) {
    return add(system, system.defaultColumn());
  }

  /**
   * Add a column of {@code system}'s codes named {@code name} (e.g. "ccode_a").
   *
   * @param system the system of the codes to add
   * @param name name of the added column
   * @return this builder
   */
  public CodeColumns add(CodeSystem system, String name) {
    Objects.requireNonNull(system, "system");
    Objects.requireNonNull(name, "name");
    if (table.columnNames().stream().anyMatch(n -> n.equalsIgnoreCase(name))
        || targetNames.stream().anyMatch(n -> n.equalsIgnoreCase(name))) {
      throw new IllegalArgumentException("table '" + table.name() + "' already has a column '"
          + name + "': name the new one with add(" + system + ", \"other_name\")");
    }
    targets.add(system);
    targetNames.add(name);
    return this;
  }

  /**
   * One output row per code of a multi-valued cell; COW/G&amp;W columns become integers.
   *
   * @return this builder
   */
  public CodeColumns explode() {
    this.explode = true;
    return this;
  }

  /**
   * For codes that stand for a place rather than a state at that time: a code that is not a
   * member on the row's date (UCDP's {@code gwno_loc} 615, Algeria, for the 1954-1962 war of
   * independence; G&amp;W lists Algeria from 1962-07-05) is looked up on the nearest day of its
   * nearest spell, and a counterpart that is not a member then is taken from the nearest spell
   * of the same number or of its {@link CountryCodes#SAME_STATE} pair (G&amp;W 850 Indonesia in
   * 1946 -&gt; COW 850, listed from 1949-12-27). Off by default: the default answers only for
   * members.
   *
   * @return this builder
   */
  public CodeColumns nearestSpell() {
    this.nearest = true;
    return this;
  }

  /**
   * Throw on the first unresolvable code instead of leaving it missing and reporting it.
   *
   * @return this builder
   */
  public CodeColumns strict() {
    this.strict = true;
    return this;
  }

  /**
   * Builds the new table.
   *
   * @return the copy with the added columns, and the codes that could not be converted
   * @throws IllegalStateException if no code column, no year/date or no target was given, or COW
   *     numbers are read or added and COW's state list is absent ({@link CountryCodes#notes()})
   * @throws IllegalArgumentException with every problem, in {@link #strict()} mode
   */
  public CodedTable apply() {
    if (source == null) {
      throw new IllegalStateException("say which column holds the codes: from(column, system)");
    }
    if (yearColumn == null && dateColumn == null && fixedDate == null) {
      throw new IllegalStateException("codes are date-dependent: give year(column), date(column)"
          + " or at(date)");
    }
    if (targets.isEmpty()) {
      throw new IllegalStateException("nothing to add: add(CodeSystem.COW), add(GW) or add(ISO3)");
    }
    if (sourceSystem == CodeSystem.COW || targets.contains(CodeSystem.COW)) {
      codes.requireCow(); // COW numbers need COW's list; G&W and ISO3 columns do not
    }
    String file = table.name() == null || table.name().isEmpty() ? "table" : table.name();
    Column<?> src = table.column(source);
    int srcIndex = table.columnIndex(source);
    boolean numeric = src instanceof NumericColumn<?>;
    List<Problem> problems = new ArrayList<>();

    List<Integer> outRows = new ArrayList<>();
    List<List<Object>> outValues = new ArrayList<>(); // per output row, one value per target
    for (int r = 0; r < table.rowCount(); r++) {
      Cell cell = new Cell(file, r, srcIndex, cellText(src, r));
      List<String> tokens = tokens(src, r, cell, problems);
      if (tokens.isEmpty()) {
        outRows.add(r);
        outValues.add(nulls());
        continue;
      }
      Time time = time(r, cell, problems);
      List<List<Object>> perToken = new ArrayList<>();
      for (String token : tokens) {
        perToken.add(resolve(token, time, cell, problems));
      }
      if (explode) {
        for (List<Object> v : perToken) {
          outRows.add(r);
          outValues.add(v);
        }
      } else if (numeric) {
        outRows.add(r);
        outValues.add(perToken.get(0));
      } else {
        List<Object> joined = new ArrayList<>();
        for (int t = 0; t < targets.size(); t++) {
          List<String> parts = new ArrayList<>();
          boolean complete = true;
          for (List<Object> v : perToken) {
            if (v.get(t) == null) {
              complete = false;
            } else {
              parts.add(v.get(t).toString());
            }
          }
          joined.add(complete ? String.join(", ", parts) : null);
        }
        outRows.add(r);
        outValues.add(joined);
      }
    }
    if (strict && !problems.isEmpty()) {
      StringBuilder sb = new StringBuilder();
      sb.append(file).append(": ").append(problems.size())
          .append(problems.size() == 1 ? " code could not be converted" : " codes could not be"
              + " converted");
      problems.stream().limit(20).forEach(p -> sb.append('\n').append(p));
      if (problems.size() > 20) {
        sb.append("\n... and ").append(problems.size() - 20).append(" more");
      }
      throw new IllegalArgumentException(sb.toString());
    }

    Table out = Table.create(table.name());
    int[] rows = outRows.stream().mapToInt(Integer::intValue).toArray();
    for (Column<?> c : table.columns()) {
      out.addColumns(repeat(c, rows));
    }
    boolean ints = explode || numeric;
    int at = srcIndex + 1;
    for (int t = 0; t < targets.size(); t++) {
      CodeSystem sys = targets.get(t);
      String name = targetNames.get(t);
      Column<?> col;
      if (sys != CodeSystem.ISO3 && ints) {
        IntColumn ic = IntColumn.create(name);
        for (List<Object> v : outValues) {
          if (v.get(t) == null) {
            ic.appendMissing();
          } else {
            ic.append((Integer) v.get(t));
          }
        }
        col = ic;
      } else {
        StringColumn sc = StringColumn.create(name);
        for (List<Object> v : outValues) {
          if (v.get(t) == null) {
            sc.appendMissing();
          } else {
            sc.append(v.get(t).toString());
          }
        }
        col = sc;
      }
      out.insertColumn(at++, col);
    }
    return new CodedTable(out, problems);
  }

  // ------------------------------------------------------------------ cells

  private record Cell(String file, int row, int column, String text) {}

  /** A year (lookup per code on its reference day) or a date. */
  private record Time(Integer year, LocalDate date) {}

  private List<Object> nulls() {
    List<Object> v = new ArrayList<>();
    for (int i = 0; i < targets.size(); i++) {
      v.add(null);
    }
    return v;
  }

  private List<String> tokens(Column<?> src, int r, Cell cell, List<Problem> problems) {
    List<String> out = new ArrayList<>();
    if (src.isMissing(r)) {
      return out;
    }
    if (src instanceof NumericColumn<?> n) {
      double d = n.getDouble(r);
      if (d != Math.rint(d) || Math.abs(d) > 1e9) {
        problem(problems, cell, "a whole-number " + sourceSystem.title());
        return out;
      }
      String s = Long.toString((long) d);
      if (!MISSING_CODES.contains(s)) {
        out.add(s);
      }
      return out;
    }
    String text = cell.text().trim();
    if (text.isEmpty()) {
      return out;
    }
    String[] parts = text.split(",", -1);
    for (String p : parts) {
      String t = p.trim();
      if (t.isEmpty()) {
        problem(problems, cell, "codes separated by single commas (found an empty code)");
      } else if (!MISSING_CODES.contains(t)) {
        out.add(t);
      }
    }
    return out;
  }

  private Time time(int r, Cell cell, List<Problem> problems) {
    if (fixedDate != null) {
      return new Time(null, fixedDate);
    }
    if (yearColumn != null) {
      Column<?> c = table.column(yearColumn);
      Cell yc = new Cell(cell.file(), r, table.columnIndex(yearColumn), cellText(c, r));
      if (c.isMissing(r)) {
        problem(problems, yc, "a year for the codes '" + cell.text() + "'");
        return null;
      }
      if (c instanceof NumericColumn<?> n) {
        double d = n.getDouble(r);
        if (d == Math.rint(d) && d >= 1 && d <= 9999) {
          return new Time((int) d, null);
        }
      } else {
        String s = yc.text().trim();
        if (s.matches("[0-9]{1,4}")) {
          return new Time(Integer.parseInt(s), null);
        }
      }
      problem(problems, yc, "a year (1-9999)");
      return null;
    }
    Column<?> c = table.column(dateColumn);
    Cell dc = new Cell(cell.file(), r, table.columnIndex(dateColumn), cellText(c, r));
    if (c.isMissing(r)) {
      problem(problems, dc, "a date for the codes '" + cell.text() + "'");
      return null;
    }
    if (c instanceof DateColumn d) {
      return new Time(null, d.get(r));
    }
    if (c instanceof DateTimeColumn d) {
      return new Time(null, d.get(r).toLocalDate());
    }
    try {
      return new Time(null, LocalDate.parse(dc.text().trim()));
    } catch (DateTimeParseException e) {
      problem(problems, dc, "a date yyyy-MM-dd");
      return null;
    }
  }

  /** One value per target for one code, null where it cannot be converted (with a problem). */
  private List<Object> resolve(String token, Time time, Cell cell, List<Problem> problems) {
    List<Object> v = nulls();
    Object code;
    if (sourceSystem == CodeSystem.ISO3) {
      if (!ALPHA3.matcher(token).matches()) {
        problem(problems, cell, token, "an ISO 3166 alpha-3 code (three letters)");
        return v;
      }
      code = token.toUpperCase(Locale.ROOT);
    } else {
      if (!INTEGER.matcher(token).matches()) {
        problem(problems, cell, token, "a " + sourceSystem.title() + " (an integer)");
        return v;
      }
      code = Integer.parseInt(token.startsWith("+") ? token.substring(1) : token);
    }
    for (int t = 0; t < targets.size(); t++) {
      if (targets.get(t) == sourceSystem) {
        v.set(t, code);
      }
    }
    if (time == null) {
      return v; // the time problem is already reported
    }
    LocalDate day;
    if (sourceSystem == CodeSystem.ISO3) {
      day = time.date() != null ? time.date() : Year.of(time.year()).atMonth(12).atEndOfMonth();
      if (!codes.knownIso3((String) code)) {
        problem(problems, cell, token, "an ISO 3166 alpha-3 code in countrycode's pairs ("
            + CountryCodes.ISO_FILE + ")");
        return v;
      }
    } else {
      int n = (Integer) code;
      try {
        if (time.date() != null) {
          day = time.date();
          if (nearest) {
            day = codes.nearestDay(sourceSystem, n, day);
          } else if (codes.state(sourceSystem, n, day).isEmpty()) {
            problem(problems, cell, token, "a member on that date: "
                + codes.notMember(sourceSystem, n, day));
            return v;
          }
        } else {
          var ref = codes.referenceDay(sourceSystem, n, Year.of(time.year()));
          if (ref.isEmpty() && nearest) {
            ref = Optional.of(codes.nearestDay(sourceSystem, n,
                Year.of(time.year()).atMonth(12).atEndOfMonth()));
          }
          if (ref.isEmpty()) {
            problem(problems, cell, token, "a member in " + time.year() + ": "
                + codes.notMember(sourceSystem, n, Year.of(time.year()).atDay(1),
                    "in " + time.year()));
            return v;
          }
          day = ref.get();
        }
      } catch (UnknownCodeException e) {
        problem(problems, cell, token, "a listed number: " + e.getMessage());
        return v;
      }
    }
    for (int t = 0; t < targets.size(); t++) {
      CodeSystem target = targets.get(t);
      if (target == sourceSystem) {
        continue;
      }
      if (sourceSystem == CodeSystem.ISO3) {
        var s = codes.fromIso3((String) code, target, day);
        if (s.isPresent()) {
          v.set(t, s.get().code());
        } else {
          problem(problems, cell, token, "an ISO code with a " + target.title() + " on " + day);
        }
      } else if (target == CodeSystem.ISO3) {
        var s = nearest ? codes.iso3Nearest(sourceSystem, (Integer) code, day)
            : codes.iso3(sourceSystem, (Integer) code, day);
        if (s.isPresent()) {
          v.set(t, s.get());
        } else {
          problem(problems, cell, token, "a state with an ISO 3166 code on " + day
              + " (countrycode pairs none with " + sourceSystem + " " + code
              + " or its counterpart)");
        }
      } else {
        var c = nearest ? codes.convertNearest(sourceSystem, (Integer) code, day)
            : codes.convert(sourceSystem, (Integer) code, day);
        if (c.isPresent()) {
          v.set(t, c.getAsInt());
        } else {
          problem(problems, cell, token, "a code with a counterpart: "
              + codes.noCounterpart(sourceSystem, (Integer) code, day));
        }
      }
    }
    return v;
  }

  private void problem(List<Problem> problems, Cell cell, String expected) {
    problem(problems, cell, cell.text(), expected);
  }

  private void problem(List<Problem> problems, Cell cell, String found, String expected) {
    problems.add(new Problem(cell.file(), cell.row() + 1, cell.column() + 1,
        table.column(cell.column()).name(), found, expected));
  }

  private static String cellText(Column<?> c, int r) {
    if (c.isMissing(r)) {
      return "";
    }
    return c instanceof StringColumn s ? s.get(r) : c.getUnformattedString(r);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Column<?> repeat(Column c, int[] rows) {
    Column out = c.emptyCopy();
    for (int r : rows) {
      out.append(c, r);
    }
    return out;
  }

  private void requireColumn(String column) {
    if (!table.containsColumn(column)) {
      Set<String> names = new LinkedHashSet<>(table.columnNames());
      throw new IllegalArgumentException("table '" + table.name() + "' has no column '" + column
          + "'; it has " + names);
    }
  }
}
