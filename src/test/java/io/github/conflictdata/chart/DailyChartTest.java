package io.github.conflictdata.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The daily chart's layout: date ticks that never touch, annotations that never overlap. */
class DailyChartTest {
  private static FontMetrics tickFont() {
    Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
    g.setFont(HouseStyle.TICK_FONT);
    return g.getFontMetrics();
  }

  /** Three types of violence, 1 Aug - 31 Oct 2017, with a spike at the end of August. */
  private static Table days() {
    Table t = Table.create("days", DateColumn.create("day"), StringColumn.create("category"),
        DoubleColumn.create("best"));
    LocalDate d0 = LocalDate.of(2017, 8, 1);
    String[] types = {"State-based conflict", "Non-state conflict", "One-sided violence"};
    for (int i = 0; i <= ChronoUnit.DAYS.between(d0, LocalDate.of(2017, 10, 31)); i++) {
      for (int k = 0; k < 3; k++) {
        t.dateColumn("day").append(d0.plusDays(i));
        t.stringColumn("category").append(types[k]);
        double spike = i >= 24 && i <= 30 ? 400 - 40 * Math.abs(27 - i) : 0;
        t.doubleColumn("best").append((k == 2 ? spike : spike / 4) + (i * 7 + k * 3) % 11);
      }
    }
    return t;
  }

  @Test
  void annotationsMeetNeitherEachOtherNorTheLines() {
    DailyChart c = Charts.daily(days()).date("day").series("category").value("best")
        .annotate(LocalDate.of(2017, 8, 25), "MSF period starts")
        .annotate(LocalDate.of(2017, 8, 30), "military's 400 dead: to 2017-08-30")
        .annotate(LocalDate.of(2017, 9, 24), "MSF period ends (at least 6,700 killed)")
        .annotate(LocalDate.of(2017, 8, 26), "a fourth note one day later")
        .title("Myanmar 2017: deaths per day").yAxis("Deaths per day", "people").size(900, 520)
        .build();
    ChartExport.png(c, java.nio.file.Path.of("target/charts/daily.png"));
    List<Rectangle2D> boxes = c.annotationBoxes();
    assertEquals(4, boxes.size());
    for (int i = 0; i < boxes.size(); i++) {
      for (int j = i + 1; j < boxes.size(); j++) {
        assertFalse(boxes.get(i).intersects(boxes.get(j)), boxes.get(i) + " meets " + boxes.get(j));
      }
      for (Line2D l : c.segments()) {
        assertFalse(l.intersects(boxes.get(i)) || boxes.get(i).contains(l.getP1()),
            c.annotations().get(i).text() + " " + boxes.get(i) + " meets a line at " + l.getP1());
      }
    }
    assertFalse(c.getStyler().isLegendVisible() && c.getSeriesMap().size() < 2);
  }

  @Test
  void tickLabelsNeverTouchAndAreRegular() {
    FontMetrics fm = tickFont();
    LocalDate start = LocalDate.of(2017, 8, 1);
    for (int days : new int[] {10, 60, 92, 400, 3000, 11000}) {
      for (double width : new double[] {300, 600, 900}) {
        List<DateTicks.Tick> ticks = DateTicks.choose(start, start.plusDays(days), 60, width, fm);
        assertTrue(ticks.size() >= 2, days + " days on " + width + " pt: " + ticks);
        Set<Long> gapsInDays = new HashSet<>();
        Set<Long> gapsInMonths = new HashSet<>();
        for (int i = 1; i < ticks.size(); i++) {
          Rectangle2D a = ticks.get(i - 1).bounds();
          Rectangle2D b = ticks.get(i).bounds();
          assertTrue(b.getMinX() - a.getMaxX() >= DateTicks.GAP,
              days + " days, " + width + " pt: '" + ticks.get(i - 1).label() + "' and '"
                  + ticks.get(i).label() + "' touch");
          gapsInDays.add(ChronoUnit.DAYS.between(ticks.get(i - 1).date(), ticks.get(i).date()));
          gapsInMonths.add(ChronoUnit.MONTHS.between(ticks.get(i - 1).date(), ticks.get(i).date()));
        }
        assertTrue(gapsInDays.size() == 1 || gapsInMonths.size() == 1,
            days + " days, " + width + " pt: irregular steps " + ticks);
      }
    }
    // notebook 06's axis: three months on 800 pt are weekly ticks on Mondays, "14 Aug" style
    List<DateTicks.Tick> weeks = DateTicks.choose(start, LocalDate.of(2017, 10, 31), 60, 800, fm);
    assertEquals("7 Aug", weeks.get(0).label());
    assertTrue(weeks.stream().allMatch(t -> t.date().getDayOfWeek() == java.time.DayOfWeek.MONDAY), weeks.toString());
  }
}
