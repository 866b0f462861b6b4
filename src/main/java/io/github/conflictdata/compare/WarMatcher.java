package io.github.conflictdata.compare;

import io.github.conflictdata.ConflictData;
import io.github.conflictdata.Dataset;
import io.github.conflictdata.DatasetKind;
import io.github.conflictdata.codes.CountryCodes;
import io.github.conflictdata.codes.UnknownCodeException;
import io.github.conflictdata.compare.ConcordanceEntry.CowKind;
import java.time.Year;
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
 * the conflict's location ({@code gwno_loc}) or one of its primary side countries ({@code gwno_a},
 * {@code gwno_b}; secondary supporters are left out, as they made every coalition war a candidate;
 * G&amp;W numbers are turned into COW numbers for the year with {@link CountryCodes#gwToCow}),
 * or (b) for wars with no state code (non-state wars,
 * intra-state wars between militias), the war was fought in the conflict's region ({@code
 * WhereFought}, or 5.1's {@code V5RegionNum}) and shares a side-name word with it or names its
 * location (e.g. "Second Lebanese War" for a conflict in Lebanon).
 *
 * <p>Score, 0 to 1: 0.4 if the location matches, 0.2 if a side country matches, 0.25 times the
 * share of the COW war's years in which the UCDP conflict is active, 0.15 times the overlap of
 * side-name words, 0.2 for a region and name match of a war without state codes.
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
      Set<String> words, Set<Integer> regions, Set<String> placeStems) {}

  private record CowWar(CowKind kind, String num, String name, int start, int end,
      Set<Integer> codes, Set<String> words, Set<Integer> ucdpRegions) {}

  private static final Set<String> STOP = Set.of("government", "of", "the", "and", "forces",
      "military", "faction", "republic", "movement", "front", "war", "people", "peoples",
      "liberation", "national", "army", "rebels", "-8", "-9");

  private final CountryCodes codes = CountryCodes.load();
  private final Map<Integer, Conflict> conflicts = new LinkedHashMap<>();
  private final List<CowWar> wars = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  private WarMatcher() {}

  /**
   * A matcher over the bundled UCDP/PRIO ACD and the newest release of each of the four COW war
   * datasets in the download cache (COW's terms keep them out of the jar: add them once with
   * {@code ConflictData.cache().add(path)} or {@code ConflictData.download(kind)}). A COW dataset
   * not in the cache is left out (its wars are never proposed) and {@link #notes()} says so and
   * how to add it. Never uses the network.
   *
   * @return a matcher over the local datasets; {@link #notes()} names the COW datasets not found
   */
  public static WarMatcher bundled() {
    return bundled(Sources.bundled());
  }

  static WarMatcher bundled(Sources cache) {
    List<Dataset> cow = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (DatasetKind k : List.of(DatasetKind.COW_INTER_STATE, DatasetKind.COW_INTRA_STATE,
        DatasetKind.COW_EXTRA_STATE, DatasetKind.COW_NON_STATE)) {
      cache.get(k).ifPresent(cow::add);
      cache.missing(k).ifPresent(missing::add);
    }
    WarMatcher m = of(ConflictData.bundled(DatasetKind.UCDP_PRIO_ACD), cow.toArray(new Dataset[0]));
    m.notes.addAll(missing);
    return m;
  }

  /**
   * What this matcher lacks: one line per COW war dataset that {@link #bundled()} did not find in
   * the download cache (its wars are never proposed); empty when it has them all.
   *
   * @return the notes
   */
  public List<String> notes() {
    return List.copyOf(notes);
  }

  /**
   * A matcher over this UCDP/PRIO ACD release and these COW datasets.
   *
   * @param acd a UCDP/PRIO ACD release
   * @param cow COW war datasets, any of the four
   * @return the matcher
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
          new HashSet<>(), new HashSet<>(), new HashSet<>(), new HashSet<>(), new HashSet<>()));
      c.years().add(y);
      for (int g : Cells.integers(t, "gwno_loc", r)) {
        c.loc().addAll(toCow(g, y));
      }
      for (String col : List.of("gwno_a", "gwno_b")) {
        for (int g : Cells.integers(t, col, r)) {
          c.sides().addAll(toCow(g, y));
        }
      }
      c.words().addAll(words(Cells.text(t, "side_a", r)));
      c.words().addAll(words(Cells.text(t, "side_b", r)));
      c.words().addAll(words(Cells.text(t, "location", r)));
      for (String w : words(Cells.text(t, "location", r))) {
        if (w.length() >= 5) {
          c.placeStems().add(w.substring(0, 5));
        }
      }
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
      Set<Integer> regions = new HashSet<>();
      Integer where = Cells.integer(t, "WhereFought", rows.get(0));
      Integer v5 = Cells.integer(t, "V5RegionNum", rows.get(0));
      for (int u = 1; u <= 5; u++) {
        if ((where != null && whereFoughtIn(u, where)) || (v5 != null && v5RegionIn(u, v5))) {
          regions.add(u);
        }
      }
      String name = Cells.text(t, "WarName", rows.get(0));
      words.addAll(words(name));
      int end = ongoing ? Math.max(span[1], releaseEnd) : span[1];
      wars.add(new CowWar(kind, w.getKey(), name, span[0], end, codes, words, regions));
    }
  }

  /**
   * Proposals for one UCDP conflict, best first (empty if the conflict is unknown).
   *
   * @param ucdpConflictId the UCDP conflict id
   * @return the proposals, best first
   */
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
      boolean place = w.words().stream().anyMatch(x -> x.length() >= 5
          && c.placeStems().contains(x.substring(0, 5)));
      boolean region = w.codes().isEmpty() && c.regions().stream().anyMatch(w.ucdpRegions()::contains)
          && (names > 0 || place);
      if (!(loc || side || region)) {
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
        why.add("same region, " + (place ? "war named after the location" : "side names"));
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

  /**
   * Proposals for every UCDP conflict in the ACD release.
   *
   * @return the proposals of every conflict
   */
  public List<Proposal> proposeAll() {
    List<Proposal> all = new ArrayList<>();
    for (int id : conflicts.keySet()) {
      all.addAll(propose(id));
    }
    return all;
  }

  /**
   * The UCDP conflict ids the matcher knows.
   *
   * @return the conflict ids
   */
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

  /**
   * G&amp;W number to the COW numbers it may appear as in that year: the crosswalk's answer, and the
   * number itself (the two lists agree for almost every state, and COW's war files also use codes
   * for states outside the system lists).
   */
  private Set<Integer> toCow(int gwno, int year) {
    Set<Integer> out = new HashSet<>();
    out.add(gwno);
    try {
      codes.gwToCow(gwno, Year.of(year)).ifPresent(out::add);
    } catch (UnknownCodeException e) {
      // not a G&W number: keep the number itself
    }
    return out;
  }

  /**
   * UCDP region (1 Europe, 2 Middle East, 3 Asia, 4 Africa, 5 Americas) vs COW 4.x {@code
   * WhereFought} (1 W. Hemisphere, 2 Europe, 4 Africa, 6 Middle East, 7 Asia, 9 Oceania).
   */
  static boolean whereFoughtIn(int ucdpRegion, int whereFought) {
    return switch (ucdpRegion) {
      case 1 -> whereFought == 2;
      case 2 -> whereFought == 6;
      case 3 -> whereFought == 7 || whereFought == 9;
      case 4 -> whereFought == 4;
      case 5 -> whereFought == 1;
      default -> false;
    };
  }

  /**
   * UCDP region vs COW intra-state 5.1 {@code V5RegionNum} (1 North America, 2 South America, 3
   * Europe, 4 Sub-Saharan Africa, 5 Middle East and North Africa, 6 Asia and Oceania).
   */
  static boolean v5RegionIn(int ucdpRegion, int v5) {
    return switch (ucdpRegion) {
      case 1 -> v5 == 3;
      case 2 -> v5 == 5;
      case 3 -> v5 == 6;
      case 4 -> v5 == 4 || v5 == 5;
      case 5 -> v5 == 1 || v5 == 2;
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
