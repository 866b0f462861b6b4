package io.github.conflictdata.chart;

import io.github.conflictdata.Dataset;
import io.github.conflictdata.Source;

/** Footnote text for datasets and sources. */
public final class Citations {
  private Citations() {}

  /**
   * {@code "UCDP Battle-Related Deaths (conflict level) 24.1: Davies, S. et al. (2024) ..."}: the
   * kind's title, the release and the publisher's citation from {@link Dataset#source()}.
   *
   * @param d the dataset to cite
   * @return the citation line
   */
  public static String of(Dataset d) {
    String head = d.kind().title() + (d.version() == null ? "" : " " + d.version());
    String cite = of(d.source());
    return cite.isBlank() ? head : head + ": " + cite;
  }

  /**
   * The source's citation, or its file name when it has none.
   *
   * @param s the source to cite
   * @return the citation, or the file name
   */
  public static String of(Source s) {
    if (s == null) {
      return "";
    }
    if (s.citation() != null && !s.citation().isBlank()) {
      return s.citation().strip();
    }
    return s.name() == null ? "" : s.name();
  }
}
