/**
 * What Chinese report text is made of, independent of any vocabulary: where clauses and
 * sentences end ({@link huibao.text.Clauses}), which characters are Han
 * ({@link huibao.text.HanChars}), the characters numerals are written with
 * ({@link huibao.text.NumeralChars}), reading numerals and percentages as written
 * ({@link huibao.text.ChineseNumerals}, {@link huibao.text.PercentReader}), and the table by which the
 * word lists look a position's characters up ({@link huibao.text.CharPairTable}).
 *
 * <p>Each of these sets is defined here and only here; every stage (ingest, extract, index, the
 * project tracker) refers to them. The package uses the JDK and nothing else, not even the
 * model.
 */
package huibao.text;
