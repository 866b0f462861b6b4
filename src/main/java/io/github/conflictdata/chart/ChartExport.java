package io.github.conflictdata.chart;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.VectorGraphicsEncoder.VectorGraphicsFormat;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Writes charts as PNG (the chart's size in points at a fixed DPI, {@link HouseStyle#DPI} unless
 * given) and SVG. I/O errors are rethrown unchecked with the file named.
 */
public final class ChartExport {
  private ChartExport() {}

  /**
   * Writes a PNG at {@link HouseStyle#DPI}; returns the file written.
   *
   * @param chart the chart to draw
   * @param file where to write the PNG
   * @return {@code file}
   */
  public static Path png(Chart<?, ?> chart, Path file) {
    return png(chart, file, HouseStyle.DPI);
  }

  /**
   * Writes a PNG of {@code width*dpi/72} x {@code height*dpi/72} pixels with the DPI recorded in
   * the file; returns the file written.
   *
   * @param chart the chart to draw
   * @param file where to write the PNG
   * @param dpi the resolution, in pixels per inch
   * @return {@code file}
   * @throws IllegalArgumentException for a dpi outside 36..1200 or a name not ending in .png
   * @throws java.io.UncheckedIOException if the file cannot be written
   */
  public static Path png(Chart<?, ?> chart, Path file, int dpi) {
    if (dpi < 36 || dpi > 1200) {
      throw new IllegalArgumentException("dpi " + dpi + " is outside 36..1200");
    }
    String name = file.toString();
    if (!name.toLowerCase(java.util.Locale.ROOT).endsWith(".png")) {
      throw new IllegalArgumentException("PNG file name must end in .png: " + file);
    }
    try {
      createParent(file);
      BitmapEncoder.saveBitmapWithDPI(chart, name, BitmapEncoder.BitmapFormat.PNG, dpi);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write PNG " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * PNG bytes at {@link HouseStyle#DPI}, for inline display in notebooks and reports.
   *
   * @param chart the chart to draw
   * @return the PNG file's bytes
   */
  public static byte[] pngBytes(Chart<?, ?> chart) {
    double scale = HouseStyle.DPI / 72.0;
    int w = (int) Math.round(chart.getWidth() * scale);
    int h = (int) Math.round(chart.getHeight() * scale);
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    try {
      g.scale(scale, scale);
      chart.paint(g, chart.getWidth(), chart.getHeight());
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(img, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * Writes an SVG of the chart's size in points; returns the file written.
   *
   * @param chart the chart to draw
   * @param file where to write the SVG
   * @return {@code file}
   */
  public static Path svg(Chart<?, ?> chart, Path file) {
    try {
      createParent(file);
      try (OutputStream out = Files.newOutputStream(file)) {
        VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsFormat.SVG);
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write SVG " + file + ": " + e.getMessage(), e);
    }
  }

  private static void createParent(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
  }
}
