package io.github.conflictdata.chart;

import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Colours by meaning: a series' colour comes from what it is, not from its position, so that UCDP
 * is the same blue in every chart of a notebook. Known names (matched without case):
 *
 * <ul>
 *   <li>sources: a name that starts with {@code UCDP}, {@code PRIO}, {@code COW}, {@code ACLED}
 *       or {@code claim} (e.g. "UCDP BRD 24.1", "PRIO 3.1", "claims");
 *   <li>estimates: a name that is, or ends in, {@code low}, {@code best} or {@code high}
 *       (e.g. "best", "bd_low"): light, middle and dark blue, in the order of the values;
 *   <li>UCDP GED {@code type_of_violence}: 1, 2, 3 and their codebook labels;
 *   <li>ACLED {@code event_type}: Battles, Violence against civilians, Explosions/Remote
 *       violence, Riots, Protests, Strategic developments.
 * </ul>
 *
 * <p>Any other name gets a stable colour from a hash of its text, from {@link #EXTRA}, which holds
 * none of the reserved colours. {@link #colors(Collection)} gives the colours of one chart's series:
 * the same as {@link #color(String)} unless two unknown names hash to the same colour, in which case
 * the one later in alphabetical order takes the next free one (so the result depends on the set of
 * names, never on their order).
 */
public final class Palette {
  private Palette() {}

  /** Colour of UCDP series (Okabe-Ito blue). */
  public static final Color UCDP = new Color(0x0072B2);
  /** Colour of PRIO series (Okabe-Ito bluish green). */
  public static final Color PRIO = new Color(0x009E73);
  /** Colour of Correlates of War series (Okabe-Ito vermillion). */
  public static final Color COW = new Color(0xD55E00);
  /** Colour of ACLED series (Okabe-Ito reddish purple). */
  public static final Color ACLED = new Color(0xCC79A7);
  /** Colour of claimed figures (governments, news reports): black. */
  public static final Color CLAIMS = new Color(0x000000);
  /** Colour of low estimates (light blue). */
  public static final Color LOW = new Color(0x6BAED6);
  /** Colour of best estimates (middle blue). */
  public static final Color BEST = new Color(0x2171B5);
  /** Colour of high estimates (dark blue). */
  public static final Color HIGH = new Color(0x08306B);
  /** GED type of violence 1, state-based conflict (Okabe-Ito vermillion). */
  public static final Color STATE_BASED = new Color(0xD55E00);
  /** GED type of violence 2, non-state conflict (Okabe-Ito orange). */
  public static final Color NON_STATE = new Color(0xE69F00);
  /** GED type of violence 3, one-sided violence (Okabe-Ito reddish purple, darker). */
  public static final Color ONE_SIDED = new Color(0x9E4F8A);

  private static final Map<String, Color> EXACT = new LinkedHashMap<>();

  static {
    EXACT.put("1", STATE_BASED);
    EXACT.put("state-based conflict", STATE_BASED);
    EXACT.put("state-based", STATE_BASED);
    EXACT.put("2", NON_STATE);
    EXACT.put("non-state conflict", NON_STATE);
    EXACT.put("non-state", NON_STATE);
    EXACT.put("3", ONE_SIDED);
    EXACT.put("one-sided violence", ONE_SIDED);
    EXACT.put("one-sided", ONE_SIDED);
    EXACT.put("battles", new Color(0xD55E00));
    EXACT.put("violence against civilians", new Color(0x9E4F8A));
    EXACT.put("explosions/remote violence", new Color(0xE69F00));
    EXACT.put("riots", new Color(0x56B4E9));
    EXACT.put("protests", new Color(0x009E73));
    EXACT.put("strategic developments", new Color(0x666666));
  }

  private static final Map<String, Color> PREFIX = Map.of(
      "ucdp", UCDP, "prio", PRIO, "cow", COW, "acled", ACLED, "claim", CLAIMS);

  /** The colours given by meaning; {@link #EXTRA} avoids them all. */
  public static final List<Color> RESERVED;

  /**
   * Colours for names without a meaning: 12 colours at least 60 apart (RGB distance) from each
   * other and from every {@link #RESERVED} colour, dark enough for lines on white.
   */
  public static final List<Color> EXTRA = List.of(
      new Color(0x99000D), new Color(0x276419), new Color(0x8E0152), new Color(0x66A61E),
      new Color(0xE7298A), new Color(0x4A1486), new Color(0xE31A1C), new Color(0x8CA252),
      new Color(0xFB8072), new Color(0x17BECF), new Color(0x843C39), new Color(0x7570B3));

  static {
    Set<Color> r = new java.util.LinkedHashSet<>(EXACT.values());
    r.addAll(List.of(UCDP, PRIO, COW, ACLED, CLAIMS, LOW, BEST, HIGH));
    RESERVED = List.copyOf(r);
  }

  /**
   * The colour a name has by meaning.
   *
   * @param name a series name
   * @return its colour, or null when the name has no reserved meaning
   */
  public static Color meaning(String name) {
    if (name == null) {
      return null;
    }
    String n = name.strip().toLowerCase(Locale.ROOT);
    Color exact = EXACT.get(n);
    if (exact != null) {
      return exact;
    }
    for (Map.Entry<String, Color> e : PREFIX.entrySet()) {
      if (n.startsWith(e.getKey())) {
        return e.getValue();
      }
    }
    String[] words = n.split("[^a-z0-9]+");
    String last = words.length == 0 ? "" : words[words.length - 1];
    switch (last) {
      case "low":
        return LOW;
      case "best":
        return BEST;
      case "high":
        return HIGH;
      default:
        return null;
    }
  }

  /**
   * The colour of a series named {@code name}: its meaning's colour, else one of {@link #EXTRA}
   * chosen by a hash of the name (the same in every run and every chart).
   *
   * @param name the series name, e.g. "UCDP BRD 24.1", "best", "One-sided violence"
   * @return its colour, never null
   */
  public static Color color(String name) {
    Color c = meaning(name);
    return c != null ? c : EXTRA.get(slot(name));
  }

  /**
   * The colours of one chart's series: {@link #color(String)} each, except that unknown names
   * sharing a hash colour are moved to the next free {@link #EXTRA} colour, in alphabetical order.
   *
   * @param names the series names of one chart
   * @return name to colour, in the order given
   */
  public static Map<String, Color> colors(Collection<String> names) {
    Map<String, Color> fixed = new LinkedHashMap<>();
    Set<Integer> taken = new HashSet<>();
    Set<String> unknown = new TreeSet<>();
    for (String n : names) {
      if (meaning(n) == null) {
        unknown.add(n == null ? "" : n);
      }
    }
    for (String n : unknown) {
      int s = slot(n);
      for (int k = 0; k < EXTRA.size() && taken.contains(s); k++) {
        s = (s + 1) % EXTRA.size();
      }
      taken.add(s);
      fixed.put(n, EXTRA.get(s));
    }
    Map<String, Color> out = new LinkedHashMap<>();
    for (String n : names) {
      Color m = meaning(n);
      out.put(n, m != null ? m : fixed.get(n == null ? "" : n));
    }
    return Collections.unmodifiableMap(out);
  }

  /** FNV-1a of the UTF-8 name, a stable hash (String.hashCode is stable too, but spreads badly). */
  private static int slot(String name) {
    int h = 0x811C9DC5;
    for (byte b : (name == null ? "" : name).getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xFF;
      h *= 0x01000193;
    }
    return Math.floorMod(h, EXTRA.size());
  }
}
