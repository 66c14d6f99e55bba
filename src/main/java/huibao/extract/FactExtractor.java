package huibao.extract;

import huibao.catalog.Catalogs;
import huibao.catalog.Indicator;
import huibao.config.Dictionaries;
import huibao.extract.attribution.Attribution;
import huibao.extract.attribution.Breakdowns;
import huibao.extract.attribution.ClassParts;
import huibao.extract.attribution.CombinedTotals;
import huibao.extract.attribution.FactAttributor;
import huibao.extract.attribution.TableReader;
import huibao.extract.attribution.Topic;
import huibao.extract.lexicon.Vocabulary;
import huibao.extract.number.Figure;
import huibao.extract.number.FigureChars;
import huibao.extract.number.FigureScanner;
import huibao.extract.number.Unit;
import huibao.extract.period.PeriodPhrase;
import huibao.extract.period.PeriodReader;
import huibao.extract.place.PlaceMention;
import huibao.extract.place.RegionResolver;
import huibao.extract.relation.FactLinker;
import huibao.extract.sentence.Sentence;
import huibao.extract.sentence.SentenceSplitter;
import huibao.model.BaseUnit;
import huibao.model.Fact;
import huibao.model.Measure;
import huibao.model.Period;
import huibao.model.Problem;
import huibao.model.Report;
import huibao.model.Span;
import huibao.text.Clauses;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads every figure of a report into facts of the fact contract: sentences are scanned for
 * figures, each figure is attributed from its clause, and the result is converted to base units
 * exactly. Immutable and thread-safe once built; build it once and reuse it.
 */
public final class FactExtractor {

    /**
     * The facts of a report and what could not be read.
     *
     * @param facts    the facts in reading order
     * @param problems figure-like strings whose number could not be read
     */
    public record Result(List<Fact> facts, List<Problem> problems) {
    }

    private final Vocabulary vocabulary;
    private final FigureScanner scanner;
    private final FactAttributor attributor;
    private final TableReader tables;
    private final Breakdowns breakdowns;
    private final ClassParts classParts;
    private final CombinedTotals combined;
    private final RegionResolver regions;
    private final PeriodReader periods;
    private final FactLinker linker;

    /** Loads the catalogues, the vocabularies, the divisions and the period phrases from {@code dictionaries}. */
    public FactExtractor(Dictionaries dictionaries) {
        this(dictionaries, Catalogs.load(dictionaries), RegionResolver.load(dictionaries), PeriodReader.load(dictionaries));
    }

    /**
     * Loads the vocabularies from {@code dictionaries} over the already loaded {@code catalogs},
     * sharing an already loaded resolver and period reader.
     */
    public FactExtractor(Dictionaries dictionaries, Catalogs catalogs, RegionResolver regions, PeriodReader periods) {
        this.regions = regions;
        this.periods = periods;
        this.vocabulary = new Vocabulary(dictionaries, catalogs);
        this.scanner = new FigureScanner(vocabulary.units, vocabulary.figureRules);
        this.attributor = new FactAttributor(vocabulary);
        this.tables = new TableReader(vocabulary);
        this.breakdowns = new Breakdowns(vocabulary.clauseWords, vocabulary.stages, vocabulary.indicators);
        this.classParts = new ClassParts(vocabulary);
        this.combined = new CombinedTotals(vocabulary.clauseWords, vocabulary.indicators);
        this.linker = new FactLinker(dictionaries, catalogs);
    }

    /** Extracts the facts of {@code report}; spans index the file's cleaned text. */
    public Result extract(Report report) {
        List<Fact> facts = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Topic topic = new Topic();
        int paragraph = -1;
        List<Fact> paragraphFacts = new ArrayList<>();
        List<Fact> lastFound = List.of();
        Map<Integer, String> namedSets = new HashMap<>();
        Period paragraphPeriod = report.period();
        List<PlaceMention> places = otherPlaces(report);
        List<Sentence> sentences = SentenceSplitter.split(report.text(), report.range().start());
        boolean percentSigns = writesPercentSigns(report.text());
        boolean digitsStripped = scanner.digitsStripped(report.text());
        for (int i = 0; i < sentences.size(); i++) {
            Sentence sentence = sentences.get(i);
            if (TableReader.isRow(sentence)) {
                i = readTable(report, sentences, i, facts) - 1;
                continue;
            }
            if (sentence.paragraph() != paragraph) {
                topic = topic.next();
                paragraph = sentence.paragraph();
                paragraphFacts.clear();
                if (breakdowns.opensWithBreakdown(sentence.text())) {
                    paragraphFacts.addAll(lastFound); // 其中… on its own line breaks down the line before
                }
                paragraphPeriod = report.period();
            } else {
                topic.nextSentence();
            }
            FigureScanner.Scan scan = scanner.scan(sentence.text(), sentence.start(), percentSigns, digitsStripped);
            for (Span bad : scan.unreadable()) {
                problems.add(new Problem(report.doc(), bad, Problem.Kind.UNREADABLE_FIGURE, scan.unlisted().contains(bad)
                        ? "'" + report.slice(bad) + "' is in a unit no fact holds (a length, a score), so it is no fact"
                        : "cannot read the number in '" + report.slice(bad) + "'"));
            }
            if (scan.figures().isEmpty()) {
                attributor.observe(sentence.text(), topic);
                paragraphPeriod = periods.otherYear(periods.phrasesIn(sentence.text()), report.period()).orElse(paragraphPeriod);
                continue;
            }
            List<PeriodPhrase> phrases = periods.phrasesIn(sentence.text());
            List<Fact> found = attributed(report, sentence, scan, topic, places, phrases, paragraphPeriod);
            paragraphPeriod = periods.otherYear(phrases, report.period()).orElse(paragraphPeriod);
            found = withoutSetsNamedAgain(sentence, found, facts, namedSets);
            found = combined.reread(found, sentence.text(), sentence.start(), found, false);
            if (breakdowns.opensWithBreakdown(sentence.text()) && !lastFound.isEmpty()) {
                List<Fact> reread = combined.reread(lastFound, sentence.text(), sentence.start(), found, true);
                replace(facts, lastFound, reread);
                replace(paragraphFacts, lastFound, reread);
            }
            if (classParts.headerEnd(sentence.text()) >= 0) { // 分产业看，甲业：5个；乙业：3个 splits a total
                found = classParts.inherit(sentence.text(), sentence.start(), found, facts);
            }
            found = breakdowns.link(sentence.text(), sentence.start(), found, paragraphFacts);
            paragraphFacts.addAll(found);
            facts.addAll(found);
            lastFound = found;
        }
        return new Result(linker.link(report, facts, namedSets), List.copyOf(problems));
    }

    /**
     * 据了解，2274个项目中投资额5亿以上项目634个: a count followed by the words that pick from a set
     * (figure-rules.tsv: reference_after) and equal to a count stated earlier in the report names that set
     * again; it states no new figure. A first mention (签约的35个项目中已开工20个) stays a figure. The set
     * named again is kept in {@code sets} by the sentence's start, for the shares the sentence states of it.
     */
    private List<Fact> withoutSetsNamedAgain(Sentence sentence, List<Fact> found, List<Fact> earlier, Map<Integer, String> sets) {
        List<Fact> kept = new ArrayList<>();
        for (Fact f : found) {
            int end = f.span().end() - sentence.start();
            Fact named = f.measure() == Measure.VALUE && f.baseUnit() == BaseUnit.COUNT && f.value() != null
                    && end >= 0 && end <= sentence.text().length()
                    && picksFromSet(sentence.text(), f.span().start() - sentence.start(), end)
                    ? earlier.stream().filter(e -> e.measure() == Measure.VALUE && Objects.equals(e.unit(), f.unit())
                            && e.value() != null && e.value().compareTo(f.value()) == 0).reduce((a, b) -> b).orElse(null) : null;
            if (named == null) {
                kept.add(f);
            } else if (named.id() != null) {
                sets.putIfAbsent(sentence.start(), named.id());
            }
        }
        return kept;
    }

    /** How many characters of a noun may stand between a count and the words that pick from its set (80个在建项目中). */
    private static final int SET_NOUN_REACH = 8;

    /**
     * Whether the words right after a count pick from the set it counts (figure-rules.tsv: reference_after),
     * or, for a count that opens its clause (在 at most before it), the words after a short noun phrase of
     * its (80个在建项目中, 在117个新签约项目中); a count with words of its own before it (签约的186个亿元以上项目中)
     * states the set again.
     */
    private boolean picksFromSet(String text, int start, int end) {
        if (vocabulary.figureRules.wordAt("reference_after", text, end) != null) {
            return true;
        }
        int clause = Clauses.afterLast(text, Clauses.CLAUSE_ENDS, start);
        String opener = text.substring(clause, start).strip();
        if (!opener.isEmpty() && !opener.equals("在")) {
            return false;
        }
        for (int i = end + 1; i < text.length() && i <= end + SET_NOUN_REACH; i++) {
            char ch = text.charAt(i);
            if ((Clauses.CLAUSE_ENDS.indexOf(ch) >= 0 || FigureChars.isDigit(ch) || FigureChars.isMask(ch))) {
                return false;
            }
            if (vocabulary.figureRules.wordAt("reference_after", text, i) != null) {
                return true;
            }
        }
        return false;
    }

    /** Puts each re-read fact in the place of the one it was read from (the same fact, by identity). */
    private static void replace(List<Fact> facts, List<Fact> was, List<Fact> now) {
        for (int i = 0; i < was.size(); i++) {
            if (was.get(i) != now.get(i)) {
                for (int k = 0; k < facts.size(); k++) {
                    if (facts.get(k) == was.get(i)) {
                        facts.set(k, now.get(i));
                    }
                }
            }
        }
    }

    /** The facts of the figures {@code scan} found in {@code sentence}, attributed from their clause and period. */
    private List<Fact> attributed(Report report, Sentence sentence, FigureScanner.Scan scan, Topic topic,
                                  List<PlaceMention> places, List<PeriodPhrase> phrases, Period paragraphPeriod) {
        List<PlaceMention> inSentence = places.stream().filter(p -> sentence.span().contains(p.span())).toList();
        List<Fact> found = new ArrayList<>();
        Period sentencePeriod = paragraphPeriod;
        for (Attribution a : attributor.attribute(sentence.text(), sentence.start(), scan.figures(), topic, inSentence)) {
            int at = a.figure().start() - sentence.start();
            Period period = periods.governing(phrases, at, report.period()).orElse(sentencePeriod);
            Optional<Period> prior = a.measure() == Measure.VALUE ? periods.prior(sentence.text(), at, period) : Optional.empty();
            Fact fact = toFact(report, sentence, a, prior.orElse(period));
            if (prior.isPresent() && Fact.OTHER.equals(fact.indicator())) {
                fact = ofComparedLevel(fact, found); // 协议投资68.5亿元，较上年同期的24.8亿元
            }
            if (opensRatio(sentence, fact) && fact.measure() == Measure.VALUE) {
                fact = fact.withAttribution(fact.indicator(), Measure.SHARE, fact.scope()); // 结构为3.3:64.6:32.1
            }
            if (!found.isEmpty() && continuesRatio(sentence, found.get(found.size() - 1), fact)) {
                Fact first = found.get(found.size() - 1); // 比重为5.0:52.0:43.0: every term is a share of what the first is
                fact = fact.withAttribution(first.indicator(), first.measure(), first.scope());
            } else if (!found.isEmpty() && restates(sentence, found.get(found.size() - 1), fact)) {
                Fact stated = found.get(found.size() - 1); // 2330万美元，折合人民币约1.65亿元
                fact = fact.withAttribution(stated.indicator(), stated.measure(), stated.scope());
            }
            found.add(fact);
        }
        return found;
    }

    /**
     * Reads the table whose rows start at sentence {@code from} into {@code facts}, the line before
     * it giving the unit; returns the index of the first sentence after the table.
     */
    private int readTable(Report report, List<Sentence> sentences, int from, List<Fact> facts) {
        int to = from;
        while (to < sentences.size() && TableReader.isRow(sentences.get(to))) {
            to++;
        }
        String unitLine = from > 0 ? sentences.get(from - 1).text() : null;
        for (Attribution a : tables.read(sentences.subList(from, to), unitLine)) {
            Sentence row = rowOf(sentences.subList(from, to), a.figure());
            facts.add(toFact(report, row, a, report.period()));
        }
        return to;
    }

    /** Whether {@code fact} is a percent that a structure ratio's next term follows (3.3:64.6). */
    private static boolean opensRatio(Sentence sentence, Fact fact) {
        int after = fact.span().end() - sentence.start();
        return fact.baseUnit() == BaseUnit.PERCENT && after + 1 < sentence.text().length()
                && ":：∶".indexOf(sentence.text().charAt(after)) >= 0 && Character.isDigit(sentence.text().charAt(after + 1));
    }

    /** Whether {@code fact} is the next term of a structure ratio whose term before is {@code before} (5.0:52.0). */
    private static boolean continuesRatio(Sentence sentence, Fact before, Fact fact) {
        int gap = before.span().end() - sentence.start();
        return fact.span().start() == before.span().end() + 1 && before.baseUnit() == BaseUnit.PERCENT
                && fact.baseUnit() == BaseUnit.PERCENT && ":：∶".indexOf(sentence.text().charAt(gap)) >= 0;
    }

    /** Whether a report writes its percents with a sign (% or ％); one that writes none has lost them (增长26.1). */
    private static boolean writesPercentSigns(String text) {
        return text.indexOf('%') >= 0 || text.indexOf('％') >= 0;
    }

    /** Whether {@code fact} restates {@code before} in another currency: 折合 or 按人民币计 stands between them. */
    private boolean restates(Sentence sentence, Fact before, Fact fact) {
        if (before.measure() != Measure.VALUE || Fact.OTHER.equals(before.indicator()) || before.baseUnit() == fact.baseUnit()
                || fact.measure() != Measure.VALUE || !sameKind(before.baseUnit(), fact.baseUnit())) {
            return false;
        }
        int from = before.span().end() - sentence.start();
        int to = fact.span().start() - sentence.start();
        String between = sentence.text().substring(from, to);
        return between.length() <= 12 && between.indexOf('；') < 0 && vocabulary.clauseWords.anyIn("restated", between);
    }

    /** 项目15个，签约合同额64亿元: a count is never restated as money (约合 inside 签约合同额 is no restating word). */
    private static boolean sameKind(BaseUnit a, BaseUnit b) {
        return a != null && b != null && a.isMoney() == b.isMoney();
    }

    /**
     * Last year's level read with no indicator of its own takes the indicator of the level it is
     * compared with: the nearest earlier level of the sentence in the same unit.
     */
    private static Fact ofComparedLevel(Fact prior, List<Fact> earlier) {
        for (int k = earlier.size() - 1; k >= 0; k--) {
            Fact f = earlier.get(k);
            if (f.measure() == Measure.VALUE && f.baseUnit() == prior.baseUnit() && !Fact.OTHER.equals(f.indicator())) {
                return prior.withAttribution(f.indicator(), Measure.VALUE, f.scope());
            }
        }
        return prior;
    }

    /** Places the report names other than itself, with offsets in the cleaned text of the file. */
    private List<PlaceMention> otherPlaces(Report report) {
        List<PlaceMention> out = new ArrayList<>();
        int shift = report.range().start();
        for (PlaceMention p : regions.findPlaces(report.text(), report.region())) {
            if (report.region() != null && p.candidates().contains(report.region())) {
                continue;
            }
            out.add(new PlaceMention(p.span().shift(shift), p.text(), p.form(), p.candidates()));
        }
        return out;
    }

    private Fact toFact(Report report, Sentence sentence, Attribution a, Period period) {
        Figure f = a.figure();
        Unit unit = f.unit();
        BigDecimal value = f.value();
        BigDecimal valueMax = f.valueMax();
        if (a.sign() < 0 && value != null && value.signum() > 0 && isChange(a.measure())) {
            value = value.negate();
            valueMax = valueMax == null ? null : valueMax.negate();
        }
        BaseUnit base;
        BigDecimal baseValue;
        BigDecimal baseMax;
        if (unit == null) {
            base = f.kind() == Figure.Kind.RANK ? BaseUnit.RANK : zeroCurrency(a.indicator());
            baseValue = value;
            baseMax = valueMax;
        } else {
            // 比去年同期提高3.2%: a change of a share, written with %, is in points
            base = a.measure() == Measure.PP_CHANGE && unit.base() == BaseUnit.PERCENT ? BaseUnit.PP : unit.base();
            baseValue = unit.toBase(value);
            baseMax = unit.toBase(valueMax);
        }
        if (baseValue != null) {
            baseValue = plain(baseValue);
        }
        if (baseMax != null) {
            baseMax = plain(baseMax);
        }
        return new Fact(report.doc() + "@" + f.start(), report.doc(), report.regionName(), report.regionCode(),
                period, a.indicator(), a.measure(), a.scope(), f.text(), value, valueMax,
                unit == null ? null : unit.written(), baseValue, baseMax, base, f.approx(), a.project(), a.versus(),
                f.redacted(), sentence.text(), f.span(), List.of(), null);
    }

    private static Sentence rowOf(List<Sentence> rows, Figure f) {
        for (Sentence r : rows) {
            if (r.span().contains(f.span())) {
                return r;
            }
        }
        return rows.get(0);
    }

    private BaseUnit zeroCurrency(String indicator) {
        Indicator ind = vocabulary.indicators.get(indicator);
        return ind != null && ind.currency() != null ? ind.currency() : BaseUnit.CNY;
    }

    private static boolean isChange(Measure m) {
        return m == Measure.YOY || m == Measure.YOY_ABS || m == Measure.PP_CHANGE;
    }

    private static BigDecimal plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
