package io.github.conflictdata.ucdp;

import io.github.conflictdata.CodeLabel;
import java.util.Optional;

/**
 * UCDP GED {@code where_prec}: the precision with which the coordinates and location assigned to
 * the event reflect the location of the actual event, from 1 (exact location) to 7 (international
 * waters or airspace).
 *
 * <p>Source: UCDP Georeferenced Event Dataset Codebook Version 23.1 (Högbladh 2023; shared as
 * docs/ged231.pdf), variable table p. 9; section 5.4 (p. 22) refers back to it ("Described
 * above").
 */
public enum WherePrecision implements CodeLabel {
  /** 1: Exact location. */
  EXACT_LOCATION(
      1,
      "Exact location",
      "exact location of the event known and coded."),
  /** 2: Within ca. 25 km of a known point. */
  WITHIN_25_KM(
      2,
      "Within ca. 25 km of a known point",
      "event occurred within at maximum a ca. 25 km radius around a known point. The coded point is the known point."),
  /** 3: Second-order administrative division. */
  SECOND_ORDER_ADMIN(
      3,
      "Second-order administrative division",
      "only the second order administrative division where an event happened is known. That administrative division is coded with a point representing it (typically the centroid)."),
  /** 4: First-order administrative division. */
  FIRST_ORDER_ADMIN(
      4,
      "First-order administrative division",
      "only the first order administrative division where an event happened is known. That administrative division is coded with a point representing it (typically the centroid)."),
  /** 5: Linear feature or fuzzy area. */
  LINEAR_FEATURE_OR_FUZZY_AREA(
      5,
      "Linear feature or fuzzy area",
      "the only spatial reference for the event is neither a known point nor a known formal administrative division, but rather a linear feature (e.g. a long river, a border, a longer road or the line connecting two locations further afield than 25 km) or a fuzzy polygon without defined borders (informal regions, large radiuses etc.). A representation point is chosen for the feature and employed."),
  /** 6: Country only. */
  COUNTRY(
      6,
      "Country only",
      "only the country where the event took place in is known."),
  /** 7: International waters or airspace. */
  INTERNATIONAL_WATERS_OR_AIRSPACE(
      7,
      "International waters or airspace",
      "event in international waters or airspace.");

  private final int code;
  private final String label;
  private final String description;

  WherePrecision(int code, String label, String description) {
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
  public static Optional<WherePrecision> of(int code) {
    return CodeLabel.find(values(), code);
  }
}
