package huibao.project;

/**
 * Where clauses and sentences of a report's text begin and end: a clause ends at ，；：and the
 * sentence marks, a sentence at 。！？ and a line end.
 */
final class Clauses {

    static final String CLAUSE_ENDS = "，,。；;：:！!？?\n";
    static final String SENTENCE_ENDS = "。！!？?\n";

    private Clauses() {
    }

    /** Start of the clause that holds offset {@code at} of {@code text}. */
    static int clauseStart(String text, int at) {
        return back(text, at, CLAUSE_ENDS);
    }

    /** End (exclusive) of the clause that holds offset {@code at}. */
    static int clauseEnd(String text, int at) {
        return forward(text, at, CLAUSE_ENDS);
    }

    /** Start of the sentence that holds offset {@code at}. */
    static int sentenceStart(String text, int at) {
        return back(text, at, SENTENCE_ENDS);
    }

    /** Offset of the mark that ends the sentence holding {@code at}, or the text's length. */
    static int sentenceEnd(String text, int at) {
        return forward(text, at, SENTENCE_ENDS);
    }

    /** Whether {@code text} runs within one clause. */
    static boolean oneClause(String text) {
        return text.chars().noneMatch(c -> CLAUSE_ENDS.indexOf(c) >= 0);
    }

    private static int back(String text, int from, String ends) {
        int i = Math.min(from, text.length());
        while (i > 0 && ends.indexOf(text.charAt(i - 1)) < 0) {
            i--;
        }
        return i;
    }

    private static int forward(String text, int from, String ends) {
        int i = Math.max(0, from);
        while (i < text.length() && ends.indexOf(text.charAt(i)) < 0) {
            i++;
        }
        return i;
    }
}
