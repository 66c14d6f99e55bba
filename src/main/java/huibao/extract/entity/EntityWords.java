package huibao.extract.entity;

import huibao.extract.lexicon.WordMatcher;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A word list of {@code entities*.tsv} that answers "which word starts (or ends) right here" by
 * hash lookups, for the checks made at one point of a sentence, and scans a text in one pass
 * for the checks made over a stretch. Immutable.
 */
final class EntityWords {

    private final Set<String> words;
    private final int longest;
    private final WordMatcher<String> matcher;
    /** The first and the last characters of the words: most points of a sentence are turned down by one lookup. */
    private final BitSet firsts = new BitSet();
    private final BitSet lasts = new BitSet();

    EntityWords(Set<String> words) {
        this.words = Set.copyOf(words);
        this.longest = words.stream().mapToInt(String::length).max().orElse(0);
        for (String w : words) {
            firsts.set(w.charAt(0));
            lasts.set(w.charAt(w.length() - 1));
        }
        Map<String, String> map = new HashMap<>();
        words.forEach(w -> map.put(w, w));
        this.matcher = new WordMatcher<>(map);
    }

    /**
     * The words as one regular-expression group, each quoted and the longer first, so that a rule can build
     * its pattern once around them; a group that matches nothing when there is no word.
     */
    String group() {
        return words.isEmpty() ? "(?!)" : "(?:" + String.join("|", words.stream()
                .sorted(java.util.Comparator.comparingInt(String::length).reversed().thenComparing(w -> w))
                .map(java.util.regex.Pattern::quote).toList()) + ")";
    }

    /** The longest word that starts at {@code start} of {@code s}, or {@code null}. */
    String startingAt(String s, int start) {
        if (start >= s.length() || !firsts.get(s.charAt(start))) {
            return null;
        }
        for (int n = Math.min(longest, s.length() - start); n > 0; n--) {
            String w = s.substring(start, start + n);
            if (words.contains(w)) {
                return w;
            }
        }
        return null;
    }

    /** The longest word that ends at {@code end} of {@code s}, or {@code null}. */
    String endingAt(String s, int end) {
        if (end < 1 || end > s.length() || !lasts.get(s.charAt(end - 1))) {
            return null;
        }
        for (int n = Math.min(longest, end); n > 0; n--) {
            String w = s.substring(end - n, end);
            if (words.contains(w)) {
                return w;
            }
        }
        return null;
    }

    /** Whether any word occurs in {@code text}. */
    boolean occursIn(CharSequence text) {
        return !words.isEmpty() && matcher.containsAny(text);
    }

    /** Occurrences that do not overlap, the longest at each point. */
    List<WordMatcher.Match<String>> findLongest(CharSequence text) {
        return matcher.findLongest(text);
    }
}
