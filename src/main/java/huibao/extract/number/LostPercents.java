package huibao.extract.number;

import huibao.model.Span;
import huibao.text.Clauses;

import java.math.BigDecimal;

/**
 * Rates a page printed without their unit: a text layer that lost its % signs (增长26.1, 占总产值的59.5)
 * or a mask whose unit went with it (增长 X，完成任务的 X). Such a number is a rate only where the
 * words right before it make it one (rate_before of figure-rules.tsv: 增长, 下降; or 的 in a clause
 * that rate_of_clause words open: 占…的, 完成…的) and its clause ends right after it.
 */
final class LostPercents {

    private final FigureRules rules;
    private final Unit percent;

    LostPercents(FigureRules rules, Unit percent) {
        this.rules = rules;
        this.percent = percent;
    }

    /**
     * The rate that the unitless number or mask {@code s[from, to)} states, with the unit % it lost
     * ({@code value} {@code null} for a mask), or {@code null} when no cue makes it a rate.
     */
    Figure rate(String s, int from, int to, BigDecimal value) {
        if (percent == null || !cued(s, from) || !closesClause(s, to)) {
            return null;
        }
        return new Figure(new Span(from, to), s.substring(from, to), value, null, percent, false, value == null,
                Figure.Kind.QUANTITY, false, false);
    }

    /** Whether a rate cue stands right before {@code start}, past the blanks a PDF leaves. */
    private boolean cued(String s, int start) {
        int p = start;
        while (p > 0 && FigureChars.isBlank(s.charAt(p - 1))) {
            p--;
        }
        if (rules.wordBefore("rate_before", s, p) != null) {
            return true;
        }
        if (p == 0 || s.charAt(p - 1) != '的') {
            return false;
        }
        String clause = s.substring(Clauses.clauseStart(s, p - 1), p - 1);
        return rules.wordIn("rate_of_clause", clause) != null;
    }

    /**
     * Whether the clause ends at {@code from}, past blanks and a hedge (90以上): at a clause mark, a
     * closing bracket or the sentence's end.
     */
    private boolean closesClause(String s, int from) {
        int p = FigureChars.skipSpaces(s, from);
        String hedge = rules.wordAt("approx_after", s, p);
        int q = hedge == null ? p : FigureChars.skipSpaces(s, p + hedge.length());
        return q >= s.length() || Clauses.isClauseEnd(s.charAt(q)) || s.charAt(q) == '）' || s.charAt(q) == ')';
    }
}
