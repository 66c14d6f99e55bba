package huibao.check;

import huibao.dataset.Column;
import huibao.dataset.Row;
import huibao.model.ClauseMark;
import huibao.model.Fact;
import huibao.model.Finding;
import huibao.model.Measure;
import huibao.model.Report;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One figure stated twice with different values: in one report (全年新签约项目26个 … 全年共签约项目
 * 28个), or in two reports of the same region and period. Only figures stated for the whole
 * region in so many words count, so an event's 现场签约项目4个 never conflicts with the year's.
 */
final class Restatements implements Check {

    /**
     * Measures a region has one of per period. A share or a rank depends on what it is of, a rate
     * on which level it follows, and a target on whether it is the one to secure (确保) or to strive
     * for (力争): only levels are restated as such.
     */
    private static final Set<Measure> RESTATABLE = EnumSet.of(Measure.VALUE);

    /** Common letters two lead-ins need to name one thing (新签约项目 / 共签约项目 share 签约项目). */
    private static final int SAME_NAME = 3;

    @Override
    public void run(CheckContext c, List<Finding> out) {
        for (ReportFacts r : c.reports()) {
            Map<String, List<Fact>> same = new LinkedHashMap<>();
            for (Fact f : r.facts) {
                if (RESTATABLE.contains(f.measure()) && !f.indicator().equals(Fact.OTHER) && Bounds.of(f) != null && c.headlines().firm(f, r.report, r.facts)
                        && c.headlines().ofReportPeriod(f, r.report)) {
                    same.computeIfAbsent(f.indicator() + "|" + f.measure() + "|" + f.scopeText() + "|" + f.baseUnit(),
                            k -> new ArrayList<>()).add(f);
                }
            }
            for (List<Fact> stated : same.values()) {
                Fact first = stated.get(0);
                for (Fact later : stated.subList(1, stated.size())) {
                    // two values of one indicator in one sentence are two things, not a restatement
                    if (!r.sameSentence(first, later) && !Bounds.of(first).overlaps(Bounds.of(later))
                            && sameName(first, later) && !ofDifferentCounts(r, first, later)
                            && selected(c, first) == selected(c, later)
                            && named(r, first, c.words().stocks).equals(named(r, later, c.words().stocks))
                            && named(r, first, c.words().classes).equals(named(r, later, c.words().classes))) {
                        out.add(conflict(c, first, later, "同一报告前后两处"));
                        break;
                    }
                }
            }
        }
        acrossReports(c, out);
    }

    /** Two reports of one region and period: each one's level of an indicator must agree. */
    private static void acrossReports(CheckContext c, List<Finding> out) {
        Map<String, ReportFacts> byDoc = new LinkedHashMap<>();
        c.reports().forEach(r -> byDoc.put(r.report.doc(), r));
        for (Row row : c.levels().rows()) {
            if (row.reports().size() < 2) {
                continue;
            }
            for (Column col : c.levels().columns()) {
                Fact first = null;
                for (Report report : row.reports()) {
                    ReportFacts r = byDoc.get(report.doc());
                    Fact level = r.facts.stream().filter(f -> f.indicator().equals(col.indicator())
                            && f.measure() == Measure.VALUE && c.headlines().whole(f)
                            && c.headlines().ofReportPeriod(f, report) && Bounds.of(f) != null).findFirst().orElse(null);
                    if (level == null) {
                        continue;
                    }
                    if (first == null) {
                        first = level;
                    } else if (first.baseUnit() == level.baseUnit() && Objects.equals(first.scope(), level.scope())
                            && !Bounds.of(first).overlaps(Bounds.of(level))) {
                        out.add(conflict(c, first, level, "同一地区同期两份报告"));
                    }
                }
            }
        }
    }

    /**
     * Whether two amounts follow different counts in their clause chains: 配套项目11个，协议投资27.6亿元
     * and 回归投资项目16个，协议投资38.9亿元 are the investments of two different sets of projects.
     */
    private static boolean ofDifferentCounts(ReportFacts r, Fact a, Fact b) {
        if (a.baseUnit().id().equals("count")) {
            return false;
        }
        Fact x = countBefore(r, a);
        Fact y = countBefore(r, b);
        return x != null && y != null && Bounds.of(x) != null && Bounds.of(y) != null && !Bounds.of(x).overlaps(Bounds.of(y));
    }

    private static Fact countBefore(ReportFacts r, Fact f) {
        Fact count = r.before(f, g -> g.measure() == Measure.VALUE && g.baseUnit().id().equals("count"));
        return count != null && !ClauseMark.anyOf(r.between(count, f), ClauseMark.Kind.SEMICOLON,
                ClauseMark.Kind.HALF_SEMICOLON, ClauseMark.Kind.STOP) ? count : null;
    }

    /**
     * Whether a figure counts part of the region's things (列入…大兑现内资项目共63个, 全省开发区实际
     * 利用外资): it is of a list or a sub-area, not a restatement of the report's figure for everything.
     */
    private static boolean selected(CheckContext c, Fact f) {
        String lead = lead(f);
        return c.words().subsets.stream().anyMatch(lead::contains);
    }

    /**
     * Whether the words just before each figure name the same thing: 全年新签约项目26个 and 全年共签约
     * 项目28个 do; 协议投资总额182.3亿元 and (承接产业转移项目…)总投资46.5亿元 do not.
     */
    private static boolean sameName(Fact a, Fact b) {
        String x = lead(a);
        String y = lead(b);
        for (int i = 0; i + SAME_NAME <= x.length(); i++) {
            if (y.contains(x.substring(i, i + SAME_NAME))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Which of {@code words} a figure's sentence names before it: 目前拥有 (a stock, not the period's new
     * firms), 内资 (全省共有2772个内资项目到资，实际到位资金…: the domestic part, not all arrivals).
     */
    private static Set<String> named(ReportFacts r, Fact f, List<String> words) {
        String s = f.sentence() == null ? "" : f.sentence();
        String before = s.substring(0, Math.max(0, Math.min(r.inSentence(f), s.length())));
        Set<String> out = new java.util.TreeSet<>();
        words.stream().filter(before::contains).forEach(out::add);
        return out;
    }

    /** The words of a figure's clause before it, without headline cues, as extraction read them. */
    private static String lead(Fact f) {
        return f.clause() == null ? "" : f.clause().lead();
    }

    private static Finding conflict(CheckContext c, Fact first, Fact later, String where) {
        return new Finding(Finding.Kind.CONFLICT, Finding.Severity.ERROR, later.doc(), later.indicator(),
                List.of(first, later), Judgement.text(first), Judgement.text(later),
                where + "的" + c.words().label(first.indicator()) + "不一致：" + Judgement.text(first) + "（" + first.doc()
                        + "）与 " + Judgement.text(later) + "（" + later.doc() + "）", false);
    }
}
