package io.github.conflictdata.ucdp;

import io.github.conflictdata.CodeLabel;
import java.util.Optional;

/**
 * UCDP GED {@code event_clarity}: 1 (high) for events the source reports as an individual
 * incident, 2 (lower) for events the source reported only as an aggregate of several incidents
 * over more than a day. It replaced GED 1.0-1.9's {@code event_type} (p. 25).
 *
 * <p>Source: UCDP Georeferenced Event Dataset Codebook Version 23.1 (Högbladh 2023; shared as
 * docs/ged231.pdf), variable table p. 10 ("1 (high) for events where the reporting allows the
 * coder to identify the event in full", "2 (lower) for events where an aggregation of information
 * was already made by the source material"); section 5.5 (p. 23) refers back to it.
 */
public enum EventClarity implements CodeLabel {
  /** 1: High. */
  HIGH(
      1,
      "High",
      "events where the individual happening is described by the original source in a sufficiently detailed way as to identify individual incidents, i.e. separate activities of fighting in a single location"),
  /** 2: Lower. */
  LOWER(
      2,
      "Lower",
      "events where an aggregation of information was already made by the source material that is impossible to undo in the coding process. Such events are described by the original source only as aggregates (totals) of multiple separate activities of fighting spanning over a longer period than a single, clearly defined day.");

  private final int code;
  private final String label;
  private final String description;

  EventClarity(int code, String label, String description) {
    this.code = code;
    this.label = label;
    this.description = description;
  }

  @Override
  public int code() {
    return code;
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public String description() {
    return description;
  }

  /**
   * The constant for {@code code}, so a raw column value reads as its codebook meaning.
   *
   * @param code the numeric code as stored in the data file
   * @return the matching constant; empty when the codebook does not define {@code code}
   */
  public static Optional<EventClarity> of(int code) {
    return CodeLabel.find(values(), code);
  }
}
