package huibao.catalog;

import huibao.config.Dictionaries;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The project stages, read once: the stage words of {@code stages.tsv} (签约 → signed, counted by
 * projects_signed) for extraction's project counts and its project mentions, and the labels of
 * {@code entities-stages.tsv} in the order a project goes through them, for the mentions and the
 * project tracker's ladder.
 */
public final class StageCatalog {

    /** The dictionary of stage words. */
    public static final String WORDS_FILE = "stages.tsv";
    /** The dictionary of stage labels, in ladder order. */
    public static final String LABELS_FILE = "entities-stages.tsv";

    /**
     * A stage word.
     *
     * @param word      the word as written ("新签约")
     * @param stage     negotiating, signed, started, building, completed, listed, outside, increase or key
     * @param indicator the count indicator of that stage, or {@code null} (the count is {@code other})
     */
    public record StageWord(String word, String stage, String indicator) {
    }

    private final List<StageWord> words;
    private final Map<String, String> labels;

    private StageCatalog(List<StageWord> words, Map<String, String> labels) {
        this.words = List.copyOf(words);
        this.labels = Collections.unmodifiableMap(labels);
    }

    /** Reads {@code stages.tsv} and {@code entities-stages.tsv}; a stage word's indicator must be one of {@code indicators}. */
    public static StageCatalog load(Dictionaries dictionaries, IndicatorCatalog indicators) {
        List<StageWord> words = new ArrayList<>();
        for (Dictionaries.Table.Row row : dictionaries.table(WORDS_FILE, "word", "stage", "indicator").rows()) {
            String ind = row.get("indicator").isBlank() ? null : row.get("indicator");
            if (ind != null && !indicators.contains(ind)) {
                throw row.error("unknown indicator " + ind);
            }
            words.add(new StageWord(row.get("word"), row.get("stage"), ind));
        }
        Map<String, String> labels = new LinkedHashMap<>();
        for (Dictionaries.Table.Row row : dictionaries.table(LABELS_FILE, "stage", "label").rows()) {
            labels.put(row.get("stage"), row.get("label"));
        }
        return new StageCatalog(words, labels);
    }

    /** The stage words in dictionary order. */
    public List<StageWord> words() {
        return words;
    }

    /** Each stage's label (signed → 签约), in the order a project goes through them. */
    public Map<String, String> labels() {
        return labels;
    }
}
