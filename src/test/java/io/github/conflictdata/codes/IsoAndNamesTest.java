package io.github.conflictdata.codes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** ISO 3166 codes (countrycode's pairs, made date-aware) and name lookups. */
class IsoAndNamesTest {
  /** COW files are not bundled (COW's terms): the shared copies go into the test cache. */
  @org.junit.jupiter.api.BeforeAll
  static void cowInCache() {
    io.github.conflictdata.testing.TestFiles.cowInCache();
  }

  private final CountryCodes codes = CountryCodes.load();

  private static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }

  @Test
  void isoOfArmeniaAzerbaijanGeorgia() {
    // countrycode: 371/371/ARM, 373/373/AZE, 372/372/GEO
    assertEquals(Optional.of("ARM"), codes.iso3(CodeSystem.GW, 371, Year.of(2020)));
    assertEquals(Optional.of("AZE"), codes.iso3(CodeSystem.COW, 373, Year.of(1994)));
    assertEquals(Optional.of("GEO"), codes.iso3(CodeSystem.GW, 372, d(2008, 8, 8)));
  }

  @Test
  void isoNeedsMembership() {
    assertEquals(Optional.empty(), codes.iso3(CodeSystem.GW, 373, d(1991, 1, 1)));
  }

  @Test
  void isoThroughTheCounterpart() {
    // countrycode: Serbia gwn 340 SRB with no cown; COW keeps 345 -> SRB via G&W 340
    assertEquals(Optional.of("SRB"), codes.iso3(CodeSystem.COW, 345, Year.of(2010)));
    // Yugoslavia 345/345 has no iso3c in countrycode
    assertEquals(Optional.empty(), codes.iso3(CodeSystem.GW, 345, Year.of(2000)));
    // countrycode pairs COW 679 with YEM and gives G&W 678 none
    assertEquals(Optional.of("YEM"), codes.iso3(CodeSystem.GW, 678, Year.of(2015)));
    // countrycode pairs Vietnam cown 816 with gwn 815; G&W 816 reaches VNM through COW 816
    assertEquals(Optional.of("VNM"), codes.iso3(CodeSystem.GW, 816, Year.of(2000)));
    // GDR 265 has no iso3c
    assertEquals(Optional.empty(), codes.iso3(CodeSystem.COW, 265, Year.of(1980)));
    // Germany: cown 255, gwn 260, DEU
    assertEquals(Optional.of("DEU"), codes.iso3(CodeSystem.GW, 260, Year.of(1980)));
    assertEquals(Optional.of("DEU"), codes.iso3(CodeSystem.COW, 255, Year.of(2000)));
  }

  @Test
  void fromIso3() {
    assertEquals(373, codes.fromIso3("aze", CodeSystem.COW, d(2020, 1, 1)).orElseThrow().code());
    assertEquals(255, codes.fromIso3("DEU", CodeSystem.COW, d(2000, 1, 1)).orElseThrow().code());
    assertEquals(260, codes.fromIso3("DEU", CodeSystem.COW, d(1970, 1, 1)).orElseThrow().code());
    assertEquals(260, codes.fromIso3("DEU", CodeSystem.GW, d(1970, 1, 1)).orElseThrow().code());
    assertEquals(345, codes.fromIso3("SRB", CodeSystem.COW, d(2010, 1, 1)).orElseThrow().code());
    assertEquals(Optional.empty(), codes.fromIso3("DEU", CodeSystem.COW, d(1950, 1, 1)));
    UnknownCodeException e = assertThrows(UnknownCodeException.class,
        () -> codes.fromIso3("XKX", CodeSystem.GW, d(2010, 1, 1)));
    assertTrue(e.getMessage().contains("XKX"), e.getMessage());
    assertEquals(CodeSystem.ISO3, e.system());
  }

  @Test
  void nameLookupIgnoresCaseDiacriticsAndApostrophes() {
    // iisystem.dat writes "Cote D’Ivoire" (cp1252 0x92), COW "Ivory Coast"
    List<State> civ = codes.byName("cote d'ivoire");
    assertTrue(civ.stream().anyMatch(s -> s.system() == CodeSystem.GW && s.code() == 437), "" + civ);
    // countrycode's name "Côte d’Ivoire" answers for COW 437 too
    assertTrue(civ.stream().anyMatch(s -> s.system() == CodeSystem.COW && s.code() == 437), "" + civ);
    assertEquals(civ, codes.byName("CÔTE D’IVOIRE"));
    // iisystem.dat: "Württemberg" (0xFC); states2016.csv: "Wuerttemburg"
    List<State> wrt = codes.byName("Württemberg");
    assertEquals(1, wrt.size());
    assertEquals(271, wrt.get(0).code());
    assertEquals(CodeSystem.GW, wrt.get(0).system());
    assertEquals(wrt, codes.byName("wurttemberg"));
    assertEquals(271, codes.byName("Wuerttemburg").get(0).code());
  }

  @Test
  void nameLookupUsesPartsOfListNames() {
    // G&W "Russia (Soviet Union)", "Italy/Sardinia", "Congo, Democratic Republic of (Zaire)"
    assertTrue(codes.byName("Soviet Union").stream().anyMatch(s -> s.code() == 365));
    assertTrue(codes.byName("sardinia").stream().anyMatch(s -> s.code() == 325));
    assertTrue(codes.byName("Zaire").stream().anyMatch(s -> s.code() == 490));
    assertTrue(codes.byName("Democratic Republic of Congo").stream().anyMatch(s -> s.code() == 490));
    assertEquals(List.of(), codes.byName("Atlantis"));
  }

  @Test
  void nameLookupOnADate() {
    // "Germany": COW 255 (both spells), G&W 255 "Germany (Prussia)", G&W 260 via countrycode
    List<State> all = codes.byName("Germany");
    assertEquals(4, all.size(), "" + all);
    List<State> in2000 = codes.byName("germany", d(2000, 1, 1));
    assertEquals(2, in2000.size(), "" + in2000);
    assertTrue(in2000.stream().anyMatch(s -> s.system() == CodeSystem.COW && s.code() == 255));
    assertTrue(in2000.stream().anyMatch(s -> s.system() == CodeSystem.GW && s.code() == 260));
    List<State> aze = codes.byName("Azerbaijan", d(1991, 12, 22));
    assertEquals(1, aze.size());
    assertEquals(CodeSystem.GW, aze.get(0).system());
  }
}
