package huibao.check;

import huibao.model.ClauseMark;
import huibao.model.Fact;
import huibao.model.Finding;
import huibao.model.Measure;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * 第二产业实际使用外资9.9亿美元，占全市实际使用外资的59.2%: a share against its part, the level
 * just before it, and its whole: the total the part belongs to (其中), the report's own level of
 * the indicator when the share is of the report's whole region (占全市 in a city's report), or the
 * nearest earlier figure of the sentence that counts the same kind of thing (对38个在库项目…已开工
 * 26个，开工率69.2%). A share of a region above the report's (占全市 in a district's report) has
 * its whole elsewhere and is left alone.
 */
final class Shares implements Check {

    @Override
    public void run(CheckContext c, List<Finding> out) {
        for (ReportFacts r : c.reports()) {
            for (Fact share : r.of(Measure.SHARE)) {
                if (Bounds.of(share) == null) {
                    continue;
                }
                // 亿元以上项目23个，上年同期为12个，占签约项目总数的48.9%: last year's level is no part of this year's whole
                Fact part = r.before(share, f -> f.measure() == Measure.VALUE && f.indicator().equals(share.indicator())
                        && ReportFacts.sameScope(f, share) && Objects.equals(f.period(), share.period()));
                if (part == null) {
                    part = r.before(share, f -> f.measure() == Measure.VALUE && f.indicator().equals(share.indicator())
                            && Objects.equals(f.period(), share.period()));
                }
                if (part == null || Bounds.of(part) == null
                        || ReportFacts.has(r.between(part, share), ClauseMark.Kind.SEMICOLON, ClauseMark.Kind.HALF_SEMICOLON)
                        || r.valueBetween(part, share)) {
                    continue;
                }
                List<Fact> listed = list(r, part);
                if (listed.size() > 1 && !ReportFacts.has(r.between(part, share), ClauseMark.Kind.TOGETHER)) {
                    continue; // 分别为a、b，占…: which of them the share is of is not said
                }
                int first = leading(r.between(part, share));
                if (first > 0 && first < listed.size()) {
                    listed = listed.subList(0, first); // 前三位的街道合计占全区的56.3%: the share is of the first three
                }
                Fact whole = whole(r, listed.get(0), share, c);
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

    /** How many of a list a 前三位 (the first three) phrase takes, or 0 when none is written. */
    private static int leading(List<ClauseMark> marks) {
        return marks.stream().filter(m -> m.kind() == ClauseMark.Kind.LEADING).mapToInt(ClauseMark::count)
                .findFirst().orElse(0);
    }

    /** The figures listed together with {@code last} (18.64亿元、16.50亿元、13.95亿元), in order, ending with it. */
    private static List<Fact> list(ReportFacts r, Fact last) {
        List<Fact> out = new ArrayList<>();
        out.add(last);
        Fact cur = last;
        while (true) {
            Fact at = cur;
            Fact prev = r.before(at, f -> f.measure() == Measure.VALUE && f.indicator().equals(at.indicator())
                    && f.baseUnit() == at.baseUnit());
            if (prev == null || !r.listedAfter(prev, at)) {
                break;
            }
            out.add(0, prev);
            cur = prev;
        }
        return out;
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
