package io.github.conflictdata.releases;

import io.github.conflictdata.DatasetKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * Which UCDP candidate-event releases exist after the newest yearly GED release: UCDP has no
 * catalogue, so each month's file is asked for with one HEAD request (as UCDP's API clients probe
 * versions, DATA-ACCESS.md 2 "Version discovery"), in order, stopping at the first month not
 * published; then the quarterly cumulative files up to that month. At most {@link #MAX_REQUESTS}
 * requests; the answer is kept in the cache folder with the date ({@code
 * UCDP_GED/candidates.properties}) and reused that day, and offline.
 */
final class CandidateProbe {
  /** The most HEAD requests one probe sends. */
  static final int MAX_REQUESTS = 32;
  static final String FILE = "candidates.properties";

  private CandidateProbe() {}

  /** The candidate releases after {@code yearly} ("26.1"), probed or from today's record. */
  static List<Release> candidates(Releases r, String yearly, Duration timeout) {
    Path record = r.cacheDir().resolve(DatasetKind.UCDP_GED.name()).resolve(FILE);
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    Properties p = read(record);
    boolean fresh = yearly.equals(p.getProperty("after"))
        && today.toString().equals(p.getProperty("probed"));
    if (fresh || (r.offline() && p.getProperty("versions") != null)) {
      return releases(p.getProperty("versions", ""));
    }
    if (r.offline()) {
      return List.of();
    }
    int first = Integer.parseInt(yearly.substring(0, yearly.indexOf('.')));
    YearMonth now = YearMonth.now(ZoneOffset.UTC);
    HttpClient client = HttpClient.newBuilder().connectTimeout(timeout)
        .followRedirects(HttpClient.Redirect.NORMAL).proxy(Fetcher.proxySelector()).build();
    List<String> found = new ArrayList<>();
    int requests = 0;
    boolean complete = true;
    years:
    for (int yy = first; 2000 + yy <= now.getYear(); yy++) {
      int lastMonth = 0;
      for (int m = 1; m <= 12 && !YearMonth.of(2000 + yy, m).isAfter(now); m++) {
        if (requests >= MAX_REQUESTS) {
          complete = false;
          break years;
        }
        requests++;
        Boolean exists = exists(client, r, yy + ".0." + m, timeout);
        if (exists == null) {
          complete = false;
          break years;
        }
        if (!exists) {
          break;
        }
        found.add(yy + ".0." + m);
        lastMonth = m;
      }
      for (int q = 3; q <= lastMonth; q += 3) {
        if (requests >= MAX_REQUESTS) {
          complete = false;
          break years;
        }
        requests++;
        String v = String.format("%02d.01.%02d.%02d", yy, yy, q);
        Boolean exists = exists(client, r, v, timeout);
        if (exists == null) {
          complete = false;
          break years;
        }
        if (exists) {
          found.add(v);
        }
      }
      if (lastMonth < 12) {
        break; // the months of a later year cannot be out before this year's
      }
    }
    if (complete) {
      Properties out = new Properties();
      out.setProperty("after", yearly);
      out.setProperty("probed", today.toString());
      out.setProperty("requests", Integer.toString(requests));
      out.setProperty("versions", String.join(",", found));
      write(record, out);
    } else {
      r.listener().notice("UCDP candidate releases: the probe stopped after " + requests
          + " requests (a server error or the limit of " + MAX_REQUESTS + "); listing the "
          + found.size() + " found so far, not recorded");
    }
    return releases(String.join(",", found));
  }

  /** True if the server has the file, false on 404/403/410, null on any other answer. */
  private static Boolean exists(HttpClient client, Releases r, String version, Duration timeout) {
    URI u = r.effectiveUrl(Catalog.candidate(version).url());
    HttpRequest req = HttpRequest.newBuilder(u).method("HEAD", HttpRequest.BodyPublishers.noBody())
        .timeout(timeout).build();
    try {
      int status = client.send(req, HttpResponse.BodyHandlers.discarding()).statusCode();
      if (status >= 200 && status < 300) {
        return true;
      }
      return status == 404 || status == 403 || status == 410 ? false : null;
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  private static List<Release> releases(String versions) {
    return Arrays.stream(versions.split(",")).filter(v -> !v.isBlank())
        .map(Catalog::candidate).toList();
  }

  private static Properties read(Path f) {
    Properties p = new Properties();
    if (Files.isRegularFile(f)) {
      try (InputStream in = Files.newInputStream(f)) {
        p.load(in);
      } catch (IOException e) {
        // an unreadable record counts as none: probe again
      }
    }
    return p;
  }

  private static void write(Path f, Properties p) {
    try {
      Files.createDirectories(f.getParent());
      Path tmp = Releases.tempFile(f.getParent());
      try (OutputStream out = Files.newOutputStream(tmp)) {
        p.store(out, "conflictdata: UCDP candidate releases found by HEAD requests");
      }
      Files.move(tmp, f, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      // not recorded: the next call probes again
    }
  }
}
