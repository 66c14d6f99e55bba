package huibao.text;

import java.util.regex.Pattern;

/**
 * Where the clauses and sentences of a report's text begin and end: a clause ends at ，；：,
 * the sentence marks and a line end; a sentence at 。！？ and a line end. Both the ASCII and the
 * full-width forms count, since reports mix them.
 *
 * <p>Every set of clause marks the readers use is named here once (issue 9). The sets that leave
 * out the ASCII ! and ? ({@code WIDE_…}) or the colons are the ones those readers have always used;
 * they stay apart so that what each reader finds does not change.
 */
public final class Clauses {

    /** The commas ，and , . */
    public static final String COMMAS = "，,";
    /** The semicolons ；and ; . */
    public static final String SEMICOLONS = "；;";
    private static final String COLONS = "：:";
    /** The marks that join the items of a list of words (甲、乙和丙; 签约及开工). */
    public static final String LIST_JOINS = "、和及与";
    private static final Pattern LIST_JOIN = Pattern.compile("[" + LIST_JOINS + "]");
    /** 。！？ without their ASCII forms, which some readers let run on inside a clause. */
    private static final String WIDE_SENTENCE_MARKS = "。！？";

    /** The marks that end a sentence on a line: 。！？ and ! ?. */
    public static final String SENTENCE_MARKS = WIDE_SENTENCE_MARKS + "!?";
    /** The characters that end a sentence: {@link #SENTENCE_MARKS} and the line end. */
    public static final String SENTENCE_ENDS = SENTENCE_MARKS + "\n";
    /** 。！？ and the line end: a sentence's end where ASCII ! and ? do not count. */
    public static final String WIDE_SENTENCE_ENDS = WIDE_SENTENCE_MARKS + "\n";
    /** The sentence marks and the semicolons ；; : where a passage may end. */
    public static final String SENTENCE_MARKS_AND_SEMICOLONS = SENTENCE_MARKS + SEMICOLONS;
    /** The marks that end a clause on a line: ，,；;：: and the sentence marks. */
    public static final String CLAUSE_MARKS = COMMAS + SEMICOLONS + COLONS + SENTENCE_MARKS;
    /** The characters that end a clause: {@link #CLAUSE_MARKS} and the line end. */
    public static final String CLAUSE_ENDS = CLAUSE_MARKS + "\n";
    /** {@link #CLAUSE_ENDS} where ASCII ! and ? do not count. */
    public static final String WIDE_CLAUSE_ENDS = COMMAS + SEMICOLONS + COLONS + WIDE_SENTENCE_ENDS;
    /** {@link #WIDE_CLAUSE_ENDS} and the list comma 、: where a list item ends. */
    public static final String WIDE_CLAUSE_ENDS_AND_LIST_COMMA = WIDE_CLAUSE_ENDS + "、";
    /** {@link #WIDE_CLAUSE_ENDS} and the opening brackets （(: where a phrase in a clause may begin after them. */
    public static final String WIDE_CLAUSE_ENDS_AND_OPEN_BRACKETS = WIDE_CLAUSE_ENDS + "（(";
    /** {@link #WIDE_CLAUSE_ENDS} but the colons: for a clause that runs on past ：and :. */
    public static final String WIDE_CLAUSE_ENDS_BUT_COLONS = COMMAS + SEMICOLONS + WIDE_SENTENCE_ENDS;
    /** {@link #CLAUSE_MARKS} but the ASCII colon: the marks that show a line of a compilation is prose. */
    public static final String CLAUSE_MARKS_BUT_ASCII_COLON = COMMAS + SEMICOLONS + "：" + SENTENCE_MARKS;
    /** ，,；;。: the marks that close a clause of prose within its sentence. */
    public static final String COMMAS_SEMICOLONS_AND_FULL_STOP = COMMAS + SEMICOLONS + "。";

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
        return !hasAny(text, CLAUSE_ENDS);
    }

    /** Whether any of {@code marks} stands in {@code text}. */
    public static boolean hasAny(String text, String marks) {
        return text.chars().anyMatch(c -> marks.indexOf(c) >= 0);
    }

    /** The offset just after the last of {@code marks} in {@code text} before {@code end}, or 0 when none stands there. */
    public static int afterLast(String text, String marks, int end) {
        return back(text, end, marks);
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

    /** The items of a list of words joined by {@link #LIST_JOINS}, as written (blanks kept). */
    public static String[] listItems(String list) {
        return LIST_JOIN.split(list);
    }
}
