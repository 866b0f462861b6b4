package io.github.conflictdata.codes;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A code that the list of its system does not hold at all (for a code that is listed but not a
 * member on the date asked, lookups answer {@code Optional.empty()} instead). The message names
 * the system, the code, the date asked for, what the other list says about the same number and
 * the nearest listed codes.
 */
public class UnknownCodeException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The system the code was looked up in. */
  private final CodeSystem system;
  /** The code as given. */
  private final String code;
  /** The date asked for, or null when the lookup had none. */
  private final LocalDate date;
  private final transient List<State> nearby;

  /**
   * An unknown code with what the lookup knew, so that callers can offer the nearby codes.
   *
   * @param system the system the code was looked up in
   * @param code the code as given
   * @param date the date asked for, or null
   * @param nearby spells of the nearest listed codes (may be empty)
   * @param message the full message
   */
  public UnknownCodeException(
      CodeSystem system, String code, LocalDate date, List<State> nearby, String message) {
    super(message);
    this.system = system;
    this.code = code;
    this.date = date;
    this.nearby = List.copyOf(nearby);
  }

  /**
   * The system the code was looked up in.
   *
   * @return COW, GW or ISO3
   */
  public CodeSystem system() {
    return system;
  }

  /**
   * The code as given ("751", "XKX").
   *
   * @return the code text
   */
  public String code() {
    return code;
  }

  /**
   * The date asked for, if any.
   *
   * @return the date; empty when the lookup was by number only
   */
  public Optional<LocalDate> date() {
    return Optional.ofNullable(date);
  }

  /**
   * Spells of the nearest listed codes of the same system, for "did you mean".
   *
   * @return the nearby spells; empty when none is near
   */
  public List<State> nearby() {
    return nearby;
  }
}
