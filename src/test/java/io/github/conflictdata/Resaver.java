package io.github.conflictdata;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Test helper: re-saves a CSV file the way spreadsheet programs and scripts do (another delimiter,
 * byte order mark, line ends, encoding, date format, column order, a dropped column), so that the
 * layout tests need no new files. Its own small CSV parser reads the original.
 */
public final class Resaver {
  private char delimiter = ',';
  private String lineEnd = "\n";
  private boolean bom;
  private Charset charset = StandardCharsets.UTF_8;
  private boolean quoteAll;
  private boolean trailingDelimiter;
  private Long shuffleSeed;
  private final Set<String> drop = new HashSet<>();
  private final Map<String, UnaryOperator<String>> transforms = new HashMap<>();

  public Resaver delimiter(char d) {
    delimiter = d;
    return this;
  }

  public Resaver lineEnd(String eol) {
    lineEnd = eol;
    return this;
  }

  public Resaver bom() {
    bom = true;
    return this;
  }

  public Resaver charset(Charset cs) {
    charset = cs;
    return this;
  }

  public Resaver quoteAll() {
    quoteAll = true;
    return this;
  }

  /** Ends every data record (not the header) with one more delimiter, as web exports do. */
  public Resaver trailingDelimiter() {
    trailingDelimiter = true;
    return this;
  }

  public Resaver shuffleColumns(long seed) {
    shuffleSeed = seed;
    return this;
  }

  public Resaver drop(String column) {
    drop.add(column);
    return this;
  }

  public Resaver transform(String column, UnaryOperator<String> f) {
    transforms.put(column, f);
    return this;
  }

  /** Parses CSV text: quotes with doubled quotes, LF/CRLF/CR line ends, no blank records. */
  public static List<List<String>> parse(String text, char d) {
    List<List<String>> records = new ArrayList<>();
    List<String> rec = new ArrayList<>();
    StringBuilder sb = new StringBuilder();
    boolean q = false;
    boolean any = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (q) {
        if (c == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            sb.append('"');
            i++;
          } else {
            q = false;
          }
        } else {
          sb.append(c);
        }
        continue;
      }
      if (c == '"' && sb.length() == 0) {
        q = true;
        any = true;
      } else if (c == d) {
        rec.add(sb.toString());
        sb.setLength(0);
        any = true;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        if (any || sb.length() > 0) {
          rec.add(sb.toString());
          records.add(rec);
        }
        rec = new ArrayList<>();
        sb.setLength(0);
        any = false;
      } else {
        sb.append(c);
        any = true;
      }
    }
    if (any || sb.length() > 0) {
      rec.add(sb.toString());
      records.add(rec);
    }
    return records;
  }

  /** Writes the records in this layout. The first record is the header. */
  public byte[] write(List<List<String>> records) {
    List<String> header = records.get(0);
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      if (!drop.contains(header.get(i).trim())) {
        order.add(i);
      }
    }
    if (shuffleSeed != null) {
      Collections.shuffle(order, new Random(shuffleSeed));
    }
    StringBuilder sb = new StringBuilder();
    for (int r = 0; r < records.size(); r++) {
      List<String> rec = records.get(r);
      for (int k = 0; k < order.size(); k++) {
        int i = order.get(k);
        String v = i < rec.size() ? rec.get(i) : "";
        UnaryOperator<String> f = transforms.get(header.get(i).trim());
        if (r > 0 && f != null && !v.isEmpty()) {
          v = f.apply(v);
        }
        if (k > 0) {
          sb.append(delimiter);
        }
        boolean needs = quoteAll || v.indexOf(delimiter) >= 0 || v.indexOf('"') >= 0
            || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0;
        sb.append(needs ? '"' + v.replace("\"", "\"\"") + '"' : v);
      }
      if (trailingDelimiter && r > 0) {
        sb.append(delimiter);
      }
      sb.append(lineEnd);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (bom) {
      out.write(0xEF);
      out.write(0xBB);
      out.write(0xBF);
    }
    byte[] body = sb.toString().getBytes(charset);
    out.write(body, 0, body.length);
    return out.toByteArray();
  }

  /** True if every character of {@code text} exists in {@code cs}. */
  public static boolean encodable(String text, Charset cs) {
    return cs.newEncoder().canEncode(text);
  }
}
