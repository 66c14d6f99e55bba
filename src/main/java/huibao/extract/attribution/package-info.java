/**
 * What each figure states: its indicator, measure, scope and the comparison it makes, from the
 * clause it stands in, the paragraph's topic, 分别 lists, breakdowns and table columns.
 * {@link huibao.extract.attribution.FactAttributor} is the entry for running text;
 * {@link huibao.extract.attribution.TableReader} and {@link huibao.extract.attribution.Breakdowns}
 * serve the rows of tables and the parts of a whole.
 *
 * <p>May use the model, {@code huibao.text} and the {@code lexicon}, {@code number}, {@code place}
 * and {@code sentence} families; nothing else of extract.
 */
package huibao.extract.attribution;
