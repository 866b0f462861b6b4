package io.github.conflictdata.releases;

import io.github.conflictdata.DatasetKind;
import java.io.IOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** Test data and settings shared by the release tests. */
final class Fixtures {
  /** UCDP's own BRD 24.1 conflict-level CSV, as the jar ships it (CC BY 4.0). */
  static final String BRD24 = "io/github/conflictdata/data/ucdp/BattleDeaths_v24_1_conf.csv";
  /** UCDP/PRIO ACD 23.1 CSV, as shipped. */
  static final String ACD23 = "io/github/conflictdata/data/ucdp/UcdpPrioConflict_v23_1.csv";
  /** PRIO Battle Deaths 3.1 .xls, as shipped. */
  static final String PRIO31 = "io/github/conflictdata/data/prio/PRIO Battle Deaths Dataset 3.1.xls";

  static final String BRD_URL = "https://ucdp.uu.se/downloads/brd/ucdp-brd-conf-241-csv.zip";
  static final String BRD_PATH = "/ucdp.uu.se/downloads/brd/ucdp-brd-conf-241-csv.zip";

  private Fixtures() {}

  /** Records progress reports and notices. */
  static final class Recorder implements ProgressListener {
    final List<Progress> reports = Collections.synchronizedList(new ArrayList<>());
    final List<String> notices = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void progress(Progress p) {
      reports.add(p);
    }

    @Override
    public void notice(String text) {
      notices.add(text);
    }
  }

  /** Settings for a test: its cache, the loopback mirror, fast retries, a recorder. */
  static Releases.Builder settings(Path cache, Loopback server, Recorder rec) {
    return Releases.builder().cacheDir(cache).mirror(server == null ? null : server.base())
        .offline(false).lockFile(null).progress(rec)
        .retries(4, Duration.ofMillis(50), Duration.ofSeconds(5))
        .timeouts(Duration.ofSeconds(5), Duration.ofSeconds(5));
  }

  /** A release whose recorded MD5 and size are those of {@code bytes}. */
  static Release release(DatasetKind kind, String version, String url, String member, byte[] bytes) {
    return new Release(kind, version, url, member, OptionalLong.of(bytes.length),
        Optional.of(md5(bytes)), "test citation", "built in the test");
  }

  /** A zip holding the BRD 24.1 CSV under UCDP's member name, beside a readme. */
  static byte[] brdZip() throws IOException {
    return Loopback.zip("BattleDeaths_v24_1_conf.csv", Loopback.resource(BRD24),
        "README.txt", "UCDP BRD 24.1".getBytes());
  }

  static String md5(byte[] b) {
    return hex("MD5", b);
  }

  static String sha256(byte[] b) {
    return hex("SHA-256", b);
  }

  private static String hex(String alg, byte[] b) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance(alg).digest(b));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
