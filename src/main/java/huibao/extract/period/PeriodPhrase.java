package huibao.extract.period;

import huibao.model.Span;

/**
 * A period phrase found in a text, before it is tied to a report's date.
 *
 * @param span        where it stands
 * @param label       the phrase as written, without spaces ("1-6月", "2023年上半年", "截至目前")
 * @param year        the year written with it, or {@code null}
 * @param yearMasked  whether the year is written masked (20XX年, *年)
 * @param yearOffset  for 今年/去年/明年: the year relative to the report's (0, -1, +1), else {@code null}
 * @param fromMonth   first month, or {@code null} for an anchored phrase or a bare year
 * @param toMonth     last month, or {@code null} likewise
 * @param kind        what sort of phrase it is
 * @param comparison  whether a comparison word stands before it (较1-5月份)
 * @param target      whether a target word stands before it (完成上半年目标任务的103.6%)
 */
public record PeriodPhrase(Span span, String label, Integer year, boolean yearMasked, Integer yearOffset,
                           Integer fromMonth, Integer toMonth, Kind kind, boolean comparison,
                           boolean target) {

    /** Sorts of period phrase. */
    enum Kind {
        /** A stretch of months that may govern a report's figures: 1-6月, 上半年, 一季度, 6月当月. */
        SPAN,
        /** A stretch looked ahead to or set as a target: 全年, 下半年. */
        PLAN,
        /** Up to the time of writing: 截至目前, 今年以来, 2023年以来. */
        ANCHORED,
        /** A year alone: 2022年. */
        YEAR
    }
}
