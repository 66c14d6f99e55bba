package huibao.extract.sentence;

import huibao.model.Span;
import huibao.text.Clauses;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a report's text into sentences at 。！？ and line ends; ；stays inside a sentence,
 * because the genre chains related figures with it. Leading and trailing blanks are trimmed off
 * each sentence, so spans point at text.
 */
public final class SentenceSplitter {

    private static final String CLOSERS = "”’）)」』】";

    private SentenceSplitter() {
    }

    /**
     * Splits {@code text}, which starts at offset {@code base} of the file's cleaned text.
     */
    public static List<Sentence> split(String text, int base) {
        List<Sentence> out = new ArrayList<>();
        int paragraph = 0;
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                add(out, text, start, i, base, paragraph);
                start = i + 1;
                paragraph++;
            } else if (Clauses.SENTENCE_MARKS.indexOf(c) >= 0) {
                int end = i + 1;
                while (end < n && CLOSERS.indexOf(text.charAt(end)) >= 0) {
                    end++;
                }
                add(out, text, start, end, base, paragraph);
                start = end;
                i = end - 1;
            }
        }
        add(out, text, start, n, base, paragraph);
        return out;
    }

    private static void add(List<Sentence> out, String text, int start, int end, int base, int paragraph) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s)) && text.charAt(s) != '\u00a0') {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e > s) {
            out.add(new Sentence(text.substring(s, e), new Span(base + s, base + e), paragraph));
        }
    }
}
