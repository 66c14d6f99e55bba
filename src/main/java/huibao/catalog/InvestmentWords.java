package huibao.catalog;

import huibao.config.Dictionaries;

import java.util.List;

/**
 * The words of {@code investment-words.tsv} that make an amount an investment of projects
 * (总投资, 计划投资), read once for extraction (an amount beside project counts) and the project
 * tracker (a project's investment figures, a plan that states only an investment).
 */
public final class InvestmentWords {

    /** The dictionary the words are read from. */
    public static final String FILE = "investment-words.tsv";

    private final List<String> words;

    private InvestmentWords(List<String> words) {
        this.words = List.copyOf(words);
    }

    /** Reads {@code investment-words.tsv} of {@code dictionaries}. */
    public static InvestmentWords load(Dictionaries dictionaries) {
        return new InvestmentWords(dictionaries.words(FILE));
    }

    /** The words in dictionary order. */
    public List<String> words() {
        return words;
    }
}
