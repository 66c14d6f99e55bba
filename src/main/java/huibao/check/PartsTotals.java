package huibao.check;

import huibao.model.BaseUnit;
import huibao.model.ClauseMark;
import huibao.model.Fact;
import huibao.model.Finding;
import huibao.model.Measure;
import huibao.text.ChineseNumerals;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Parts against their total. A 分别 list that names as many figures as the count before its total
 * (亿元以上项目5个，总投资23.6亿元，分别为8、6.5、4.2、3、1.2亿元) must add up to it. 其中 parts
 * may cover only some of the total, so they fail only by exceeding it: one part alone, or parts
 * that count things apart (工业项目4个、现代服务业项目3个 of 新开工项目5个).
 */
final class PartsTotals implements Check {

    @Override
    public void run(CheckContext c, List<Finding> out) {
        PartClasses classes = new PartClasses(c.words());
        for (ReportFacts r : c.reports()) {
            for (Fact total : r.totals()) {
                Bounds whole = Bounds.of(total);
                if (whole == null || total.measure() != Measure.VALUE || !additive(total)) {
                    continue; // 转化率38.31%, 其中…43.77%: rates of parts do not add up to the whole's rate
                }
                List<Fact> parts = new ArrayList<>();
                boolean readable = true;
                for (Fact p : r.partsOf(total)) {
                    if (p.measure() == Measure.VALUE && p.baseUnit() == total.baseUnit() && r.plainBreakdown(p, total)) {
                        parts.add(p);
                        readable &= Bounds.of(p) != null;
                    }
                }
                if (parts.isEmpty() || !readable) {
                    continue;
                }
                List<Fact> listed = parts.stream().filter(p -> r.sameSentence(p, total)).toList();
                if (!listed.isEmpty() && isFullList(r, total, listed)) {
                    out.add(sum(Finding.Kind.LIST_SUM, total, listed, "分别列举的各项之和"));
                    continue;
                }
                if (parts.size() >= 2 && parts.size() == classesNamed(total, c.words().classCounters)) {
                    out.add(sum(Finding.Kind.LIST_SUM, total, parts, "所述" + parts.size() + "类之和"));
                    continue;
                }
                Fact biggest = parts.stream().max((a, b) -> Bounds.of(a).lo().compareTo(Bounds.of(b).lo())).orElseThrow();
                if (Bounds.of(biggest).lo().compareTo(whole.hi()) > 0 && !besideTheTotal(r, total, parts, biggest, whole)) {
                    out.add(exceeds(total, List.of(biggest), "其中一项 " + Judgement.text(biggest) + " 大于总数"));
                } else if (parts.size() >= 2 && classes.disjoint(parts)) {
                    Bounds s = Bounds.sum(parts.stream().map(Bounds::of).toList());
                    if (s.lo().compareTo(whole.hi()) > 0 && !ofAnotherTotal(r, total, s)) {
                        out.add(exceeds(total, parts, "其中各项（" + names(parts) + "）之和大于总数"));
                    } else if (s.overlaps(whole)) {
                        out.add(sum(Finding.Kind.PARTS_SUM, total, parts, "其中各项之和"));
                    }
                }
            }
        }
    }

    /**
     * Whether a figure bigger than its total may stand beside the total rather than in it: the parts
     * before it already make up the total (新批外资企业8家，其中合资3家，独资5家，增资企业20家), or the
     * total ends a list of its kind and the 其中 opens a later sentence (续建31个，新建28个，完工19个。其中
     * 省外项目44个: of the three together, not of the last).
     */
    private static boolean besideTheTotal(ReportFacts r, Fact total, List<Fact> parts, Fact biggest, Bounds whole) {
        List<Fact> earlier = parts.stream().filter(p -> p.span().start() < biggest.span().start()).toList();
        if (!earlier.isEmpty() && Bounds.sum(earlier.stream().map(Bounds::of).toList()).overlaps(whole)) {
            return true;
        }
        Fact sibling = r.before(total, f -> f.measure() == Measure.VALUE && f.baseUnit() == total.baseUnit());
        return !r.sameSentence(biggest, total) && sibling != null && !ClauseMark.anyOf(r.between(sibling, total),
                ClauseMark.Kind.SEMICOLON, ClauseMark.Kind.HALF_SEMICOLON, ClauseMark.Kind.STOP);
    }

    /**
     * Whether parts that exceed their total add up to another level the report states of the same indicator
     * (到位资金53.7亿元 … 产业项目资金36亿元 … 一、二、三产业分别5.4、29.1、19.2亿元): they are that level's
     * breakdown, placed after a nearer figure, not an excess over the nearer one.
     */
    private static boolean ofAnotherTotal(ReportFacts r, Fact total, Bounds sum) {
        return r.facts.stream().anyMatch(f -> f != total && f.measure() == Measure.VALUE
                && f.baseUnit() == total.baseUnit() && Objects.equals(f.indicator(), total.indicator())
                && Bounds.of(f) != null && Bounds.of(f).overlaps(sum));
    }

    /**
     * How many classes the words before a total say it falls into (引进三类500强企业项目15个 → 3), or 0:
     * a 其中 list of that many parts is then the whole breakdown and must add up to the total.
     */
    static int classesNamed(Fact total, List<String> counters) {
        String lead = total.clause() == null ? "" : total.clause().lead();
        int n = 0;
        for (String counter : counters) {
            for (int k = lead.indexOf(counter); k > 0; k = lead.indexOf(counter, k + 1)) {
                int found = ChineseNumerals.digitValue(lead.charAt(k - 1));
                if (found > 0) {
                    if (n > 0 && n != found) {
                        return 0; // 两类…三种: which one the parts follow is not said
                    }
                    n = found;
                }
            }
        }
        return n;
    }


    /** Whether the parts are a 分别 list as long as the count stated just before their total. */
    private static boolean isFullList(ReportFacts r, Fact total, List<Fact> parts) {
        if (!ClauseMark.anyOf(r.between(total, parts.get(0)), ClauseMark.Kind.RESPECTIVE)
                || !r.sameSentence(total, parts.get(0))) {
            return false;
        }
        if (total.baseUnit().id().equals("count")) {
            return false; // 签约项目3个，分别为…: the list may name the projects rather than split a count
        }
        Fact count = r.before(total, f -> f.measure() == Measure.VALUE && f.baseUnit().id().equals("count")
                && !f.redacted() && !f.approx());
        return count != null && count.value() != null && count.value().intValue() == parts.size()
                && count.value().stripTrailingZeros().scale() <= 0
                && !ClauseMark.anyOf(r.between(count, total), ClauseMark.Kind.SEMICOLON, ClauseMark.Kind.HALF_SEMICOLON,
                ClauseMark.Kind.STOP);
    }

    /** Whether parts of {@code f} add up to it: money, things, area; not a rate or a rank. */
    static boolean additive(Fact f) {
        return f.baseUnit() != BaseUnit.PERCENT && f.baseUnit() != BaseUnit.PP && f.baseUnit() != BaseUnit.RANK;
    }

    private static Finding sum(Finding.Kind kind, Fact total, List<Fact> parts, String what) {
        List<Fact> facts = new ArrayList<>(parts);
        facts.add(total);
        Bounds s = Bounds.sum(parts.stream().map(Bounds::of).toList());
        return Judgement.of(kind, total, facts, s, what + "（" + joined(parts) + "）");
    }

    private static Finding exceeds(Fact total, List<Fact> parts, String what) {
        List<Fact> facts = new ArrayList<>(parts);
        facts.add(total);
        Bounds s = Bounds.sum(parts.stream().map(Bounds::of).toList());
        String expected = "不超过 " + Judgement.text(total);
        return new Finding(Finding.Kind.PARTS_SUM, Finding.Severity.ERROR, total.doc(), total.indicator(), facts,
                expected, Judgement.text(total), what + "：" + Judgement.show(s, total) + " > " + Judgement.text(total), false);
    }

    private static String joined(List<Fact> parts) {
        return String.join(" + ", parts.stream().map(Judgement::text).toList());
    }

    private static String names(List<Fact> parts) {
        return String.join("、", parts.stream().map(p -> String.join("; ", p.scope()) + Judgement.text(p)).toList());
    }
}
