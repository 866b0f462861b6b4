package io.github.conflictdata.io;

import io.github.conflictdata.DatasetFormatException;
import io.github.conflictdata.Problem;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Zip archives as UCDP ships its datasets ({@code ged251-csv.zip} holding {@code
 * GEDEvent_v25_1.csv}): telling an archive from an .xlsx (also a zip), picking its data member,
 * and reading that member with its inflated size bounded. Nothing is written to disk, so member
 * paths ("../x") cannot escape anywhere.
 */
public final class ZipMembers {
  /** Endings of the members that can hold a dataset. */
  private static final List<String> DATA_ENDINGS = List.of(".csv", ".tsv", ".txt", ".xlsx", ".xls");

  private ZipMembers() {}

  /**
   * True if the file is a zip archive but not an Excel .xlsx workbook (which is a zip holding
   * {@code [Content_Types].xml}).
   *
   * @param file the file to look at
   * @return whether {@link #open} should read it as an archive
   * @throws IOException if the file cannot be read
   */
  public static boolean isArchive(Path file) throws IOException {
    byte[] head = new byte[4];
    try (InputStream in = Files.newInputStream(file)) {
      if (in.readNBytes(head, 0, 4) < 4 || head[0] != 'P' || head[1] != 'K' || head[2] != 3
          || head[3] != 4) {
        return false;
      }
    }
    try (ZipFile z = new ZipFile(file.toFile())) {
      return z.getEntry("[Content_Types].xml") == null;
    } catch (java.util.zip.ZipException e) {
      return false; // not a zip this can walk: the Excel reader says what is wrong with it
    }
  }

  /**
   * True if an in-memory zip is an archive rather than an .xlsx workbook: no entry is named {@code
   * [Content_Types].xml}. Entry names are stored uncompressed in a zip, so the bytes are searched
   * for that name; nothing is inflated.
   *
   * @param zip the bytes, starting with {@code PK\3\4}
   * @return whether it holds no .xlsx content-types part
   */
  public static boolean isArchive(byte[] zip) {
    if (zip.length < 4 || zip[0] != 'P' || zip[1] != 'K' || zip[2] != 3 || zip[3] != 4) {
      return false;
    }
    byte[] name = "[Content_Types].xml".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    outer:
    for (int i = 0; i + name.length <= zip.length; i++) {
      for (int k = 0; k < name.length; k++) {
        if (zip[i + k] != name[k]) {
          continue outer;
        }
      }
      return false;
    }
    return true;
  }

  /**
   * The members that can hold a dataset: files ending in .csv, .tsv, .txt, .xlsx or .xls, not
   * macOS resource forks ({@code __MACOSX/}, {@code ._name}).
   *
   * @param z the archive
   * @return their names, in archive order
   */
  public static List<String> dataMembers(ZipFile z) {
    List<String> out = new ArrayList<>();
    for (Enumeration<? extends ZipEntry> en = z.entries(); en.hasMoreElements(); ) {
      ZipEntry e = en.nextElement();
      String n = e.getName();
      String base = n.substring(n.lastIndexOf('/') + 1);
      String lower = base.toLowerCase(Locale.ROOT);
      if (!e.isDirectory() && !n.startsWith("__MACOSX/") && !base.startsWith("._")
          && DATA_ENDINGS.stream().anyMatch(lower::endsWith)) {
        out.add(n);
      }
    }
    return out;
  }

  /**
   * The entry named {@code name}: exactly, else the one file whose name without folders matches
   * ignoring case.
   *
   * @param z the archive
   * @param name a member name, with or without its folders
   * @return the entry, or null
   */
  public static ZipEntry member(ZipFile z, String name) {
    ZipEntry e = z.getEntry(name);
    if (e != null && !e.isDirectory()) {
      return e;
    }
    for (Enumeration<? extends ZipEntry> en = z.entries(); en.hasMoreElements(); ) {
      ZipEntry x = en.nextElement();
      String base = x.getName().substring(x.getName().lastIndexOf('/') + 1);
      if (!x.isDirectory() && (base.equalsIgnoreCase(name) || x.getName().equalsIgnoreCase(name))) {
        return x;
      }
    }
    return null;
  }

  /**
   * The entry to read: the one named, or else the archive's only data member.
   *
   * @param z the archive
   * @param archiveName the archive's name, for messages
   * @param wanted the member the caller named, or null
   * @return the entry
   * @throws DatasetFormatException if the named member is absent, or none was named and the
   *     archive holds no data member or several (the message lists them and the fix)
   */
  public static ZipEntry choose(ZipFile z, String archiveName, String wanted) {
    List<String> data = dataMembers(z);
    if (wanted != null) {
      ZipEntry e = member(z, wanted);
      if (e == null) {
        throw fail(archiveName, wanted, "a member named " + wanted + "; the archive holds "
            + all(z));
      }
      return e;
    }
    if (data.size() == 1) {
      return z.getEntry(data.get(0));
    }
    if (data.isEmpty()) {
      throw fail(archiveName, "", "a data member (.csv, .tsv, .txt, .xlsx or .xls); the archive"
          + " holds " + all(z));
    }
    throw fail(archiveName, "", "one data member, found " + data.size() + ": " + data
        + "; name the one to read with ConflictData.reader().member(\"" + data.get(0)
        + "\").read(path)");
  }

  /**
   * The member's bytes as they inflate, failing once more than {@code max} came out (the sizes a
   * zip declares can lie).
   *
   * @param z the archive
   * @param e the member
   * @param name the member's display name ({@code archive.zip!/member.csv}), for the error
   * @param max the most bytes accepted
   * @return a stream to read and close
   * @throws IOException if the member cannot be opened
   * @throws DatasetFormatException if the member declares, or inflates to, more than {@code max}
   */
  public static InputStream open(ZipFile z, ZipEntry e, String name, long max) throws IOException {
    if (e.getSize() > max) {
      throw tooBig(name, max);
    }
    return new FilterInputStream(z.getInputStream(e)) {
      long n;

      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0 && ++n > max) {
          throw tooBig(name, max);
        }
        return b;
      }

      @Override
      public int read(byte[] buf, int off, int len) throws IOException {
        int r = super.read(buf, off, len);
        if (r > 0 && (n += r) > max) {
          throw tooBig(name, max);
        }
        return r;
      }
    };
  }

  private static DatasetFormatException tooBig(String name, long max) {
    return new DatasetFormatException(name, null, null, new Problem(name, 0, 0, "", "",
        "a member that unpacks to at most " + max + " bytes (a zip bomb? raise the bound with"
            + " ConflictData.reader().archiveLimit)"));
  }

  private static String all(ZipFile z) {
    List<String> names = new ArrayList<>();
    for (Enumeration<? extends ZipEntry> en = z.entries(); en.hasMoreElements(); ) {
      names.add(en.nextElement().getName());
    }
    return names.isEmpty() ? "no member" : names.toString();
  }

  private static DatasetFormatException fail(String archive, String found, String expected) {
    return new DatasetFormatException(archive, null, null,
        new Problem(archive, 0, 0, "", found, expected));
  }
}
