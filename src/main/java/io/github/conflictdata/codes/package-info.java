/**
 * Country codes: a date-aware crosswalk between COW state numbers ({@code ccode}), Gleditsch &amp;
 * Ward numbers ({@code gwno}, used by UCDP and PRIO), ISO 3166 alpha-3 codes and names, built from
 * the bundled COW states2016.csv, G&amp;W iisystem.dat and code pairs taken from countrycode. Start
 * at {@link io.github.conflictdata.codes.CountryCodes}; the crosswalk's rules are in its class
 * documentation.
 */
package io.github.conflictdata.codes;
