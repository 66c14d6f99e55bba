package huibao.export;

import huibao.model.Fact;
import huibao.model.Problem;
import huibao.model.Finding;

import java.util.ArrayList;
import java.util.List;

/** How every export words a finding and points at a fact, so that the outputs read alike. */
final class FindingWords {

    /** The marker of a relation that holds only through rounding. */
    static final String ROUNDING_ONLY = "仅因四舍五入成立";

    private FindingWords() {
    }

    /** Said after the place of a figure read by OCR: its digits may be misread, so the scan is worth a look. */
    static final String READ_BY_OCR = "（OCR识别）";

    /**
     * Where a fact stands: "2024h1-luting.txt@57-64", the doc and the offsets of its text, with
     * {@link #READ_BY_OCR} after a figure read by OCR.
     */
    static String where(Fact f) {
        return Problem.printable(f.doc()) + "@" + f.span().start() + "-" + f.span().end() + (f.ocr() ? READ_BY_OCR : "");
    }

    /** "完成率 · 实际使用外资": the check and, when there is one, the indicator. */
    static String headline(Finding f, IndicatorLabels indicators) {
        String indicator = indicators.of(f.indicator());
        return indicator.isEmpty() ? f.kind().label() : f.kind().label() + " · " + indicator;
    }

    /** "报告 56.3%，推算 52.19%", the parts that are known, or "" when neither is. */
    static String comparison(Finding f) {
        List<String> parts = new ArrayList<>();
        if (f.stated() != null) {
            parts.add("报告 " + f.stated());
        }
        if (f.expected() != null) {
            parts.add("推算 " + f.expected());
        }
        return String.join("，", parts);
    }

    /** One line for a cell comment: "错误｜完成率 · 实际使用外资：message（报告 …，推算 …）". */
    static String line(Finding f, IndicatorLabels indicators) {
        String comparison = comparison(f);
        return f.severity().label() + "｜" + headline(f, indicators) + "：" + f.message()
                + (comparison.isEmpty() ? "" : "（" + comparison + "）")
                + (f.roundingOnly() ? "，" + ROUNDING_ONLY : "");
    }
}
