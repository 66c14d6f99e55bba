package huibao.check;

import huibao.model.BaseUnit;
import huibao.model.ClauseMark;
import huibao.model.Fact;
import huibao.model.FactLink;
import huibao.model.Finding;
import huibao.model.Measure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 共签约项目23个。…已投产项目7个，占31%；在建项目13个，占57%；…尚未开工项目2个，占8%: shares
 * that name no whole, each after a count, in one sentence. They are of a whole the report states
 * when their counts add up exactly to a count stated before them and the shares together make
 * 100% at their printed precision: the sentence then splits that count, and each share is judged
 * against it (7 of 23 is 30.43%, which prints as 30%, not 31%). Counts are whole numbers, so only
 * the shares' rounding is allowed for. Anything less plain (a whole named in the phrase, money,
 * counts that add up to no stated figure) is left to {@link Shares} or unjudged.
 */
final class PartitionShares implements Check {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** A share and the count it is of. */
    private record Piece(Fact share, Fact part) {
    }

    @Override
    public void run(CheckContext c, List<Finding> out) {
        for (ReportFacts r : c.reports()) {
            Map<Integer, List<Piece>> bySentence = new LinkedHashMap<>();
            for (Fact share : r.of(Measure.SHARE)) {
                Piece p = bare(r, share, c.words());
                if (p != null) {
                    bySentence.computeIfAbsent(r.sentenceStart(share), k -> new ArrayList<>()).add(p);
                }
            }
            for (List<Piece> pieces : bySentence.values()) {
                judge(r, pieces, out);
            }
        }
    }

    /** The share with the count it is of, when its phrase names no whole; else {@code null}. */
    private static Piece bare(ReportFacts r, Fact share, CheckWords words) {
        Fact part = partOf(r, share);
        if (part == null || r.linked(share, FactLink.Kind.WHOLE) != null || Bounds.of(share) == null
                || !share.baseUnit().id().equals("percent") || part.baseUnit() != BaseUnit.COUNT
                || part.measure() != Measure.VALUE || Bounds.of(part) == null || Bounds.of(part).places() > 0
                || !r.sameSentence(part, share) || words.namesWhole(r.between(part, share)) || words.namesTask(part)
                || r.before(share, f -> f.span().start() > part.span().start()) != null) {
            return null;
        }
        String lead = share.clause() == null ? "" : share.clause().lead();
        return words.tasks.stream().anyMatch(lead::contains) ? null : new Piece(share, part);
    }

    /** The part extraction tied the share to, or else the figure right before it in its clause chain (3个，占16%). */
    private static Fact partOf(ReportFacts r, Fact share) {
        Fact part = r.linked(share, FactLink.Kind.PART);
        if (part != null) {
            return part;
        }
        Fact before = r.before(share, f -> true);
        return before == null || ClauseMark.anyOf(r.between(before, share), ClauseMark.Kind.SEMICOLON,
                ClauseMark.Kind.HALF_SEMICOLON, ClauseMark.Kind.STOP) ? null : before;
    }

    private static void judge(ReportFacts r, List<Piece> pieces, List<Finding> out) {
        if (pieces.size() < 2) {
            return;
        }
        Bounds shares = Bounds.sum(pieces.stream().map(p -> Bounds.of(p.share())).toList());
        if (shares.lo().compareTo(HUNDRED) > 0 || shares.hi().compareTo(HUNDRED) < 0) {
            return; // the shares do not make up one whole: some things are left out, or counted twice
        }
        BigDecimal counted = pieces.stream().map(p -> p.part().baseValue()).reduce(BigDecimal.ZERO, BigDecimal::add);
        Fact first = pieces.get(0).part();
        List<Fact> wholes = r.facts.stream().filter(f -> f.span().start() < first.span().start()
                && f.measure() == Measure.VALUE && f.baseUnit() == BaseUnit.COUNT && Bounds.of(f) != null
                && f.baseValue().compareTo(counted) == 0 && f.partOf() == null).toList();
        if (wholes.isEmpty()) {
            return; // no count the report states is split here
        }
        Fact whole = wholes.get(wholes.size() - 1);
        for (Piece p : pieces) {
            Bounds implied = Bounds.of(p.part()).percentOf(Bounds.of(whole));
            if (implied != null) {
                out.add(Judgement.of(Finding.Kind.SHARE, p.share(), List.of(p.part(), whole, p.share()), implied,
                        "占比：" + Judgement.text(p.part()) + " ÷ " + Judgement.text(whole) + "（各项合计 "
                                + counted.stripTrailingZeros().toPlainString() + "，占比合计 100%）"));
            }
        }
    }
}
