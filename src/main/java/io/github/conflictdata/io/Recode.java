package io.github.conflictdata.io;

import java.util.function.UnaryOperator;

/**
 * One form for a text column that two layouts of a kind code differently (ACLED's numeric {@code
 * inter1} "2" and its 2024 text "Rebel group"): the table holds the recoded value, the raw cell
 * stays retrievable through {@code Dataset.rawValue}. Declared with {@link Schema.Builder#recode}.
 *
 * @param column the schema column (current name)
 * @param mapping raw trimmed text to the table's form; returns the value unchanged if it already
 *     is in that form, or null if it is neither form (a positioned problem)
 * @param expected what a cell must be, for problems ("an ACLED actor type code 1-8 or name")
 * @param source where the mapping comes from (codebook and page), for the README and javadoc
 */
public record Recode(String column, UnaryOperator<String> mapping, String expected, String source) {}
