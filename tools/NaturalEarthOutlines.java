import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * Converts world-atlas's TopoJSON country outlines (Natural Earth 1:50m, public domain) into the
 * compact resource {@code data/natural-earth/countries-50m.txt.gz} read by
 * {@code io.github.conflictdata.chart.Outlines}.
 *
 * <pre>
 * java tools/NaturalEarthOutlines.java COUNTRIES_50M_JSON CODELIST_CSV OUT.txt.gz
 * </pre>
 *
 * <p>COUNTRIES_50M_JSON is {@code countries-50m.json} from {@code npm pack world-atlas@2.0.2};
 * CODELIST_CSV is countrycode's {@code codelist_without_cldr.csv} (columns iso3n and iso3c),
 * used only to turn ISO 3166-1 numeric ids into alpha-3 codes.
 *
 * <p>TopoJSON stores arcs once, quantized (integers on a grid given by the topology's transform)
 * and delta-encoded (each position after the first is the difference from the one before). A
 * polygon ring lists arc indexes; a negative index {@code ~i} is arc {@code i} reversed; joined
 * arcs share their end point, which is dropped the second time.
 *
 * <p>Output (UTF-8 text, gzip without a file name or time, so the bytes are reproducible): comment
 * lines start with {@code #}; a country is a line {@code ISO3 TAB numeric-id TAB name TAB
 * ring-count}, followed by one line per ring: space-separated points, the first as absolute
 * {@code lon,lat} in 1e-4 degrees, the rest as differences from the previous point. ISO3 is
 * {@code ---} for features without an id (Kosovo, Somaliland, N. Cyprus, ...).
 */
public final class NaturalEarthOutlines {
  private NaturalEarthOutlines() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 3) {
      System.err.println("usage: java tools/NaturalEarthOutlines.java countries-50m.json codelist.csv out.txt.gz");
      System.exit(2);
    }
    Object topo = new Json(Files.readString(Path.of(args[0]))).value();
    Map<String, String> iso3 = iso3ByNumeric(Path.of(args[1]));
    Map<?, ?> root = (Map<?, ?>) topo;
    Map<?, ?> transform = (Map<?, ?>) root.get("transform");
    List<?> scale = (List<?>) transform.get("scale");
    List<?> translate = (List<?>) transform.get("translate");
    double sx = num(scale.get(0));
    double sy = num(scale.get(1));
    double tx = num(translate.get(0));
    double ty = num(translate.get(1));

    List<long[][]> arcs = new ArrayList<>(); // each arc: points of {lon, lat} in 1e-4 degrees
    for (Object a : (List<?>) root.get("arcs")) {
      List<?> pts = (List<?>) a;
      long[][] out = new long[pts.size()][];
      long qx = 0;
      long qy = 0;
      for (int i = 0; i < pts.size(); i++) {
        List<?> p = (List<?>) pts.get(i);
        qx += (long) num(p.get(0));
        qy += (long) num(p.get(1));
        out[i] = new long[] {Math.round((qx * sx + tx) * 1e4), Math.round((qy * sy + ty) * 1e4)};
      }
      arcs.add(out);
    }

    Map<?, ?> countries = (Map<?, ?>) ((Map<?, ?>) root.get("objects")).get("countries");
    StringBuilder sb = new StringBuilder();
    sb.append("# Natural Earth 1:50m admin-0 countries (public domain), from npm world-atlas 2.0.2 countries-50m.json\n");
    sb.append("# made by tools/NaturalEarthOutlines.java; format: see that file's javadoc\n");
    int features = 0;
    int points = 0;
    List<String> unmatched = new ArrayList<>();
    for (Object g : (List<?>) countries.get("geometries")) {
      Map<?, ?> geom = (Map<?, ?>) g;
      String id = geom.get("id") == null ? "" : geom.get("id").toString();
      String name = ((Map<?, ?>) geom.get("properties")).get("name").toString();
      String code = id.isEmpty() ? "---" : iso3.get(String.valueOf(Integer.parseInt(id)));
      if (code == null) {
        unmatched.add(id + " " + name);
        code = "---";
      }
      List<List<?>> rings = new ArrayList<>();
      String type = geom.get("type").toString();
      if (type.equals("Polygon")) {
        for (Object r : (List<?>) geom.get("arcs")) {
          rings.add((List<?>) r);
        }
      } else if (type.equals("MultiPolygon")) {
        for (Object poly : (List<?>) geom.get("arcs")) {
          for (Object r : (List<?>) poly) {
            rings.add((List<?>) r);
          }
        }
      } else {
        continue; // null geometries carry no outline
      }
      sb.append(code).append('\t').append(id).append('\t').append(name).append('\t')
          .append(rings.size()).append('\n');
      for (List<?> ring : rings) {
        List<long[]> pts = new ArrayList<>();
        for (Object ai : ring) {
          int idx = (int) num(ai);
          long[][] arc = arcs.get(idx >= 0 ? idx : ~idx);
          int n = arc.length;
          for (int k = 0; k < n; k++) {
            long[] p = idx >= 0 ? arc[k] : arc[n - 1 - k];
            if (k == 0 && !pts.isEmpty()) {
              continue; // the previous arc ended here
            }
            pts.add(p);
          }
        }
        long px = 0;
        long py = 0;
        for (int k = 0; k < pts.size(); k++) {
          long[] p = pts.get(k);
          if (k > 0) {
            sb.append(' ');
          }
          sb.append(p[0] - px).append(',').append(p[1] - py);
          px = p[0];
          py = p[1];
        }
        sb.append('\n');
        points += pts.size();
      }
      features++;
    }
    byte[] text = sb.toString().getBytes(StandardCharsets.UTF_8);
    Path out = Path.of(args[2]);
    if (out.toAbsolutePath().getParent() != null) {
      Files.createDirectories(out.toAbsolutePath().getParent());
    }
    try (OutputStream os = Files.newOutputStream(out);
        GZIPOutputStream gz = new GZIPOutputStream(os)) { // Java writes no name and no time
      gz.write(text);
    }
    byte[] written = Files.readAllBytes(out);
    String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(written));
    System.out.printf(Locale.ROOT, "%d countries, %d points, %d bytes gzipped%nsha256 %s%n",
        features, points, written.length, sha);
    if (!unmatched.isEmpty()) {
      System.out.println("ids without an ISO3 code (written as ---): " + unmatched);
    }
  }

  private static double num(Object o) {
    return ((Number) o).doubleValue();
  }

  /** iso3n (without leading zeros) to iso3c, from countrycode's code list. */
  private static Map<String, String> iso3ByNumeric(Path csv) throws IOException {
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    List<String> header = csvFields(lines.get(0));
    int n = header.indexOf("iso3n");
    int c = header.indexOf("iso3c");
    if (n < 0 || c < 0) {
      throw new IOException(csv + ": header has no iso3n or iso3c column");
    }
    Map<String, String> out = new HashMap<>();
    for (int i = 1; i < lines.size(); i++) {
      List<String> f = csvFields(lines.get(i));
      if (f.size() > Math.max(n, c) && !f.get(n).isEmpty() && !f.get(c).isEmpty()) {
        out.put(String.valueOf(Integer.parseInt(f.get(n))), f.get(c));
      }
    }
    return out;
  }

  /** One CSV record on one line, with double-quoted fields. */
  private static List<String> csvFields(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cur.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          cur.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == ',') {
        out.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(ch);
      }
    }
    out.add(cur.toString());
    return out;
  }

  /** A small JSON reader: objects as maps, arrays as lists, numbers as Double or Long. */
  private static final class Json {
    private final String s;
    private int i;

    Json(String s) {
      this.s = s;
    }

    Object value() {
      skip();
      char ch = s.charAt(i);
      switch (ch) {
        case '{':
          return object();
        case '[':
          return array();
        case '"':
          return string();
        case 't':
          i += 4;
          return Boolean.TRUE;
        case 'f':
          i += 5;
          return Boolean.FALSE;
        case 'n':
          i += 4;
          return null;
        default:
          return number();
      }
    }

    private Map<String, Object> object() {
      Map<String, Object> m = new LinkedHashMap<>();
      i++;
      skip();
      if (s.charAt(i) == '}') {
        i++;
        return m;
      }
      while (true) {
        skip();
        String k = string();
        skip();
        expect(':');
        m.put(k, value());
        skip();
        if (s.charAt(i) == ',') {
          i++;
        } else {
          expect('}');
          return m;
        }
      }
    }

    private List<Object> array() {
      List<Object> l = new ArrayList<>();
      i++;
      skip();
      if (s.charAt(i) == ']') {
        i++;
        return l;
      }
      while (true) {
        l.add(value());
        skip();
        if (s.charAt(i) == ',') {
          i++;
        } else {
          expect(']');
          return l;
        }
      }
    }

    private String string() {
      expect('"');
      StringBuilder b = new StringBuilder();
      while (true) {
        char ch = s.charAt(i++);
        if (ch == '"') {
          return b.toString();
        }
        if (ch == '\\') {
          char e = s.charAt(i++);
          switch (e) {
            case 'n' -> b.append('\n');
            case 't' -> b.append('\t');
            case 'r' -> b.append('\r');
            case 'b' -> b.append('\b');
            case 'f' -> b.append('\f');
            case 'u' -> {
              b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
              i += 4;
            }
            default -> b.append(e);
          }
        } else {
          b.append(ch);
        }
      }
    }

    private Number number() {
      int start = i;
      while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
        i++;
      }
      String t = s.substring(start, i);
      if (t.isEmpty()) {
        throw new IllegalArgumentException("JSON: unexpected '" + s.charAt(i) + "' at offset " + i);
      }
      return t.contains(".") || t.contains("e") || t.contains("E") ? Double.parseDouble(t) : Long.parseLong(t);
    }

    private void skip() {
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
    }

    private void expect(char ch) {
      if (s.charAt(i) != ch) {
        throw new IllegalArgumentException("JSON: expected '" + ch + "' at offset " + i + ", found '" + s.charAt(i) + "'");
      }
      i++;
    }
  }
}
