/**
 * House-style XChart charts from Tablesaw tables: {@link io.github.conflictdata.chart.Charts} for
 * yearly series with low-high bands, grouped or stacked bars and episode timelines, and {@link
 * io.github.conflictdata.chart.ChartExport} for PNG and SVG files. Every chart has a title, a
 * subtitle, axis titles with units, a footnote citing its datasets, the Okabe-Ito palette and
 * thousands separators ({@link io.github.conflictdata.chart.HouseStyle}).
 *
 * <p>This package depends on the core API and XChart only, never on the kernel.
 */
package io.github.conflictdata.chart;
