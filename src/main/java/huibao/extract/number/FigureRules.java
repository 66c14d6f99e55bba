package huibao.extract.number;

import huibao.config.Dictionaries;
import huibao.text.CharPairTable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The word lists of {@code dictionaries/figure-rules.tsv} that tell a number from a figure:
 * dates and labels, selections (前三位), articles (一批), phases (二期), back-references,
 * size classes (亿元以上项目) and hedges (近, 余, 以上).
 */
public final class FigureRules {

    private static final String[] NONE = {};
    private static final Words NO_WORDS = new Words(new CharPairTable<>(0), new CharPairTable<>(0));

    private final Map<String, List<String>> byKind = new HashMap<>();
    private final Map<String, Words> kinds = new HashMap<>();

    /**
     * The words of one kind by their first and by their last character, longest first: looked up at
     * every position of a sentence, so a rule asked there holds its kind rather than naming it each time.
     */
    public static final class Words {

        private final CharPairTable<String[]> byFirst;
        private final CharPairTable<String[]> byLast;

        private Words(CharPairTable<String[]> byFirst, CharPairTable<String[]> byLast) {
            this.byFirst = byFirst;
            this.byLast = byLast;
        }

        /** The longest word of the kind that starts at {@code at}, or {@code null}. */
        public String at(CharSequence text, int at) {
            if (at < 0 || at >= text.length()) {
                return null;
            }
            for (String w : words(byFirst, text.charAt(at))) {
                if (startsWith(text, at, w)) {
                    return w;
                }
            }
            return null;
        }

        /** The longest word of the kind that ends at {@code end}, or {@code null}. */
        public String before(CharSequence text, int end) {
            if (end <= 0 || end > text.length()) {
                return null;
            }
            for (String w : words(byLast, text.charAt(end - 1))) {
                int start = end - w.length();
                if (start >= 0 && startsWith(text, start, w)) {
                    return w;
                }
            }
            return null;
        }

        private static String[] words(CharPairTable<String[]> byChar, char c) {
            String[] words = byChar.get(c);
            return words == null ? NONE : words;
        }
    }

    /** Reads {@code figure-rules.tsv}. */
    public FigureRules(Dictionaries dictionaries) {
        for (Dictionaries.Table.Row row : dictionaries.table("figure-rules.tsv", "kind", "word").rows()) {
            byKind.computeIfAbsent(row.get("kind"), k -> new ArrayList<>()).add(row.get("word"));
        }
        byKind.forEach((kind, words) -> {
            words.sort((a, b) -> Integer.compare(b.length(), a.length()));
            for (String w : words) {
                if (w.isEmpty()) {
                    throw new Dictionaries.DictionaryException("figure-rules.tsv: a " + kind + " word is empty");
                }
            }
            kinds.put(kind, new Words(CharPairTable.grouped(words, w -> w.charAt(0), String[]::new),
                    CharPairTable.grouped(words, w -> w.charAt(w.length() - 1), String[]::new)));
        });
    }

    /** The words of {@code kind}, none when the file has no word of it. */
    public Words kind(String kind) {
        return kinds.getOrDefault(kind, NO_WORDS);
    }

    /** The words of a kind, longest first. */
    List<String> words(String kind) {
        return byKind.getOrDefault(kind, List.of());
    }

    /** The longest word of {@code kind} that starts at {@code at}, or {@code null}. */
    public String wordAt(String kind, CharSequence text, int at) {
        return kind(kind).at(text, at);
    }

    /** The longest word of {@code kind} that ends at {@code end}, or {@code null}. */
    public String wordBefore(String kind, CharSequence text, int end) {
        return kind(kind).before(text, end);
    }

    /** The longest word of {@code kind} found anywhere in {@code text}, or {@code null}. */
    String wordIn(String kind, String text) {
        for (String w : words(kind)) {
            if (text.contains(w)) {
                return w;
            }
        }
        return null;
    }

    static boolean startsWith(CharSequence text, int at, String word) {
        if (at < 0 || at + word.length() > text.length()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (text.charAt(at + i) != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
