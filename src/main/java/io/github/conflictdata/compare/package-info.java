/**
 * Cross-dataset comparison: the war concordance ({@link io.github.conflictdata.compare.Concordance},
 * {@link io.github.conflictdata.compare.War}), the matcher that proposes its links ({@link
 * io.github.conflictdata.compare.WarMatcher}), official casualty claims ({@link
 * io.github.conflictdata.compare.Claims}), battle deaths side by side ({@link
 * io.github.conflictdata.compare.Compare}), event data beside years and claims ({@link
 * io.github.conflictdata.compare.EventSeries}, {@link io.github.conflictdata.compare.GedYears},
 * {@link io.github.conflictdata.compare.ClaimsBesideEvents}, {@link
 * io.github.conflictdata.compare.AcledCountryYear}), and what notebooks need ({@link
 * io.github.conflictdata.compare.Fmt}, {@link io.github.conflictdata.compare.Pick}, {@link
 * io.github.conflictdata.compare.Sums}, {@link io.github.conflictdata.compare.SharedData}).
 *
 * <p>Depends only on the core reader API; nothing here imports charts or the kernel.
 */
package io.github.conflictdata.compare;
