package huibao.catalog;

import huibao.config.Dictionaries;
import huibao.model.RegionLevel;

import java.util.ArrayList;
import java.util.List;

/**
 * The words of {@code report-self-words.tsv} by which a report speaks of its own region (我区, 全市),
 * read once for the reporter's region (extraction's metadata), the whole-region marks of a sentence
 * (extraction's clause marks) and the region a whole-region word speaks of (the checks).
 */
public final class SelfWords {

    /** The dictionary the words are read from. */
    public static final String FILE = "report-self-words.tsv";

    /**
     * A word by which a report speaks of its own region.
     *
     * @param word   the word as written ("全市")
     * @param suffix the ending of the region's name it tells ("市")
     * @param weight how firmly it names the reporter itself
     * @param level  the level such a reporter usually has
     */
    public record SelfWord(String word, String suffix, int weight, RegionLevel level) {

        /** Whether it states a figure for the whole region (全市, 全区), not only who speaks (我市). */
        public boolean wholeRegion() {
            return word.startsWith("全");
        }
    }

    private final List<SelfWord> words;

    private SelfWords(List<SelfWord> words) {
        this.words = List.copyOf(words);
    }

    /** Reads {@code report-self-words.tsv} of {@code dictionaries}. */
    public static SelfWords load(Dictionaries dictionaries) {
        List<SelfWord> words = new ArrayList<>();
        for (Dictionaries.Table.Row row : dictionaries.table(FILE, "word", "suffix", "weight", "level").rows()) {
            try {
                words.add(new SelfWord(row.get("word"), row.get("suffix"), Integer.parseInt(row.get("weight")),
                        RegionLevel.of(row.get("level"))));
            } catch (IllegalArgumentException e) {
                throw row.error("weight must be a number and level province, city or county");
            }
        }
        return new SelfWords(words);
    }

    /** Every word in dictionary order. */
    public List<SelfWord> all() {
        return words;
    }
}
