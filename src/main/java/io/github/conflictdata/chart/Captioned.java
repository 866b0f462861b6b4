package io.github.conflictdata.chart;

/**
 * A chart with the house captions: a title, a subtitle under it and a footnote citing the data's
 * sources. {@link #getTitle()} is XChart's own title.
 */
public interface Captioned {
  /**
   * The title, in bold at the top.
   *
   * @return the title
   */
  String getTitle();

  /**
   * The line under the title: what is shown, for which years; may be empty.
   *
   * @return the subtitle, or an empty string
   */
  String subtitle();

  /**
   * The footnote at the bottom: the sources and their citations; may be empty.
   *
   * @return the footnote, or an empty string
   */
  String footnote();
}
