package io.github.conflictdata.chart;

/**
 * A chart with the house captions: a title, a subtitle under it and a footnote citing the data's
 * sources. {@link #getTitle()} is XChart's own title.
 */
public interface Captioned {
  /** The title, in bold at the top. */
  String getTitle();

  /** The line under the title: what is shown, for which years; may be empty. */
  String subtitle();

  /** The footnote at the bottom: the sources and their citations; may be empty. */
  String footnote();
}
