package io.github.conflictdata.io;

import io.github.conflictdata.DatasetFormatException;
import io.github.conflictdata.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * Sniffing: what the first bytes say before any schema is known (binary or text, the delimiter,
 * the header's fields, an HDX file's HXL hashtag row). Encoding and Excel containers are told by
 * {@link TextCodec} and {@link ExcelSheets}.
 */
final class Sniffer {
  private Sniffer() {}

  static boolean isHxl(List<String> fields) {
    boolean any = false;
    for (String f : fields) {
      String t = f.trim();
      if (t.isEmpty()) {
        continue;
      }
      if (!t.startsWith("#")) {
        return false;
      }
      any = true;
    }
    return any;
  }

  static void checkNotBinary(String name, byte[] b, int from, int len) {
    int to = Math.min(len, from + DatasetReader.SNIFF_BYTES);
    int control = 0;
    for (int i = from; i < to; i++) {
      int c = b[i] & 0xff;
      if (c == 0) {
        throw new DatasetFormatException(name, null, null, new Problem(name,
            1 + RecordScanner.countLines(b, from, i), 0, "", describeStart(b, len),
            "text (found a NUL byte at offset " + i + ": binary data?)"));
      }
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
        control++;
      }
    }
    if (control > 0 && control * 50 > to - from) {
      throw new DatasetFormatException(name, null, null, new Problem(name, 1, 0, "",
          describeStart(b, len),
          "text (" + control + " control bytes in the first " + (to - from) + ": binary data?)"));
    }
  }

  static String describeStart(byte[] b, int len) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < Math.min(len, 16); i++) {
      sb.append(String.format("%02x ", b[i] & 0xff));
    }
    return "bytes " + sb.toString().trim();
  }

  /** The delimiter of the first record: the most frequent of ',', ';' and tab outside quotes. */
  static byte sniffDelimiter(byte[] b, int from, int len) {
    int comma = 0;
    int semi = 0;
    int tab = 0;
    boolean q = false;
    for (int i = from; i < len; i++) {
      byte x = b[i];
      if (x == '"') {
        q = !q;
      } else if (!q) {
        if (x == '\n' || x == '\r') {
          break;
        } else if (x == ',') {
          comma++;
        } else if (x == ';') {
          semi++;
        } else if (x == '\t') {
          tab++;
        }
      }
    }
    if (tab > comma && tab > semi) {
      return '\t';
    }
    if (semi > comma) {
      return ';';
    }
    return ',';
  }

  /** Fields in {@code b[from, to)}: delimiters outside quotes, plus one. */
  static int countFields(byte[] b, int from, int to, byte delim) {
    int n = 1;
    boolean quoted = false;
    for (int i = from; i < to; i++) {
      if (b[i] == '"') {
        quoted = !quoted;
      } else if (b[i] == delim && !quoted) {
        n++;
      }
    }
    return n;
  }

  /** Splits one record's text (header, HXL row), honouring quotes and doubled quotes. */
  static List<String> splitRecord(String text, char d) {
    int end = text.length();
    while (end > 0 && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
      end--;
    }
    List<String> out = new ArrayList<>();
    StringBuilder sb = new StringBuilder();
    boolean q = false;
    boolean fieldStart = true;
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (q) {
        if (c == '"') {
          if (i + 1 < end && text.charAt(i + 1) == '"') {
            sb.append('"');
            i++;
          } else {
            q = false;
          }
        } else {
          sb.append(c);
        }
      } else if (c == '"' && fieldStart) {
        q = true;
        fieldStart = false;
      } else if (c == d) {
        out.add(sb.toString());
        sb.setLength(0);
        fieldStart = true;
      } else {
        sb.append(c);
        fieldStart = false;
      }
    }
    out.add(sb.toString());
    return out;
  }
}
