package io.github.conflictdata.releases;

import io.github.conflictdata.DatasetKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The releases conflictdata knows how to fetch, with the URL, zip member, size and MD5 of each and
 * where those facts come from. The sources are collected in the project's DATA-ACCESS.md: section
 * 1.1 (UCDP URL patterns and members), 1.2 (Our World in Data's recorded MD5 and size of each
 * UCDP zip it downloaded, owid/etl {@code snapshots/war/<date>/*.dvc}) and 4 (COW and PRIO URLs
 * with OWID's MD5 and size). UCDP publishes no checksums; OWID's records of the bytes it fetched
 * are the trustworthy ones found. Where none exists, {@link Release#md5()} is empty and the lock
 * file pins the bytes on first use.
 */
public final class Catalog {
  private static final String UCDP_BASE = "https://ucdp.uu.se/downloads/";
  private static final String COW_BASE = "https://correlatesofwar.org/wp-content/uploads/";
  private static final Pattern UCDP_VERSION = Pattern.compile("(\\d{2})\\.1");

  private static final String OWID_UCDP =
      "DATA-ACCESS.md 1.1 (URL pattern and member) and 1.2 (size and MD5: owid/etl @"
          + " snapshots/war/%s/%s.zip.dvc, accessed %s)";

  /** UCDP's annual release articles, which UCDP asks every user of a release to cite. */
  private static final String[][] UCDP_ARTICLES = {
    {"23.1", "Davies, Shawn, Therése Pettersson & Magnus Öberg (2023). Organized violence"
        + " 1989-2022, and the return of conflict between states. Journal of Peace Research 60(4)."},
    {"24.1", "Davies, Shawn, Garoun Engström, Therése Pettersson & Magnus Öberg (2024). Organized"
        + " violence 1989-2023, and the prevalence of organized crime groups. Journal of Peace"
        + " Research 61(4)."},
    {"25.1", "Davies, Shawn, Therése Pettersson, Margareta Sollenberg & Magnus Öberg (2025)."
        + " Organized violence 1989-2024, and the challenges of identifying civilian victims."
        + " Journal of Peace Research 62(4)."},
    {"26.1", "Davies, Shawn, Therése Pettersson & Magnus Öberg (2026). Organized violence"
        + " 1989-2025, and violent political protests. Journal of Peace Research,"
        + " doi:10.1093/jopres/xjag046."},
  };

  /** OWID's access date per UCDP release (DATA-ACCESS.md 1.2, column "Accessed"). */
  private static final String[][] OWID_DATES = {
    {"23.1", "2023-09-21"}, {"24.1", "2024-08-26"}, {"25.1", "2025-06-13"}, {"26.1", "2026-06-10"}
  };

  /**
   * One UCDP dataset family: kind name (the kind may not exist in this build), URL pattern and
   * member pattern ({@code VVV} = version without dot, {@code XX} = major), OWID's snapshot name,
   * the dataset's own article, and OWID's md5/size per release 23.1, 24.1, 25.1, 26.1.
   */
  private record UcdpFamily(
      String kind, String path, String member, String owidName, String article, String[] records) {}

  private static final List<UcdpFamily> UCDP = List.of(
      new UcdpFamily("UCDP_PRIO_ACD", "ucdpprio/ucdp-prio-acd-VVV-csv.zip",
          "UcdpPrioConflict_vXX_1.csv", "ucdp_prio_armed_conflict",
          "Gleditsch, Nils Petter, Peter Wallensteen, Mikael Eriksson, Margareta Sollenberg &"
              + " Håvard Strand (2002). Armed Conflict 1946-2001: A New Dataset. Journal of Peace"
              + " Research 39(5): 615-637.",
          new String[] {
            "eb0e84b14a5380db07fa3ac2ea6dd9a6/46573", "65076b40873615e491037de222667c36/47767",
            "84c1a0399f70e4e95f4528fbb7780ef5/43893", "718865fee1b573c6d4ab244b4984ebf9/45955"}),
      new UcdpFamily("UCDP_BRD_CONFLICT", "brd/ucdp-brd-conf-VVV-csv.zip",
          "BattleDeaths_vXX_1_conf.csv", "ucdp_battle_related_conflict", null,
          new String[] {
            "14bf0a417eeef6855b91872cb4f1b03e/37118", "e86b2ccfc4a38e0badaa219e39ba747b/38308",
            "48d3338778765019033c68e57ea9f896/35566", "677d2fbfffaa0e7cb92cc9833c8e05a8/39816"}),
      new UcdpFamily("UCDP_BRD_DYADIC", "brd/ucdp-brd-dyadic-VVV-csv.zip",
          "BattleDeaths_vXX_1.csv", "ucdp_battle_related_dyadic", null,
          new String[] {
            "6c73abb31671ae68dd1bd4a049143ade/41509", "76125fa0928b881631f0f74036902048/43132",
            "8058a764073ef1c1c0d63b31a25ab173/41284", "3f1194c1d729c16eb7c37952a807a979/43607"}),
      new UcdpFamily("UCDP_GED", "ged/gedVVV-csv.zip", "GEDEvent_vXX_1.csv", "ucdp_ged",
          "Sundberg, Ralph & Erik Melander (2013). Introducing the UCDP Georeferenced Event"
              + " Dataset. Journal of Peace Research 50(4): 523-532.",
          new String[] {
            "d48f537fe6ef7922caaf579fc8da6788/26587114", "cc0ecc3212efd4d7d8aa74f67dd65857/29923636",
            "e0cbca5638e21ab1e3136056d65b1faf/29307888", "1a816a55df5042bd8bf144b040981c7d/39122522"}),
      new UcdpFamily("UCDP_NONSTATE", "nsos/ucdp-nonstate-VVV-csv.zip", "NonState_vXX_1.csv",
          "ucdp_non_state",
          "Sundberg, Ralph, Kristine Eck & Joakim Kreutz (2012). Introducing the UCDP Non-State"
              + " Conflict Dataset. Journal of Peace Research 49(2): 351-362.",
          new String[] {
            "b16f2501a63396c7d3604853d695297d/71904", "d4eeff28aa25f8bf09469b0c48cdaef3/75252",
            "4af362a2a7c14484aef0ae2786c8b6fe/71243", "3478a4c704b12b8a94f426f0d8671727/75556"}),
      new UcdpFamily("UCDP_ONESIDED", "nsos/ucdp-onesided-VVV-csv.zip", "OneSided_vXX_1.csv",
          "ucdp_one_sided",
          "Eck, Kristine & Lisa Hultman (2007). One-Sided Violence Against Civilians in War:"
              + " Insights from New Fatality Data. Journal of Peace Research 44(2): 233-246.",
          new String[] {
            "f5ee6899b08c23c432c13f1e49074803/26545", "81f02b42d90d051286a05c3bd243c4bf/388151",
            "1d668fedd38e893f83d56605fadab92d/27664", "303cdf23967a54056b76be318fae1de0/28884"}),
      new UcdpFamily("UCDP_DYADIC", "dyadic/ucdp-dyadic-VVV-csv.zip", "Dyadic_vXX_1.csv", null,
          "Harbom, Lotta, Erik Melander & Peter Wallensteen (2008). Dyadic Dimensions of Armed"
              + " Conflict, 1946-2007. Journal of Peace Research 45(5): 697-710.",
          null));

  private static final String COW_WARS_CITATION =
      "Sarkees, Meredith Reid & Frank Wayman (2010). Resort to War: 1816-2007. Washington DC: CQ"
          + " Press.";
  private static final String COW_INTRA5_CITATION =
      "Dixon, Jeffrey & Meredith Reid Sarkees (2016). A Guide to Intra-state Wars: An Examination"
          + " of Civil Wars, 1816-2014. CQ Press.";
  private static final String PRIO_CITATION =
      "Lacina, Bethany & Nils Petter Gleditsch (2005). Monitoring Trends in Global Combat: A New"
          + " Dataset of Battle Deaths. European Journal of Population 21(2-3): 145-166.";

  /** COW's State System Membership list: a reference file for the country codes, not a dataset. */
  static final Artifact COW_STATES = new Artifact("COW_STATE_LIST", "2016", null, null,
      "states2016.csv", null, OptionalLong.empty(), Optional.empty(),
      "Correlates of War Project (2017). State System Membership List, v2016. Online,"
          + " http://correlatesofwar.org.",
      true);

  private static final List<Release> RELEASES = build();

  private Catalog() {}

  /** Every release the catalog knows for {@code kind}, newest first; empty when none. */
  public static List<Release> releases(DatasetKind kind) {
    List<Release> out = new ArrayList<>();
    for (Release r : RELEASES) {
      if (r.kind() == kind) {
        out.add(r);
      }
    }
    out.sort(Comparator.comparing((Release r) -> versionKey(r.version())).reversed());
    return List.copyOf(out);
  }

  /** Every release in the catalog, grouped by kind, newest first within each. */
  public static List<Release> all() {
    List<Release> out = new ArrayList<>();
    for (DatasetKind k : DatasetKind.values()) {
      out.addAll(releases(k));
    }
    return List.copyOf(out);
  }

  /** The catalog's entry for that release, if it has one. */
  public static Optional<Release> find(DatasetKind kind, String version) {
    return releases(kind).stream().filter(r -> r.version().equals(version)).findFirst();
  }

  /**
   * The catalog's entry, or for a UCDP annual release the catalog does not list (a newer one such
   * as "27.1"), a release at UCDP's URL pattern with no size or MD5 to check; for UCDP GED also a
   * candidate release ({@link #isCandidate(String)}: monthly "26.0.5", cumulative "26.01.26.03").
   *
   * @param kind the dataset kind
   * @param version the release
   * @return the release, empty if neither the catalog nor a URL pattern knows it
   */
  public static Optional<Release> resolve(DatasetKind kind, String version) {
    Optional<Release> known = find(kind, version);
    if (known.isPresent()) {
      return known;
    }
    if (kind == DatasetKind.UCDP_GED && isCandidate(version)) {
      return Optional.of(candidate(version));
    }
    Matcher m = UCDP_VERSION.matcher(version == null ? "" : version);
    if (!m.matches()) {
      return Optional.empty();
    }
    for (UcdpFamily f : UCDP) {
      if (f.kind().equals(kind.name())) {
        return Optional.of(ucdp(kind, f, version, null, null,
            "UCDP's URL pattern, DATA-ACCESS.md 1.1 (release not in the catalog: no size or MD5"
                + " recorded; the lock file pins the bytes on first use)"));
      }
    }
    return Optional.empty();
  }

  /** UCDP's monthly candidate events: {@code YY.0.M} (DATA-ACCESS.md 1.1 and 1.4). */
  static final Pattern CANDIDATE_MONTH = Pattern.compile("(\\d{2})\\.0\\.([1-9]|1[0-2])");
  /** UCDP's cumulative candidate events: {@code YY.01.YY.MM}, January to month MM. */
  static final Pattern CANDIDATE_CUMULATIVE =
      Pattern.compile("(\\d{2})\\.01\\.(\\d{2})\\.(0[1-9]|1[0-2])");

  /**
   * Candidate-event files whose MD5 and size Our World in Data recorded (DATA-ACCESS.md 1.2,
   * "Candidate-event files seen in OWID", owid/etl {@code snapshots/war/latest} history).
   */
  private static final String[][] CANDIDATE_RECORDS = {
    {"25.01.25.03", "4a2c9db0f2617b51e7f8d1c9a5a2528d", "4767333"},
    {"25.01.25.06", "3bc4808894384660780f1f5eeb3390a1", "10147956"},
    {"25.01.25.09", "12edd128599bbefc05c1e1dcbce69e84", "15883361"},
    {"25.01.25.12", "896d49800c1938c42c87955346bc9c24", "20801238"},
    {"26.01.26.03", "4dff8b18f4db258c05bbaec1f076f4b5", "3761748"},
    {"26.01.26.06", "40eca715699eaa7de2aef9234b364839", "7800501"},
  };

  private static final String CANDIDATE_CITATION =
      "Uppsala Conflict Data Program (UCDP), Candidate Events Dataset, release %s (preliminary"
          + " events, revised in later releases). Hegre, Håvard, Mihai Croicu, Kristine Eck &"
          + " Stina Högbladh (2020). Introducing the UCDP Candidate Events Dataset. Research &"
          + " Politics 7(3), doi:10.1177/2053168020935257. Licence: CC BY 4.0.";

  /**
   * Whether a GED version is a candidate release: monthly {@code YY.0.M} or cumulative {@code
   * YY.01.YY.MM}.
   *
   * @param version a release such as "26.0.5"
   * @return true for a candidate release
   */
  public static boolean isCandidate(String version) {
    String v = version == null ? "" : version;
    Matcher c = CANDIDATE_CUMULATIVE.matcher(v);
    return CANDIDATE_MONTH.matcher(v).matches() || (c.matches() && c.group(1).equals(c.group(2)));
  }

  /**
   * The first and last month a candidate release covers: "26.0.5" is May 2026, "26.01.26.03"
   * January to March 2026 (UCDP's numbering, DATA-ACCESS.md 2 "Version discovery").
   *
   * @param version a candidate release
   * @return {first month, last month}
   * @throws IllegalArgumentException if the version is not a candidate release
   */
  public static java.time.YearMonth[] candidateMonths(String version) {
    Matcher m = CANDIDATE_MONTH.matcher(version == null ? "" : version);
    if (m.matches()) {
      java.time.YearMonth ym = java.time.YearMonth.of(2000 + Integer.parseInt(m.group(1)),
          Integer.parseInt(m.group(2)));
      return new java.time.YearMonth[] {ym, ym};
    }
    Matcher c = CANDIDATE_CUMULATIVE.matcher(version == null ? "" : version);
    if (c.matches() && c.group(1).equals(c.group(2))) {
      int y = 2000 + Integer.parseInt(c.group(1));
      return new java.time.YearMonth[] {java.time.YearMonth.of(y, 1),
          java.time.YearMonth.of(y, Integer.parseInt(c.group(3)))};
    }
    throw new IllegalArgumentException("'" + version + "' is not a UCDP candidate release: expected"
        + " YY.0.M (one month, e.g. 26.0.5) or YY.01.YY.MM (January to month MM, e.g. 26.01.26.03)");
  }

  /** A candidate release: a bare CSV at {@code candidateged/GEDEvent_v<version with _>.csv}. */
  static Release candidate(String version) {
    candidateMonths(version); // validates
    String md5 = null;
    Long size = null;
    for (String[] r : CANDIDATE_RECORDS) {
      if (r[0].equals(version)) {
        md5 = r[1];
        size = Long.parseLong(r[2]);
      }
    }
    String evidence = "UCDP's candidate URL pattern, DATA-ACCESS.md 1.1 (a bare CSV, not a zip)"
        + (md5 != null ? "; size and MD5 from OWID's record, DATA-ACCESS.md 1.2"
            : "; no size or MD5 recorded: the lock file pins the bytes on first use");
    return new Release(DatasetKind.UCDP_GED, version,
        UCDP_BASE + "candidateged/GEDEvent_v" + version.replace('.', '_') + ".csv", null,
        size == null ? OptionalLong.empty() : OptionalLong.of(size), Optional.ofNullable(md5),
        String.format(Locale.ROOT, CANDIDATE_CITATION, version), evidence);
  }

  /**
   * Orders releases numerically: "26.1" -> 2601, "4.0" -> 400. A UCDP candidate ("26.0.5",
   * "26.01.26.03") ranks below the yearly release of its year ("26.0.5" -> 2600), so that the
   * newest complete release is preferred where one is asked for.
   *
   * @param v a release such as "24.1"
   * @return the ordering key, -1 for a version that is not numeric
   */
  public static int versionKey(String v) {
    String[] p = v.split("\\.");
    try {
      int major = Integer.parseInt(p[0]);
      int minor = p.length > 2 ? 0 : p.length > 1 ? Integer.parseInt(p[1]) : 0;
      return major * 100 + minor;
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static Optional<DatasetKind> kindNamed(String name) {
    return Arrays.stream(DatasetKind.values()).filter(k -> k.name().equals(name)).findFirst();
  }

  private static List<Release> build() {
    List<Release> out = new ArrayList<>();
    for (UcdpFamily f : UCDP) {
      Optional<DatasetKind> kind = kindNamed(f.kind());
      if (kind.isEmpty()) {
        continue; // a kind this build does not have yet
      }
      for (int i = 0; i < OWID_DATES.length; i++) {
        String version = OWID_DATES[i][0];
        String md5 = null;
        Long size = null;
        String evidence;
        if (f.records() != null) {
          String[] rec = f.records()[i].split("/");
          md5 = rec[0];
          size = Long.parseLong(rec[1]);
          evidence = String.format(Locale.ROOT, OWID_UCDP, OWID_DATES[i][1], f.owidName(),
              OWID_DATES[i][1]);
        } else {
          evidence = "DATA-ACCESS.md 1.1 (URL pattern and member from third-party code, marked"
              + " 3rd-party there; no size or MD5 recorded)";
        }
        out.add(ucdp(kind.get(), f, version, md5, size, evidence));
      }
    }
    cow(out, "COW_INTER_STATE", "4.0", "Inter-StateWarData_v4.0.csv", null,
        "1bfbb9c8b30d90b63d9d5948a9f5e24c", 31_698, COW_WARS_CITATION,
        "DATA-ACCESS.md 4 (URL, and size and MD5: owid/etl @"
            + " snapshots/war/2023-09-21/cow_inter_state.csv.dvc)");
    cow(out, "COW_INTRA_STATE", "5.1", "Intra-State-Wars-v5.1.zip", "INTRA-STATE WARS v5.1 CSV.csv",
        "8e2911728de2e040b8e5c712f7fca7e5", 887_487, COW_INTRA5_CITATION,
        "DATA-ACCESS.md 4 (URL, size and MD5 from OWID's 2023-09-21 COW snapshot; members from"
            + " owid/etl @ etl/steps/data/meadow/war/2023-09-21/cow.py)");
    cow(out, "COW_EXTRA_STATE", "4.0", "Extra-StateWarData_v4.0.csv", null,
        "bc318746fd36b1cbe11a2584dff3d70d", 23_068, COW_WARS_CITATION,
        "DATA-ACCESS.md 4 (URL, size and MD5 from OWID's 2023-09-21 COW snapshot)");
    cow(out, "COW_NON_STATE", "4.0", "Non-StateWarData_v4.0.csv", null,
        "e46b0345ad2bdf6aaddc7abe98a5aada", 7_267, COW_WARS_CITATION,
        "DATA-ACCESS.md 4 (URL, size and MD5 from OWID's 2023-09-21 COW snapshot)");
    kindNamed("PRIO_BATTLE_DEATHS").ifPresent(k -> out.add(new Release(k, "3.1",
        "https://cdn.cloud.prio.org/files/d21ef702-a546-45a8-b3c9-5b520dcc1239/"
            + "PRIO%20Battle%20Deaths%20Dataset%2031.xls?inline=true",
        null, OptionalLong.of(671_744), Optional.of("0b31e7a7e3f6e3104f840d0aa18a308d"),
        PRIO_CITATION,
        "DATA-ACCESS.md 4 (URL, size and MD5: owid/etl @ snapshots/war/2023-09-21/prio_v31.xls.dvc;"
            + " landing page https://www.prio.org/data/1)")));
    return List.copyOf(out);
  }

  private static void cow(List<Release> out, String kind, String version, String file,
      String member, String md5, long size, String citation, String evidence) {
    kindNamed(kind).ifPresent(k -> out.add(new Release(k, version, COW_BASE + file.replace(" ", "%20"),
        member, OptionalLong.of(size), Optional.of(md5), citation, evidence)));
  }

  private static Release ucdp(DatasetKind kind, UcdpFamily f, String version, String md5,
      Long size, String evidence) {
    String major = version.substring(0, version.indexOf('.'));
    String vvv = version.replace(".", "");
    String article = null;
    for (String[] a : UCDP_ARTICLES) {
      if (a[0].equals(version)) {
        article = a[1];
      }
    }
    String citation = "Uppsala Conflict Data Program (UCDP), release " + version + ". "
        + (article != null ? article : "Cite UCDP's annual article for release " + version + ".")
        + (f.article() != null ? " " + f.article() : "") + " Licence: CC BY 4.0.";
    return new Release(kind, version, UCDP_BASE + f.path().replace("VVV", vvv),
        f.member().replace("XX", major),
        size == null ? OptionalLong.empty() : OptionalLong.of(size), Optional.ofNullable(md5),
        citation, evidence);
  }
}
