/**
 * How tables read in notebooks and reports: {@link io.github.conflictdata.display.TableHtml}
 * renders a Tablesaw table as pandas does (text left, numbers right with thousands separators,
 * long text cut with the full value on hover, head and tail rows, a column limit). The kernel
 * calls it; core packages never import this package, and it imports no kernel class.
 */
package io.github.conflictdata.display;
