package io.github.conflictdata.panel;

/**
 * The years a joined dataset covers. Outside them the joined columns are missing, never 0; inside
 * them a state-year without any record is 0 ("no conflict").
 *
 * @param dataset what was joined, e.g. "UCDP/PRIO ACD 24.1"
 * @param fromYear first covered year
 * @param toYear last covered year
 * @param basis why these years (codebook fact or the file's own years)
 */
public record Coverage(String dataset, int fromYear, int toYear, String basis) {

  /**
   * Whether {@code year} is inside the coverage.
   *
   * @param year the year asked for
   * @return true when {@code fromYear <= year <= toYear}
   */
  public boolean covers(int year) {
    return year >= fromYear && year <= toYear;
  }

  @Override
  public String toString() {
    return dataset + ": " + fromYear + "-" + toYear + " (" + basis + ")";
  }
}
