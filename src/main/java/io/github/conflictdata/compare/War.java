package io.github.conflictdata.compare;

import io.github.conflictdata.compare.AcdConflicts.Year;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A war: one UCDP conflict, or a period of one, with its curated links to COW and PRIO. Every
 * conflict of the UCDP/PRIO Armed Conflict Dataset is a War ({@link #ucdp(int)}, key {@code
 * "ucdp-388"}); the concordance's keys name curated wars ({@link #of(String)}), some of them a
 * period of a longer conflict ({@code tigray-2020} is 2020-2022 of conflict 267). Name, sides,
 * location and episodes come from the ACD (the bundled 24.1, or a newer release in the download
 * cache), read on first use.
 *
 * <pre>{@code
 * War nk = War.of("nagorno-karabakh");      // UCDP 388, PRIO 193, COW intra 872 and inter 216
 * War ru = War.ucdp(13243);                 // Russia (Soviet Union) - Ukraine, 2022-
 * List<War> hits = War.find("tigray");      // tigray-2020 first
 * }</pre>
 */
public final class War {
  /** Prefix of the key of a War made from a UCDP conflict id ({@code "ucdp-13243"}). */
  public static final String UCDP_KEY_PREFIX = "ucdp-";

  private static final Pattern UCDP_KEY = Pattern.compile("ucdp-(\\d+)");

  private final String key;
  private final List<ConcordanceEntry> entries;
  private final int conflictId;
  private final int startYear;
  private final int endYear;

  private War(String key, List<ConcordanceEntry> entries, int conflictId, int startYear,
      int endYear) {
    this.key = Objects.requireNonNull(key, "key");
    this.entries = List.copyOf(entries);
    this.conflictId = conflictId;
    this.startYear = startYear;
    this.endYear = endYear;
  }

  /**
   * A war as the concordance groups it: every link that shares one {@code war} key.
   *
   * @param key the concordance's {@code war} key
   * @param entries the concordance rows with that key, in file order (at least one)
   * @throws IllegalArgumentException if there is no entry
   */
  public War(String key, List<ConcordanceEntry> entries) {
    this(key, requireSome(key, entries), entries.get(0).ucdpConflictId(), span(entries)[0],
        span(entries)[1]);
  }

  /**
   * A curated war's years: a war with a COW link is the whole UCDP conflict (its rows' years are
   * the COW overlaps); a war with none covers its rows' years (a period of a longer conflict).
   */
  private static int[] span(List<ConcordanceEntry> entries) {
    boolean cow = entries.stream().anyMatch(e -> e.cowKind().isPresent());
    return new int[] {
      entries.stream().mapToInt(cow ? ConcordanceEntry::ucdpStartYear : ConcordanceEntry::startYear)
          .min().orElseThrow(),
      entries.stream().mapToInt(cow ? ConcordanceEntry::ucdpEndYear : ConcordanceEntry::endYear)
          .max().orElseThrow()};
  }

  private static List<ConcordanceEntry> requireSome(String key, List<ConcordanceEntry> entries) {
    if (entries.isEmpty()) {
      throw new IllegalArgumentException("a war needs at least one concordance entry: " + key);
    }
    return entries;
  }

  /**
   * The war with this key: a concordance key ({@code "russia-ukraine"}), or {@code "ucdp-<id>"}
   * for a whole UCDP conflict.
   *
   * @param key the key
   * @return the war
   * @throws IllegalArgumentException if no war has that key, naming the nearest keys
   */
  public static War of(String key) {
    Matcher m = UCDP_KEY.matcher(key == null ? "" : key);
    if (m.matches()) {
      return ucdp(Integer.parseInt(m.group(1)));
    }
    Concordance c = Concordance.bundled();
    if (c.entries().stream().noneMatch(e -> e.war().equals(key))) {
      List<String> near = WarSearch.find(String.valueOf(key).replace('-', ' ')).stream()
          .limit(5).map(War::label).toList();
      throw new IllegalArgumentException("no war '" + key + "' in the concordance"
          + (near.isEmpty() ? "" : "; nearest: " + String.join("; ", near))
          + ". War.find(text) searches names, sides and places; War.ucdp(id) takes any UCDP"
          + " conflict id.");
    }
    return c.war(key);
  }

  /**
   * Every conflict of the UCDP/PRIO ACD as a War: its whole span in the ACD, and every curated
   * concordance link of the conflict (COW wars, PRIO id).
   *
   * @param conflictId UCDP {@code conflict_id}
   * @return the war, key {@code "ucdp-<id>"}
   * @throws IllegalArgumentException if the ACD has no such conflict, naming the nearest ids
   */
  public static War ucdp(int conflictId) {
    AcdConflicts acd = AcdConflicts.current();
    List<Year> rows = acd.rows(conflictId);
    if (rows.isEmpty()) {
      List<Integer> ids = new ArrayList<>(acd.byConflict.keySet());
      ids.sort(Comparator.comparingInt((Integer i) -> Math.abs(i - conflictId)));
      List<String> near = ids.stream().limit(5)
          .map(i -> i + " (" + name(acd.rows(i)) + ")").toList();
      throw new IllegalArgumentException("no conflict_id " + conflictId + " in " + acd.release()
          + "; nearest ids: " + String.join(", ", near)
          + ". War.find(text) searches by name, side or place.");
    }
    return new War(UCDP_KEY_PREFIX + conflictId, Concordance.bundled().byUcdp(conflictId),
        conflictId, rows.get(0).year(), rows.get(rows.size() - 1).year());
  }

  /**
   * Wars matching the text, best first: curated wars and every UCDP conflict, scored on the key,
   * curated aliases ({@code data/concordance/aliases.csv}), name, territory, sides and location
   * (every word of the text must match somewhere); ties go to the war active most recently.
   *
   * @param text words such as "ukraine", "tigray", "gaza", or a conflict id
   * @return the matches, best first; empty if none
   */
  public static List<War> find(String text) {
    return WarSearch.find(text);
  }

  /**
   * The episodes of every conflict of the ACD at hand (bundled 24.1 or newer in the cache), one
   * row each: {@code conflict_id}, {@code name}, {@code start} (ACD {@code start_date2}), {@code
   * end} ({@code ep_end_date}, missing while active), {@code first_year}, {@code last_year},
   * {@code active} (no end coded by the release's last year), {@code max_intensity}.
   *
   * @return the table, sorted by conflict and start
   */
  public static Table allEpisodes() {
    AcdConflicts acd = AcdConflicts.current();
    List<Episode> all = new ArrayList<>();
    for (int id : acd.byConflict.keySet()) {
      all.addAll(episodes(id, acd));
    }
    return episodeTable(all, "episodes of " + acd.release());
  }

  // ---------------------------------------------------------------- what the war is

  /** @return the key: a concordance key, or {@code "ucdp-<id>"} */
  public String key() {
    return key;
  }

  /** @return the concordance rows of the war (COW and PRIO links); empty if none is curated */
  public List<ConcordanceEntry> entries() {
    return entries;
  }

  /** @return the UCDP conflict id */
  public int ucdpConflictId() {
    return conflictId;
  }

  /**
   * The war's first year, where comparisons of its yearly figures start.
   *
   * @return the first year the war covers: for a war with a COW link the UCDP conflict's first
   *     year, for a period of a longer conflict the period's
   */
  public int startYear() {
    return startYear;
  }

  /**
   * The war's last year, where comparisons of its yearly figures end.
   *
   * @return the last year the war covers; for a war curated as ongoing (its evidence says "ongoing
   *     at the end of ACD 24.1"), the last year of its episode in the ACD at hand
   */
  public int endYear() {
    if (!openEnded()) {
      return endYear;
    }
    // ongoing when curated: it runs on through its episode in a newer ACD at hand
    for (Episode e : episodes(conflictId, AcdConflicts.current())) {
      if (e.firstYear() <= endYear && e.lastYear() >= endYear) {
        return Math.max(endYear, e.lastYear());
      }
    }
    return endYear;
  }

  /**
   * Whether the concordance records the war as still going at the end of the ACD it was curated
   * from (its evidence says "ongoing at the end of ACD ..."), so that a newer ACD extends it.
   */
  private boolean openEnded() {
    return !isWholeConflict() && !coversWholeConflict()
        && entries.stream().anyMatch(e -> e.evidence().contains(OPEN_ENDED));
  }

  /** The phrase in a concordance row's evidence that marks a war ongoing when it was curated. */
  static final String OPEN_ENDED = "ongoing at the end of ACD";

  /** @return true for a War made by {@link #ucdp(int)} (a whole UCDP conflict) */
  public boolean isWholeConflict() {
    return key.startsWith(UCDP_KEY_PREFIX);
  }

  /**
   * The war's years and how they sit in the UCDP conflict: its own span, the years the ACD codes
   * it active in that span, the conflict's whole span, and whether the war is a period of it.
   *
   * @return the years
   */
  public Years years() {
    List<Year> rows = rows();
    int cFirst = rows.isEmpty() ? startYear : rows.get(0).year();
    int cLast = rows.isEmpty() ? endYear : rows.get(rows.size() - 1).year();
    boolean whole = coversWholeConflict();
    int first = whole ? Math.min(cFirst, startYear) : startYear;
    int last = whole ? Math.max(cLast, endYear) : endYear();
    List<Integer> active = rows.stream().map(Year::year)
        .filter(y -> y >= first && y <= last).toList();
    return new Years(first, last, active, conflictId, cFirst, cLast, ongoing());
  }

  /**
   * A war's years.
   *
   * @param first first year of the war
   * @param last last year of the war (the ACD's last year if ongoing)
   * @param active the years the ACD codes the conflict active within first..last
   * @param conflictId the UCDP conflict
   * @param conflictFirst the conflict's first active year in the ACD
   * @param conflictLast the conflict's last active year in the ACD
   * @param ongoing whether the war is still active at the end of the ACD
   */
  public record Years(int first, int last, List<Integer> active, int conflictId, int conflictFirst,
      int conflictLast, boolean ongoing) {
    /** @return true if the war is a period of a longer UCDP conflict */
    public boolean isPeriod() {
      return first > conflictFirst || last < conflictLast;
    }

    /** @return e.g. "2020-2022, a period of UCDP conflict 267 (active 1960-2022)" */
    @Override
    public String toString() {
      String span = first == last ? String.valueOf(first) : first + "-" + last;
      if (ongoing) {
        span = first + "- (ongoing at " + last + ", the ACD's last year)";
      }
      return span + (isPeriod() ? ", a period of UCDP conflict " + conflictId + " (active "
          + conflictFirst + "-" + conflictLast + ")" : ", the whole of UCDP conflict " + conflictId);
    }
  }

  /**
   * The name in UCDP's style, from the ACD's location and sides: "Russia (Soviet Union) -
   * Ukraine" for a conflict between states, "Ethiopia: Government" or "Azerbaijan: Artsakh
   * (Nagorno-Karabakh)" otherwise.
   *
   * @return the name
   */
  public String name() {
    return name(periodRows().isEmpty() ? rows() : periodRows());
  }

  /** @return "russia-ukraine: Russia (Soviet Union) - Ukraine, 2022- (...)" */
  public String label() {
    return key + ": " + name() + ", " + years();
  }

  /** @return the ACD's {@code location} (the last year of the war) */
  public String location() {
    List<Year> r = lastRows();
    return r.isEmpty() ? "" : r.get(r.size() - 1).location();
  }

  /** @return the ACD's {@code territory_name} (empty for a conflict over government) */
  public String territory() {
    List<Year> r = lastRows();
    return r.isEmpty() ? "" : r.get(r.size() - 1).territory();
  }

  /** @return every side A actor in the war's years, primary and secondary */
  public List<String> sidesA() {
    return sides(true);
  }

  /** @return every side B actor in the war's years, primary and secondary */
  public List<String> sidesB() {
    return sides(false);
  }

  /** @return the Gleditsch-Ward codes of the location and every party in the war's years */
  public Set<Integer> gwnoCodes() {
    Set<Integer> s = new LinkedHashSet<>();
    periodRows().forEach(y -> s.addAll(y.gwno()));
    return s;
  }

  /** @return the UCDP dyad ids the concordance lists for the war (BRD 24.1) */
  public List<Integer> ucdpDyadIds() {
    Set<Integer> s = new LinkedHashSet<>();
    for (ConcordanceEntry e : entries) {
      for (String p : e.ucdpDyadIds().split("[,\\s]+")) {
        if (p.matches("\\d+")) {
          s.add(Integer.parseInt(p));
        }
      }
    }
    return List.copyOf(s);
  }

  /** @return whether the war is still active in the last year of the ACD at hand */
  public boolean ongoing() {
    List<Year> rows = rows();
    if (rows.isEmpty()) {
      return false;
    }
    Year last = rows.get(rows.size() - 1);
    return last.year() == AcdConflicts.current().lastYear && !last.epEnd()
        && endYear() >= last.year();
  }

  /** @return the ACD release the names and episodes come from, e.g. "UCDP/PRIO ... 24.1" */
  public String acdRelease() {
    return AcdConflicts.current().release();
  }

  /**
   * One episode of a UCDP conflict: consecutive active years from a start ({@code start_date2})
   * to an end ({@code ep_end_date}).
   *
   * @param conflictId the UCDP conflict
   * @param start the episode's start date
   * @param end the episode's end date, null while active
   * @param firstYear the first year of the episode
   * @param lastYear the last year of the episode in the ACD
   * @param active true if no end is coded by the release's last year
   * @param maxIntensity the highest {@code intensity_level} of the episode (1 minor, 2 war)
   */
  public record Episode(int conflictId, LocalDate start, LocalDate end, int firstYear,
      int lastYear, boolean active, int maxIntensity) {}

  /**
   * The episodes of the war's conflict that overlap the war's years.
   *
   * @return the episodes, oldest first
   */
  public List<Episode> episodes() {
    return episodes(conflictId, AcdConflicts.current()).stream()
        .filter(e -> e.lastYear() >= startYear && e.firstYear() <= endYear()).toList();
  }

  /** @return the war's episodes as a table (the columns of {@link #allEpisodes()}) */
  public Table episodeTable() {
    return episodeTable(episodes(), "episodes of " + key);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(label());
    sb.append(" | ").append(location());
    sb.append(" | ").append(String.join(", ", sidesA())).append(" vs ")
        .append(String.join(", ", sidesB()));
    for (ConcordanceEntry e : entries) {
      if (e.cowKind().isPresent() || e.prioId().isPresent()) {
        sb.append(" | ").append(e.label())
            .append(e.prioId().isPresent() ? ", PRIO " + e.prioId().getAsInt() : "");
      }
    }
    return sb.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof War w && w.key.equals(key) && w.entries.equals(entries)
        && w.conflictId == conflictId && w.startYear == startYear && w.endYear == endYear;
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, entries, conflictId, startYear, endYear);
  }

  // ---------------------------------------------------------------- internals

  /**
   * Whether the war stands for its whole UCDP conflict (a {@link #ucdp(int)} war, or a curated war
   * with a COW link), so that comparisons take every year of the conflict; else it is a period.
   */
  boolean coversWholeConflict() {
    return isWholeConflict() || entries.stream().anyMatch(e -> e.cowKind().isPresent());
  }

  /** The PRIO id of the first entry that has one. */
  java.util.OptionalInt prioId() {
    return entries.stream().filter(e -> e.prioId().isPresent()).findFirst()
        .map(ConcordanceEntry::prioId).orElse(java.util.OptionalInt.empty());
  }

  List<Year> rows() {
    return AcdConflicts.current().rows(conflictId);
  }

  /** The conflict's rows within the war's years. */
  List<Year> periodRows() {
    int last = endYear();
    return rows().stream().filter(y -> y.year() >= startYear && y.year() <= last).toList();
  }

  private List<Year> lastRows() {
    List<Year> p = periodRows();
    return p.isEmpty() ? rows() : p;
  }

  private List<String> sides(boolean a) {
    Set<String> s = new LinkedHashSet<>();
    for (Year y : lastRows()) {
      for (String cell : a ? List.of(y.sideA(), y.sideA2()) : List.of(y.sideB(), y.sideB2())) {
        for (String p : cell.split(",\\s*")) {
          if (!p.isBlank()) {
            s.add(p.strip());
          }
        }
      }
    }
    return List.copyOf(s);
  }

  static String name(List<Year> rows) {
    if (rows.isEmpty()) {
      return "";
    }
    Year y = rows.get(rows.size() - 1);
    if (y.type() == 2) {
      return strip(y.sideA()) + " - " + strip(y.sideB());
    }
    String what = y.incompatibility() == 1 && !y.territory().isEmpty() ? y.territory()
        : "Government";
    return y.location() + ": " + what;
  }

  private static String strip(String side) {
    return side.replace("Government of ", "");
  }

  static List<Episode> episodes(int conflictId, AcdConflicts acd) {
    List<Episode> out = new ArrayList<>();
    List<Year> rows = acd.rows(conflictId);
    int i = 0;
    while (i < rows.size()) {
      Year first = rows.get(i);
      int j = i;
      int max = first.intensity();
      while (!rows.get(j).epEnd() && j + 1 < rows.size()
          && Objects.equals(rows.get(j + 1).startDate2(), first.startDate2())) {
        j++;
        max = Math.max(max, rows.get(j).intensity());
      }
      Year last = rows.get(j);
      boolean active = !last.epEnd() && last.year() == acd.lastYear;
      out.add(new Episode(conflictId, first.startDate2(), last.epEnd() ? last.epEndDate() : null,
          first.year(), last.year(), active, max));
      i = j + 1;
    }
    return out;
  }

  private static Table episodeTable(List<Episode> eps, String name) {
    AcdConflicts acd = AcdConflicts.current();
    IntColumn id = IntColumn.create("conflict_id");
    StringColumn n = StringColumn.create("name");
    DateColumn start = DateColumn.create("start");
    DateColumn end = DateColumn.create("end");
    IntColumn fy = IntColumn.create("first_year");
    IntColumn ly = IntColumn.create("last_year");
    BooleanColumn active = BooleanColumn.create("active");
    IntColumn max = IntColumn.create("max_intensity");
    for (Episode e : eps) {
      id.append(e.conflictId());
      n.append(name(acd.rows(e.conflictId())));
      start.append(e.start());
      if (e.end() == null) {
        end.appendMissing();
      } else {
        end.append(e.end());
      }
      fy.append(e.firstYear());
      ly.append(e.lastYear());
      active.append(e.active());
      max.append(e.maxIntensity());
    }
    return Table.create(name, id, n, start, end, fy, ly, active, max);
  }

  /** Lower-case text for matching. */
  static String fold(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
