package io.github.conflictdata.compare;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * One row of the war concordance: a link between a UCDP conflict and a COW war (or a UCDP conflict
 * with no COW war), with the PRIO Battle Deaths id where it applies.
 *
 * @param war our key for the UCDP conflict, shared by all its links (e.g. {@code "nagorno-karabakh"})
 * @param ucdpConflictId UCDP {@code conflict_id}
 * @param ucdpDyadIds UCDP {@code dyad_id}s in the link's years, as published (comma-separated; empty
 *     before 1989)
 * @param ucdpStartYear first year the UCDP conflict is active in the ACD release the row cites
 * @param ucdpEndYear last year the UCDP conflict is active in that release
 * @param cowKind the COW dataset, empty if COW has no such war
 * @param cowWarNum COW {@code WarNum} in the 4.x files, empty for wars only COW intra-state 5.1 lists
 * @param cowIntraV51WarNum the intra-state war's {@code WarNum} in COW 5.1 (may have decimals, e.g.
 *     {@code "723.5"}), empty if not an intra-state war or not in 5.1
 * @param cowWarName COW {@code WarName}
 * @param prioId PRIO Battle Deaths {@code id}
 * @param startYear first year the link covers (a row with no COW war: the war's first year, which
 *     for a period of a longer conflict is the period's)
 * @param endYear last year the link covers
 * @param confidence {@code high} or {@code medium}
 * @param evidence what matched, field by field
 */
public record ConcordanceEntry(
    String war,
    int ucdpConflictId,
    String ucdpDyadIds,
    int ucdpStartYear,
    int ucdpEndYear,
    Optional<CowKind> cowKind,
    OptionalInt cowWarNum,
    Optional<String> cowIntraV51WarNum,
    String cowWarName,
    OptionalInt prioId,
    int startYear,
    int endYear,
    String confidence,
    String evidence) {

  /** The four COW war datasets, named as the concordance's {@code cow_kind} column names them. */
  public enum CowKind {
    /** COW Inter-State War Data, {@code cow_kind} "inter". */
    INTER("inter"),
    /** COW Intra-State War Data, {@code cow_kind} "intra". */
    INTRA("intra"),
    /** COW Extra-State War Data, {@code cow_kind} "extra". */
    EXTRA("extra"),
    /** COW Non-State War Data, {@code cow_kind} "non-state". */
    NON_STATE("non-state");

    private final String code;

    CowKind(String code) {
      this.code = code;
    }

    /**
     * The value in the {@code cow_kind} column.
     *
     * @return the column value, e.g. {@code "non-state"}
     */
    public String code() {
      return code;
    }

    /**
     * The kind for a {@code cow_kind} value.
     *
     * @param code a {@code cow_kind} value
     * @return the kind
     * @throws IllegalArgumentException for a value that is none of the four, naming them
     */
    public static CowKind of(String code) {
      for (CowKind k : values()) {
        if (k.code.equals(code)) {
          return k;
        }
      }
      throw new IllegalArgumentException("unknown cow_kind '" + code + "'; expected inter, intra,"
          + " extra or non-state");
    }
  }

  /**
   * A short label, e.g. {@code "UCDP 388 ~ COW intra 872 (1991-1993)"}.
   *
   * @return the label
   */
  public String label() {
    String cow =
        cowKind.isEmpty()
            ? "no COW war"
            : "COW " + cowKind.get().code() + " "
                + (cowWarNum.isPresent() ? String.valueOf(cowWarNum.getAsInt())
                    : cowIntraV51WarNum.orElse("?") + " (5.1)");
    return "UCDP " + ucdpConflictId + " ~ " + cow + " (" + startYear + "-" + endYear + ")";
  }
}
