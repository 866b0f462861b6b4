package io.github.conflictdata.compare;

import io.github.conflictdata.ConflictData;
import io.github.conflictdata.Dataset;
import io.github.conflictdata.DatasetKind;
import io.github.conflictdata.compare.ConcordanceEntry.CowKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tech.tablesaw.api.Table;

/**
 * Proposes links between UCDP conflicts (UCDP/PRIO ACD) and COW wars, with a score, so that the
 * curated concordance can be extended and checked.
 *
 * <p>A COW war is a candidate for a UCDP conflict when the conflict is active in a year within the
 * war's years (one year of slack either side) and either (a) a COW participant's {@code ccode} is
 * the conflict's location ({@code gwno_loc}) or one of its side countries ({@code gwno_a},
 * {@code gwno_b} and their secondary parties), or (b) for non-state wars, which have no codes, the
 * war was fought in the conflict's region and shares a side-name word with it. G&amp;W and COW
 * codes coincide for almost every state; the few that differ are mapped (G&amp;W 340 Serbia and
 * 345 Yugoslavia to COW 345, G&amp;W 260 Germany to COW 255 and 260).
 *
 * <p>Score, 0 to 1: 0.4 if the location matches, 0.2 if a side country matches, 0.25 times the
 * share of the COW war's years in which the UCDP conflict is active, 0.15 times the overlap of
 * side-name words.
 */
public final class WarMatcher {

  /**
   * One proposed link.
   *
   * @param ucdpConflictId UCDP {@code conflict_id}
   * @param cowKind the COW dataset
   * @param cowWarNum COW {@code WarNum} as a canonical string ("872", "723.5")
   * @param cowWarName COW {@code WarName}
   * @param score 0 to 1, higher is more likely
   * @param overlapStart first year both are active
   * @param overlapEnd last year both are active
   * @param reasons what matched
   */
  public record Proposal(int ucdpConflictId, CowKind cowKind, String cowWarNum, String cowWarName,
      double score, int overlapStart, int overlapEnd, String reasons) {}

  private record Conflict(int id, TreeSet<Integer> years, Set<Integer> loc, Set<Integer> sides,
      Set<String> words, Set<Integer> regions) {}

  private record CowWar(CowKind kind, String num, String name, int start, int end,
      Set<Integer> codes, Set<String> words, int whereFought) {}

  private static final Set<String> STOP = Set.of("government", "of", "the", "and", "forces",
      "military", "faction", "republic", "movement", "front", "war", "people", "peoples",
      "liberation", "national", "army", "rebels", "-8", "-9");

  private final Map<Integer, Conflict> conflicts = new LinkedHashMap<>();
  private final List<CowWar> wars = new ArrayList<>();

  private WarMatcher() {}

  /** A matcher over the bundled UCDP/PRIO ACD and the four bundled COW war datasets. */
  public static WarMatcher bundled() {
    return of(ConflictData.bundled(DatasetKind.UCDP_PRIO_ACD),
        ConflictData.bundled(DatasetKind.COW_INTER_STATE),
        ConflictData.bundled(DatasetKind.COW_INTRA_STATE),
        ConflictData.bundled(DatasetKind.COW_EXTRA_STATE),
        ConflictData.bundled(DatasetKind.COW_NON_STATE));
  }

  /**
   * A matcher over this UCDP/PRIO ACD release and these COW datasets.
   *
   * @throws IllegalArgumentException if {@code acd} is not a UCDP/PRIO ACD dataset
   */
  public static WarMatcher of(Dataset acd, Dataset... cow) {
    if (acd.kind() != DatasetKind.UCDP_PRIO_ACD) {
      throw new IllegalArgumentException("expected a UCDP/PRIO ACD dataset, got " + acd.kind());
    }
    WarMatcher m = new WarMatcher();
    m.readAcd(acd.table());
    for (Dataset d : cow) {
      CowKind k = switch (d.kind()) {
        case COW_INTER_STATE -> CowKind.INTER;
        case COW_INTRA_STATE -> CowKind.INTRA;
        case COW_EXTRA_STATE -> CowKind.EXTRA;
        case COW_NON_STATE -> CowKind.NON_STATE;
        default -> throw new IllegalArgumentException("not a COW war dataset: " + d.kind());
      };
      m.readCow(k, d);
    }
    return m;
  }

  private void readAcd(Table t) {
    for (int r = 0; r < t.rowCount(); r++) {
      Integer id = Cells.integer(t, "conflict_id", r);
      Integer y = Cells.integer(t, "year", r);
      if (id == null || y == null) {
        continue;
      }
      Conflict c = conflicts.computeIfAbsent(id, k -> new Conflict(k, new TreeSet<>(),
          new HashSet<>(), new HashSet<>(), new HashSet<>(), new HashSet<>()));
      c.years().add(y);
      for (int g : Cells.integers(t, "gwno_loc", r)) {
        c.loc().addAll(toCow(g));
      }
      for (String col : List.of("gwno_a", "gwno_a_2nd", "gwno_b", "gwno_b_2nd")) {
        for (int g : Cells.integers(t, col, r)) {
          c.sides().addAll(toCow(g));
        }
      }
      c.words().addAll(words(Cells.text(t, "side_a", r)));
      c.words().addAll(words(Cells.text(t, "side_b", r)));
      c.words().addAll(words(Cells.text(t, "location", r)));
      c.regions().addAll(Cells.integers(t, "region", r));
    }
  }

  private void readCow(CowKind kind, Dataset d) {
    Table t = d.table();
    Map<String, List<Integer>> byWar = new LinkedHashMap<>();
    for (int r = 0; r < t.rowCount(); r++) {
      String n = Cells.number(t, "WarNum", r);
      if (n != null) {
        byWar.computeIfAbsent(n, x -> new ArrayList<>()).add(r);
      }
    }
    int releaseEnd = Compare.cowReleaseEnd(t);
    List<String> codeCols = switch (kind) {
      case INTER -> List.of("ccode");
      case INTRA -> List.of("CcodeA", "CcodeB");
      case EXTRA -> List.of("ccode1", "ccode2");
      case NON_STATE -> List.of();
    };
    List<String> nameCols = switch (kind) {
      case INTER -> List.of("StateName");
      case INTRA, EXTRA -> List.of("SideA", "SideB");
      case NON_STATE -> List.of("SideA1", "SideA2", "SideB1", "SideB2", "SideB3", "SideB4",
          "SideB5");
    };
    for (Map.Entry<String, List<Integer>> w : byWar.entrySet()) {
      List<Integer> rows = w.getValue();
      int[] span = Compare.cowYears(t, rows);
      boolean ongoing = Compare.cowOngoing(d, rows);
      Set<Integer> codes = new HashSet<>();
      Set<String> words = new HashSet<>();
      for (int r : rows) {
        for (String c : codeCols) {
          Integer v = Cells.integer(t, c, r);
          if (v != null && v > 0) {
            codes.add(v);
          }
        }
        for (String c : nameCols) {
          words.addAll(words(Cells.text(t, c, r)));
        }
      }
      Integer where = Cells.integer(t, "WhereFought", rows.get(0));
      int end = ongoing ? Math.max(span[1], releaseEnd) : span[1];
      wars.add(new CowWar(kind, w.getKey(), Cells.text(t, "WarName", rows.get(0)), span[0], end,
          codes, words, where == null ? 0 : where));
    }
  }

  /** Proposals for one UCDP conflict, best first (empty if the conflict is unknown). */
  public List<Proposal> propose(int ucdpConflictId) {
    Conflict c = conflicts.get(ucdpConflictId);
    List<Proposal> out = new ArrayList<>();
    if (c == null) {
      return out;
    }
    for (CowWar w : wars) {
      TreeSet<Integer> within = new TreeSet<>(c.years().subSet(w.start() - 1, true, w.end() + 1, true));
      if (within.isEmpty() || w.start() == Integer.MAX_VALUE) {
        continue;
      }
      boolean loc = intersects(w.codes(), c.loc());
      boolean side = intersects(w.codes(), c.sides());
      double names = similarity(c.words(), w.words());
      boolean region = w.kind() == CowKind.NON_STATE && c.regions().stream()
          .anyMatch(g -> regionMatches(g, w.whereFought()));
      if (!(loc || side || (region && names > 0))) {
        continue;
      }
      long active = c.years().subSet(w.start(), true, w.end(), true).size();
      double yearShare = Math.min(1.0, (double) active / (w.end() - w.start() + 1));
      double score = (loc ? 0.4 : 0) + (side ? 0.2 : 0) + 0.25 * yearShare + 0.15 * names
          + (region ? 0.2 : 0);
      List<String> why = new ArrayList<>();
      if (loc) {
        why.add("location code");
      }
      if (side) {
        why.add("side country code");
      }
      if (region) {
        why.add("region " + w.whereFought());
      }
      why.add(String.format(Locale.ROOT, "active in %d of the war's %d years", active,
          w.end() - w.start() + 1));
      if (names > 0) {
        why.add(String.format(Locale.ROOT, "side names %.2f", names));
      }
      out.add(new Proposal(c.id(), w.kind(), w.num(), w.name(), Math.min(1.0, score),
          within.first(), within.last(), String.join(", ", why)));
    }
    out.sort(Comparator.comparingDouble(Proposal::score).reversed());
    return out;
  }

  /** Proposals for every UCDP conflict in the ACD release. */
  public List<Proposal> proposeAll() {
    List<Proposal> all = new ArrayList<>();
    for (int id : conflicts.keySet()) {
      all.addAll(propose(id));
    }
    return all;
  }

  /** The UCDP conflict ids the matcher knows. */
  public Set<Integer> conflictIds() {
    return conflicts.keySet();
  }

  private static boolean intersects(Set<Integer> a, Set<Integer> b) {
    for (int x : a) {
      if (b.contains(x)) {
        return true;
      }
    }
    return false;
  }

  /** G&amp;W number to the COW numbers it may appear as. */
  static Set<Integer> toCow(int gwno) {
    return switch (gwno) {
      case 340 -> Set.of(345);
      case 260 -> Set.of(255, 260);
      default -> Set.of(gwno);
    };
  }

  /** UCDP region (1 Europe, 2 Middle East, 3 Asia, 4 Africa, 5 Americas) vs COW WhereFought. */
  static boolean regionMatches(int ucdpRegion, int whereFought) {
    return switch (ucdpRegion) {
      case 1 -> whereFought == 2;
      case 2 -> whereFought == 6;
      case 3 -> whereFought == 7 || whereFought == 9;
      case 4 -> whereFought == 4;
      case 5 -> whereFought == 1;
      default -> false;
    };
  }

  static Set<String> words(String s) {
    Set<String> out = new HashSet<>();
    for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (w.length() >= 3 && !STOP.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }

  /** Share of the smaller word set found in the larger (0 if either is empty). */
  static double similarity(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    Set<String> small = a.size() <= b.size() ? a : b;
    Set<String> large = small == a ? b : a;
    long common = small.stream().filter(large::contains).count();
    return (double) common / small.size();
  }
}
