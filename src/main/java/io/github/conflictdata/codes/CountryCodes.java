package io.github.conflictdata.codes;

import io.github.conflictdata.Source;
import io.github.conflictdata.releases.Releases;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A date-aware crosswalk between COW state numbers ({@code ccode}), Gleditsch &amp; Ward numbers
 * ({@code gwno}, used by UCDP and PRIO), ISO 3166 alpha-3 codes and names.
 *
 * <pre>{@code
 * CountryCodes codes = CountryCodes.load();
 * codes.gwState(373, LocalDate.of(1991, 12, 21));   // G&W 373 AZE Azerbaijan, from 1991-12-21
 * codes.cowState(373, LocalDate.of(1991, 12, 21));  // empty: COW lists Azerbaijan from 1991-12-26
 * codes.gwToCow(260, LocalDate.of(2000, 1, 1));     // 255: COW's number for unified Germany
 * codes.cowToGw(345, Year.of(2010));                // 340: G&W's Serbia
 * codes.iso3(CodeSystem.GW, 373, Year.of(2020));     // AZE
 * codes.byName("cote d'ivoire");                    // COW 437 Ivory Coast, G&W 437 Cote D'Ivoire
 * }</pre>
 *
 * <h2>Rules</h2>
 *
 * <ul>
 *   <li>A number is a member on a date when one of its spells contains that date. A spell that ends
 *       on its list's last day (COW 2016-12-31, G&amp;W 2017-12-31) is open: both lists mark a state
 *       still in the system that way, so it covers later dates too (UCDP 2020 rows map).
 *   <li>A number that its list does not hold at all throws {@link UnknownCodeException}; a listed
 *       number that is not a member on the date asked gives {@code Optional.empty()}.
 *   <li>G&amp;W -&gt; COW and back: the same number when the other list has it as a member on that
 *       date; otherwise one of the {@linkplain #SAME_STATE documented pairs} where the two lists
 *       number one state differently (G&amp;W 260 = COW 255 from 1990-10-03; G&amp;W 340 = COW 345;
 *       G&amp;W 678 = COW 679 from 1990-05-22), again only when both are members on that date;
 *       otherwise empty. Membership periods differ (COW lists Canada from 1920, G&amp;W from 1867),
 *       so a date inside one list's spell can be outside the other's.
 *   <li>A year means the code's latest spell that touches the year, looked at on its last day in
 *       that year (December 31, or the spell's end): G&amp;W 260 in 1990 -&gt; COW 255, G&amp;W 265
 *       in 1990 -&gt; COW 265.
 *   <li>ISO 3166 alpha-3 codes come from countrycode's code pairs (not date-aware in countrycode):
 *       the pair of the number itself if countrycode has one, else the pair of its counterpart in
 *       the other list on that date (COW 345 in 2010 -&gt; G&amp;W 340 -&gt; SRB).
 * </ul>
 */
public final class CountryCodes {
  /** Classpath folder of the bundled files. */
  static final String RESOURCE_DIR = "/io/github/conflictdata/data/country-codes/";

  static final String COW_FILE = "states2016.csv";
  static final String GW_FILE = "iisystem.dat";
  static final String ISO_FILE = "iso3-crosswalk.csv";

  static final String COW_CITATION =
      "Correlates of War Project (2017). State System Membership List, v2016. Online,"
          + " http://correlatesofwar.org.";
  static final String GW_CITATION =
      "Gleditsch, Kristian S. & Michael D. Ward (1999). Interstate System Membership: A Revised"
          + " List of the Independent States since 1816. International Interactions 25(4): 393-413."
          + " (iisystem.dat, 2017 revision)";
  static final String ISO_CITATION =
      "Arel-Bundock, Vincent, Nils Enevoldsen & CJ Yetman (2018). countrycode: An R package to"
          + " convert country names and country codes. Journal of Open Source Software 3(28): 848."
          + " (code pairs taken as facts from codelist_without_cldr.csv, countrycode 1.7.0.1)";

  /**
   * Pairs of numbers under which COW and G&amp;W list the same state, each applying on the dates
   * when both lists have their number as a member. Read off the bundled files:
   *
   * <ul>
   *   <li>G&amp;W 260 / COW 255, Germany: G&amp;W's 260 "German Federal Republic" runs from
   *       1949-09-21 with no end; COW's 255 "Germany" returns on 1990-10-03 when its 260 and 265
   *       end (1990-10-02).
   *   <li>G&amp;W 340 / COW 345, Serbia: G&amp;W's 340 "Serbia" (1878-07-13..1915-10-01 and from
   *       2006-06-05) is COW's 345 "Yugoslavia" (1878-07-13..1941-04-20 and from 1944-10-20);
   *       COW has no 340.
   *   <li>G&amp;W 678 / COW 679, Yemen: G&amp;W's 678 runs from 1918 with no end; COW's 678 "Yemen
   *       Arab Republic" ends 1990-05-21 and its 679 "Yemen" starts 1990-05-22.
   * </ul>
   */
  public static final List<SameState> SAME_STATE = List.of(
      new SameState(260, 255, "Germany: G&W 260 from 1949-09-21, no end; COW 255 from 1990-10-03"),
      new SameState(340, 345, "Serbia: G&W 340 1878-1915 and from 2006-06-05; COW 345 throughout"),
      new SameState(678, 679, "Yemen: G&W 678 from 1918, no end; COW 679 from 1990-05-22"));

  /**
   * One state numbered differently by the two lists.
   *
   * @param gwno the G&amp;W number
   * @param ccode the COW number
   * @param note which state, and the spells that make the pair apply
   */
  public record SameState(int gwno, int ccode, String note) {}

  /**
   * Numbers that datasets use but neither bundled list holds, with the evidence; only used to
   * explain an {@link UnknownCodeException}. UCDP/PRIO ACD v23.1 codes the Government of Hyderabad
   * (conflicts 11884 and 226, 1947-1948) as gwno 751; G&amp;W's iisystem.dat (2017, and its 2012
   * revision) and COW's states2016.csv have no 751 and no Hyderabad.
   */
  static final Map<Integer, String> OUTSIDE_LISTS = Map.of(751,
      "UCDP/PRIO ACD uses 751 for the Government of Hyderabad (1947-1948: conflicts 11884 and"
          + " 226), a state that neither G&W iisystem.dat nor COW states2016.csv lists (India is"
          + " 750 in both)");

  private static volatile CountryCodes bundled;

  private final List<State> cow;
  private final List<State> gw;
  private final List<IsoPair> iso;
  private final Map<Integer, List<State>> cowByCode;
  private final Map<Integer, List<State>> gwByCode;
  private final Map<String, Set<State>> byName;
  private final List<Source> sources;
  /** Why COW's list is absent (how to add it), or null when it was read. */
  private final String cowMissing;

  private CountryCodes(List<State> cow, List<State> gw, List<IsoPair> iso, List<Source> sources,
      String cowMissing) {
    this.cowMissing = cowMissing;
    this.cow = cow;
    this.gw = gw;
    this.iso = iso;
    this.sources = List.copyOf(sources);
    this.cowByCode = index(cow);
    this.gwByCode = index(gw);
    this.byName = new HashMap<>();
    for (State s : cow) {
      addNames(s.name(), List.of(s));
    }
    for (State s : gw) {
      addNames(s.name(), List.of(s));
    }
    for (IsoPair p : iso) {
      if (p.cown() != 0) {
        addNames(p.name(), cowByCode.getOrDefault(p.cown(), List.of()));
      }
      if (p.gwn() != 0) {
        addNames(p.name(), gwByCode.getOrDefault(p.gwn(), List.of()));
      }
    }
  }

  /**
   * The lists: the bundled G&amp;W iisystem.dat (2017) and our ISO 3166 pairs from countrycode
   * 1.7.0.1, and COW's states2016.csv from the download cache if it is there (COW's terms keep it
   * out of the jar; add it once with {@code ConflictData.cache().add(path)}). Read once and
   * shared; while COW's list is absent, each call looks for it in the cache again.
   *
   * <p>Without COW's list, every G&amp;W lookup, the G&amp;W -&gt; ISO3 crosswalk and G&amp;W
   * panels work; {@link #notes()} says what is missing, and only COW lookups (COW numbers,
   * G&amp;W -&gt; COW columns, COW panels) throw, saying how to add the list.
   *
   * @return the shared crosswalk
   */
  public static CountryCodes load() {
    CountryCodes c = bundled;
    if (c == null || (c.cowMissing != null && Builder.cachedCowList().isPresent())) {
      synchronized (CountryCodes.class) {
        c = bundled;
        if (c == null || (c.cowMissing != null && Builder.cachedCowList().isPresent())) {
          c = builder().build();
          bundled = c;
        }
      }
    }
    return c;
  }

  /**
   * Options for reading other releases of the lists; unset files default to the bundled ones.
   *
   * @return a builder whose unset files are the bundled ones
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Mutable configurator: each setter returns this builder; {@link #build()} reads the files. */
  public static final class Builder {
    private byte[] cowBytes;
    private String cowName;
    private byte[] gwBytes;
    private String gwName;
    private byte[] isoBytes;
    private String isoName;

    Builder() {}

    /**
     * A COW State System Membership list in states2016.csv's layout.
     *
     * @param file path of the CSV file
     * @return this builder
     */
    public Builder cowStates(Path file) {
      cowBytes = read(file);
      cowName = file.toString();
      return this;
    }

    /**
     * A COW list from a stream; {@code name} is used in error messages.
     *
     * @param in the list's bytes, read at once
     * @param name the file name to report in errors
     * @return this builder
     */
    public Builder cowStates(InputStream in, String name) {
      cowBytes = read(in, name);
      cowName = name;
      return this;
    }

    /**
     * A G&amp;W list in iisystem.dat's layout (tab-separated, no header, dd:mm:yyyy).
     *
     * @param file path of the tab-separated file
     * @return this builder
     */
    public Builder gwStates(Path file) {
      gwBytes = read(file);
      gwName = file.toString();
      return this;
    }

    /**
     * A G&amp;W list from a stream; {@code name} is used in error messages.
     *
     * @param in the list's bytes, read at once
     * @param name the file name to report in errors
     * @return this builder
     */
    public Builder gwStates(InputStream in, String name) {
      gwBytes = read(in, name);
      gwName = name;
      return this;
    }

    /**
     * A code-pair table in iso3-crosswalk.csv's layout ({@code cown,gwn,iso3c,name}).
     *
     * @param file path of the CSV file
     * @return this builder
     */
    public Builder isoPairs(Path file) {
      isoBytes = read(file);
      isoName = file.toString();
      return this;
    }

    /**
     * A code-pair table from a stream; {@code name} is used in error messages.
     *
     * @param in the table's bytes, read at once
     * @param name the file name to report in errors
     * @return this builder
     */
    public Builder isoPairs(InputStream in, String name) {
      isoBytes = read(in, name);
      isoName = name;
      return this;
    }

    /**
     * Reads and checks the lists.
     *
     * @return the checked lists
     * @throws io.github.conflictdata.DatasetFormatException naming file, line and column of every
     *     malformed record
     */
    public CountryCodes build() {
      Path cached = cowBytes != null ? null : cachedCowList().orElse(null);
      byte[] c = cowBytes != null ? cowBytes : cached != null ? read(cached) : null;
      byte[] g = gwBytes != null ? gwBytes : resource(GW_FILE);
      byte[] i = isoBytes != null ? isoBytes : resource(ISO_FILE);
      String cn = cowBytes != null ? cowName : cached != null ? cached.toString() : null;
      String gn = gwBytes != null ? gwName : GW_FILE;
      String in = isoBytes != null ? isoName : ISO_FILE;
      List<Source> sources = new ArrayList<>();
      if (c != null) {
        sources.add(new Source(cn, sha256(c), COW_CITATION,
            "No licence in file; COW distributes free with citation requirement"));
      }
      sources.add(new Source(gn, sha256(g), GW_CITATION, "No licence stated in file"));
      sources.add(new Source(in, sha256(i), ISO_CITATION,
          "Facts (code pairs) extracted from the GPL-3 countrycode codelist"));
      return new CountryCodes(
          c == null ? List.of() : StateLists.parseCow(c, cn), StateLists.parseGw(g, gn),
          StateLists.parseIso(i, in), sources, c == null ? cowMissingMessage() : null);
    }

    private static byte[] read(Path file) {
      try {
        return Files.readAllBytes(file);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
    }

    private static byte[] read(InputStream in, String name) {
      try (in) {
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + name, e);
      }
    }

    /**
     * COW's list from the download cache or a data folder ({@code CONFLICTDATA_SHARED}, the
     * project's ../shared/data): COW's terms forbid redistribution, so the jar does not ship it.
     */
    static Optional<Path> cachedCowList() {
      return Releases.fromEnvironment().localCowStateList();
    }

    private static String cowMissingMessage() {
      Releases releases = Releases.fromEnvironment();
      return "COW's State System Membership list (" + COW_FILE + ") is needed for COW codes but"
          + " is not shipped with conflictdata (COW's terms forbid redistribution) and is neither in"
          + " the conflictdata cache (" + releases.cacheDir() + ") nor in a data folder "
          + Releases.dataFolders() + ": G&W codes, G&W -> ISO3 and G&W panels work without it;"
          + " COW numbers and G&W -> COW need it. Add your copy once with"
          + " ConflictData.cache().add(Path.of(\"" + COW_FILE + "\")) or put it in the folder"
          + " CONFLICTDATA_SHARED names (COW publishes it at"
          + " https://correlatesofwar.org/data-sets/state-system-membership/), or pass it with"
          + " CountryCodes.builder().cowStates(path).build().";
    }

    private static byte[] resource(String file) {
      InputStream in = CountryCodes.class.getResourceAsStream(RESOURCE_DIR + file);
      if (in == null) {
        throw new IllegalStateException("bundled resource " + RESOURCE_DIR + file
            + " is missing from the class path (is data/ on the build's resources?)");
      }
      return read(in, file);
    }
  }

  // ---------------------------------------------------------------- lists

  /**
   * Every COW membership spell, by number then start date.
   *
   * @return the COW spells, unmodifiable; empty when COW's list is absent
   */
  public List<State> cowStates() {
    return cow;
  }

  /**
   * What this crosswalk lacks: one line when COW's state list was not found (which lookups need
   * it and how to add it), else nothing.
   *
   * @return the notes, empty when every list was read
   */
  public List<String> notes() {
    return cowMissing == null ? List.of() : List.of(cowMissing);
  }

  /**
   * Fails when COW's state list is absent, for lookups that need COW numbers.
   *
   * @throws IllegalStateException saying how to add COW's list
   */
  void requireCow() {
    if (cowMissing != null) {
      throw new IllegalStateException(cowMissing);
    }
  }

  /**
   * Every G&amp;W membership spell, by number then start date.
   *
   * @return the G&amp;W spells, unmodifiable
   */
  public List<State> gwStates() {
    return gw;
  }

  /**
   * What the lists hold: {@code CountryCodes: COW 243 spells of 217 states (states2016.csv), G&W
   * ... (iisystem.dat), 249 ISO 3166 pairs (iso3-crosswalk.csv)}.
   */
  @Override
  public String toString() {
    return "CountryCodes: COW " + cow.size() + " spells of " + cowByCode.size() + " states ("
        + fileName(sources.get(0).name()) + "), G&W " + gw.size() + " spells of "
        + gwByCode.size() + " states (" + fileName(sources.get(1).name()) + "), " + iso.size()
        + " ISO 3166 pairs (" + fileName(sources.get(2).name()) + ")";
  }

  private static String fileName(String path) {
    return path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  }

  /**
   * The files read, with SHA-256, citation and licence, for footnotes.
   *
   * @return one source per file read
   */
  public List<Source> sources() {
    return sources;
  }

  /**
   * All spells of one number, oldest first.
   *
   * @param system COW or GW
   * @param code the state number
   * @return the spells, oldest first
   * @throws UnknownCodeException if the list does not hold the number
   */
  public List<State> spells(CodeSystem system, int code) {
    return spells(system, code, null);
  }

  // ---------------------------------------------------------------- by code and date

  /**
   * The COW state numbered {@code ccode} on {@code date}, or empty if it is not a member then.
   *
   * @param ccode the COW state number
   * @param date the day asked for
   * @return the spell containing {@code date}; empty if none does
   */
  public Optional<State> cowState(int ccode, LocalDate date) {
    return state(CodeSystem.COW, ccode, date);
  }

  /**
   * The COW state numbered {@code ccode} in {@code year} (its latest spell touching the year).
   *
   * @param ccode the COW state number
   * @param year the year asked for
   * @return the latest spell touching {@code year}; empty if none does
   */
  public Optional<State> cowState(int ccode, Year year) {
    return state(CodeSystem.COW, ccode, year);
  }

  /**
   * The G&amp;W state numbered {@code gwno} on {@code date}, or empty if not a member then.
   *
   * @param gwno the G&amp;W state number
   * @param date the day asked for
   * @return the spell containing {@code date}; empty if none does
   */
  public Optional<State> gwState(int gwno, LocalDate date) {
    return state(CodeSystem.GW, gwno, date);
  }

  /**
   * The G&amp;W state numbered {@code gwno} in {@code year} (its latest spell touching it).
   *
   * @param gwno the G&amp;W state number
   * @param year the year asked for
   * @return the latest spell touching {@code year}; empty if none does
   */
  public Optional<State> gwState(int gwno, Year year) {
    return state(CodeSystem.GW, gwno, year);
  }

  /**
   * The spell of {@code code} containing {@code date}.
   *
   * @param system COW or GW
   * @param code the state number
   * @param date the day asked for
   * @return the spell; empty if the number is listed but not a member on {@code date}
   * @throws UnknownCodeException if the list does not hold the number at all
   */
  public Optional<State> state(CodeSystem system, int code, LocalDate date) {
    Objects.requireNonNull(date, "date");
    for (State s : spells(system, code, date)) {
      if (s.contains(date)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /**
   * The latest spell of {@code code} touching {@code year}.
   *
   * @param system COW or GW
   * @param code the state number
   * @param year the year asked for
   * @return the spell; empty if the number is listed but touches no day of {@code year}
   * @throws UnknownCodeException if the list does not hold the number at all
   */
  public Optional<State> state(CodeSystem system, int code, Year year) {
    List<State> spells = spells(system, code, year.atDay(1), "in " + year);
    for (int i = spells.size() - 1; i >= 0; i--) {
      if (spells.get(i).overlapsYear(year.getValue())) {
        return Optional.of(spells.get(i));
      }
    }
    return Optional.empty();
  }

  /**
   * Like {@link #state(CodeSystem, int, LocalDate)}, but a number that is listed and not a member
   * on that date is an error too, whose message lists the number's spells.
   *
   * @param system COW or GW
   * @param code the state number
   * @param date the day asked for
   * @return the spell containing {@code date}
   * @throws UnknownCodeException if the number is not listed or not a member on {@code date}
   */
  public State requireState(CodeSystem system, int code, LocalDate date) {
    Optional<State> s = state(system, code, date);
    if (s.isEmpty()) {
      List<State> spells = spells(system, code, date);
      throw new UnknownCodeException(system, Integer.toString(code), date, spells,
          notMember(system, code, date));
    }
    return s.get();
  }

  // ---------------------------------------------------------------- crosswalk

  /**
   * The COW number of the state that G&amp;W numbers {@code gwno}, on {@code date}. Empty when
   * {@code gwno} is not a G&amp;W member on that date, or COW lists no counterpart then.
   *
   * @param gwno the G&amp;W state number
   * @param date the day asked for
   * @return the COW number; empty as described above
   * @throws UnknownCodeException if G&amp;W does not list {@code gwno}
   */
  public OptionalInt gwToCow(int gwno, LocalDate date) {
    return convert(CodeSystem.GW, gwno, date);
  }

  /**
   * {@link #gwToCow(int, LocalDate)} on the reference day of {@code year} (see the class rules).
   *
   * @param gwno the G&amp;W state number
   * @param year the year asked for
   * @return the COW number; empty when there is none on the reference day
   */
  public OptionalInt gwToCow(int gwno, Year year) {
    Optional<LocalDate> d = referenceDay(CodeSystem.GW, gwno, year);
    return d.isEmpty() ? OptionalInt.empty() : convert(CodeSystem.GW, gwno, d.get());
  }

  /**
   * The G&amp;W number of the state that COW numbers {@code ccode}, on {@code date}. Empty when
   * {@code ccode} is not a COW member on that date, or G&amp;W lists no counterpart then.
   *
   * @param ccode the COW state number
   * @param date the day asked for
   * @return the G&amp;W number; empty as described above
   * @throws UnknownCodeException if COW does not list {@code ccode}
   */
  public OptionalInt cowToGw(int ccode, LocalDate date) {
    return convert(CodeSystem.COW, ccode, date);
  }

  /**
   * {@link #cowToGw(int, LocalDate)} on the reference day of {@code year}.
   *
   * @param ccode the COW state number
   * @param year the year asked for
   * @return the G&amp;W number; empty when there is none on the reference day
   */
  public OptionalInt cowToGw(int ccode, Year year) {
    Optional<LocalDate> d = referenceDay(CodeSystem.COW, ccode, year);
    return d.isEmpty() ? OptionalInt.empty() : convert(CodeSystem.COW, ccode, d.get());
  }

  /**
   * The ISO 3166 alpha-3 code of a COW or G&amp;W state on {@code date}: countrycode's pair of the
   * number, else the pair of its counterpart in the other list. Empty when the number is not a
   * member on that date or no pair exists (COW 265, the GDR, has none in countrycode).
   *
   * @param system COW or GW
   * @param code the state number
   * @param date the day asked for
   * @return the alpha-3 code; empty as described above
   * @throws UnknownCodeException if the list does not hold the number
   */
  public Optional<String> iso3(CodeSystem system, int code, LocalDate date) {
    if (state(system, code, date).isEmpty()) {
      return Optional.empty();
    }
    Optional<String> direct = isoOf(system, code);
    if (direct.isPresent()) {
      return direct;
    }
    OptionalInt other = convert(system, code, date);
    return other.isEmpty() ? Optional.empty() : isoOf(other(system), other.getAsInt());
  }

  /** iso3 of a member on {@code date}, the fallback counterpart found by convertNearest. */
  Optional<String> iso3Nearest(CodeSystem system, int code, LocalDate date) {
    Optional<String> exact = iso3(system, code, date);
    if (exact.isPresent() || state(system, code, date).isEmpty()) {
      return exact;
    }
    OptionalInt other = convertNearest(system, code, date);
    return other.isEmpty() ? Optional.empty() : isoOf(other(system), other.getAsInt());
  }

  /**
   * {@link #iso3(CodeSystem, int, LocalDate)} on the reference day of {@code year}.
   *
   * @param system COW or GW
   * @param code the state number
   * @param year the year asked for
   * @return the alpha-3 code; empty when there is none on the reference day
   */
  public Optional<String> iso3(CodeSystem system, int code, Year year) {
    Optional<LocalDate> d = referenceDay(system, code, year);
    return d.isEmpty() ? Optional.empty() : iso3(system, code, d.get());
  }

  /**
   * The COW or G&amp;W state that an ISO 3166 alpha-3 code stands for on {@code date}: a number
   * countrycode pairs with the code in {@code target}'s list, or the counterpart of one paired in
   * the other list ({@code fromIso3("DEU", COW, 1970-01-01)} -&gt; COW 260 via G&amp;W 260).
   *
   * @param iso3 the alpha-3 code, e.g. {@code "DEU"}
   * @param target the list to answer in, COW or GW
   * @param date the day asked for
   * @return the state; empty when no member of {@code target} stands for the code then
   * @throws UnknownCodeException if no countrycode pair holds {@code iso3}
   */
  public Optional<State> fromIso3(String iso3, CodeSystem target, LocalDate date) {
    if (target == CodeSystem.ISO3) {
      throw new IllegalArgumentException("target must be COW or GW");
    }
    String code = iso3.trim().toUpperCase(Locale.ROOT);
    List<IsoPair> pairs = iso.stream().filter(p -> p.iso3c().equals(code)).toList();
    if (pairs.isEmpty()) {
      throw new UnknownCodeException(CodeSystem.ISO3, iso3, date, List.of(),
          "ISO 3166 alpha-3 code '" + iso3 + "' is in none of countrycode's code pairs ("
              + ISO_FILE + ", " + iso.size() + " rows); it may be a code without a COW or"
              + " G&W state (a territory), or misspelt");
    }
    for (IsoPair p : pairs) {
      int n = target == CodeSystem.COW ? p.cown() : p.gwn();
      if (n != 0) {
        Optional<State> s = state(target, n, date);
        if (s.isPresent()) {
          return s;
        }
      }
    }
    CodeSystem source = other(target);
    for (IsoPair p : pairs) {
      int n = source == CodeSystem.COW ? p.cown() : p.gwn();
      if (n != 0 && state(source, n, date).isPresent()) {
        OptionalInt t = convert(source, n, date);
        if (t.isPresent()) {
          return state(target, t.getAsInt(), date);
        }
      }
    }
    return Optional.empty();
  }

  // ---------------------------------------------------------------- names

  /**
   * Every COW and G&amp;W spell whose name matches, ignoring case, diacritics and punctuation
   * ("cote d'ivoire", "Württemberg", "wurttemberg"). A list name also answers to its parts
   * ("Russia (Soviet Union)" to "Soviet Union", "Italy/Sardinia" to "Sardinia", "Korea, Republic
   * of" to "Republic of Korea"), and countrycode's English name answers for the numbers it pairs
   * ("Germany" finds G&amp;W 260 as well as COW 255). Sorted COW first, then by number and start.
   *
   * @param name the name to match, in any case and with or without diacritics
   * @return the matching spells of both lists; empty when no name matches
   */
  public List<State> byName(String name) {
    Set<State> hits = byName.get(Names.normalize(name));
    if (hits == null) {
      return List.of();
    }
    List<State> out = new ArrayList<>(hits);
    out.sort(Comparator.comparing(State::system).thenComparingInt(State::code)
        .thenComparing(State::start));
    return out;
  }

  /**
   * Every normalised name the lists give the states {@code given} names ({@link #byName}, or an
   * ISO 3166 alpha-3 code through countrycode's pairs): all spells' names of those numbers and
   * countrycode's names for them, with their parts ({@link Names#variants}). For {@link
   * Names#resolveCountry}: "Burma" finds G&amp;W 775, whose names include "Myanmar".
   */
  Set<String> nameForms(String given) {
    Set<State> states = new java.util.LinkedHashSet<>(byName(given));
    String code = given.trim().toUpperCase(Locale.ROOT);
    for (IsoPair p : iso) {
      if (code.length() == 3 && p.iso3c().equals(code)) {
        states.addAll(cowByCode.getOrDefault(p.cown(), List.of()));
        states.addAll(gwByCode.getOrDefault(p.gwn(), List.of()));
      }
    }
    Set<String> forms = new java.util.LinkedHashSet<>();
    for (State s : states) {
      Map<Integer, List<State>> byCode = s.system() == CodeSystem.COW ? cowByCode : gwByCode;
      for (State spell : byCode.getOrDefault(s.code(), List.of())) {
        forms.addAll(Names.variants(spell.name()));
      }
      for (IsoPair p : iso) {
        if (s.system() == CodeSystem.COW ? p.cown() == s.code() : p.gwn() == s.code()) {
          forms.addAll(Names.variants(p.name()));
          if (!p.iso3c().isEmpty()) {
            forms.add(Names.normalize(p.iso3c()));
          }
        }
      }
    }
    return forms;
  }

  /**
   * {@link #byName(String)} restricted to spells that contain {@code date}.
   *
   * @param name the name to match, as for {@link #byName(String)}
   * @param date the day the spells must contain
   * @return the matching spells; empty when none contains {@code date}
   */
  public List<State> byName(String name, LocalDate date) {
    return byName(name).stream().filter(s -> s.contains(date)).toList();
  }

  // ---------------------------------------------------------------- tables

  /**
   * Adds {@code ccode}, {@code gwno} or {@code iso3} columns to a copy of {@code table}:
   * {@code codes.columns(acd).from("gwno_a", GW).year("year").add(COW).explode().apply()}.
   *
   * @param table the table to add code columns to (it is not changed)
   * @return a builder for the columns to add
   */
  public CodeColumns columns(Table table) {
    return new CodeColumns(this, table);
  }

  /**
   * {@link #columns(Table)} of a dataset's table: {@code codes.columns(acd.where(...))}.
   *
   * @param dataset the dataset
   * @return the column builder
   */
  public CodeColumns columns(io.github.conflictdata.Dataset dataset) {
    return columns(dataset.table());
  }

  /**
   * One list as a table, one row per spell: {@code ccode} or {@code gwno}, {@code abbreviation},
   * {@code name}, {@code start}, {@code end} (as written in the list) and {@code open}.
   *
   * @param system COW or GW
   * @return a new table of the list's spells
   */
  public Table table(CodeSystem system) {
    if (system == CodeSystem.COW) {
      requireCow();
    }
    List<State> spells = system == CodeSystem.COW ? cow : system == CodeSystem.GW ? gw : null;
    if (spells == null) {
      throw new IllegalArgumentException("COW or GW expected, found ISO3");
    }
    IntColumn code = IntColumn.create(system.defaultColumn());
    StringColumn abb = StringColumn.create("abbreviation");
    StringColumn name = StringColumn.create("name");
    DateColumn start = DateColumn.create("start");
    DateColumn end = DateColumn.create("end");
    BooleanColumn open = BooleanColumn.create("open");
    for (State st : spells) {
      code.append(st.code());
      abb.append(st.abbreviation());
      name.append(st.name());
      start.append(st.start());
      end.append(st.end());
      open.append(st.open());
    }
    return Table.create(system == CodeSystem.COW ? COW_FILE : GW_FILE,
        code, abb, name, start, end, open);
  }

  /**
   * A state-year panel of one list: a row for every number and year from {@code fromYear} to
   * {@code toYear} in which it is a member on any day, with the counterpart in the other list and
   * the ISO code, by the year rule of this class. Columns: {@code year}, the list's number
   * ({@code ccode} or {@code gwno}), {@code name}, the other list's number (missing where it has
   * none), {@code iso3}.
   *
   * @param system COW or GW
   * @param fromYear first year of the panel
   * @param toYear last year of the panel, inclusive
   * @return a new table, one row per member and year
   */
  public Table stateYears(CodeSystem system, int fromYear, int toYear) {
    if (system == CodeSystem.COW) {
      requireCow();
    }
    CodeSystem to = other(system);
    Map<Integer, List<State>> mine = system == CodeSystem.COW ? cowByCode : gwByCode;
    IntColumn year = IntColumn.create("year");
    IntColumn code = IntColumn.create(system.defaultColumn());
    StringColumn name = StringColumn.create("name");
    IntColumn counterpart = IntColumn.create(to.defaultColumn());
    StringColumn iso3 = StringColumn.create(CodeSystem.ISO3.defaultColumn());
    for (int y = fromYear; y <= toYear; y++) {
      Year yy = Year.of(y);
      for (int n : new TreeSet<>(mine.keySet())) {
        Optional<State> st = state(system, n, yy);
        if (st.isEmpty()) {
          continue;
        }
        LocalDate day = referenceDay(system, n, yy).orElseThrow();
        year.append(y);
        code.append(n);
        name.append(st.get().name());
        OptionalInt c = convert(system, n, day);
        if (c.isPresent()) {
          counterpart.append(c.getAsInt());
        } else {
          counterpart.appendMissing();
        }
        Optional<String> iso = iso3(system, n, day);
        if (iso.isPresent()) {
          iso3.append(iso.get());
        } else {
          iso3.appendMissing();
        }
      }
    }
    return Table.create(system.defaultColumn() + " state-years " + fromYear + "-" + toYear,
        year, code, name, counterpart, iso3);
  }

  // ---------------------------------------------------------------- internals

  /** The day a year-based lookup uses: min(Dec 31, spell end) of the latest spell in the year. */
  Optional<LocalDate> referenceDay(CodeSystem system, int code, Year year) {
    return state(system, code, year).map(s -> {
      LocalDate last = year.atDay(year.length());
      return s.open() || s.end().isAfter(last) ? last : s.end();
    });
  }

  /** COW -&gt; GW or GW -&gt; COW on a date; empty if not a member or no counterpart. */
  OptionalInt convert(CodeSystem from, int code, LocalDate date) {
    if (state(from, code, date).isEmpty()) {
      return OptionalInt.empty();
    }
    CodeSystem to = other(from);
    Map<Integer, List<State>> target = to == CodeSystem.COW ? cowByCode : gwByCode;
    if (target.containsKey(code) && member(target.get(code), date)) {
      return OptionalInt.of(code);
    }
    for (SameState pair : SAME_STATE) {
      int mine = from == CodeSystem.GW ? pair.gwno() : pair.ccode();
      int theirs = from == CodeSystem.GW ? pair.ccode() : pair.gwno();
      if (mine == code && target.containsKey(theirs) && member(target.get(theirs), date)) {
        return OptionalInt.of(theirs);
      }
    }
    return OptionalInt.empty();
  }

  /**
   * The day of {@code code}'s spell nearest to {@code date}: {@code date} itself if it is a member
   * then, else the start or end of the closest spell.
   */
  LocalDate nearestDay(CodeSystem system, int code, LocalDate date) {
    LocalDate best = null;
    long bestGap = Long.MAX_VALUE;
    for (State s : spells(system, code, date)) {
      if (s.contains(date)) {
        return date;
      }
      LocalDate day = date.isBefore(s.start()) ? s.start() : s.end();
      long gap = Math.abs(day.toEpochDay() - date.toEpochDay());
      if (gap < bestGap) {
        best = day;
        bestGap = gap;
      }
    }
    return best;
  }

  /**
   * Like {@link #convert}, but when no counterpart is a member on {@code date}, the candidate (the
   * same number, or the other number of a {@link #SAME_STATE} pair) whose spell is nearest.
   */
  OptionalInt convertNearest(CodeSystem from, int code, LocalDate date) {
    OptionalInt exact = convert(from, code, date);
    if (exact.isPresent() || state(from, code, date).isEmpty()) {
      return exact;
    }
    CodeSystem to = other(from);
    Map<Integer, List<State>> target = to == CodeSystem.COW ? cowByCode : gwByCode;
    List<Integer> candidates = new ArrayList<>();
    if (target.containsKey(code)) {
      candidates.add(code);
    }
    for (SameState pair : SAME_STATE) {
      int mine = from == CodeSystem.GW ? pair.gwno() : pair.ccode();
      int theirs = from == CodeSystem.GW ? pair.ccode() : pair.gwno();
      if (mine == code && target.containsKey(theirs)) {
        candidates.add(theirs);
      }
    }
    int best = -1;
    long bestGap = Long.MAX_VALUE;
    for (int c : candidates) {
      long gap = Math.abs(nearestDay(to, c, date).toEpochDay() - date.toEpochDay());
      if (gap < bestGap) {
        best = c;
        bestGap = gap;
      }
    }
    return best < 0 ? OptionalInt.empty() : OptionalInt.of(best);
  }

  /** Explains why {@code code} has no spell on {@code date} (for errors and problems). */
  String notMember(CodeSystem system, int code, LocalDate date) {
    return notMember(system, code, date, "on " + date);
  }

  /** Explains why {@code code} has no spell at {@code when} ("on 1950-01-01", "in 1950"). */
  String notMember(CodeSystem system, int code, LocalDate date, String when) {
    List<State> spells = spells(system, code, date, when);
    StringBuilder sb = new StringBuilder();
    sb.append(system.title()).append(' ').append(code).append(" (")
        .append(spells.get(0).abbreviation()).append(' ').append(spells.get(0).name())
        .append(") is not a member ").append(when).append("; its spells in ")
        .append(fileOf(system)).append(": ");
    sb.append(String.join(", ", spells.stream().map(CountryCodes::period).toList()));
    return sb.toString();
  }

  /** Explains why a member has no counterpart in the other list on {@code date}. */
  String noCounterpart(CodeSystem system, int code, LocalDate date) {
    CodeSystem to = other(system);
    State s = state(system, code, date).orElseThrow();
    StringBuilder sb = new StringBuilder();
    sb.append(s.system() == CodeSystem.COW ? "COW " : "G&W ").append(code).append(' ')
        .append(s.name()).append(" has no ").append(to.title()).append(" on ").append(date);
    Map<Integer, List<State>> target = to == CodeSystem.COW ? cowByCode : gwByCode;
    List<State> same = target.get(code);
    if (same != null) {
      sb.append("; ").append(to == CodeSystem.COW ? "COW " : "G&W ").append(code).append(' ')
          .append(same.get(0).name()).append(" spells: ")
          .append(String.join(", ", same.stream().map(CountryCodes::period).toList()));
    } else {
      sb.append("; ").append(fileOf(to)).append(" does not list ").append(code);
    }
    return sb.toString();
  }

  Optional<String> isoOf(CodeSystem system, int code) {
    for (IsoPair p : iso) {
      int n = system == CodeSystem.COW ? p.cown() : p.gwn();
      if (n == code && !p.iso3c().isEmpty()) {
        return Optional.of(p.iso3c());
      }
    }
    return Optional.empty();
  }

  boolean knownIso3(String code) {
    return iso.stream().anyMatch(p -> p.iso3c().equals(code));
  }

  static CodeSystem other(CodeSystem s) {
    if (s == CodeSystem.ISO3) {
      throw new IllegalArgumentException("COW or GW expected, found ISO3");
    }
    return s == CodeSystem.COW ? CodeSystem.GW : CodeSystem.COW;
  }

  private static boolean member(List<State> spells, LocalDate date) {
    for (State s : spells) {
      if (s.contains(date)) {
        return true;
      }
    }
    return false;
  }

  private List<State> spells(CodeSystem system, int code, LocalDate date) {
    return spells(system, code, date, date == null ? null : "on " + date);
  }

  /** @param when how to name the date in a message ("on 1948-01-01", "in 1948"), or null */
  private List<State> spells(CodeSystem system, int code, LocalDate date, String when) {
    Map<Integer, List<State>> m;
    if (system == CodeSystem.COW) {
      requireCow();
      m = cowByCode;
    } else if (system == CodeSystem.GW) {
      m = gwByCode;
    } else {
      throw new IllegalArgumentException("ISO3 codes are letters: use iso3(...) / fromIso3(...)");
    }
    List<State> spells = m.get(code);
    if (spells == null) {
      throw unknown(system, code, date, when);
    }
    return spells;
  }

  private UnknownCodeException unknown(
      CodeSystem system, int code, LocalDate date, String when) {
    Map<Integer, List<State>> mine = system == CodeSystem.COW ? cowByCode : gwByCode;
    CodeSystem to = other(system);
    Map<Integer, List<State>> theirs = to == CodeSystem.COW ? cowByCode : gwByCode;
    StringBuilder sb = new StringBuilder();
    sb.append(system.title()).append(' ').append(code).append(" is not in ")
        .append(fileOf(system)).append(" (").append(mine.size()).append(" numbers)");
    if (when != null) {
      sb.append(", looked up ").append(when);
    }
    List<State> theirSpells = theirs.get(code);
    if (theirSpells != null) {
      State t = theirSpells.get(0);
      sb.append(". ").append(fileOf(to)).append(" lists ").append(code).append(" as ")
          .append(t.abbreviation()).append(' ').append(t.name()).append(" (")
          .append(String.join(", ", theirSpells.stream().map(CountryCodes::period).toList()))
          .append(")");
      for (SameState pair : SAME_STATE) {
        int their = to == CodeSystem.GW ? pair.gwno() : pair.ccode();
        int own = to == CodeSystem.GW ? pair.ccode() : pair.gwno();
        if (their == code) {
          sb.append(", which ").append(fileOf(system)).append(" numbers ").append(own);
        }
      }
    }
    if (OUTSIDE_LISTS.containsKey(code)) {
      sb.append(". ").append(OUTSIDE_LISTS.get(code));
    }
    List<State> near = nearest(mine, code);
    if (!near.isEmpty()) {
      sb.append(". Nearest listed numbers: ").append(String.join(", ", near.stream()
          .map(s -> s.code() + " " + s.abbreviation() + " " + s.name()).toList()));
    }
    return new UnknownCodeException(system, Integer.toString(code), date, near, sb.toString());
  }

  /** The first spell of up to two listed numbers below and two above {@code code}. */
  private static List<State> nearest(Map<Integer, List<State>> m, int code) {
    TreeMap<Integer, List<State>> t = new TreeMap<>(m);
    List<State> out = new ArrayList<>();
    Integer k = code;
    for (int i = 0; i < 2 && (k = t.lowerKey(k)) != null; i++) {
      out.add(0, t.get(k).get(0));
    }
    k = code;
    for (int i = 0; i < 2 && (k = t.higherKey(k)) != null; i++) {
      out.add(t.get(k).get(0));
    }
    return out;
  }

  private static String period(State s) {
    return s.start() + ".." + (s.open() ? "" : s.end().toString());
  }

  static String fileOf(CodeSystem system) {
    return system == CodeSystem.COW ? "COW " + COW_FILE : "G&W " + GW_FILE;
  }

  private void addNames(String name, List<State> states) {
    for (String v : Names.variants(name)) {
      byName.computeIfAbsent(v, k -> new LinkedHashSet<>()).addAll(states);
    }
  }

  private static Map<Integer, List<State>> index(List<State> states) {
    Map<Integer, List<State>> m = new LinkedHashMap<>();
    for (State s : states) {
      m.computeIfAbsent(s.code(), k -> new ArrayList<>()).add(s);
    }
    m.replaceAll((k, v) -> List.copyOf(v));
    return Map.copyOf(m);
  }

  private static String sha256(byte[] data) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
