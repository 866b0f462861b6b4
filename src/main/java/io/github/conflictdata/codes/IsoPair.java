package io.github.conflictdata.codes;

/**
 * One row of {@code iso3-crosswalk.csv}: code-pair facts taken from countrycode's codelist. Codes
 * absent in the codelist are 0 (cown, gwn) or empty (iso3c).
 */
record IsoPair(int cown, int gwn, String iso3c, String name) {}
