package io.github.conflictdata.kernel;

import io.github.conflictdata.Dataset;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import javax.imageio.ImageIO;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.internal.chartpart.Chart;
import tech.tablesaw.api.Table;

/**
 * Turns values into what a notebook shows: a Tablesaw {@link Table} into an HTML table of its first
 * and last rows with a "n rows × m columns" line (like pandas) plus plain text; any XChart chart
 * into PNG (and SVG when the vector encoder is on the class path); a conflictdata {@link Dataset}
 * into a summary (kind, release, rows, citation) followed by its table. Anything else is shown as
 * {@code String.valueOf}.
 */
public final class Renderers {
  /** Tables with more rows than this show only their first and last {@link #EDGE_ROWS} rows. */
  public static final int MAX_ROWS = 20;

  /** Rows shown at each end of a long table. */
  public static final int EDGE_ROWS = 5;

  private static final List<Entry<?>> CUSTOM = new CopyOnWriteArrayList<>();
  private static final boolean SVG_AVAILABLE = classPresent("de.erichseifert.vectorgraphics2d.VectorGraphics2D");

  private Renderers() {}

  private record Entry<T>(Class<T> type, Function<? super T, MimeBundle> fn) {}

  /**
   * Registers a renderer for {@code type} (and its subtypes), tried before the built-in ones,
   * newest first.
   */
  public static <T> void register(Class<T> type, Function<? super T, MimeBundle> renderer) {
    CUSTOM.add(0, new Entry<>(type, renderer));
  }

  /** The bundle shown for {@code value}. Never null; {@code null} renders as "null". */
  public static MimeBundle render(Object value) {
    if (value instanceof MimeBundle) {
      return (MimeBundle) value;
    }
    for (Entry<?> e : CUSTOM) {
      if (e.type().isInstance(value)) {
        return apply(e, value);
      }
    }
    if (value instanceof Dataset) {
      return dataset((Dataset) value);
    }
    if (value instanceof Table) {
      return table((Table) value);
    }
    if (value instanceof Chart) {
      return chart((Chart<?, ?>) value);
    }
    if (value instanceof BufferedImage) {
      return image((BufferedImage) value);
    }
    return MimeBundle.text(plain(value));
  }

  @SuppressWarnings("unchecked")
  private static <T> MimeBundle apply(Entry<T> e, Object value) {
    return e.fn().apply((T) value);
  }

  /** {@code String.valueOf}, with arrays shown element by element. */
  public static String plain(Object value) {
    if (value != null && value.getClass().isArray()) {
      if (value instanceof Object[]) {
        return Arrays.deepToString((Object[]) value);
      }
      String s = Arrays.deepToString(new Object[] {value});
      return s.substring(1, s.length() - 1);
    }
    return String.valueOf(value);
  }

  /** A Tablesaw table: HTML head/tail with the size line, and the same as plain text. */
  public static MimeBundle table(Table table) {
    return MimeBundle.builder()
        .put("text/html", tableHtml(table))
        .put("text/plain", tablePlain(table))
        .build();
  }

  /** A dataset: its summary (kind, release, rows, citation, source) followed by its table. */
  public static MimeBundle dataset(Dataset d) {
    Table t = d.table();
    StringBuilder html = new StringBuilder("<div class=\"conflictdata-dataset\">");
    html.append("<p><strong>").append(esc(d.kind().title())).append("</strong> (")
        .append(esc(d.kind().name())).append("), release ").append(esc(String.valueOf(d.version())))
        .append(" &mdash; ").append(size(t)).append("</p>");
    html.append("<p>Citation: ").append(esc(d.source().citation())).append("</p>");
    html.append("<p>Source: <code>").append(esc(d.source().name())).append("</code>");
    if (d.source().licence() != null && !d.source().licence().isEmpty()) {
      html.append("; licence: ").append(esc(d.source().licence()));
    }
    if (!d.problems().isEmpty()) {
      html.append("; ").append(d.problems().size()).append(" records skipped (see problems())");
    }
    html.append("</p>").append(tableHtml(t)).append("</div>");
    String plain = d.kind().title() + " (" + d.kind().name() + "), release " + d.version() + " - "
        + sizePlain(t) + "\nCitation: " + d.source().citation() + "\nSource: " + d.source().name()
        + "\n" + tablePlain(t);
    return MimeBundle.builder().put("text/html", html.toString()).put("text/plain", plain).build();
  }

  /** An XChart chart as PNG, plus SVG when VectorGraphics2D is on the class path. */
  public static MimeBundle chart(Chart<?, ?> chart) {
    try {
      byte[] png = BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
      MimeBundle.Builder b = MimeBundle.builder()
          .put("image/png", Base64.getEncoder().encodeToString(png))
          .metadata("image/png", Map.of("width", chart.getWidth(), "height", chart.getHeight()));
      if (SVG_AVAILABLE) {
        ByteArrayOutputStream svg = new ByteArrayOutputStream();
        VectorGraphicsEncoder.saveVectorGraphic(
            chart, svg, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
        // without the XML declaration and doctype: nbconvert's HTML export parses the SVG as a
        // text fragment and rejects a declared encoding
        String text = svg.toString(java.nio.charset.StandardCharsets.UTF_8);
        int start = text.indexOf("<svg");
        b.put("image/svg+xml", start > 0 ? text.substring(start) : text);
      }
      String title = chart.getTitle();
      b.put("text/plain", chart.getClass().getSimpleName()
          + (title == null || title.isEmpty() ? "" : " \"" + title + "\"")
          + " (" + chart.getWidth() + "x" + chart.getHeight() + ")");
      return b.build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode chart as PNG", e);
    }
  }

  /** An AWT image as PNG. */
  public static MimeBundle image(BufferedImage image) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(image, "png", out);
      return MimeBundle.builder()
          .put("image/png", Base64.getEncoder().encodeToString(out.toByteArray()))
          .put("text/plain", "image " + image.getWidth() + "x" + image.getHeight())
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode image as PNG", e);
    }
  }

  /** The row indexes shown: all when short, else the first and last {@link #EDGE_ROWS}. */
  private static int[] shownRows(Table t) {
    int n = t.rowCount();
    if (n <= MAX_ROWS) {
      int[] all = new int[n];
      for (int i = 0; i < n; i++) {
        all[i] = i;
      }
      return all;
    }
    int[] rows = new int[2 * EDGE_ROWS];
    for (int i = 0; i < EDGE_ROWS; i++) {
      rows[i] = i;
      rows[EDGE_ROWS + i] = n - EDGE_ROWS + i;
    }
    return rows;
  }

  private static String size(Table t) {
    return String.format(Locale.ROOT, "%,d rows &times; %,d columns", t.rowCount(), t.columnCount());
  }

  private static String sizePlain(Table t) {
    return String.format(Locale.ROOT, "%,d rows x %,d columns", t.rowCount(), t.columnCount());
  }

  static String tableHtml(Table t) {
    StringBuilder sb = new StringBuilder("<div class=\"conflictdata-table\">");
    if (t.name() != null && !t.name().isEmpty()) {
      sb.append("<p><strong>").append(esc(t.name())).append("</strong></p>");
    }
    sb.append("<table class=\"dataframe\" border=\"1\"><thead><tr><th></th>");
    for (String name : t.columnNames()) {
      sb.append("<th>").append(esc(name)).append("</th>");
    }
    sb.append("</tr></thead><tbody>");
    int[] rows = shownRows(t);
    for (int k = 0; k < rows.length; k++) {
      if (k == EDGE_ROWS && rows.length < t.rowCount()) {
        sb.append("<tr><th>&hellip;</th>");
        for (int c = 0; c < t.columnCount(); c++) {
          sb.append("<td>&hellip;</td>");
        }
        sb.append("</tr>");
      }
      int r = rows[k];
      sb.append("<tr><th>").append(r).append("</th>");
      for (int c = 0; c < t.columnCount(); c++) {
        sb.append("<td>").append(esc(t.column(c).getString(r))).append("</td>");
      }
      sb.append("</tr>");
    }
    sb.append("</tbody></table><p>").append(size(t)).append("</p></div>");
    return sb.toString();
  }

  static String tablePlain(Table t) {
    int[] rows = shownRows(t);
    boolean cut = rows.length < t.rowCount();
    int cols = t.columnCount();
    List<String[]> lines = new ArrayList<>();
    String[] header = new String[cols + 1];
    header[0] = "";
    for (int c = 0; c < cols; c++) {
      header[c + 1] = t.column(c).name();
    }
    lines.add(header);
    for (int k = 0; k < rows.length; k++) {
      if (cut && k == EDGE_ROWS) {
        String[] dots = new String[cols + 1];
        Arrays.fill(dots, "...");
        lines.add(dots);
      }
      String[] line = new String[cols + 1];
      line[0] = Integer.toString(rows[k]);
      for (int c = 0; c < cols; c++) {
        line[c + 1] = t.column(c).getString(rows[k]);
      }
      lines.add(line);
    }
    int[] width = new int[cols + 1];
    for (String[] line : lines) {
      for (int c = 0; c <= cols; c++) {
        width[c] = Math.max(width[c], line[c].length());
      }
    }
    StringBuilder sb = new StringBuilder();
    if (t.name() != null && !t.name().isEmpty()) {
      sb.append(t.name()).append('\n');
    }
    for (String[] line : lines) {
      for (int c = 0; c <= cols; c++) {
        if (c > 0) {
          sb.append("  ");
        }
        sb.append(" ".repeat(width[c] - line[c].length())).append(line[c]);
      }
      sb.append('\n');
    }
    sb.append('\n').append(sizePlain(t));
    return sb.toString();
  }

  static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  private static boolean classPresent(String name) {
    try {
      Class.forName(name, false, Renderers.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }
}
