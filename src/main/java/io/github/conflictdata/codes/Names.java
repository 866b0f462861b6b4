package io.github.conflictdata.codes;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Names a user types, matched to the spelling a dataset uses: "Myanmar" to GED's "Myanmar
 * (Burma)", "cote d'ivoire" to "Côte d’Ivoire", "MMR" or "Burma" to whatever the data calls that
 * state. A name that matches nothing is an error listing the nearest spellings, never a silent
 * empty filter.
 *
 * <p>{@link #resolve} tries, in order, and stops at the first step that finds exactly one of the
 * data's spellings (several at one step: an error listing them):
 *
 * <ol>
 *   <li>the name exactly as written;
 *   <li>ignoring case, diacritics and punctuation ({@code "cote d ivoire"});
 *   <li>a part of the data's spelling: the text outside or inside parentheses ("Myanmar (Burma)"
 *       answers to "Myanmar" and "Burma"), either side of a slash, "X, Y" turned round;
 *   <li>for countries ({@link #resolveCountry}), the codes crosswalk: an ISO 3166 alpha-3 code or a
 *       COW, G&amp;W or countrycode name finds the state, and any name the lists give that state
 *       finds the data's spelling ("Burma", "MMR", "Zaire");
 *   <li>the first words of the data's spelling ("Rakhine" for "Rakhine State").
 * </ol>
 */
public final class Names {
  private Names() {}

  /**
   * The one spelling among {@code spellings} that {@code given} stands for (steps 1, 2, 3 and 5
   * above).
   *
   * @param given the name the user typed
   * @param spellings the names the data holds (a column's distinct values)
   * @param what what is named, for the message ("country", "adm_1 area", "actor")
   * @return the data's spelling
   * @throws IllegalArgumentException if nothing or several match, listing the nearest spellings
   */
  public static String resolve(String given, Collection<String> spellings, String what) {
    return resolve(given, spellings, what, Set.of());
  }

  /**
   * The one country among {@code spellings} that {@code given} stands for: every step above, with
   * the codes crosswalk ({@link CountryCodes#byName}, ISO3 codes and every name the lists give the
   * same state). Without COW's list in the cache (until the crosswalk loads without it) step 4
   * is skipped; the others still apply.
   *
   * @param given the country name or ISO3 code the user typed
   * @param spellings the country names the data holds
   * @return the data's spelling
   * @throws IllegalArgumentException if nothing or several match, listing the nearest spellings
   */
  public static String resolveCountry(String given, Collection<String> spellings) {
    Set<String> forms = Set.of();
    if (given != null && !spellings.contains(given)) {
      CountryCodes codes = crosswalk();
      if (codes != null) {
        forms = codes.nameForms(given);
      }
    }
    return resolve(given, spellings, "country", forms);
  }

  private static CountryCodes crosswalk() {
    try {
      return CountryCodes.load();
    } catch (IllegalStateException | java.io.UncheckedIOException e) {
      return null; // COW's list not in the cache: the data's own names still resolve
    }
  }

  private static String resolve(
      String given, Collection<String> spellings, String what, Set<String> crosswalkForms) {
    if (given == null || given.isBlank()) {
      throw new IllegalArgumentException("a " + what + " name is needed, not '" + given + "'");
    }
    if (spellings.contains(given)) {
      return given;
    }
    Set<String> distinct = new TreeSet<>(spellings);
    distinct.remove("");
    String n = normalize(given);
    List<String> hits = new ArrayList<>();
    for (String s : distinct) {
      if (normalize(s).equals(n)) {
        hits.add(s);
      }
    }
    if (hits.isEmpty()) {
      for (String s : distinct) {
        if (variants(s).contains(n)) {
          hits.add(s);
        }
      }
    }
    if (hits.isEmpty() && !crosswalkForms.isEmpty()) {
      for (String s : distinct) {
        if (variants(s).stream().anyMatch(crosswalkForms::contains)) {
          hits.add(s);
        }
      }
    }
    if (hits.isEmpty()) {
      for (String s : distinct) {
        if (normalize(s).startsWith(n + " ")) {
          hits.add(s);
        }
      }
    }
    if (hits.size() == 1) {
      return hits.get(0);
    }
    if (hits.size() > 1) {
      throw new IllegalArgumentException(what + " '" + given + "' matches " + hits.size()
          + " spellings in the data: " + hits + "; give one of them as written");
    }
    throw new IllegalArgumentException("no " + what + " '" + given + "' in the data (of "
        + distinct.size() + " names); nearest spellings: " + nearest(given, distinct, 5)
        + (distinct.isEmpty() ? "" : "; give one as the data writes it"));
  }

  /**
   * The {@code n} spellings closest to {@code given}: those starting with it (or it with them)
   * first, then by edit distance between the normalised forms.
   *
   * @param given the name typed
   * @param spellings the names to choose from
   * @param n how many at most
   * @return the nearest spellings, closest first
   */
  public static List<String> nearest(String given, Collection<String> spellings, int n) {
    String g = normalize(given);
    Comparator<String> byDistance = Comparator.comparingInt(s -> distance(g, s));
    return new TreeSet<>(spellings).stream()
        .filter(s -> !s.isEmpty())
        .sorted(byDistance.thenComparing(Comparator.naturalOrder()))
        .limit(n)
        .toList();
  }

  /** Twice the edit distance to the nearest variant of {@code spelling}; a prefix either way is 0. */
  private static int distance(String g, String spelling) {
    int best = Integer.MAX_VALUE;
    for (String v : variants(spelling)) {
      int d = v.startsWith(g) || g.startsWith(v) ? 0 : 2 * levenshtein(g, v);
      best = Math.min(best, d);
    }
    return best;
  }

  private static int levenshtein(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  /**
   * Lower case, diacritics removed (Württemberg -> wurttemberg, Côte -> cote), ß -> ss, &amp; ->
   * and, every run of punctuation and space -> one space ("Cote D’Ivoire" and "cote d'ivoire" ->
   * "cote d ivoire").
   */
  static String normalize(String s) {
    String t = s.replace("ß", "ss").replace("ẞ", "ss").replace("æ", "ae").replace("Æ", "ae")
        .replace("œ", "oe").replace("Œ", "oe").replace("ø", "o").replace("Ø", "o")
        .replace("đ", "d").replace("Đ", "d").replace("ł", "l").replace("Ł", "l")
        .replace("ı", "i").replace("&", " and ");
    t = Normalizer.normalize(t, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    t = t.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    return t;
  }

  /**
   * The normalised forms a list name answers to: the whole name; the text outside and inside
   * parentheses ("Russia (Soviet Union)" -> russia, soviet union); each side of a slash
   * ("Italy/Sardinia"); and "X, Y" turned round ("Korea, Republic of" -> republic of korea).
   */
  static Set<String> variants(String name) {
    Set<String> out = new LinkedHashSet<>();
    add(out, name);
    int open = name.indexOf('(');
    int close = name.lastIndexOf(')');
    String outer = name;
    if (open >= 0 && close > open) {
      outer = (name.substring(0, open) + name.substring(close + 1)).trim();
      add(out, outer);
      for (String inner : name.substring(open + 1, close).split("/")) {
        add(out, inner);
      }
    }
    for (String base : new String[] {name, outer}) {
      if (base.contains("/")) {
        for (String part : base.split("/")) {
          add(out, part);
        }
      }
    }
    int comma = outer.indexOf(',');
    if (comma > 0) {
      add(out, outer.substring(comma + 1).trim() + " " + outer.substring(0, comma).trim());
    }
    return out;
  }

  private static void add(Set<String> out, String s) {
    String n = normalize(s);
    if (!n.isEmpty()) {
      out.add(n);
    }
  }
}
