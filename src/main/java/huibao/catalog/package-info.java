/**
 * The typed catalogues of the vocabularies more than one stage reads, loaded once from the
 * dictionaries and handed to extraction, the checks, the dataset and the exports: the indicators
 * of {@code indicators.tsv} with the roles rules ask them by ({@link IndicatorCatalog}), the scope
 * words of {@code scopes.tsv} ({@link ScopeCatalog}), the multiplier prefixes of
 * {@code unit-prefixes.tsv} ({@link UnitPrefixes}) and the investment words of
 * {@code investment-words.tsv} ({@link InvestmentWords}), and the stage words and labels of
 * {@code stages.tsv} and {@code entities-stages.tsv} ({@link StageCatalog}), and the words by which
 * a report speaks of its own region of {@code report-self-words.tsv} ({@link SelfWords});
 * {@link Catalogs} holds them together. Depends on
 * {@code config}, {@code model} and {@code text} only, so every stage may take it (issue 9).
 */
package huibao.catalog;
