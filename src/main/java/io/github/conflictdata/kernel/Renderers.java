package io.github.conflictdata.kernel;

import io.github.conflictdata.Dataset;
import io.github.conflictdata.display.TableHtml;
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

  /**
   * The bundle shown for {@code value}. Never null and never throws: a renderer that fails (XChart
   * cannot paint a chart without series, say) gives {@code text/plain} instead, and the failure is
   * reported as a warning on standard error. {@code null} renders as "null".
   */
  public static MimeBundle render(Object value) {
    try {
      return renderOrThrow(value);
    } catch (RuntimeException | LinkageError e) {
      String what = value == null ? "null" : value.getClass().getSimpleName();
      System.err.println("warning: could not render the " + what + " (" + e
          + "); showing it as text instead");
      return MimeBundle.text(safePlain(value));
    }
  }

  /** {@link #plain(Object)}, or the class and identity when {@code toString} itself throws. */
  static String safePlain(Object value) {
    if (value instanceof Chart<?, ?> chart) {
      try {
        return chartText(chart);
      } catch (RuntimeException | LinkageError e) {
        // fall through
      }
    }
    try {
      return plain(value);
    } catch (RuntimeException | LinkageError e) {
      return value.getClass().getName() + "@" + Integer.toHexString(System.identityHashCode(value));
    }
  }

  /**
   * {@code value} as the MIME types asked for (IJava's {@code display(value, "text/html")}): the
   * full rendering's entries of those types; a {@link CharSequence} becomes the entry itself for
   * any text type ({@code text/markdown}, {@code text/html}, {@code text/latex}, {@code
   * image/svg+xml}, JSON, ...). {@code text/plain} is always included, as a fallback for
   * front ends that cannot show the rest. A type that cannot be made is reported on standard
   * error (the value is still shown).
   */
  public static MimeBundle renderAs(Object value, String... mimeTypes) {
    if (mimeTypes == null || mimeTypes.length == 0) {
      return render(value);
    }
    MimeBundle full = render(value);
    MimeBundle.Builder b = MimeBundle.builder();
    List<String> missing = new ArrayList<>();
    for (String mime : mimeTypes) {
      if (mime == null) {
        continue;
      }
      if (value instanceof CharSequence cs && isTextual(mime)) {
        b.put(mime, cs.toString());
      } else if (full.data().containsKey(mime)) {
        b.put(mime, full.data().get(mime));
        if (full.metadata().containsKey(mime)) {
          b.metadata(mime, full.metadata().get(mime));
        }
      } else if (!mime.equals("text/plain")) {
        missing.add(mime);
      }
    }
    if (!missing.isEmpty()) {
      String what = value == null ? "null" : value.getClass().getSimpleName();
      System.err.println("warning: a " + what + " cannot be shown as " + String.join(", ", missing)
          + "; it can be shown as " + String.join(", ", full.data().keySet()));
    }
    b.put("text/plain", full.plainText() != null ? full.plainText() : safePlain(value));
    return b.build();
  }

  private static boolean isTextual(String mime) {
    return mime.startsWith("text/") || mime.endsWith("+xml") || mime.endsWith("json")
        || mime.equals("application/javascript");
  }

  private static MimeBundle renderOrThrow(Object value) {
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
    if (value instanceof io.github.conflictdata.io.Schema s) {
      return summaryAndTable(s.toString().lines().findFirst().orElse(""), s.table(), s.toString());
    }
    if (value instanceof io.github.conflictdata.compare.Claims c) {
      return summaryAndTable(c.toString(), c.table(), c.toString() + "\n" + tablePlain(c.table(), null));
    }
    if (value instanceof io.github.conflictdata.compare.WarProfile p) {
      return warProfile(p);
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
    if (value instanceof io.github.conflictdata.Noted n && !n.notes().isEmpty()) {
      return noted(value, n.notes());
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

  /**
   * A result with notes ({@link io.github.conflictdata.Noted}): its text, then the notes once, set
   * apart in a dimmed block (a footnote in a report), never mixed into the output above.
   */
  static MimeBundle noted(Object value, List<String> notes) {
    StringBuilder html = new StringBuilder("<pre>").append(esc(plain(value))).append("</pre>")
        .append("<div class=\"conflictdata-notes\" style=\"color:#6b6b6b;font-size:85%;"
            + "border-top:1px solid #ddd;margin-top:0.4em;padding-top:0.2em\">Notes:<ol>");
    StringBuilder text = new StringBuilder(plain(value)).append("\n\nNotes:");
    for (int i = 0; i < notes.size(); i++) {
      html.append("<li>").append(esc(notes.get(i))).append("</li>");
      text.append("\n  ").append(i + 1).append(". ").append(notes.get(i));
    }
    html.append("</ol></div>");
    return MimeBundle.builder().put("text/html", html.toString()).put("text/plain", text.toString())
        .build();
  }

  /** A Tablesaw table: HTML head/tail with the size line, and the same as plain text. */
  public static MimeBundle table(Table table) {
    return MimeBundle.builder()
        .put("text/html", tableHtml(table, caption(table)))
        .put("text/plain", tablePlain(table, caption(table)))
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
    html.append("<p>Source: <code>").append(esc(fileName(d.source().name()))).append("</code>");
    if (d.source().licence() != null && !d.source().licence().isEmpty()) {
      html.append("; licence: ").append(esc(d.source().licence()));
    }
    if (!d.problems().isEmpty()) {
      html.append("; ").append(d.problems().size()).append(" records skipped (see problems())");
    }
    html.append("</p>").append(tableHtml(t, null)).append("</div>");
    String plain = d.kind().title() + " (" + d.kind().name() + "), release " + d.version() + " - "
        + sizePlain(t) + "\nCitation: " + d.source().citation() + "\nSource: " + fileName(d.source().name())
        + "\n" + tablePlain(t, null);
    return MimeBundle.builder().put("text/html", html.toString()).put("text/plain", plain).build();
  }

  /**
   * A value that holds a table (a {@code Schema}, the {@code Claims}): its one-line summary over
   * the table in HTML, and {@code plain} as text.
   */
  static MimeBundle summaryAndTable(String summary, Table t, String plain) {
    String html = "<div class=\"conflictdata-value\"><p>" + esc(summary) + "</p>"
        + tableHtml(t, null) + "</div>";
    return MimeBundle.builder().put("text/html", html).put("text/plain", plain).build();
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
      b.put("text/plain", chartText(chart));
      return b.build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode chart as PNG", e);
    }
  }

  private static String chartText(Chart<?, ?> chart) {
    String title = chart.getTitle();
    return chart.getClass().getSimpleName()
        + (title == null || title.isEmpty() ? "" : " \"" + title + "\"")
        + " (" + chart.getWidth() + "x" + chart.getHeight() + ")";
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

  private static final Map<String, String> CAPTIONS = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * Remembers the title and release of a {@link Dataset} the session produced, so that its table
   * (and tables derived from it, which keep its name) are captioned "title, release v" rather
   * than by the file or resource path the reader named them after.
   */
  static void noteValue(Object value) {
    if (value instanceof Dataset d && d.table() != null && d.table().name() != null) {
      CAPTIONS.put(d.table().name(), d.kind().title() + ", release " + d.version());
    }
  }

  /**
   * A table's caption: the dataset's title and release when the table came from a dataset the
   * session has seen; a path-like name (a resource or a temporary file) shortened to its file
   * name; else the table's name.
   */
  static String caption(Table t) {
    String name = t.name();
    if (name == null || name.isEmpty()) {
      return null;
    }
    String known = CAPTIONS.get(name);
    if (known != null) {
      return known;
    }
    return fileName(name);
  }

  /** The last segment of a path-like name ({@code a/b/c.csv} to {@code c.csv}). */
  static String fileName(String name) {
    if (name == null) {
      return null;
    }
    int cut = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    return cut >= 0 && cut < name.length() - 1 ? name.substring(cut + 1) : name;
  }

  private static String size(Table t) {
    return String.format(Locale.ROOT, "%,d rows &times; %,d columns", t.rowCount(), t.columnCount());
  }

  private static String sizePlain(Table t) {
    return String.format(Locale.ROOT, "%,d rows x %,d columns", t.rowCount(), t.columnCount());
  }

  /** The table as pandas shows it; rendering lives in {@link TableHtml}, the limits in {@link TableDisplay}. */
  static String tableHtml(Table t, String caption) {
    return TableDisplay.settings().renderer().html(t, caption);
  }

  static String tablePlain(Table t, String caption) {
    return TableDisplay.settings().renderer().plain(t, caption);
  }

  static String esc(String s) {
    return TableHtml.esc(s);
  }

  private static boolean classPresent(String name) {
    try {
      Class.forName(name, false, Renderers.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  /**
   * A war profile: its summary, the figures side by side, the claims beside the datasets, what is
   * missing (the gap in words) and the citations.
   *
   * @param p the profile
   * @return HTML and plain text
   */
  public static MimeBundle warProfile(io.github.conflictdata.compare.WarProfile p) {
    StringBuilder h = new StringBuilder("<div class=\"conflictdata-warprofile\"><p><b>")
        .append(esc(p.war().key())).append("</b>: ").append(esc(p.war().name()))
        .append(", ").append(esc(p.war().years().toString())).append("</p>");
    h.append(tableHtml(p.years(), "every source, per year"));
    if (p.claims().rowCount() > 0) {
      h.append(tableHtml(p.claims(), "claims beside the datasets"));
    }
    h.append("<p>Not covered here:</p><ul>");
    p.notes().forEach(n -> h.append("<li>").append(esc(n)).append("</li>"));
    h.append("</ul><p><small>").append(esc(p.source()).replace("\n", "<br>"))
        .append("</small></p></div>");
    return MimeBundle.builder().put("text/html", h.toString()).put("text/plain", p.toString())
        .build();
  }
}
