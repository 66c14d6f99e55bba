package huibao.extract.place;

import huibao.config.Dictionaries;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words around place names: cues ({@code region-cues.tsv}), short forms that are mostly
 * ordinary words ({@code region-common-words.tsv}) and words that contain a place name without
 * naming the place ({@code region-exclusions.tsv}).
 */
public final class PlaceVocabulary {

    static final String CUES = "region-cues.tsv";
    static final String COMMON_WORDS = "region-common-words.tsv";
    static final String EXCLUSIONS = "region-exclusions.tsv";

    /** What a cue says about the place it stands next to. */
    public enum CueKind {
        PLACE_BEFORE, PLACE_AFTER, NOT_DIVISION, AWAY_BEFORE, AWAY_AFTER, SELF_BEFORE, SELF_AFTER, ORG_AFTER, PAIR_AFTER,
        HOMETOWN_AFTER
    }

    /**
     * A cue word.
     *
     * @param text   the word
     * @param kind   what it says
     * @param window for a cue before a place: how far back in the same clause it still reaches (0:
     *               only right before the place or its list)
     */
    public record Cue(String text, CueKind kind, int window) {
    }

    private final Map<CueKind, List<Cue>> cues;
    private final Set<String> commonWords;
    private final List<String> exclusions;

    private PlaceVocabulary(Map<CueKind, List<Cue>> cues, Set<String> commonWords, List<String> exclusions) {
        this.cues = cues;
        this.commonWords = commonWords;
        this.exclusions = exclusions;
    }

    static PlaceVocabulary load(Dictionaries dictionaries) {
        Map<CueKind, List<Cue>> cues = new LinkedHashMap<>();
        for (CueKind k : CueKind.values()) {
            cues.put(k, new ArrayList<>());
        }
        for (Dictionaries.Table.Row row : dictionaries.table(CUES, "cue", "kind", "window").rows()) {
            CueKind kind;
            try {
                kind = CueKind.valueOf(row.get("kind").toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw row.error("unknown cue kind '" + row.get("kind") + "'");
            }
            int window;
            try {
                window = row.get("window").isEmpty() ? 0 : Integer.parseInt(row.get("window"));
            } catch (NumberFormatException e) {
                throw row.error("window must be a number, was '" + row.get("window") + "'");
            }
            if (row.get("cue").isEmpty()) {
                throw row.error("empty cue");
            }
            cues.get(kind).add(new Cue(row.get("cue"), kind, window));
        }
        // longest first, so that 来自 is read before 来
        cues.values().forEach(l -> l.sort(Comparator.comparingInt((Cue c) -> c.text().length()).reversed()));
        Set<String> common = new HashSet<>(dictionaries.words(COMMON_WORDS));
        List<String> exclusions = dictionaries.words(EXCLUSIONS);
        return new PlaceVocabulary(cues, common, exclusions);
    }

    /** The cues of {@code kind}. */
    public List<Cue> cues(CueKind kind) {
        return cues.get(kind);
    }

    /** The cue of {@code kind} that ends right at {@code offset}, or {@code null}. */
    public Cue endingAt(CharSequence text, int offset, CueKind kind) {
        for (Cue c : cues.get(kind)) {
            int start = offset - c.text().length();
            if (start >= 0 && text.subSequence(start, offset).toString().equals(c.text())) {
                return c;
            }
        }
        return null;
    }

    /** The cue of {@code kind} that begins right at {@code offset}, or {@code null}. */
    public Cue startingAt(CharSequence text, int offset, CueKind kind) {
        for (Cue c : cues.get(kind)) {
            int end = offset + c.text().length();
            if (end <= text.length() && standsAt(text, offset, c.text())) {
                return c;
            }
        }
        return null;
    }

    private static boolean standsAt(CharSequence text, int offset, String word) {
        for (int i = 0; i < word.length(); i++) {
            if (text.charAt(offset + i) != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    boolean isCommonWord(String form) {
        return commonWords.contains(form);
    }

    List<String> exclusions() {
        return exclusions;
    }
}
