package huibao.model;

import java.util.List;
import java.util.Objects;

/**
 * A word or sign of a fact's sentence that decides how the figures around it relate, found once
 * by extraction: the checks ask which marks stand between two figures instead of reading the
 * text there.
 *
 * @param kind  what the mark is
 * @param word  the mark as written (；, 上半年, 全市, 前三)
 * @param span  its offsets in the cleaned text of the file
 * @param count how many a {@link Kind#LEADING} mark takes (前三位 → 3), else 0
 */
public record ClauseMark(Kind kind, String word, Span span, int count) {

    /** The kinds of marks. */
    public enum Kind {
        /** A full-width ；, which ends a clause chain. */
        SEMICOLON,
        /** A half-width ;. */
        HALF_SEMICOLON,
        /** A 。 within the sentence (table rows keep them). */
        STOP,
        /** A ， or ,. */
        COMMA,
        /** 、, 和 or 及, which join the items of a list. */
        LIST_JOIN,
        /** 前三, 前5: the first so many of a list. */
        LEADING,
        /** A word of a part-year target (上半年, 序时): {@code check-words.tsv} interim. */
        INTERIM,
        /** A word of a region beyond the report's (全国, 全省): {@code check-words.tsv} external. */
        EXTERNAL,
        /** A word that sums a list (合计, 共): {@code check-words.tsv} together. */
        TOGETHER,
        /** A 分别 word: {@code clause-words.tsv} respective. */
        RESPECTIVE,
        /** A whole-region word (全市, 全区): {@code report-self-words.tsv}. */
        WHOLE_REGION,
        /** A headline cue (全区, 全年): {@code headline-cues.tsv}. */
        HEADLINE_CUE,
        /** An opening bracket （ or (: what follows it comments on the figure before (27亿元（任务数25亿元）). */
        BRACKET
    }

    public ClauseMark {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(word, "word");
        Objects.requireNonNull(span, "span");
    }

    /** Whether the mark lies wholly within {@code from} (inclusive) and {@code to} (exclusive). */
    public boolean within(int from, int to) {
        return span.start() >= from && span.end() <= to;
    }

    /** Whether {@code marks} hold a mark of one of {@code kinds}. */
    public static boolean anyOf(List<ClauseMark> marks, Kind... kinds) {
        for (ClauseMark m : marks) {
            for (Kind k : kinds) {
                if (m.kind() == k) {
                    return true;
                }
            }
        }
        return false;
    }
}
