package huibao.project;

import huibao.model.Fact;

import java.util.Objects;

/**
 * An investment a report states for a project, as it states it: 总投资12亿元, 拟投资15至18亿元,
 * 一期投资16.8亿元. The fact keeps the exact value, its unit and currency, the sentence and offsets.
 *
 * @param report  the report
 * @param wording the words before the amount that say what it is (总投资, 计划总投资约, 一期投资), or
 *                {@code null} when the report writes none the tracker recognises
 * @param fact    the figure
 */
public record InvestmentFigure(ReportRef report, String wording, Fact fact) {

    public InvestmentFigure {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(fact, "fact");
    }

    /** The amount as written with its wording: "计划总投资约45亿元". */
    public String display() {
        return (wording == null ? "" : wording) + fact.text();
    }

    /** "2023-luting-annual.txt@565-570". */
    public String location() {
        return fact.doc() + "@" + fact.span().start() + "-" + fact.span().end();
    }
}
