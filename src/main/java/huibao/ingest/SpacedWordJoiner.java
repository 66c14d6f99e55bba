package huibao.ingest;

/**
 * Deletes the single blank a PDF's text layer leaves between two Chinese characters inside a
 * sentence, so that the words around figures read whole: in letter-spaced text, where every
 * character stands between blanks (同 比 增 长), and a lone break inside a word (同期增 长). Chinese
 * writes no blank between words, so within a line that carries clause marks such a blank is
 * layout; a line without them (a table row, a title) keeps its blanks.
 *
 * <p>A lone blank before a numeral or unit character stays (投资 亿元, 项目 个): it may stand where
 * a figure was left out. In letter-spaced text only a numeral keeps the blank before it.
 */
final class SpacedWordJoiner implements CleaningStep {

    private static final String CLAUSE_MARKS = "，,；;。：:、";

    private final CleaningRules rules;

    SpacedWordJoiner(CleaningRules rules) {
        this.rules = rules;
    }

    @Override
    public void apply(String text, TextEdit edit) {
        int n = text.length();
        int lineStart = 0;
        boolean sentence = false;
        for (int i = 0; i < n; i++) {
            if (i == lineStart) {
                int lineEnd = text.indexOf('\n', i);
                sentence = hasClauseMark(text, i, lineEnd < 0 ? n : lineEnd);
            }
            char c = text.charAt(i);
            if (c == '\n') {
                lineStart = i + 1;
                continue;
            }
            if (sentence && isSpace(c) && i > 0 && i + 1 < n && joins(text, i)) {
                edit.delete(i, i + 1);
            }
        }
    }

    private boolean joins(String text, int at) {
        char left = text.charAt(at - 1);
        char right = text.charAt(at + 1);
        if (!StrayCharacterRemover.isHan(left) || !StrayCharacterRemover.isHan(right)) {
            return false;
        }
        if (rules.isNumeral(right) && !rules.isNumeral(left)) {
            return false;
        }
        if (letterSpaced(text, at)) {
            return true;
        }
        return !rules.isFigureUnit(right) && !rules.isNumeral(left);
    }

    /** Whether the character before the blank, or the one after it, itself stands between blanks (同 比 增). */
    private static boolean letterSpaced(String text, int at) {
        return at >= 3 && isSpace(text.charAt(at - 2)) && StrayCharacterRemover.isHan(text.charAt(at - 3))
                || at + 3 < text.length() && isSpace(text.charAt(at + 2)) && StrayCharacterRemover.isHan(text.charAt(at + 3));
    }

    private static boolean hasClauseMark(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (CLAUSE_MARKS.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u00A0';
    }
}
