package io.github.conflictdata.io;

import io.github.conflictdata.DatasetFormatException;
import io.github.conflictdata.DatasetKind;
import io.github.conflictdata.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Detection: which kind's schema a header belongs to, from what the families declare (key and
 * signature columns, one-of columns, columns that betray a look-alike). Knows no dataset itself.
 * A header of no kind gets one problem per kind saying why it did not match.
 */
final class Detector {
  private Detector() {}

  /**
   * The schema of the header: given kind, or the kind whose key columns are all present, whose
   * signature columns are present but for at most one (a re-saved file may lack a non-key
   * column), that has one of its one-of columns and none of the columns that betray a look-alike;
   * among several, the one that recognizes the most header columns. A given kind must pass the
   * same checks (so the Dyadic Dataset is never read as the ACD, nor the ACD as it). When no kind
   * matches, the problems say for every kind why not.
   */
  static Schema choose(
      List<Schema> schemas, DatasetKind want, List<String> header, String name, long headerLine) {
    String shown = String.join(",", header);
    if (want != null) {
      Schema s = schemaFor(schemas, want);
      String why = mismatch(s, header);
      if (why != null) {
        throw new DatasetFormatException(
            name, want, null, new Problem(name, headerLine, 0, "", shown, why));
      }
      return s;
    }
    Schema best = null;
    int bestScore = -1;
    List<Problem> why = new ArrayList<>();
    for (Schema s : schemas) {
      String no = mismatch(s, header);
      if (no == null) {
        int score = 0;
        for (String h : header) {
          if (s.columnForHeader(h) != null) {
            score++;
          }
        }
        if (score > bestScore) {
          best = s;
          bestScore = score;
        }
      } else {
        why.add(new Problem(name, headerLine, 0, "", shown, no));
      }
    }
    if (best == null) {
      throw new DatasetFormatException(name, null, null, why);
    }
    return best;
  }

  /** Why {@code header} is not of {@code s}'s kind, as an "expected ..." text, or null if it is. */
  static String mismatch(Schema s, List<String> header) {
    List<String> missing = missingSignature(s, header);
    List<String> keys = missingKeys(s, header);
    int tolerated = s.signature().size() >= 4 ? 1 : 0;
    if (!keys.isEmpty() || missing.size() > tolerated) {
      java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>(keys);
      all.addAll(missing);
      return s.kind() + " columns " + String.join(", ", all) + " (not in the header)";
    }
    for (Map.Entry<String, String> e : s.excludes().entrySet()) {
      for (String h : header) {
        if (h.trim().equalsIgnoreCase(e.getKey())) {
          return "no " + e.getKey() + " column for " + s.kind() + ": " + e.getValue();
        }
      }
    }
    if (!s.oneOf().isEmpty()) {
      boolean any = false;
      for (String o : s.oneOf()) {
        ColumnSpec c = s.column(o);
        any |= header.stream().anyMatch(c::matches);
      }
      if (!any) {
        return s.kind() + " columns: one of " + String.join(", ", s.oneOf()) + " (none in the header)";
      }
    }
    return null;
  }

  private static List<String> missingKeys(Schema s, List<String> header) {
    List<String> missing = new ArrayList<>();
    for (ColumnSpec c : s.columns()) {
      if (c.required() && header.stream().noneMatch(c::matches)) {
        missing.add(c.name());
      }
    }
    return missing;
  }

  static Schema schemaFor(List<Schema> schemas, DatasetKind kind) {
    for (Schema s : schemas) {
      if (s.kind() == kind) {
        return s;
      }
    }
    throw new IllegalArgumentException("no schema for " + kind);
  }

  private static List<String> missingSignature(Schema s, List<String> header) {
    List<String> missing = new ArrayList<>();
    for (String sig : s.signature()) {
      ColumnSpec c = s.column(sig);
      boolean found = false;
      for (String h : header) {
        if (c.matches(h)) {
          found = true;
          break;
        }
      }
      if (!found) {
        missing.add(sig);
      }
    }
    return missing;
  }
}
