package huibao.extract.attribution;

import huibao.catalog.Indicator;
import huibao.extract.lexicon.Vocabulary;
import huibao.model.BaseUnit;
import huibao.model.Fact;
import huibao.model.Measure;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a total listed under a header that splits it by class (分产业看，甲业：5个，总投资额5.8亿元；…):
 * a count or amount whose own words name no indicator is the total's, scoped to the class its item names.
 */
public final class ClassParts {

    private final Vocabulary v;
    private final Pattern header;

    /** Reads the headers (clause-words.tsv: class_header) and the investment words from {@code v}. */
    public ClassParts(Vocabulary v) {
        this.v = v;
        this.header = Pattern.compile(String.join("|", v.clauseWords.words("class_header")));
    }

    /** Where a by-class header that opens {@code sentence} ends, or -1 when it opens with none. */
    public int headerEnd(String sentence) {
        String s = sentence.stripLeading();
        Matcher m = header.matcher(s);
        return m.lookingAt() ? m.end() + sentence.length() - s.length() : -1;
    }

    /**
     * The facts of a sentence a by-class header opens with the parts that named nothing given the total's
     * indicator: a count the indicator of the last total counted in the same unit before the list, an amount
     * the investment indicator of the count of its item when its words call it an investment (总投资额).
     *
     * @param sentence the sentence text
     * @param base     its offset in the cleaned text
     * @param facts    its facts in reading order
     * @param before   the report's facts before the list, in reading order
     */
    public List<Fact> inherit(String sentence, int base, List<Fact> facts, List<Fact> before) {
        List<Fact> out = new ArrayList<>(facts.size());
        Fact lastCount = null;
        int from = Math.max(0, headerEnd(sentence));
        for (Fact f : facts) {
            int at = f.span().start() - base;
            int item = itemStart(sentence, from, at);
            if (lastCount != null && lastCount.span().start() - base < item) {
                lastCount = null; // a new item: its amount is not the investment of the count before
            }
            Fact g = f;
            if (Fact.OTHER.equals(f.indicator()) && f.measure() == Measure.VALUE && at >= from) {
                List<String> scope = label(sentence, item, at).map(List::of).orElse(f.scope());
                if (f.baseUnit() == BaseUnit.COUNT) {
                    Fact whole = lastTotal(before, f);
                    g = whole == null ? f : f.withAttribution(whole.indicator(), f.measure(), scope);
                } else if (lastCount != null && investmentBetween(sentence, lastCount.span().end() - base, at)) {
                    Indicator counted = v.indicators.get(lastCount.indicator());
                    g = counted == null || counted.investment() == null ? f
                            : f.withAttribution(counted.investment(), f.measure(), scope);
                }
            }
            if (g.baseUnit() == BaseUnit.COUNT && g.measure() == Measure.VALUE) {
                lastCount = Fact.OTHER.equals(g.indicator()) ? null : g;
            }
            out.add(g);
        }
        return out;
    }

    /** The last total before the list counted in the unit of {@code part}: no part of another, a level of a canonical indicator. */
    private static Fact lastTotal(List<Fact> before, Fact part) {
        for (int k = before.size() - 1; k >= 0; k--) {
            Fact c = before.get(k);
            if (!Fact.OTHER.equals(c.indicator()) && c.measure() == Measure.VALUE && c.partOf() == null
                    && c.baseUnit() == part.baseUnit() && Objects.equals(c.unit(), part.unit())) {
                return c;
            }
        }
        return null;
    }

    private boolean investmentBetween(String s, int from, int to) {
        return from >= 0 && from <= to && !v.investmentWords.findAll(s.substring(from, to)).isEmpty();
    }

    /** Where the item holding {@code at} starts: after the last ； (or the header) before it. */
    private static int itemStart(String s, int from, int at) {
        int k = Math.max(s.lastIndexOf('；', at - 1), s.lastIndexOf(';', at - 1));
        return Math.max(from, k + 1);
    }

    /** The class an item names before its colon (甲业：5个), when it is short and stands before the figure. */
    private static Optional<String> label(String s, int item, int at) {
        String head = s.substring(item, at);
        int colon = Math.max(head.indexOf('：'), head.indexOf(':'));
        if (colon <= 0) {
            return Optional.empty();
        }
        String name = head.substring(0, colon).strip();
        while (!name.isEmpty() && "，,、".indexOf(name.charAt(0)) >= 0) {
            name = name.substring(1).strip();
        }
        return name.isEmpty() || name.length() > 12 ? Optional.empty() : Optional.of(name);
    }
}
