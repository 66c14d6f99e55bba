package huibao.check;

import huibao.model.ClauseMark;
import huibao.model.Fact;
import huibao.model.FactLink;
import huibao.model.Finding;
import huibao.model.Measure;

import java.util.ArrayList;
import java.util.List;

/**
 * 第二产业实际使用外资9.9亿美元，占全市实际使用外资的59.2%: a share against its part and its whole,
 * judged only where the report states the whole. Extraction ties each share to the figures it is
 * of ({@link FactLink.Kind#PART}, {@link FactLink.Kind#SHARE_OF}) and, where the sentence states
 * it, to its whole ({@link FactLink.Kind#WHOLE}: a figure in the phrase, the 其中 total, a rate's
 * defined denominator). A share of the report's own whole region (占全市 in a city's report) is of
 * the level the report states for the region, when it states exactly one; a region above the
 * report's, or several candidate levels (全省 and 全省开发区), leave the share unjudged. A whole
 * that is a target makes the share a completion rate (占目标任务11000万元的58.5%).
 */
final class Shares implements Check {

    @Override
    public void run(CheckContext c, List<Finding> out) {
        for (ReportFacts r : c.reports()) {
            for (Fact share : r.of(Measure.SHARE)) {
                Fact part = r.linked(share, FactLink.Kind.PART);
                List<Fact> listed = r.allLinked(share, FactLink.Kind.SHARE_OF);
                if (part == null) {
                    listed = namedParts(r, share);
                    part = listed.isEmpty() ? null : listed.get(listed.size() - 1);
                }
                if (Bounds.of(share) == null || part == null || Bounds.of(part) == null || c.words().namesContribution(share)) {
                    continue; // 比去年同期增加58个，贡献率达54.7%: a share of the increase, not of the level
                }
                Fact whole = r.linked(share, FactLink.Kind.WHOLE);
                if (whole == null && !listed.isEmpty()) {
                    whole = regionWhole(r, listed, share, c);
                }
                if (whole == null || Bounds.of(whole) == null || whole.baseUnit() != part.baseUnit()
                        || whole.measure() != Measure.TARGET && c.words().namesTask(whole) || c.words().namesTask(part)
                        || listed.isEmpty() || listed.contains(whole) || listed.stream().anyMatch(f -> Bounds.of(f) == null)) {
                    continue;
                }
                Bounds sum = Bounds.sum(listed.stream().map(Bounds::of).toList());
                Bounds implied = sum.percentOf(Bounds.of(whole));
                Fact grand = implied == null || implied.overlaps(Bounds.of(share)) ? null : grandTotal(r, whole, part, c);
                if (grand != null) {
                    Bounds ofGrand = sum.percentOf(Bounds.of(grand));
                    if (ofGrand != null && ofGrand.overlaps(Bounds.of(share))) {
                        whole = grand; // 来自某地区投资…，其中，甲市企业投资…，占比33.5%: of all the investment, not of the region's
                        implied = ofGrand;
                    }
                }
                if (implied != null) {
                    List<Fact> facts = new ArrayList<>(listed);
                    facts.add(whole);
                    facts.add(share);
                    String parts = String.join(" + ", listed.stream().map(Judgement::text).toList());
                    boolean ofTarget = whole.measure() == Measure.TARGET;
                    out.add(Judgement.of(ofTarget ? Finding.Kind.COMPLETION : Finding.Kind.SHARE, share, facts, implied,
                            (ofTarget ? "完成率：" : "占比：") + (listed.size() > 1 ? "（" + parts + "）" : parts)
                                    + " ÷ " + Judgement.text(whole)));
                }
            }
        }
    }

    /**
     * The whole a 其中 part's share may be of instead of its subtotal: when the share's whole is the
     * 其中 total, itself scoped (来自某地区投资…) and not named in the share's phrase, the grand total, the
     * largest level of the indicator and period the report states before it for its whole region (no
     * scope, no parent); a total of everything is no smaller than any part of it. {@code null} when none.
     */
    private static Fact grandTotal(ReportFacts r, Fact whole, Fact part, CheckContext c) {
        if (!whole.id().equals(part.partOf()) || whole.scope().isEmpty() || whole.measure() != Measure.VALUE) {
            return null;
        }
        return r.facts.stream().filter(f -> f.measure() == Measure.VALUE && f.span().start() < whole.span().start()
                        && f.indicator().equals(whole.indicator()) && f.baseUnit() == whole.baseUnit()
                        && java.util.Objects.equals(f.period(), whole.period()) && c.headlines().whole(f)
                        && Bounds.of(f) != null && Bounds.of(f).lo().compareTo(Bounds.of(whole).hi()) > 0)
                .max(java.util.Comparator.comparing(f -> Bounds.of(f).lo())).orElse(null);
    }

    /**
     * 制造业与服务业吸收外资占全省的86.2%, after each part's own level in sentences before: the levels of
     * the classes the share's scope names together, one each, of its indicator and period, when its own
     * sentence states no level of the indicator before it. Empty when any class has none or several.
     */
    private static List<Fact> namedParts(ReportFacts r, Fact share) {
        if (share.scope().size() < 2 || r.before(share, f -> f.measure() == Measure.VALUE
                && f.indicator().equals(share.indicator())) != null) {
            return List.of();
        }
        List<Fact> parts = new ArrayList<>();
        for (String word : share.scope()) {
            List<Fact> levels = r.facts.stream().filter(f -> f.measure() == Measure.VALUE && f.span().start() < share.span().start()
                    && f.indicator().equals(share.indicator()) && f.scope().equals(List.of(word))
                    && java.util.Objects.equals(f.period(), share.period()) && !f.redacted()).toList();
            if (levels.size() != 1) {
                return List.of();
            }
            parts.add(levels.get(0));
        }
        return parts;
    }

    /**
     * 占全市的: the level the report states for its own whole region before the share, in so many words
     * (a 全市 cue), when every level before it that could be the whole agrees (stated again, or
     * rounded otherwise); {@code null} when the phrase names no region of the report's own, or the
     * report states several different levels that could be the whole (全省11.1亿美元 and 全省开发区
     * 8.58亿美元, 招商引资到位资金 and 到位内资).
     */
    private static Fact regionWhole(ReportFacts r, List<Fact> listed, Fact share, CheckContext c) {
        Fact part = listed.get(listed.size() - 1);
        List<ClauseMark> phrase = r.sameSentence(part, share) ? r.between(part, share) : r.marksBefore(share);
        if (!ClauseMark.anyOf(phrase, ClauseMark.Kind.WHOLE_REGION) || ClauseMark.anyOf(phrase, ClauseMark.Kind.EXTERNAL)
                || part.indicator().equals(Fact.OTHER)) {
            return null; // 纳税37.6亿元，占全区税收的: "other" names no one indicator whose level the report states
        }
        Boolean own = c.words().wholeIsOwn(phrase, r.report);
        if (own == null || !own) {
            return null;
        }
        // the levels stated for the whole region before the share: of the part's own area (域外) when it names one
        List<String> area = part.scope().stream().filter(w -> c.headlines().wholeScope(List.of(w))).toList();
        List<Fact> candidates = r.facts.stream().filter(f -> f.measure() == Measure.VALUE
                && f.span().start() < share.span().start() && f.indicator().equals(part.indicator())
                && f.baseUnit() == part.baseUnit() && !listed.contains(f) && c.headlines().whole(f)
                && (area.isEmpty() || f.scope().equals(area)) && !partOfRegion(r, f, c)
                && c.headlines().ofReportPeriod(f, r.report) && Bounds.of(f) != null).toList();
        Fact firm = candidates.stream().filter(f -> c.headlines().firm(f, r.report, r.facts)).findFirst().orElse(null);
        if (firm == null) {
            return null; // 三场活动共签约项目347个: no figure is stated for the whole region in so many words
        }
        return candidates.stream().allMatch(f -> Bounds.of(f).overlaps(Bounds.of(firm))) ? firm : null;
    }

    /**
     * Whether the report states {@code f} itself as a share of its own whole region (亿元以上项目到位资金
     * 2604.8亿元，占全省的76.8%): a part of the region's whole is no candidate for that whole.
     */
    private static boolean partOfRegion(ReportFacts r, Fact f, CheckContext c) {
        for (Fact share : r.of(Measure.SHARE)) {
            if (share.span().start() > f.span().start() && r.allLinked(share, FactLink.Kind.SHARE_OF).contains(f)) {
                List<ClauseMark> phrase = r.sameSentence(f, share) ? r.between(f, share) : r.marksBefore(share);
                if (ClauseMark.anyOf(phrase, ClauseMark.Kind.WHOLE_REGION) && !ClauseMark.anyOf(phrase, ClauseMark.Kind.EXTERNAL)
                        && Boolean.TRUE.equals(c.words().wholeIsOwn(phrase, r.report))) {
                    return true;
                }
            }
        }
        return false;
    }
}
