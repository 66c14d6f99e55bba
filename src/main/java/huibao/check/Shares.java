package huibao.check;

import huibao.model.ClauseMark;
import huibao.model.Fact;
import huibao.model.FactLink;
import huibao.model.Finding;
import huibao.model.Measure;

import java.util.ArrayList;
import java.util.List;

/**
 * 第二产业实际使用外资9.9亿美元，占全市实际使用外资的59.2%: a share against its part, the level
 * just before it, and its whole: the total the part belongs to (其中), the report's own level of
 * the indicator when the share is of the report's whole region (占全市 in a city's report), or the
 * nearest earlier figure of the sentence that counts the same kind of thing (对38个在库项目…已开工
 * 26个，开工率69.2%). A share of a region above the report's (占全市 in a district's report) has
 * its whole elsewhere and is left alone. Extraction links each share to the figures it is of
 * ({@link FactLink.Kind#PART}, {@link FactLink.Kind#SHARE_OF}); the whole is found here.
 */
final class Shares implements Check {

    @Override
    public void run(CheckContext c, List<Finding> out) {
        for (ReportFacts r : c.reports()) {
            for (Fact share : r.of(Measure.SHARE)) {
                Fact part = r.linked(share, FactLink.Kind.PART);
                if (Bounds.of(share) == null || part == null || Bounds.of(part) == null) {
                    continue;
                }
                List<Fact> listed = r.allLinked(share, FactLink.Kind.SHARE_OF);
                Fact whole = listed.isEmpty() ? null : whole(r, listed.get(0), share, c);
                if (whole == null || Bounds.of(whole) == null || whole.baseUnit() != part.baseUnit()
                        || listed.stream().anyMatch(f -> Bounds.of(f) == null)) {
                    continue;
                }
                Bounds sum = Bounds.sum(listed.stream().map(Bounds::of).toList());
                Bounds implied = sum.percentOf(Bounds.of(whole));
                if (implied != null) {
                    List<Fact> facts = new ArrayList<>(listed);
                    facts.add(whole);
                    facts.add(share);
                    String parts = String.join(" + ", listed.stream().map(Judgement::text).toList());
                    out.add(Judgement.of(Finding.Kind.SHARE, share, facts, implied,
                            "占比：" + (listed.size() > 1 ? "（" + parts + "）" : parts) + " ÷ " + Judgement.text(whole)));
                }
            }
        }
    }

    private static Fact whole(ReportFacts r, Fact part, Fact share, CheckContext c) {
        List<ClauseMark> phrase = r.between(part, share);
        Boolean own = c.words().wholeIsOwn(phrase, r.report);
        if (own == null || !own) {
            return null;
        }
        boolean ofRegion = c.words().namesWhole(phrase);
        Fact parent = r.parent(part);
        if (parent != null && !ofRegion) {
            return parent;
        }
        if (ofRegion && part.indicator().equals(Fact.OTHER)) {
            return null; // 纳税37.6亿元，占全区税收的: "other" names no one indicator whose level the report states
        }
        if (ofRegion) {
            // 占全市的: the level the report states for its whole region in so many words, if it does
            return r.facts.stream().filter(f -> f.measure() == Measure.VALUE && f.indicator().equals(part.indicator())
                    && f != part && f.baseUnit() == part.baseUnit() && c.headlines().firm(f, r.report, r.facts))
                    .findFirst().orElse(null);
        }
        Fact near = r.before(part, f -> f.measure() == Measure.VALUE && f.baseUnit() == part.baseUnit() && f.project() == null
                && (f.indicator().equals(Fact.OTHER) || f.indicator().equals(part.indicator()) && f.scope().isEmpty()));
        if (near != null) {
            return near;
        }
        // 新签约项目19个，…开工项目10个，开工率55.6%: of the one signed count before (check-ratios.tsv)
        List<Fact> denominators = new ArrayList<>();
        for (Fact f : r.facts) {
            if (f.span().start() < part.span().start() && r.sameSentence(f, part) && f.measure() == Measure.VALUE
                    && f.baseUnit() == part.baseUnit() && c.headlines().whole(f) && c.words().ratios.stream()
                    .anyMatch(q -> q.numerator().equals(part.indicator()) && q.denominator().equals(f.indicator()))) {
                denominators.add(f);
            }
        }
        return denominators.size() == 1 ? denominators.get(0) : null;
    }
}
