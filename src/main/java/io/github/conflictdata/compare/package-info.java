/**
 * Cross-dataset comparison: the war concordance ({@link io.github.conflictdata.compare.Concordance},
 * {@link io.github.conflictdata.compare.War}), the matcher that proposes its links ({@link
 * io.github.conflictdata.compare.WarMatcher}), official casualty claims ({@link
 * io.github.conflictdata.compare.Claims}), and battle deaths side by side ({@link
 * io.github.conflictdata.compare.Compare}).
 *
 * <p>Depends only on the core reader API; nothing here imports charts or the kernel.
 */
package io.github.conflictdata.compare;
