package huibao.index;

import huibao.model.Span;
import huibao.text.Clauses;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a report into passages, the sentences and short paragraphs that search hits show. A passage
 * ends at 。！？；, at a line break, or, when a sentence runs long, at a comma near
 * {@link #MAX_LENGTH} characters. Passages are not indexed apart: they are cut when a hit is shown,
 * and marked from the offsets of the report's text field.
 */
final class Passages {

    /** Longest passage; longer sentences are cut at a comma. */
    static final int MAX_LENGTH = 200;
    /** A cut at a comma leaves at least this much before it. */
    private static final int MIN_CUT = 40;

    private Passages() {
    }

    /** The passages of {@code text}, whose first character lies at {@code offset} in the file. */
    static List<Span> split(String text, int offset) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i++);
            if (c == '\n' || c == '\r') {
                addTrimmed(text, start, i - 1, offset, out);
                start = i;
            } else if (isTerminator(c)) {
                while (i < text.length() && (isCloser(text.charAt(i)) || isTerminator(text.charAt(i)))) {
                    i++;
                }
                addTrimmed(text, start, i, offset, out);
                start = i;
            }
        }
        addTrimmed(text, start, text.length(), offset, out);
        return out;
    }

    private static void addTrimmed(String text, int from, int to, int offset, List<Span> out) {
        while (from < to && isSpace(text.charAt(from))) {
            from++;
        }
        while (to > from && isSpace(text.charAt(to - 1))) {
            to--;
        }
        while (to - from > MAX_LENGTH) {
            int cut = cutPoint(text, from);
            addTrimmed(text, from, cut, offset, out);
            from = cut;
            while (from < to && isSpace(text.charAt(from))) {
                from++;
            }
        }
        if (to > from) {
            out.add(new Span(offset + from, offset + to));
        }
    }

    /** After the last comma within reach, else at the limit, never inside a surrogate pair. */
    private static int cutPoint(String text, int from) {
        for (int j = from + MAX_LENGTH - 1; j >= from + MIN_CUT; j--) {
            char c = text.charAt(j);
            if (Clauses.COMMAS.indexOf(c) >= 0 || c == '、') {
                return j + 1;
            }
        }
        int cut = from + MAX_LENGTH;
        return Character.isLowSurrogate(text.charAt(cut)) ? cut - 1 : cut;
    }

    private static boolean isTerminator(char c) {
        return Clauses.SENTENCE_MARKS_AND_SEMICOLONS.indexOf(c) >= 0;
    }

    private static boolean isCloser(char c) {
        return c == '”' || c == '’' || c == '」' || c == '』' || c == '）' || c == ')' || c == '"';
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u3000' || c == '\u00a0';
    }
}
