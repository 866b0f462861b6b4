import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One-off generator of data/country-codes/iso3-crosswalk.csv (not part of the library).
 *
 * <p>Reads countrycode's codelist_without_cldr.csv (GPL-3, not shipped) and writes only code-pair
 * facts: for every row that has at least two of cown, gwn and iso3c, the values of cown, gwn,
 * iso3c and country.name.en. Nothing else of the codelist (no regexes, no other columns) is taken.
 *
 * <p>Run from the project root with Java 17's single-file launcher:
 *
 * <pre>
 * java tools/ExtractIsoPairs.java ../shared/data/country-codes/codelist_without_cldr.csv \
 *     data/country-codes/iso3-crosswalk.csv
 * </pre>
 */
public final class ExtractIsoPairs {
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: java tools/ExtractIsoPairs.java CODELIST.csv OUT.csv");
      System.exit(2);
    }
    String text = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
    List<List<String>> records = parse(text);
    List<String> header = records.get(0);
    int cown = header.indexOf("cown");
    int gwn = header.indexOf("gwn");
    int iso3c = header.indexOf("iso3c");
    int name = header.indexOf("country.name.en");
    if (cown < 0 || gwn < 0 || iso3c < 0 || name < 0) {
      throw new IllegalStateException("codelist header lacks cown, gwn, iso3c or country.name.en");
    }
    int kept = 0;
    try (Writer w = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
      w.write("cown,gwn,iso3c,name\n");
      for (List<String> r : records.subList(1, records.size())) {
        if (r.size() != header.size()) {
          throw new IllegalStateException("record with " + r.size() + " fields: " + r);
        }
        int present = 0;
        for (int i : new int[] {cown, gwn, iso3c}) {
          if (!r.get(i).isEmpty()) {
            present++;
          }
        }
        if (present < 2) {
          continue;
        }
        w.write(r.get(cown) + "," + r.get(gwn) + "," + r.get(iso3c) + "," + quote(r.get(name)) + "\n");
        kept++;
      }
    }
    System.err.println("wrote " + kept + " rows to " + args[1]);
  }

  private static String quote(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }

  /** RFC 4180: quoted fields may hold commas, doubled quotes and line breaks. */
  private static List<List<String>> parse(String text) {
    List<List<String>> out = new ArrayList<>();
    List<String> rec = new ArrayList<>();
    StringBuilder f = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          f.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          f.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        rec.add(f.toString());
        f.setLength(0);
      } else if (c == '\n') {
        rec.add(f.toString());
        f.setLength(0);
        out.add(rec);
        rec = new ArrayList<>();
      } else if (c != '\r') {
        f.append(c);
      }
    }
    if (f.length() > 0 || !rec.isEmpty()) {
      rec.add(f.toString());
      out.add(rec);
    }
    return out;
  }
}
