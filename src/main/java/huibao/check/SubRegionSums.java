package huibao.check;

import huibao.model.BaseUnit;
import huibao.model.Fact;
import huibao.model.Finding;
import huibao.model.Measure;
import huibao.model.Region;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A region's total against the figures one report gives for its divisions, across sentences and
 * paragraphs (全市实际到位资金48.3亿元 … 鹭汀区5.27亿元 … 蕴川区7640万元), in one base unit whatever
 * the printed unit. The total is the level the report states for its whole region in so many words
 * (a 全市 cue), when every such level of the indicator and period agrees. When every division under
 * the region has its figure, they must add up to the total; when only some do, they are a lower
 * bound and must not exceed it. A division with two different figures of one indicator (its
 * 协议 and its 到位, read alike) leaves the indicator unjudged.
 */
final class SubRegionSums implements Check {

    @Override
    public void run(CheckContext c, List<Finding> out) {
        for (ReportFacts r : c.reports()) {
            Region region = r.report.region();
            List<Region> children = region == null ? List.of() : c.regions().children(region.code());
            if (children.size() < 2) {
                continue;
            }
            Map<String, Map<Region, List<Fact>>> byIndicator = new LinkedHashMap<>();
            for (Fact f : r.facts) {
                if (f.measure() != Measure.VALUE || !PartsTotals.additive(f) || f.scope().size() != 1 || f.project() != null
                        || Bounds.of(f) == null) {
                    continue;
                }
                Optional<Region> place = c.regions().place(f.scope().get(0), region);
                if (place.isPresent() && children.contains(place.get())) {
                    byIndicator.computeIfAbsent(f.indicator() + "|" + f.baseUnit() + "|" + f.period(), k -> new LinkedHashMap<>())
                            .computeIfAbsent(place.get(), k -> new ArrayList<>()).add(f);
                }
            }
            for (Map<Region, List<Fact>> byPlace : byIndicator.values()) {
                judge(c, r, region, children.size(), byPlace, out);
            }
        }
    }

    private static void judge(CheckContext c, ReportFacts r, Region region, int divisions, Map<Region, List<Fact>> byPlace,
                              List<Finding> out) {
        List<Fact> parts = new ArrayList<>();
        for (List<Fact> stated : byPlace.values()) {
            Bounds first = Bounds.of(stated.get(0));
            if (stated.stream().anyMatch(f -> !Bounds.of(f).overlaps(first))) {
                return;
            }
            parts.add(stated.get(0));
        }
        if (parts.size() < 2) {
            return;
        }
        Fact total = total(c, r, parts.get(0));
        if (total == null) {
            return;
        }
        Bounds sum = Bounds.sum(parts.stream().map(Bounds::of).toList());
        List<Fact> facts = new ArrayList<>(parts);
        facts.add(total);
        String what = region.name() + "所辖" + parts.size() + "个地区" + c.words().label(total.indicator()) + "之和（"
                + String.join(" + ", parts.stream().map(p -> p.scope().get(0) + Judgement.text(p)).toList()) + "）";
        if (parts.size() == divisions) {
            out.add(Judgement.of(Finding.Kind.DISTRICT_SUM, total, facts, sum, what));
            if (sum.overlaps(Bounds.of(total))) {
                growth(r, total, parts, out);
            }
        } else if (sum.lo().compareTo(Bounds.of(total).hi()) > 0) {
            out.add(new Finding(Finding.Kind.DISTRICT_SUM, Finding.Severity.ERROR, total.doc(), total.indicator(), facts,
                    "不超过 " + Judgement.text(total), Judgement.text(total),
                    what + " = " + Judgement.show(sum, total) + "，已大于全域总数 " + Judgement.text(total), false));
        }
    }

    /**
     * The total's growth against every division's level and growth (全市增长11.2%, 鹭汀区5.27亿元增长8.1%,
     * …): last year's total is the sum of the divisions' last-year levels. Judged only when each
     * division states its growth.
     */
    private static void growth(ReportFacts r, Fact total, List<Fact> parts, List<Finding> out) {
        Fact totalRate = GrowthMix.rateOf(r, total);
        if (totalRate == null) {
            return;
        }
        List<Bounds> levels = new ArrayList<>();
        List<Bounds> rates = new ArrayList<>();
        List<Fact> facts = new ArrayList<>();
        for (Fact p : parts) {
            Fact rate = GrowthMix.rateOf(r, p);
            if (rate == null) {
                return;
            }
            levels.add(Bounds.of(p));
            rates.add(Bounds.of(rate));
            facts.add(p);
            facts.add(rate);
        }
        facts.add(total);
        facts.add(totalRate);
        out.add(Judgement.of(Finding.Kind.GROWTH_MIX, totalRate, facts, GrowthMix.implied(levels, rates),
                "总量增速由各地区推算（" + String.join("，", parts.stream().map(p -> p.scope().get(0)).toList()) + "）"));
    }

    /** The region's one stated level of the part's indicator and period, or {@code null}. */
    private static Fact total(CheckContext c, ReportFacts r, Fact part) {
        List<Fact> candidates = r.facts.stream().filter(f -> f.measure() == Measure.VALUE
                && f.indicator().equals(part.indicator()) && f.baseUnit() == part.baseUnit()
                && f.period() != null && part.period() != null && f.period().sameSpanAs(part.period())
                && c.headlines().whole(f) && Bounds.of(f) != null).toList();
        Fact firm = candidates.stream().filter(f -> c.headlines().firm(f, r.report, r.facts)).findFirst().orElse(null);
        if (firm == null || firm.baseUnit() == BaseUnit.RANK) {
            return null;
        }
        return candidates.stream().allMatch(f -> Bounds.of(f).overlaps(Bounds.of(firm))) ? firm : null;
    }
}
