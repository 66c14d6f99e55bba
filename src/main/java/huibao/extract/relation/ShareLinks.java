package huibao.extract.relation;

import huibao.model.ClauseMark;
import huibao.model.Fact;
import huibao.model.FactLink;
import huibao.model.Measure;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static huibao.extract.relation.FigureNeighbours.between;

/**
 * Ties each share to the figures it is a share of (第二产业实际使用外资9.9亿美元，占全市…的59.2%):
 * the level of its indicator and period just before it in its clause chain ({@link FactLink.Kind#PART}),
 * and the figures listed with that level (18.64亿元、16.50亿元、13.95亿元，合计占全市的50.4%), or the
 * first so many of them (前三位的街道合计占全区的56.3%), as {@link FactLink.Kind#SHARE_OF}. Several
 * listed figures count together only when a 合计 word says so. The whole is the checks' to find.
 */
final class ShareLinks {

    private ShareLinks() {
    }

    /** {@code facts} of one report, each share with its part links. */
    static List<Fact> link(List<Fact> facts) {
        FigureNeighbours n = new FigureNeighbours(facts);
        List<Fact> out = new ArrayList<>(facts.size());
        for (Fact f : facts) {
            out.add(f.measure() == Measure.SHARE ? linked(n, f) : f);
        }
        return out;
    }

    private static Fact linked(FigureNeighbours n, Fact share) {
        // 亿元以上项目23个，上年同期为12个，占签约项目总数的48.9%: last year's level is no part of this year's whole
        Fact part = n.before(share, f -> f.measure() == Measure.VALUE && f.indicator().equals(share.indicator())
                && f.scope().equals(share.scope()) && Objects.equals(f.period(), share.period()));
        if (part == null) {
            // 上报到位资金27亿元，工业到位资金占比58.6%: a level without the share's sector is its whole, not its part
            part = n.before(share, f -> f.measure() == Measure.VALUE && f.indicator().equals(share.indicator())
                    && Objects.equals(f.period(), share.period()) && f.scope().containsAll(share.scope()));
        }
        List<ClauseMark> phrase = part == null ? List.of() : between(part, share);
        if (part == null || ClauseMark.anyOf(phrase, ClauseMark.Kind.SEMICOLON, ClauseMark.Kind.HALF_SEMICOLON)
                || n.valueBetween(part, share)) {
            return share;
        }
        List<Fact> listed = list(n, part);
        if (listed.size() > 1 && !ClauseMark.anyOf(phrase, ClauseMark.Kind.TOGETHER)) {
            return share; // 分别为a、b，占…: which of them the share is of is not said
        }
        int first = leading(phrase);
        if (first > 0 && first < listed.size()) {
            listed = listed.subList(0, first); // 前三位的街道合计占全区的56.3%: the share is of the first three
        }
        List<FactLink> links = new ArrayList<>(share.links());
        links.add(new FactLink(FactLink.Kind.PART, part.id()));
        listed.forEach(f -> links.add(new FactLink(FactLink.Kind.SHARE_OF, f.id())));
        return share.withLinks(links);
    }

    /** How many of a list a 前三位 (the first three) phrase takes, or 0 when none is written. */
    private static int leading(List<ClauseMark> marks) {
        return marks.stream().filter(m -> m.kind() == ClauseMark.Kind.LEADING).mapToInt(ClauseMark::count)
                .findFirst().orElse(0);
    }

    /** The figures listed together with {@code last} (18.64亿元、16.50亿元、13.95亿元), in order, ending with it. */
    private static List<Fact> list(FigureNeighbours n, Fact last) {
        List<Fact> out = new ArrayList<>();
        out.add(last);
        Fact cur = last;
        while (true) {
            Fact at = cur;
            Fact prev = n.before(at, f -> f.measure() == Measure.VALUE && f.indicator().equals(at.indicator())
                    && f.baseUnit() == at.baseUnit());
            if (prev == null || !FigureNeighbours.listedAfter(prev, at)) {
                break;
            }
            out.add(0, prev);
            cur = prev;
        }
        return out;
    }
}
