package huibao.extract.lexicon;

import huibao.config.Dictionaries;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The words of {@code dictionaries/clause-words.tsv} that give a clause its structure. */
public final class ClauseWords {

    private final Map<String, List<String>> byKind = new HashMap<>();
    /** The markers of a new list item (一是, 第一，), which leave the last item's subject behind. */
    public final Pattern listItem;

    ClauseWords(Dictionaries dictionaries) {
        for (Dictionaries.Table.Row row : dictionaries.table("clause-words.tsv", "kind", "word").rows()) {
            byKind.computeIfAbsent(row.get("kind"), k -> new ArrayList<>()).add(row.get("word"));
        }
        try {
            this.listItem = Pattern.compile(String.join("|", words("list_item")));
        } catch (java.util.regex.PatternSyntaxException e) {
            throw new Dictionaries.DictionaryException("clause-words.tsv: a list_item is not a regular expression: "
                    + e.getMessage());
        }
    }

    /** The words of a kind, in file order. */
    public List<String> words(String kind) {
        return byKind.getOrDefault(kind, List.of());
    }

    /**
     * The words of {@code kind} as one regular-expression group, each quoted, so that a rule can build its
     * pattern once around them; a group that matches nothing when the kind has no word.
     */
    public String group(String kind) {
        List<String> ws = words(kind);
        return ws.isEmpty() ? "(?!)" : "(?:" + String.join("|", ws.stream().map(Pattern::quote).toList()) + ")";
    }

    /** Whether {@code text} holds a word of {@code kind}. */
    public boolean anyIn(String kind, String text) {
        for (String w : words(kind)) {
            if (text.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Where the last word of {@code kind} before {@code at} starts in {@code text}, or -1. */
    public int lastBefore(String kind, String text, int at) {
        int best = -1;
        for (String w : words(kind)) {
            int k = text.lastIndexOf(w, at - 1);
            if (k >= 0 && k + w.length() <= at && k > best) {
                best = k;
            }
        }
        return best;
    }
}
