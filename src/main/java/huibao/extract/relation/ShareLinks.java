package huibao.extract.relation;

import huibao.config.Dictionaries;
import huibao.model.BaseUnit;
import huibao.model.ClauseMark;
import huibao.model.Fact;
import huibao.model.FactLink;
import huibao.model.Measure;
import huibao.model.ReadingOrder;
import huibao.text.HanChars;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static huibao.extract.relation.FigureNeighbours.between;

/**
 * Ties each share to the figures it is a share of (第二产业实际使用外资9.9亿美元，占全市…的59.2%):
 * the level of its indicator and period just before it in its clause chain ({@link FactLink.Kind#PART}),
 * and the figures listed with that level (18.64亿元、16.50亿元、13.95亿元，合计占全市的50.4%), or the
 * first so many of them (前三位的街道合计占全区的56.3%), as {@link FactLink.Kind#SHARE_OF}. Several
 * listed figures count together only when a 合计 word says so.
 *
 * <p>The whole ({@link FactLink.Kind#WHOLE}) is tied only where the report states it: a figure
 * written in the share's own phrase (占目标任务11000万元的58.5%), the total the part is a 其中 part
 * of, the count a rate's definition divides by ({@code check-ratios.tsv}: 新签约项目19个…开工项目10个，
 * 开工率55.6%), the one set of things a sentence opens with (对38个在库项目…已开工26个，开工率69.2%) or,
 * for a rate whose sentence states no count before its part, the sentence just before opens with
 * (全市实施项目76项…。开复工项目64项，开复工率83%),
 * or the one unscoped total of the indicator in the sentence whose scoped part the share follows
 * (协议投资182.3亿元…工业项目协议投资138.6亿元，占比74.1%). A share of the whole region (占全市)
 * gets no whole here: which of the report's figures states the region's whole is the checks' to tell.
 * Nothing is guessed from the nearest figure: a bracketed task, another indicator's level or an
 * unscoped figure before an unscoped part is no whole.
 */
final class ShareLinks {

    /** The indicators each rate's numerator is divided by (开工 over 签约). */
    private final Map<String, Set<String>> denominators = new HashMap<>();
    /** Rates a report names (开工率, 资金到位率): {@code check-words.tsv} named_rate. */
    private final List<String> namedRates = new ArrayList<>();
    /** Scope words that only say where money comes from, which leave a figure whole (市外, 内资). */
    private final Set<String> areaWords;
    /** Words that close the name of a share's whole (占利用外资总额的): {@code check-words.tsv} total_word. */
    private final List<String> totalWords = new ArrayList<>();
    /** Words of the report's own period that may open the name of a share's whole (占本年到位资金的): {@code check-words.tsv} period_word. */
    private final List<String> periodWords = new ArrayList<>();
    /** The words a share's clause ends in before its percent (占比, 比重): {@code clause-words.tsv} share_word. */
    private final List<String> shareWords = new ArrayList<>();

    ShareLinks(Dictionaries d, List<String> areaWords) {
        for (Dictionaries.Table.Row r : d.table("check-ratios.tsv", "indicator", "numerator", "denominator").rows()) {
            denominators.computeIfAbsent(r.get("numerator"), k -> new HashSet<>()).add(r.get("denominator"));
        }
        this.areaWords = Set.copyOf(areaWords);
        for (Dictionaries.Table.Row r : d.table("clause-words.tsv", "kind", "word").rows()) {
            if ("share_word".equals(r.get("kind"))) {
                shareWords.add(r.get("word"));
            }
        }
        for (Dictionaries.Table.Row r : d.table("check-words.tsv", "kind", "word").rows()) {
            if (r.get("kind").equals("named_rate")) {
                namedRates.add(r.get("word"));
            } else if (r.get("kind").equals("total_word")) {
                totalWords.add(r.get("word"));
            } else if (r.get("kind").equals("period_word")) {
                periodWords.add(r.get("word"));
            }
        }
    }

    /** {@code facts} of one report, each share with its part and whole links. */
    List<Fact> link(List<Fact> facts) {
        return link(facts, Map.of());
    }

    /**
     * {@link #link(List)}, with the sets sentences name again (在117个新签约项目中…，5亿元以上项目69个，占比为
     * 59%): the id of the earlier count each names, by the start of the naming sentence.
     */
    List<Fact> link(List<Fact> facts, Map<Integer, String> namedSets) {
        FigureNeighbours n = new FigureNeighbours(facts);
        Map<String, Fact> byId = new HashMap<>();
        facts.forEach(f -> {
            if (f.id() != null) {
                byId.put(f.id(), f);
            }
        });
        List<Fact> out = new ArrayList<>(facts.size());
        for (Fact f : facts) {
            out.add(f.measure() == Measure.SHARE ? linked(n, byId, f, namedSets) : f);
        }
        return out;
    }

    private Fact linked(FigureNeighbours n, Map<String, Fact> byId, Fact share, Map<Integer, String> namedSets) {
        Fact planned = plannedAfter(n, share);
        if (planned != null) {
            // 开复工亿元以上项目136个，其中…，开复工率92.5%（计划开复工项目149个）: the level over the plan in brackets
            Fact level = n.before(share, f -> f.measure() == Measure.VALUE && f.indicator().equals(share.indicator())
                    && f.partOf() == null && f.baseUnit() == planned.baseUnit());
            if (level != null && level.id() != null && !ClauseMark.anyOf(between(level, share), ClauseMark.Kind.SEMICOLON,
                    ClauseMark.Kind.HALF_SEMICOLON)) {
                List<FactLink> links = new ArrayList<>(share.links());
                links.add(new FactLink(FactLink.Kind.PART, level.id()));
                links.add(new FactLink(FactLink.Kind.SHARE_OF, level.id()));
                links.add(new FactLink(FactLink.Kind.WHOLE, planned.id()));
                return share.withLinks(links);
            }
        }
        // 亿元以上项目23个，上年同期为12个，占签约项目总数的48.9%: last year's level is no part of this year's whole
        Fact part = n.before(share, f -> f.measure() == Measure.VALUE && f.indicator().equals(share.indicator())
                && f.scope().equals(share.scope()) && Objects.equals(f.period(), share.period()));
        if (part == null) {
            // 上报到位资金27亿元，工业到位资金占比58.6%: a level without the share's sector is its whole, not its part
            part = n.before(share, f -> f.measure() == Measure.VALUE && f.indicator().equals(share.indicator())
                    && Objects.equals(f.period(), share.period()) && f.scope().containsAll(share.scope()));
        }
        if (part == null || part.id() == null) {
            return share;
        }
        part = beforeRegionsWhole(n, part, share);
        Fact inPhrase = inPhrase(n, part, share);
        List<ClauseMark> phrase = between(part, share);
        if (namesItsOwnSubject(share) && ClauseMark.anyOf(phrase, ClauseMark.Kind.COMMA, ClauseMark.Kind.STOP)) {
            return share; // 上报到位资金24.8亿元，驻粤到位资金占比35.04%: the share is of the thing its clause names
        }
        if (ClauseMark.anyOf(phrase, ClauseMark.Kind.SEMICOLON, ClauseMark.Kind.HALF_SEMICOLON)
                || valueBetween(n, part, share, inPhrase, namesRate(share) && ClauseMark.anyOf(phrase, ClauseMark.Kind.RESPECTIVE))) {
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
        Fact whole = inPhrase != null ? inPhrase : whole(n, byId, part, share, phrase);
        if (whole == null) {
            whole = namedSet(byId.get(namedSets.get(ReadingOrder.sentenceStart(part))), part, share, phrase);
        }
        if (whole != null && whole.id() != null && additive(part) && namedAs(share, whole)) {
            links.add(new FactLink(FactLink.Kind.WHOLE, whole.id()));
        }
        return share.withLinks(links);
    }

    /**
     * 共签约项目117个。在117个新签约项目中，5亿元以上的项目69个，占比为59%: the set the part's sentence names
     * again is the whole of a share of a count in it, of the set's counter and of its indicator (or a set no
     * indicator names), when the share's phrase names no region's whole (占全市) and names no rate; else {@code null}.
     */
    private Fact namedSet(Fact set, Fact part, Fact share, List<ClauseMark> phrase) {
        if (set == null || set == part || set.span().start() >= part.span().start() || part.baseUnit() != BaseUnit.COUNT
                || set.baseUnit() != BaseUnit.COUNT || !Objects.equals(set.unit(), part.unit()) || part.partOf() != null
                || !(set.indicator().equals(part.indicator()) || Fact.OTHER.equals(set.indicator()))
                || FigureNeighbours.earlierPeriod(part, set) || FigureNeighbours.earlierPeriod(set, part)
                || ClauseMark.anyOf(phrase, ClauseMark.Kind.EXTERNAL, ClauseMark.Kind.WHOLE_REGION) || namesRate(share)) {
            return null;
        }
        return set;
    }

    /** Whether the share's own clause names what it is a share of before a share word (驻粤到位资金占比35.04%). */
    private boolean namesItsOwnSubject(Fact share) {
        String lead = share.clause() == null ? "" : share.clause().lead();
        int at = shareWords.stream().mapToInt(lead::lastIndexOf).max().orElse(-1);
        if (at <= 0) {
            return false;
        }
        int han = 0;
        for (int i = 0; i < at; i++) {
            if (Character.UnicodeScript.of(lead.charAt(i)) == Character.UnicodeScript.HAN) {
                han++;
            }
        }
        return han >= 2;
    }

    /**
     * 园区到位资金6.4亿元，占全镇到位资金12亿元的53.3%: a level in the share's own clause that a region's whole
     * word (占全镇) leads is the whole written in the phrase, and the part is the level before it.
     */
    private static Fact beforeRegionsWhole(FigureNeighbours n, Fact candidate, Fact share) {
        List<ClauseMark> tail = between(candidate, share);
        if (ClauseMark.anyOf(tail, ClauseMark.Kind.COMMA, ClauseMark.Kind.SEMICOLON, ClauseMark.Kind.HALF_SEMICOLON,
                ClauseMark.Kind.STOP, ClauseMark.Kind.LIST_JOIN, ClauseMark.Kind.WHOLE_REGION, ClauseMark.Kind.EXTERNAL)) {
            return candidate;
        }
        Fact earlier = n.before(candidate, f -> f.measure() == Measure.VALUE && f.indicator().equals(candidate.indicator())
                && Objects.equals(f.period(), candidate.period()) && candidate.scope().containsAll(f.scope()));
        if (earlier == null || earlier.id() == null || !ReadingOrder.sameSentence(earlier, candidate)) {
            return candidate;
        }
        List<ClauseMark> lead = between(earlier, candidate);
        if (ClauseMark.anyOf(lead, ClauseMark.Kind.SEMICOLON, ClauseMark.Kind.HALF_SEMICOLON, ClauseMark.Kind.STOP)
                || !ClauseMark.anyOf(lead, ClauseMark.Kind.WHOLE_REGION, ClauseMark.Kind.EXTERNAL)) {
            return candidate;
        }
        return earlier;
    }

    /**
     * The plan a rate the report names is of, written in brackets right after it (开复工率92.5%（计划开复工
     * 项目149个）): a target of the rate's indicator, or {@code null}.
     */
    private Fact plannedAfter(FigureNeighbours n, Fact share) {
        String s = share.sentence() == null ? "" : share.sentence();
        int at = share.span().start() - ReadingOrder.sentenceStart(share);
        int end = at + share.text().length();
        String lead = share.clause() == null ? "" : share.clause().lead();
        if (at < 0 || end >= s.length() || "（(".indexOf(s.charAt(end)) < 0 || namedRates.stream().noneMatch(lead::endsWith)) {
            return null;
        }
        int close = s.indexOf(s.charAt(end) == '（' ? '）' : ')', end);
        Fact next = n.facts().stream().filter(f -> ReadingOrder.sameSentence(f, share) && f.span().start() > share.span().start())
                .findFirst().orElse(null);
        int nextAt = next == null ? -1 : next.span().start() - ReadingOrder.sentenceStart(share);
        return next != null && next.id() != null && close > nextAt && next.measure() == Measure.TARGET
                && next.indicator().equals(share.indicator()) && !next.redacted() ? next : null;
    }

    /** The whole written in the share's own clause after its part (占目标任务11000万元的58.5%), or {@code null}. */
    private static Fact inPhrase(FigureNeighbours n, Fact part, Fact share) {
        Fact f = n.before(share, o -> o.span().start() > part.span().start());
        if (f == null || f.id() == null || f.baseUnit() != part.baseUnit() || f.redacted()
                || f.measure() != Measure.VALUE && f.measure() != Measure.TARGET
                || ClauseMark.anyOf(between(f, share), ClauseMark.Kind.COMMA, ClauseMark.Kind.SEMICOLON,
                ClauseMark.Kind.HALF_SEMICOLON, ClauseMark.Kind.STOP, ClauseMark.Kind.LIST_JOIN)) {
            return null;
        }
        return f;
    }

    /**
     * Whether a level of another figure, no part of a total and not the share's stated whole, stands between;
     * the figures in brackets right after the part (开复工项目64项（新建38项，续建26项），开复工率83%) say what
     * the part is made of and stand in no one's way. A rate of a 分别 list of named rates (履约率、开工率、资金到位率
     * 分别达到…) is paired with its level by its name, and only a level of its own indicator stands in its way.
     */
    private static boolean valueBetween(FigureNeighbours n, Fact part, Fact share, Fact inPhrase, boolean pairedByName) {
        int bracketEnd = bracketAfter(part);
        for (Fact o : n.facts()) {
            if (o != inPhrase && o.span().start() > part.span().start() && o.span().start() < share.span().start()
                    && o.span().end() > bracketEnd && (!pairedByName || o.indicator().equals(share.indicator()))
                    && ReadingOrder.sameSentence(o, part) && o.measure() == Measure.VALUE && o.partOf() == null) {
                return true;
            }
        }
        return false;
    }

    /** Where a bracket that opens right after {@code f} closes, as an offset in the file's text, or -1. */
    private static int bracketAfter(Fact f) {
        String s = f.sentence() == null ? "" : f.sentence();
        int start = ReadingOrder.sentenceStart(f);
        int at = f.span().end() - start;
        if (at < 0 || at >= s.length() || "（(".indexOf(s.charAt(at)) < 0) {
            return -1;
        }
        int close = s.indexOf(s.charAt(at) == '（' ? '）' : ')', at);
        return close < 0 ? -1 : start + close;
    }

    /**
     * 全市实施项目76项（…）…。1-6月份，开复工项目64项，开复工率83%: when a rate's sentence states no count
     * before its part, the set of things the sentence just before opens with: its first figure, a count of
     * no indicator's, of the whole region or of the part's own scope (亿元以上), with the part's counter,
     * whose clause counts the same things (its words end as the part's do: 项目); {@code null} otherwise.
     */
    private Fact openingCountBefore(FigureNeighbours n, Fact part) {
        int own = ReadingOrder.sentenceStart(part);
        int previous = n.facts().stream().mapToInt(ReadingOrder::sentenceStart).filter(s -> s < own).max().orElse(-1);
        Fact first = n.facts().stream().filter(f -> previous >= 0 && ReadingOrder.sentenceStart(f) == previous)
                .findFirst().orElse(null);
        if (first == null || first.id() == null || first.baseUnit() != BaseUnit.COUNT || first.measure() != Measure.VALUE
                || !Fact.OTHER.equals(first.indicator()) || !(wholeScope(first.scope()) || first.scope().equals(part.scope()))
                || first.partOf() != null
                || first.project() != null || first.redacted() || !Objects.equals(first.unit(), part.unit())
                || FigureNeighbours.earlierPeriod(first, part)) {
            return null;
        }
        String counted = countedNoun(part);
        return counted.length() == 2 && counted.equals(countedNoun(first)) ? first : null;
    }

    /** The last two characters of the words before a count (开复工项目 → 项目), or "" when they are not both Han. */
    private static String countedNoun(Fact f) {
        String lead = f.clause() == null ? "" : f.clause().lead();
        if (lead.length() < 2) {
            return "";
        }
        String tail = lead.substring(lead.length() - 2);
        return tail.codePoints().allMatch(HanChars::isHan) ? tail : "";
    }

    private Fact whole(FigureNeighbours n, Map<String, Fact> byId, Fact part, Fact share, List<ClauseMark> phrase) {
        if (ClauseMark.anyOf(phrase, ClauseMark.Kind.EXTERNAL, ClauseMark.Kind.WHOLE_REGION)) {
            return null; // 占全市的, 占全国的: the region's whole, not a total of this sentence
        }
        boolean rate = namesRate(share);
        if (part.partOf() != null && !rate) {
            Fact total = byId.get(part.partOf());
            return total != null && soleTotal(n, total, part) && !afterSibling(n, part) ? total : null;
        }
        // 投产项目39个；新建项目投产8个，新建项目投产率26.67%: a rate the report names is of the population its
        // definition divides by, never of the total its numerator is a 其中 part of
        Set<String> over = denominators.getOrDefault(part.indicator(), Set.of());
        if (rate && over.isEmpty()) {
            return null;
        }
        if (!rate && part.baseUnit() != BaseUnit.COUNT) {
            over = Set.of(); // 协议资金38.2亿元，到位资金5.1亿元，占比64.5%: without 到位率 no share of money is of the signed sum
        }
        List<Fact> before = n.facts().stream().filter(f -> f.span().start() < part.span().start()
                && ReadingOrder.sameSentence(f, part) && f.baseUnit() == part.baseUnit() && f.measure() == Measure.VALUE
                && f.project() == null && f.partOf() == null && wholeScope(f.scope()) && !f.redacted()).toList();
        if (!over.isEmpty()) {
            // 新签约项目19个，…开工项目10个，开工率55.6%: of the signed count its definition names
            Set<String> divisor = over;
            List<Fact> divisors = before.stream().filter(f -> divisor.contains(f.indicator())).toList();
            Fact defined = one(divisors.isEmpty() && rate ? sentenceBefore(n, part, over) : divisors);
            if (defined != null) {
                return defined;
            }
            // 对38个在库项目…已开工26个，开工率69.2%: of the one set of things the sentence opens with
            List<Fact> counts = before.stream().filter(f -> f.baseUnit() == BaseUnit.COUNT).toList();
            boolean opens = n.facts().stream().filter(f -> ReadingOrder.sameSentence(f, part))
                    .findFirst().map(f -> counts.size() == 1 && f == counts.get(0)).orElse(false);
            if (opens && counts.get(0).indicator().equals(Fact.OTHER)) {
                return counts.get(0);
            }
            return rate && counts.isEmpty() ? openingCountBefore(n, part) : null;
        }
        if (wholeScope(part.scope())) {
            // an unscoped part of an unscoped figure: nothing says one is within the other, unless the share names it
            return namedEarlier(n, part, share);
        }
        // 协议投资182.3亿元…工业项目协议投资138.6亿元，占比74.1%: the one total of the part's indicator
        Fact total = one(before.stream().filter(f -> f.indicator().equals(part.indicator())
                && Objects.equals(f.period(), part.period())).toList());
        return total != null ? total : namedEarlier(n, part, share);
    }

    /**
     * 今年1-4月到位资金48.2亿元。…省外项目到位资金30.1亿元，占本年到位资金的62.4%: the one earlier level of the
     * part's indicator, period and unit, of the whole region, whose own clause bears the name the share's phrase
     * gives its whole (the report's period words 本年, 今年 set aside), and which the report does not itself
     * state as a share of something; {@code null} when the phrase names no whole or several levels bear the name.
     */
    private Fact namedEarlier(FigureNeighbours n, Fact part, Fact share) {
        String lead = share.clause() == null ? "" : share.clause().lead();
        int at = lead.lastIndexOf('占');
        if (at < 0 || !lead.endsWith("的")) {
            return null;
        }
        String name = lead.substring(at + 1, lead.length() - 1);
        for (String w : periodWords) {
            if (name.startsWith(w)) {
                name = name.substring(w.length());
                break;
            }
        }
        for (String w : totalWords) {
            if (name.endsWith(w)) {
                name = name.substring(0, name.length() - w.length());
                break;
            }
        }
        if (name.length() < 2 || n.facts().stream().anyMatch(f -> f.span().start() > part.span().start()
                && f.span().start() < share.span().start() && f.measure() == Measure.VALUE)) {
            return null; // 外商直接投资…，其中制造业…，占利用外资总额的: which level the share is of is not plain
        }
        String named = name;
        return one(n.facts().stream().filter(f -> f.span().start() < part.span().start() && f != part && f.id() != null
                && f.measure() == Measure.VALUE && f.indicator().equals(part.indicator()) && f.baseUnit() == part.baseUnit()
                && sameMonths(f, part) && f.project() == null && f.partOf() == null
                && wholeScope(f.scope()) && !f.redacted() && f.clause() != null && f.clause().lead().contains(named)
                && !statedAsShare(n, f)).toList());
    }

    /** Whether two figures are of the same months, however their periods are worded (今年1-6月, 1-6月). */
    private static boolean sameMonths(Fact a, Fact b) {
        return a.period() == null ? b.period() == null : b.period() != null
                && Objects.equals(a.period().year(), b.period().year())
                && Objects.equals(a.period().fromMonth(), b.period().fromMonth())
                && Objects.equals(a.period().toMonth(), b.period().toMonth());
    }

    /** Whether a share of {@code level}'s indicator follows it in its sentence with no other level between. */
    private static boolean statedAsShare(FigureNeighbours n, Fact level) {
        for (Fact f : n.facts()) {
            if (f.span().start() > level.span().start() && ReadingOrder.sameSentence(f, level)
                    && f.indicator().equals(level.indicator())) {
                if (f.measure() == Measure.SHARE) {
                    return true;
                }
                if (f.measure() == Measure.VALUE) {
                    return false;
                }
            }
        }
        return false;
    }

    /**
     * 签约项目1292个，签约金额6793.18亿元。…到位资金881.4亿元，到位率12.64%: the figures of a rate's defined
     * divisor in the sentence just before the part's, of the part's own scope, when the part's sentence states none.
     */
    private List<Fact> sentenceBefore(FigureNeighbours n, Fact part, Set<String> over) {
        int own = ReadingOrder.sentenceStart(part);
        int previous = n.facts().stream().mapToInt(ReadingOrder::sentenceStart).filter(s -> s < own).max().orElse(-1);
        return n.facts().stream().filter(f -> ReadingOrder.sentenceStart(f) == previous && previous >= 0
                && over.contains(f.indicator()) && f.measure() == Measure.VALUE && f.baseUnit() == part.baseUnit()
                && f.project() == null && f.partOf() == null && f.scope().equals(part.scope()) && !f.redacted()).toList();
    }

    /**
     * Whether the whole a share's phrase names in words (占利用外资总额的) is the figure's own name: 外商直接投资
     * 44906万美元 is no 利用外资总额. A phrase that names no whole before a total word says nothing against it.
     */
    private boolean namedAs(Fact share, Fact whole) {
        String lead = share.clause() == null ? "" : share.clause().lead();
        int at = lead.lastIndexOf('占');
        String name = at < 0 ? "" : lead.substring(at + 1);
        int end = totalWords.stream().mapToInt(name::lastIndexOf).max().orElse(-1);
        if (end < 0) {
            return true;
        }
        name = name.substring(0, end);
        if (name.startsWith("全") && name.length() > 2) {
            name = name.substring(2); // 占全市利用外资总额的: the region's own word is no part of the figure's name
        }
        String own = whole.clause() == null ? "" : whole.clause().lead();
        return name.length() < 2 || own.contains(name);
    }

    /** Whether the share's clause names a rate (开工率, 资金到位率): {@code check-words.tsv} named_rate. */
    private boolean namesRate(Fact share) {
        String lead = share.clause() == null ? "" : share.clause().lead();
        return namedRates.stream().anyMatch(lead::contains);
    }

    /**
     * Whether the 其中 total of a part is plainly the share's whole: in the part's own sentence, or
     * in another sentence as the one figure of its indicator there (到位资金518.81亿元，完成615亿元目标的
     * 84.36%。其中…, 占总到位资金的: two candidates, so the link says nothing) and not the total of the
     * first so many (前十位国家实际投入外资…。其中香港…，占总量的62%: 总量 is more than the first ten).
     */
    private static boolean soleTotal(FigureNeighbours n, Fact total, Fact part) {
        if (ReadingOrder.sameSentence(total, part)) {
            return true;
        }
        boolean another = n.facts().stream().anyMatch(f -> f != total && ReadingOrder.sameSentence(f, total)
                && f.measure() == Measure.VALUE && f.indicator().equals(total.indicator()) && f.baseUnit() == total.baseUnit());
        int at = total.span().start() - ReadingOrder.sentenceStart(total);
        boolean leading = total.clause() != null && total.clause().marks().stream()
                .anyMatch(m -> m.kind() == ClauseMark.Kind.LEADING && m.span().start() < total.span().start()
                        && m.span().start() >= total.span().start() - at);
        return !another && !leading;
    }

    /**
     * Whether another part of the same total stands before the share's part in its sentence with no
     * share of its own between them (内资到位1414.1亿元包括省外1079亿元、省内335.1亿元，占91.8%): the
     * share may be of the last part or of the first, which the sentence does not tell.
     */
    private static boolean afterSibling(FigureNeighbours n, Fact part) {
        for (Fact f : n.facts()) {
            if (f != part && ReadingOrder.sameSentence(f, part) && f.span().start() < part.span().start()
                    && f.measure() == Measure.VALUE && Objects.equals(f.partOf(), part.partOf())
                    && f.indicator().equals(part.indicator()) && f.baseUnit() == part.baseUnit()
                    && n.facts().stream().noneMatch(s -> s.measure() == Measure.SHARE && ReadingOrder.sameSentence(s, part)
                    && s.span().start() > f.span().start() && s.span().start() < part.span().start())) {
                return true;
            }
        }
        return false;
    }

    /** The one figure of {@code facts}, or of the same value stated again; {@code null} when none or several. */
    private static Fact one(List<Fact> facts) {
        Set<BigDecimal> values = new HashSet<>();
        facts.forEach(f -> values.add(f.baseValue() == null ? null : f.baseValue().stripTrailingZeros()));
        return values.size() == 1 && !values.contains(null) ? facts.get(0) : null;
    }

    private boolean wholeScope(List<String> scope) {
        return scope.stream().allMatch(areaWords::contains);
    }

    /** Whether a figure is an amount that parts add up to (money, things, area), not a rate or rank. */
    private static boolean additive(Fact f) {
        return f.baseUnit() != BaseUnit.PERCENT && f.baseUnit() != BaseUnit.PP && f.baseUnit() != BaseUnit.RANK;
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
