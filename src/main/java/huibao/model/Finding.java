package huibao.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a check found: a figure that is missing, or a relation between figures that does or does
 * not hold. Every finding names the facts it rests on, so each can be traced to its sentence.
 *
 * @param kind         which check found it
 * @param severity     how much it matters to the analyst
 * @param doc          the report it concerns (for cross-report findings, the report whose figure is
 *                     questioned)
 * @param indicator    the indicator concerned, or {@code null}
 * @param facts        the facts involved, the stated figure last where there is one
 * @param expected     what the other figures imply ("55.69%", "[94.895, 94.905]亿元"), or {@code null}
 * @param stated       what the report states ("58.9%"), or {@code null}
 * @param message      one sentence for the analyst, in the reports' language
 * @param roundingOnly whether the relation holds only because printed figures are rounded (the point
 *                     estimate would print differently)
 */
public record Finding(Kind kind, Severity severity, String doc, String indicator, List<Fact> facts,
                      String expected, String stated, String message, boolean roundingOnly) {

    /** The checks, by what they compare. */
    public enum Kind {
        /** A figure masked as XX, *, ×× or left blank. */
        REDACTED("缺失数字"),
        /** An indicator most peer reports state and this one does not. */
        MISSING_INDICATOR("缺报指标"),
        /** A completion rate against the actual and the target. */
        COMPLETION("完成率"),
        /** A share against its part and its whole. */
        SHARE("占比"),
        /** Shares of one whole that cannot all hold: together more than 100%. */
        SHARE_SUM("占比合计"),
        /** 其中 parts against their total. */
        PARTS_SUM("分项合计"),
        /** A 分别 list against the total it splits. */
        LIST_SUM("分别列举合计"),
        /** The rows of a table against its 合计 row. */
        TABLE_SUM("表内合计"),
        /** A growth rate against two stated levels or a stated absolute change. */
        YOY("增速"),
        /** A total's growth rate against its parts' levels and growth rates. */
        GROWTH_MIX("增速构成"),
        /** A rate defined by two other indicators (履约率 = 开工 / 签约). */
        RATIO("比率"),
        /** One figure stated twice with different values. */
        CONFLICT("前后不一"),
        /** A city report's figure for a district against the district's own report. */
        CROSS_REPORT("上下级不符"),
        /** The districts' figures summed against the city total. */
        DISTRICT_SUM("区县合计"),
        /** A figure that cannot be true whatever the others say. */
        IMPLAUSIBLE("明显不合理");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** The Chinese heading an analyst reads. */
        public String label() {
            return label;
        }

        /** Identifier used in outputs: {@code parts_sum}. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** How much a finding matters. */
    public enum Severity {
        /** The figures contradict each other or the world: someone must correct a number. */
        ERROR("错误"),
        /** A gap: a figure is masked or not reported. */
        WARNING("缺失"),
        /** Worth knowing, not wrong: a relation that holds only through rounding. */
        INFO("提示"),
        /** A relation checked and found to hold; shown only on request. */
        OK("核对一致");

        private final String label;

        Severity(String label) {
            this.label = label;
        }

        /** The Chinese word an analyst reads. */
        public String label() {
            return label;
        }

        /** Identifier used in outputs: {@code error}. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Finding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(message, "message");
        facts = List.copyOf(facts);
    }

    /** Whether the finding asks the analyst to act (an error or a gap). */
    public boolean flags() {
        return severity == Severity.ERROR || severity == Severity.WARNING;
    }
}
