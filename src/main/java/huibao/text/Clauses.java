package huibao.text;

/**
 * Where the clauses and sentences of a report's text begin and end: a clause ends at ，；：,
 * the sentence marks and a line end; a sentence at 。！？ and a line end. Both the ASCII and the
 * full-width forms count, since reports mix them.
 */
public final class Clauses {

    /** The characters that end a clause. */
    public static final String CLAUSE_ENDS = "，,；;。：:！!？?\n";
    /** The characters that end a sentence. */
    public static final String SENTENCE_ENDS = "。！!？?\n";

    private Clauses() {
    }

    /** Whether {@code c} ends a clause. */
    public static boolean isClauseEnd(char c) {
        return CLAUSE_ENDS.indexOf(c) >= 0;
    }

    /** Start of the clause that holds offset {@code at} of {@code text}. */
    public static int clauseStart(String text, int at) {
        return back(text, at, CLAUSE_ENDS);
    }

    /** End (exclusive) of the clause that holds offset {@code at}: the offset of its end mark, or the text's length. */
    public static int clauseEnd(String text, int at) {
        return forward(text, at, CLAUSE_ENDS);
    }

    /** Start of the sentence that holds offset {@code at}. */
    public static int sentenceStart(String text, int at) {
        return back(text, at, SENTENCE_ENDS);
    }

    /** Offset of the mark that ends the sentence holding {@code at}, or the text's length. */
    public static int sentenceEnd(String text, int at) {
        return forward(text, at, SENTENCE_ENDS);
    }

    /** Whether {@code text} runs within one clause. */
    public static boolean oneClause(String text) {
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
