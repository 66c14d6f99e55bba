package huibao.extract.lexicon;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds every occurrence of a vocabulary's words in a text in one pass (HanLP's Aho-Corasick
 * double-array trie), the dictionary path that keeps extraction fast.
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

    private final AhoCorasickDoubleArrayTrie<Entry<V>> trie;
    private final boolean empty;

    private record Entry<V>(String word, V value) {
    }

    /** A matcher of the keys of {@code words}, each giving its value. */
    public WordMatcher(Map<String, V> words) {
        TreeMap<String, Entry<V>> map = new TreeMap<>();
        words.forEach((w, v) -> {
            if (!w.isEmpty()) {
                map.put(w, new Entry<>(w, v));
            }
        });
        this.empty = map.isEmpty();
        this.trie = new AhoCorasickDoubleArrayTrie<>();
        if (!empty) {
            trie.build(map);
        }
    }

    /** Every occurrence in {@code text}, overlapping ones included, ordered by start then longest. */
    public List<Match<V>> findAll(CharSequence text) {
        if (empty || text.length() == 0) {
            return List.of();
        }
        List<Match<V>> out = new ArrayList<>();
        trie.parseText(text.toString(), (begin, end, e) -> out.add(new Match<>(begin, end, e.word(), e.value())));
        out.sort((a, b) -> a.start != b.start ? Integer.compare(a.start, b.start) : Integer.compare(b.end, a.end));
        return out;
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
}
