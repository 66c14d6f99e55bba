package huibao.extract.lexicon;

import huibao.text.CharPairTable;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds every occurrence of a vocabulary's words in a text, the dictionary path that keeps
 * extraction fast. A position is turned down by a bit of its character (the table of first
 * characters, 8 KB, stays in the processor's cache); only where a word may start are the words
 * that begin with the position's first two characters compared, longest first. An Aho-Corasick
 * automaton over code points walks every character through arrays too large for the cache, and a
 * text of a report has few positions where one of a list's words starts.
 *
 * @param <V> what each word stands for
 */
public final class WordMatcher<V> {

    /**
     * One occurrence of a word.
     *
     * @param start offset of the word's first character
     * @param end   offset just past its last character
     * @param word  the word
     * @param value what the word stands for
     */
    public record Match<V>(int start, int end, String word, V value) {
        /** The length of the matched word. */
        public int length() {
            return end - start;
        }
    }

    private record Entry<V>(String word, V value) {
    }

    private final long[] firstChars = new long[(Character.MAX_VALUE + 1) / 64];
    private final long[] singleChars = new long[(Character.MAX_VALUE + 1) / 64];
    /** Words of two characters or more by their first two, longest first. */
    private final CharPairTable<Entry<V>[]> byPair;
    /** Words of one character. */
    private final CharPairTable<Entry<V>> singles;
    private final boolean empty;

    /** A matcher of the keys of {@code words}, each giving its value. */
    public WordMatcher(Map<String, V> words) {
        Map<Integer, List<Entry<V>>> pairs = new HashMap<>();
        Map<Integer, Entry<V>> ones = new HashMap<>();
        words.forEach((w, v) -> {
            if (w.isEmpty()) {
                return;
            }
            char first = w.charAt(0);
            firstChars[first >>> 6] |= 1L << first;
            if (w.length() == 1) {
                singleChars[first >>> 6] |= 1L << first;
                ones.put(CharPairTable.key(first, '\0'), new Entry<>(w, v));
            } else {
                pairs.computeIfAbsent(CharPairTable.key(first, w.charAt(1)), k -> new ArrayList<>()).add(new Entry<>(w, v));
            }
        });
        empty = pairs.isEmpty() && ones.isEmpty();
        byPair = new CharPairTable<>(pairs.size());
        pairs.forEach((key, entries) -> {
            entries.sort(Comparator.comparingInt((Entry<V> e) -> e.word().length()).reversed());
            @SuppressWarnings("unchecked")
            Entry<V>[] longestFirst = entries.toArray(new Entry[0]);
            byPair.put(key, longestFirst);
        });
        singles = new CharPairTable<>(ones.size());
        ones.forEach(singles::put);
    }

    /** Every occurrence in {@code text}, overlapping ones included, ordered by start then longest. */
    public List<Match<V>> findAll(CharSequence chars) {
        if (empty || chars.length() == 0) {
            return List.of();
        }
        String text = chars.toString();
        List<Match<V>> out = new ArrayList<>(0); // no array until a word is found
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if ((firstChars[c >>> 6] & (1L << c)) == 0) {
                continue;
            }
            if (i + 1 < n) {
                Entry<V>[] candidates = byPair.get(CharPairTable.key(c, text.charAt(i + 1)));
                if (candidates != null) {
                    for (Entry<V> e : candidates) {
                        if (startsWith(text, i, e.word())) {
                            out.add(new Match<>(i, i + e.word().length(), e.word(), e.value()));
                        }
                    }
                }
            }
            Entry<V> one = (singleChars[c >>> 6] & (1L << c)) == 0 ? null : singles.get(c);
            if (one != null) {
                out.add(new Match<>(i, i + 1, one.word(), one.value()));
            }
        }
        return out.isEmpty() ? List.of() : out;
    }

    /**
     * Occurrences that do not overlap, preferring the longest at each point (leftmost-longest),
     * the way a dictionary segmenter reads.
     */
    public List<Match<V>> findLongest(CharSequence text) {
        List<Match<V>> all = findAll(text);
        if (all.isEmpty()) {
            return all;
        }
        List<Match<V>> out = new ArrayList<>();
        int covered = 0;
        for (Match<V> m : all) {
            if (m.start >= covered) {
                out.add(m);
                covered = m.end;
            } else if (!out.isEmpty() && out.get(out.size() - 1).start == m.start && m.length() > out.get(out.size() - 1).length()) {
                out.set(out.size() - 1, m);
                covered = m.end;
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** Whether {@code text} contains any word of the vocabulary. */
    public boolean containsAny(CharSequence text) {
        return !findAll(text).isEmpty();
    }

    /** Whether {@code word} stands at {@code at}, whose first two characters it is known to share. */
    private static boolean startsWith(String text, int at, String word) {
        int end = at + word.length();
        if (end > text.length()) {
            return false;
        }
        for (int k = 2; k < word.length(); k++) {
            if (text.charAt(at + k) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
