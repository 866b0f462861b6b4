package io.github.conflictdata.compare;

import java.util.List;
import java.util.Objects;

/**
 * A war as the concordance groups it: every link that shares one {@code war} key (one UCDP
 * conflict, its PRIO id, and every COW war it matches).
 *
 * <pre>{@code
 * War nk = War.of("nagorno-karabakh");   // UCDP 388, PRIO 193, COW intra 872 and inter 216
 * }</pre>
 *
 * @param key the concordance's {@code war} key
 * @param entries the concordance rows with that key, in file order
 */
public record War(String key, List<ConcordanceEntry> entries) {
  public War {
    Objects.requireNonNull(key, "key");
    entries = List.copyOf(entries);
    if (entries.isEmpty()) {
      throw new IllegalArgumentException("a war needs at least one concordance entry: " + key);
    }
  }

  /**
   * The war with this key in the bundled concordance.
   *
   * @throws IllegalArgumentException if no row has that key
   */
  public static War of(String key) {
    return Concordance.bundled().war(key);
  }

  /** The UCDP conflict id shared by the entries. */
  public int ucdpConflictId() {
    return entries.get(0).ucdpConflictId();
  }

  /** First year covered by any entry. */
  public int startYear() {
    return entries.stream().mapToInt(ConcordanceEntry::startYear).min().orElseThrow();
  }

  /** Last year covered by any entry. */
  public int endYear() {
    return entries.stream().mapToInt(ConcordanceEntry::endYear).max().orElseThrow();
  }
}
