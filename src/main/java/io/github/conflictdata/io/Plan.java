package io.github.conflictdata.io;

import java.util.List;

/**
 * How one file's fields map onto output slots: the schema's columns in order, then the file's
 * unknown extra columns (as text). Built once from the header, shared read-only by the parser
 * threads.
 */
final class Plan {
  final String file;
  final int headerCount;
  final String[] headerNames;
  final int[] fieldSlot;
  final int[] slotField;
  final int slotCount;
  final ColumnType[] type;
  final String[] slotName;
  final boolean[] required;
  final String[][] textCodes;
  final long[][] numCodes;
  final byte delimiter;
  final TextCodec.Charset charset;
  final int maxCellBytes;
  final int maxFields;
  final int maxProblems;
  /** Header fields that name a schema column another field already names: {field, column}. */
  final List<int[]> duplicates = new java.util.ArrayList<>();
  /** Per text or date slot, the string cache shared by the parser threads. */
  final ChunkParser.StringCache[] caches;

  Plan(
      String file,
      List<String> header,
      Schema schema,
      byte delimiter,
      TextCodec.Charset charset,
      ReadOptions options) {
    this.file = file;
    this.headerCount = header.size();
    this.headerNames = header.toArray(new String[0]);
    this.delimiter = delimiter;
    this.charset = charset;
    this.maxCellBytes = options.maxCellBytes();
    this.maxFields = options.maxFieldsPerLine();
    this.maxProblems = options.maxProblems();
    List<ColumnSpec> cols = schema.columns();
    fieldSlot = new int[headerCount];
    java.util.Arrays.fill(fieldSlot, -1);
    int extras = 0;
    boolean[] taken = new boolean[cols.size()];
    for (int f = 0; f < headerCount; f++) {
      int match = -1;
      // exact current name first, then older names
      for (int c = 0; c < cols.size() && match < 0; c++) {
        if (!taken[c] && cols.get(c).name().equalsIgnoreCase(headerNames[f].trim())) {
          match = c;
        }
      }
      for (int c = 0; c < cols.size() && match < 0; c++) {
        if (!taken[c] && cols.get(c).matches(headerNames[f])) {
          match = c;
        }
      }
      if (match < 0) {
        for (int c = 0; c < cols.size() && match < 0; c++) {
          if (taken[c] && cols.get(c).matches(headerNames[f])) {
            duplicates.add(new int[] {f, c});
          }
        }
      }
      if (match >= 0) {
        taken[match] = true;
        fieldSlot[f] = match;
      } else {
        fieldSlot[f] = cols.size() + extras++;
      }
    }
    slotCount = cols.size() + extras;
    type = new ColumnType[slotCount];
    slotName = new String[slotCount];
    required = new boolean[slotCount];
    textCodes = new String[slotCount][];
    numCodes = new long[slotCount][];
    slotField = new int[slotCount];
    java.util.Arrays.fill(slotField, -1);
    for (int c = 0; c < cols.size(); c++) {
      ColumnSpec spec = cols.get(c);
      type[c] = spec.type();
      slotName[c] = spec.name();
      required[c] = spec.required();
      textCodes[c] = spec.missingCodes().toArray(new String[0]);
      numCodes[c] =
          spec.missingCodes().stream()
              .filter(s -> s.matches("-?\\d+"))
              .mapToLong(Long::parseLong)
              .toArray();
    }
    caches = new ChunkParser.StringCache[slotCount];
    java.util.Set<String> used = new java.util.HashSet<>();
    for (ColumnSpec c : cols) {
      used.add(c.name().toLowerCase(java.util.Locale.ROOT));
    }
    // the derived date columns too: an extra column named like one (a COW file with the analyst's
    // own "StartDate2") made Tablesaw throw on the duplicate (found by ReaderFuzzTest)
    for (DerivedDate d : schema.derivedDates()) {
      used.add(d.name().toLowerCase(java.util.Locale.ROOT));
    }
    for (int f = 0; f < headerCount; f++) {
      int s = fieldSlot[f];
      slotField[s] = f;
      if (s >= cols.size()) {
        String n = headerNames[f].trim();
        if (n.isEmpty()) {
          n = "column_" + (f + 1);
        }
        String base = n;
        for (int k = 2; !used.add(n.toLowerCase(java.util.Locale.ROOT)); k++) {
          n = base + "_" + k;
        }
        type[s] = ColumnType.TEXT;
        slotName[s] = n;
        textCodes[s] = new String[0];
        numCodes[s] = new long[0];
      }
    }
    initCaches();
  }

  /** Creates the string caches once every slot's type is known. */
  void initCaches() {
    for (int s = 0; s < slotCount; s++) {
      if (type[s] == ColumnType.TEXT || type[s] == ColumnType.DATE || type[s] == ColumnType.BOOLEAN) {
        caches[s] = new ChunkParser.StringCache();
      }
    }
  }

  /** The header name of 0-based file field f, as written. */
  String header(int f) {
    return f < headerCount ? headerNames[f].trim() : "";
  }
}
