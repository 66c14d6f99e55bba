/**
 * Figures as written: numerals (Arabic, Chinese, mixed), units, masks (XX, ×, *), blanks, ranges
 * and the other forms a figure takes, read from one sentence by {@link huibao.extract.number.FigureScanner},
 * the entry, into {@link huibao.extract.number.Figure}s with exact values in base units.
 *
 * <p>May use the model, the dictionaries ({@code units.tsv}, {@code figure-rules.tsv}) and
 * {@code huibao.text}; nothing else of extract.
 */
package huibao.extract.number;
