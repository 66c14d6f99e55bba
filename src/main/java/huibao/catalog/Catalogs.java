package huibao.catalog;

import huibao.config.Dictionaries;

import java.util.Objects;

/**
 * The typed catalogues, loaded once from the dictionaries and handed to every stage that reads
 * them, so that no stage reads {@code indicators.tsv}, {@code scopes.tsv}, {@code unit-prefixes.tsv},
 * {@code investment-words.tsv}, {@code stages.tsv}, {@code entities-stages.tsv} or
 * {@code report-self-words.tsv} on its own.
 *
 * @param indicators   the indicators and their roles
 * @param scopes       the scope words
 * @param unitPrefixes the multiplier prefixes of units
 * @param investmentWords the words that make an amount an investment of projects
 * @param stages       the project stages, their words and labels
 * @param selfWords    the words by which a report speaks of its own region
 */
public record Catalogs(IndicatorCatalog indicators, ScopeCatalog scopes, UnitPrefixes unitPrefixes,
                       InvestmentWords investmentWords, StageCatalog stages, SelfWords selfWords) {

    public Catalogs {
        Objects.requireNonNull(indicators, "indicators");
        Objects.requireNonNull(scopes, "scopes");
        Objects.requireNonNull(unitPrefixes, "unitPrefixes");
        Objects.requireNonNull(investmentWords, "investmentWords");
        Objects.requireNonNull(stages, "stages");
        Objects.requireNonNull(selfWords, "selfWords");
    }

    /**
     * Reads every catalogue from {@code dictionaries}.
     *
     * @throws Dictionaries.DictionaryException when a file is missing or malformed, or a role is missing or given twice
     */
    public static Catalogs load(Dictionaries dictionaries) {
        IndicatorCatalog indicators = IndicatorCatalog.load(dictionaries);
        return new Catalogs(indicators, ScopeCatalog.load(dictionaries), UnitPrefixes.load(dictionaries),
                InvestmentWords.load(dictionaries), StageCatalog.load(dictionaries, indicators),
                SelfWords.load(dictionaries));
    }
}
