package io.github.conflictdata.export;

/**
 * Where {@link Parquet.Writer} puts the codebook labels of a dataset's coded columns (see {@code
 * io.github.conflictdata.Labels}).
 */
public enum LabelMode {
  /** No labels: the codes only. */
  NONE,
  /**
   * The default: the codebook of each coded column as JSON in the key-value metadata, key {@code
   * labels}: {@code {"incompatibility": {"1": "Territory", ...}, ...}}. The columns stay as they
   * are, so tools that ignore metadata see exactly the dataset's table.
   */
  METADATA,
  /**
   * An extra text column {@code c_label} after each coded column {@code c}, as {@code
   * Labels.withLabels} makes it (for pandas, R and SQL users who want labels in the data). Their
   * names are listed in the metadata key {@code label_columns}; {@link Parquet#read} drops them
   * again, {@link Parquet#readTable} keeps them.
   */
  COLUMNS
}
