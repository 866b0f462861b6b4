package io.github.conflictdata.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conflictdata.ConflictData;
import io.github.conflictdata.Dataset;
import io.github.conflictdata.testing.TestFiles;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class MapChartTest {
  private static final String GED = "ucdp-ged/ged191.csv";
  /**
   * 0.2 degrees (~22 km): the 1:50m outline generalises the coast and the islands of the Ganges
   * delta, and GED codes border towns on the line, so some precise points fall just outside both
   * outlines: measured on GED 19.1, 87 of 1,572 precise events (61 just across the Thai border,
   * 5 in China, 2 in India, 19 in the sea off Sittwe, Kyaukpyu, Mergui and Cox's Bazar), all but
   * one within 0.053 degrees (6 km); the farthest, event 71169 in the delta, is 0.17 degrees off.
   */
  private static final double COAST_TOLERANCE = 0.2;

  @Test
  void outlineResourceMatchesTheChecksumInItsReadme() throws Exception {
    byte[] bytes;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(Outlines.RESOURCE)) {
      bytes = in.readAllBytes();
    }
    String readme = Files.readString(Path.of("data/natural-earth/README.md"), StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("SHA-256\\*\\* of `countries-50m.txt.gz`: `([0-9a-f]{64})`").matcher(readme);
    assertTrue(m.find(), "the README names the resource's SHA-256");
    assertEquals(m.group(1), TestFiles.sha256(bytes));
  }

  @Test
  void myanmarAndBangladeshOutlinesAreWhereTheyAre() {
    Outlines o = Outlines.naturalEarth();
    // Yangon 16.87N 96.20E and Dhaka 23.81N 90.41E (capitals); Kolkata 22.57N 88.36E is India
    assertTrue(o.require("MMR").contains(96.20, 16.87));
    assertTrue(o.require("BGD").contains(90.41, 23.81));
    assertFalse(o.require("BGD").contains(88.36, 22.57));
    assertEquals("IND", o.at(88.36, 22.57).orElseThrow().iso3());
    assertThrows(IllegalArgumentException.class, () -> o.require("XYZ"));
  }

  @Test
  void gedMapPutsPreciseEventsInsideMyanmarAndBangladesh() throws Exception {
    Path file = TestFiles.sharedFile(GED);
    List<List<String>> recs = TestFiles.csvRecords(Files.readString(file, StandardCharsets.UTF_8));
    List<String> h = recs.get(0);
    int lat = h.indexOf("latitude");
    int lon = h.indexOf("longitude");
    int prec = h.indexOf("where_prec");
    Outlines.Country mmr = Outlines.naturalEarth().require("MMR");
    Outlines.Country bgd = Outlines.naturalEarth().require("BGD");
    int precise = 0;
    int imprecise = 0;
    int coastal = 0;
    int beyond6km = 0;
    List<String> far = new ArrayList<>();
    for (List<String> r : recs.subList(1, recs.size())) {
      if (Integer.parseInt(r.get(prec)) >= 4) {
        imprecise++;
        continue;
      }
      precise++;
      double y = Double.parseDouble(r.get(lat));
      double x = Double.parseDouble(r.get(lon));
      if (!mmr.contains(x, y) && !bgd.contains(x, y)) {
        double d = Math.min(mmr.distance(x, y), bgd.distance(x, y));
        if (d > 0.06) {
          beyond6km++;
        }
        if (d <= COAST_TOLERANCE) {
          coastal++;
        } else {
          far.add(r.get(0) + " at " + y + "," + x + " (" + d + " deg)");
        }
      }
    }
    assertTrue(far.isEmpty(), "events outside both outlines: " + far);
    assertTrue(beyond6km <= precise / 100, beyond6km + " precise events more than 0.06 degrees out");
    assertTrue(coastal <= precise * 6 / 100, coastal + " border or coastal events of " + precise + " is more than 6%");

    Dataset ged = ConflictData.read(file);
    MapChart map = Charts.map(ged).title("GED 19.1: Myanmar and Bangladesh").build();
    assertEquals(recs.size() - 1, map.points().size(), "every event is drawn (view fitted to them)");
    assertEquals(precise, map.points().stream().filter(MapChart.Point::precise).count());
    for (MapChart.Point p : map.points()) {
      if (p.precise()) {
        assertTrue(mmr.distance(p.lon(), p.lat()) <= COAST_TOLERANCE
            || bgd.distance(p.lon(), p.lat()) <= COAST_TOLERANCE, p.toString());
      }
    }
    Outlines.Bounds both = mmr.bounds().union(bgd.bounds());
    // the events lie within the outlines' box plus the tolerance; the view adds 8% of their span
    double t = COAST_TOLERANCE;
    double mx = 0.08 * (both.width() + 2 * t);
    double my = 0.08 * (both.height() + 2 * t);
    Outlines.Bounds limit = new Outlines.Bounds(both.west() - t - mx, both.south() - t - my,
        both.east() + t + mx, both.north() + t + my);
    assertTrue(limit.contains(map.view()), map.view() + " within " + limit);
    assertTrue(map.footnote().contains("Made with Natural Earth"), map.footnote());
    assertTrue(map.footnote().contains(HouseStyle.format(imprecise) + " events located by GED where_prec 4-7"),
        map.footnote());
    assertTrue(map.footnote().contains("Sundberg"), "the GED citation: " + map.footnote());
    assertTrue(map.categories().containsKey("One-sided violence"), map.categories().toString());
    assertEquals(Palette.ONE_SIDED, map.categories().get("One-sided violence"));

    MapChart omitted = Charts.map(ged).omitImprecise().title("precise only").build();
    assertEquals(precise, omitted.points().size());

    Path png = ChartExport.png(map, Path.of("target/maps/ged191-map.png"));
    Path svg = ChartExport.svg(map, Path.of("target/maps/ged191-map.svg"));
    assertTrue(Files.size(png) > 10_000 && Files.size(svg) > 10_000);
  }

  @Test
  void warMapFitsTheCountriesGiven() {
    Table t = Table.create("events",
        DoubleColumn.create("latitude", 39.8, 40.4),
        DoubleColumn.create("longitude", 46.75, 44.5),
        DoubleColumn.create("fatalities", 10, 3),
        StringColumn.create("event_type", "Battles", "Explosions/Remote violence"));
    MapChart m = Charts.map(t).countries("AZE", "ARM").title("Karabakh").build();
    Outlines.Bounds aze = Outlines.naturalEarth().require("AZE").bounds();
    assertTrue(m.view().contains(aze));
    assertEquals(Palette.color("Battles"), m.categories().get("Battles"));
    assertEquals(2, m.points().size());
    // the kernel shows a map inline like any chart
    var bundle = io.github.conflictdata.kernel.Renderers.render(m);
    assertTrue(bundle.data().containsKey("image/png") && bundle.data().containsKey("image/svg+xml"),
        bundle.data().keySet().toString());
    assertTrue(bundle.plainText().startsWith("MapChart \"Karabakh\""), bundle.plainText());
  }

  @Test
  void acledRegionOnlyEventsAreHollowOrLeftOutAndCounted() {
    // ACLED's geo_precision: 1 the town, 2 near it or part of a region, 3 only the region
    Table t = Table.create("acled",
        DoubleColumn.create("latitude", 39.82, 39.75, 40.0),
        DoubleColumn.create("longitude", 46.75, 46.6, 46.5),
        DoubleColumn.create("fatalities", 4, 0, 12),
        tech.tablesaw.api.IntColumn.create("geo_precision", new int[] {1, 2, 3}),
        StringColumn.create("event_type", "Battles", "Battles", "Explosions/Remote violence"));
    MapChart m = Charts.map(t).title("ACLED-like").build();
    assertEquals(List.of(true, true, false), m.points().stream().map(MapChart.Point::precise).toList());
    assertTrue(m.footnote().contains("1 event located by ACLED geo_precision 3"), m.footnote());
    MapChart left = Charts.map(t).omitImprecise().title("ACLED-like").build();
    assertEquals(2, left.points().size());
    assertTrue(left.footnote().contains("1 event located by ACLED geo_precision 3 (only the region is known) is left out."), left.footnote());
  }

  @Test
  void choroplethFillsCountriesByTheirSummedValue() {
    Table t = Table.create("brd",
        StringColumn.create("location_inc", "Myanmar (Burma)", "Myanmar (Burma)", "Bangladesh",
            "Azerbaijan, Armenia", "Atlantis"),
        DoubleColumn.create("bd_best", 400, 700, 20, 5000, 3));
    MapChart m = Charts.choropleth(t).country("location_inc").value("bd_best")
        .title("Battle deaths").build();
    assertEquals(List.of("BGD", "MMR"), new ArrayList<>(m.fills().keySet()));
    assertFalse(m.fills().get("BGD").equals(m.fills().get("MMR")), "1,100 and 20 fall in different bins");
    assertTrue(m.footnote().contains("1 rows naming several countries"), m.footnote());
    assertTrue(m.footnote().contains("Atlantis"), m.footnote());
  }

  /**
   * A grid panel goes on the map as it comes: one circle per cell-month at the cell's centroid,
   * counted as cells. Expected: the cell-months and centroids of GED 19.1's raw rows (priogrid_gid
   * and the month of date_start), the centroid from PRIO-GRID's numbering (codebook: gid 1 is the
   * cell at -90, -180, numbered by row of 720 cells eastwards, 0.5 degrees each).
   */
  @Test
  void gridPanelMapsOneCirclePerCellMonthAtTheCellCentroid() throws Exception {
    Path file = TestFiles.sharedFile(GED);
    List<List<String>> recs = TestFiles.csvRecords(Files.readString(file, StandardCharsets.UTF_8));
    List<String> h = recs.get(0);
    java.util.Set<String> cellMonths = new java.util.HashSet<>();
    java.util.Set<String> centroids = new java.util.TreeSet<>();
    for (List<String> r : recs.subList(1, recs.size())) {
      int gid = Integer.parseInt(r.get(h.indexOf("priogrid_gid")));
      cellMonths.add(gid + "|" + r.get(h.indexOf("date_start")).substring(0, 7));
      int row = (gid - 1) / 720;
      int col = (gid - 1) % 720;
      centroids.add(String.format(java.util.Locale.ROOT, "%.2f,%.2f", -180 + 0.25 + 0.5 * col, -90 + 0.25 + 0.5 * row));
    }
    Table grid = io.github.conflictdata.panel.Panels.gridMonths(ConflictData.read(file)).table();
    MapChart map = Charts.map(grid).latitude("cell_lat").longitude("cell_lon").deaths("best").unit("cell")
        .title("GED 19.1 cell-months").build();
    assertEquals(cellMonths.size(), map.points().size(), "one circle per cell-month");
    java.util.Set<String> drawn = new java.util.TreeSet<>();
    for (MapChart.Point p : map.points()) {
      drawn.add(String.format(java.util.Locale.ROOT, "%.2f,%.2f", p.lon(), p.lat()));
    }
    assertEquals(centroids, drawn);
    assertTrue(map.footnote().contains(HouseStyle.format(cellMonths.size()) + " cells drawn"), map.footnote());
    assertFalse(map.footnote().contains("events"), "a grid map counts cells: " + map.footnote());
    assertEquals(List.of("cell"), List.copyOf(map.categories().keySet()));
  }
}
