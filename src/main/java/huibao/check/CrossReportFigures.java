package huibao.check;

import huibao.dataset.Cell;
import huibao.dataset.Column;
import huibao.dataset.Row;
import huibao.model.Fact;
import huibao.model.Finding;
import huibao.model.Region;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A city report's figure for one of its districts (鹭汀区6215万美元, in the text or the 附表) against
 * the district's own report of the same period: the two must agree within their printed precision.
 */
final class CrossReportFigures implements Check {

    @Override
    public void run(CheckContext c, List<Finding> out) {
        for (ReportFacts r : c.reports()) {
            Region city = r.report.region();
            if (city == null || c.regions().children(city.code()).isEmpty()) {
                continue;
            }
            // a city report often gives a district's figure twice, in its text and again in its 附表:
            // one finding of each figure stated against the district's own, resting on every statement
            Map<Stated, List<Fact>> statements = new LinkedHashMap<>();
            for (Fact f : r.facts) {
                if (f.scope().isEmpty() || f.project() != null || Bounds.of(f) == null) {
                    continue;
                }
                Optional<Region> district = district(c, f, city);
                if (district.isEmpty()) {
                    continue;
                }
                Cell own = ownFigure(c, district.get(), f);
                if (own == null || Bounds.of(own.fact()) == null || own.fact().baseUnit() != f.baseUnit()) {
                    continue;
                }
                statements.computeIfAbsent(new Stated(district.get(), own.fact(), Judgement.text(f)), k -> new ArrayList<>())
                        .add(f);
            }
            statements.forEach((stated, facts) -> out.add(finding(c, r, stated, facts)));
        }
    }

    /** A district's figure as the city states it (in its printed form) against the district's own fact. */
    private record Stated(Region district, Fact theirs, String text) {
    }

    private static Finding finding(CheckContext c, ReportFacts r, Stated stated, List<Fact> facts) {
        Fact f = facts.get(0);
        Fact theirs = stated.theirs();
        boolean agree = facts.stream().allMatch(x -> Bounds.of(x).overlaps(Bounds.of(theirs)));
        List<Fact> rests = new ArrayList<>(facts);
        rests.add(theirs);
        return new Finding(Finding.Kind.CROSS_REPORT, agree ? Finding.Severity.OK : Finding.Severity.ERROR,
                theirs.doc(), f.indicator(), rests, Judgement.text(theirs), stated.text(),
                stated.district().name() + c.words().label(f.indicator()) + "：" + r.report.doc() + " 写 "
                        + stated.text() + "，本地区报告 " + theirs.doc() + " 写 " + Judgement.text(theirs)
                        + (agree ? "：相符" : "：上下级报告不符"), false);
    }

    /** The district a figure's scope names, when nothing else in the scope narrows it. */
    private static Optional<Region> district(CheckContext c, Fact f, Region city) {
        List<String> rest = new ArrayList<>();
        Region found = null;
        for (String part : f.scope()) {
            Optional<Region> place = c.regions().place(part, city);
            if (place.isPresent() && city.code().equals(place.get().parentCode()) && found == null) {
                found = place.get();
            } else {
                rest.add(part);
            }
        }
        if (found == null || !c.headlines().wholeScope(rest)) {
            return Optional.empty();
        }
        return Optional.of(found);
    }

    /** The district's own level of the figure's indicator and measure, for the figure's period. */
    private static Cell ownFigure(CheckContext c, Region district, Fact f) {
        Column column = c.levels().columns().stream().filter(col -> col.indicator().equals(f.indicator())
                && col.measure() == f.measure()).findFirst().orElse(null);
        if (column == null) {
            return null;
        }
        for (Row row : c.levels().rows()) {
            if (district.equals(row.region()) && f.period() != null && f.period().sameSpanAs(row.period())) {
                return row.cell(column);
            }
        }
        return null;
    }
}
