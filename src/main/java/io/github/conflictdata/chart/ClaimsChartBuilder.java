package io.github.conflictdata.chart;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Grouped bars of claims beside the datasets, straight from the tables that set them side by
 * side: one bar group per claim, the claimed value (series "claims", black) beside the dataset's
 * figure for the same period (series named after the dataset and release, coloured by {@link
 * Palette}). Built by {@link Charts#claims(Table)}.
 *
 * <pre>{@code
 * StyledCategoryChart c = Charts.claims(WarProfile.of(War.of("nagorno-karabakh")).claims())
 *     .title("Karabakh 2020: the claims beside UCDP").build();
 * }</pre>
 *
 * <p>It reads the three shapes the library produces: {@code WarProfile.claims()} ({@code value}
 * beside {@code dataset_figure}, the series named from {@code dataset} and {@code release}); {@code
 * ClaimsBesideEvents} ({@code value} beside {@code ged_figure}, series "UCDP GED"); and {@code
 * Compare.claimsBeside} (rows of {@code kind} "claim" or "claims total" with their {@code value},
 * rows of kind "dataset" with their {@code best}, each row its own group named by {@code source}).
 * A claim group is labelled by its {@code claimant} ({@code source}), shortened to its bracketed
 * acronym and to 40 characters, with the {@code claim_id} ({@code measure}) added where the label
 * repeats. A missing figure draws no bar; values are labelled on the bars.
 */
public final class ClaimsChartBuilder
    extends HouseChartBuilder<ClaimsChartBuilder, StyledCategoryChart> {
  /** The series name of claimed values. */
  public static final String CLAIMS = "claims";

  ClaimsChartBuilder(Table table) {
    super(table);
    this.yAxisTitle = "People";
    this.xAxisTitle = "Claim";
  }

  /**
   * The long table the bars are drawn from: {@code claim}, {@code figure} (the series) and
   * {@code value}, one row per bar.
   *
   * @return a new table
   * @throws IllegalArgumentException when the table has none of the three shapes
   */
  public Table bars() {
    StringColumn claim = StringColumn.create("claim");
    StringColumn figure = StringColumn.create("figure");
    DoubleColumn value = DoubleColumn.create("value");
    if (table.containsColumn("kind") && table.containsColumn("source")) {
      Column<?> kind = Columns.any(table, "kind");
      List<String> labels = labels("source", "measure", "");
      for (int r = 0; r < table.rowCount(); r++) {
        boolean data = Columns.label(kind, r).equals("dataset");
        claim.append(labels.get(r));
        figure.append(data ? table.column("source").getString(r).replaceAll(",.*$", "") : CLAIMS);
        value.append(Columns.value(Columns.number(table, data ? "best" : "value"), r));
      }
    } else {
      String fig = table.containsColumn("dataset_figure") ? "dataset_figure"
          : table.containsColumn("ged_figure") ? "ged_figure" : null;
      if (fig == null) {
        throw new IllegalArgumentException("table '" + table.name() + "' is not a claims-beside"
            + " table (WarProfile.claims(), ClaimsBesideEvents or Compare.claimsBeside): it has "
            + table.columnNames());
      }
      List<String> labels = labels("claimant", "claim_id", "claim ");
      for (int r = 0; r < table.rowCount(); r++) {
        claim.append(labels.get(r));
        figure.append(CLAIMS);
        value.append(Columns.value(Columns.number(table, "value"), r));
        double f = Columns.value(Columns.number(table, fig), r);
        if (!Double.isNaN(f)) { // no figure for the claim's period: no bar, no empty series
          claim.append(labels.get(r));
          figure.append(fig.equals("ged_figure") ? "UCDP GED" : datasetName(r));
          value.append(f);
        }
      }
    }
    return Table.create(table.name(), claim, figure, value);
  }

  /**
   * The text of {@code column} in each row, shortened to a bracketed acronym where it ends with one
   * ("Médecins Sans Frontières (MSF)" is "MSF") and cut at 40 characters; where that repeats, the
   * {@code suffix} column's text (after {@code prefix}) is added, so that every bar group has its
   * own label.
   */
  private List<String> labels(String column, String suffix, String prefix) {
    Column<?> who = Columns.any(table, column);
    Map<String, Integer> n = new HashMap<>();
    List<String> base = java.util.stream.IntStream.range(0, table.rowCount())
        .mapToObj(r -> shorten(Columns.label(who, r))).toList();
    base.forEach(w -> n.merge(w, 1, Integer::sum));
    Column<?> id = table.containsColumn(suffix) ? table.column(suffix) : null;
    return java.util.stream.IntStream.range(0, table.rowCount()).mapToObj(r -> {
      String w = base.get(r);
      return n.get(w) == 1 ? w
          : w + " (" + (id == null ? "row " + (r + 1) : prefix + Columns.label(id, r)) + ")";
    }).toList();
  }

  static String shorten(String label) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("^.*\\(([A-Z]{2,8})\\)(,.*)?$").matcher(label);
    String s = m.matches() ? m.group(1) + (m.group(2) == null ? "" : m.group(2)) : label;
    return s.length() <= 40 ? s : s.substring(0, 39).strip() + "\u2026";
  }

  private String datasetName(int r) {
    String d = table.containsColumn("dataset") ? table.column("dataset").getString(r) : "";
    String v = table.containsColumn("release") ? table.column("release").getString(r) : "";
    return d.isBlank() ? "dataset" : (d + " " + v).strip();
  }

  @Override
  public StyledCategoryChart build() {
    BarChartBuilder b = new BarChartBuilder(bars()).category("claim").series("figure")
        .value("value").labels();
    b.title = title;
    b.subtitle = subtitle;
    b.note = note;
    b.xAxisTitle = xAxisTitle;
    b.yAxisTitle = yAxisTitle;
    b.width = width;
    b.height = height;
    b.citations.addAll(citations);
    b.logScale = logScale;
    return b.build();
  }

  @Override
  public String toString() {
    return "ClaimsChartBuilder of '" + table.name() + "' (" + table.rowCount() + " rows)";
  }
}
