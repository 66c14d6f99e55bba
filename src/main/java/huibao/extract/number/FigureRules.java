package huibao.extract.number;

import huibao.config.Dictionaries;

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

    private final Map<String, List<String>> byKind = new HashMap<>();

    /** Reads {@code figure-rules.tsv}. */
    public FigureRules(Dictionaries dictionaries) {
        for (Dictionaries.Table.Row row : dictionaries.table("figure-rules.tsv", "kind", "word").rows()) {
            byKind.computeIfAbsent(row.get("kind"), k -> new ArrayList<>()).add(row.get("word"));
        }
        for (List<String> words : byKind.values()) {
            words.sort((a, b) -> Integer.compare(b.length(), a.length()));
        }
    }

    /** The words of a kind, longest first. */
    List<String> words(String kind) {
        return byKind.getOrDefault(kind, List.of());
    }

    /** The longest word of {@code kind} that starts at {@code at}, or {@code null}. */
    public String wordAt(String kind, CharSequence text, int at) {
        for (String w : words(kind)) {
            if (startsWith(text, at, w)) {
                return w;
            }
        }
        return null;
    }

    /** The longest word of {@code kind} that ends at {@code end}, or {@code null}. */
    public String wordBefore(String kind, CharSequence text, int end) {
        for (String w : words(kind)) {
            int start = end - w.length();
            if (start >= 0 && startsWith(text, start, w)) {
                return w;
            }
        }
        return null;
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
