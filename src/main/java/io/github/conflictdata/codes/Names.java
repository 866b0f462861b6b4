package io.github.conflictdata.codes;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** Name normalisation for case- and diacritic-insensitive lookups. */
final class Names {
  private Names() {}

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
