package io.github.conflictdata.panel;

/**
 * PRIO-GRID cell arithmetic (Tollefsen, Strand &amp; Buhaug 2012, "PRIO-GRID: A unified spatial data structure", Journal of Peace Research 49(2)): cells of 0.5 x 0.5
 * degrees numbered from 1 at the south-west corner (90S, 180W) eastwards, 720 to a row, 360 rows:
 * {@code gid = floor((lat + 90) / 0.5) * 720 + floor((lon + 180) / 0.5) + 1}. UCDP GED's {@code
 * priogrid_gid} follows this rule for every event of GED 19.1 and candidate 26.0.1 (checked in
 * {@code GridPanelTest}). Plain JDK code, so that the Spark job can use it without Tablesaw.
 */
public final class PrioGrid {
  /** Width of a cell in degrees. */
  public static final double CELL_DEGREES = 0.5;

  /** Cells per row (360 / 0.5). */
  public static final int CELLS_PER_ROW = 720;

  /** Number of cells in the grid (720 x 360). */
  public static final int CELLS = CELLS_PER_ROW * 360;

  private PrioGrid() {}

  /**
   * The cell of a point; points on the north pole or the date line go to the last row or column.
   *
   * @param latitude degrees north, -90..90
   * @param longitude degrees east, -180..180
   * @return the cell id, 1..259200
   * @throws IllegalArgumentException for a coordinate out of range (or NaN)
   */
  public static int cellOf(double latitude, double longitude) {
    if (!(latitude >= -90 && latitude <= 90 && longitude >= -180 && longitude <= 180)) {
      throw new IllegalArgumentException("not a coordinate: " + latitude + ", " + longitude);
    }
    int row = Math.min((int) Math.floor((latitude + 90) / CELL_DEGREES), 359);
    int col = Math.min((int) Math.floor((longitude + 180) / CELL_DEGREES), CELLS_PER_ROW - 1);
    return row * CELLS_PER_ROW + col + 1;
  }

  /**
   * Latitude of the centre of a cell.
   *
   * @param gid the cell id
   * @return degrees north
   * @throws IllegalArgumentException for an id outside 1..259200
   */
  public static double centroidLat(int gid) {
    check(gid);
    return -90 + ((gid - 1) / CELLS_PER_ROW) * CELL_DEGREES + CELL_DEGREES / 2;
  }

  /**
   * Longitude of the centre of a cell.
   *
   * @param gid the cell id
   * @return degrees east
   * @throws IllegalArgumentException for an id outside 1..259200
   */
  public static double centroidLon(int gid) {
    check(gid);
    return -180 + ((gid - 1) % CELLS_PER_ROW) * CELL_DEGREES + CELL_DEGREES / 2;
  }

  private static void check(int gid) {
    if (gid < 1 || gid > CELLS) {
      throw new IllegalArgumentException("not a PRIO-GRID cell id (1.." + CELLS + "): " + gid);
    }
  }
}
