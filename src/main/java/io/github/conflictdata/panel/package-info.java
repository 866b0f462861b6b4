/**
 * State-year and dyad-year panels from the COW and Gleditsch &amp; Ward membership lists, with
 * conflict data joined on (peacesciencer's job in R, without its known faults): states on side B
 * and secondary parties counted apart from side A, missing values, never zeros, outside a
 * dataset's years, multi-valued UCDP codes split, and G&amp;W &lt;-&gt; COW conversion by the
 * crosswalk. Entry point: {@link io.github.conflictdata.panel.Panels}.
 */
package io.github.conflictdata.panel;
