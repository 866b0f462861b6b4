/**
 * Country codes: a date-aware crosswalk between COW state numbers ({@code ccode}), Gleditsch &amp;
 * Ward numbers ({@code gwno}, used by UCDP and PRIO), ISO 3166 alpha-3 codes and names, built from
 * COW's states2016.csv (from the download cache: COW's terms keep it out of the jar), the bundled
 * G&amp;W iisystem.dat and code pairs taken from countrycode. Start
 * at {@link io.github.conflictdata.codes.CountryCodes}; the crosswalk's rules are in its class
 * documentation.
 */
package io.github.conflictdata.codes;
