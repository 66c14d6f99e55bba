package huibao.extract.period;

import huibao.config.Dictionaries;
import huibao.model.Period;
import huibao.text.Clauses;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the period a report's figures cover, and the period a single clause states for its own
 * figure. Phrases are normalised to {@link Period}: 1-6月 and 上半年 to months 1-6, 一季度 to 1-3,
 * 前三季度 to 1-9, 6月当月 to 6-6, 十月底 to 1-10; 截至目前 and 今年以来 end with the month before
 * the report's date ((2021年11月) → 1-10). A year counts only when it is written: 20XX年 gives none.
 */
public final class PeriodReader {

    private final PeriodPhraseFinder phrases;
    private final ReportPeriods reports;
    private final java.util.List<String> leads;

    private PeriodReader(PeriodPhraseFinder phrases, ReportPeriods reports, java.util.List<String> leads) {
        this.leads = leads;
        this.phrases = phrases;
        this.reports = reports;
    }

    /** Reads periods.tsv, period-cues.tsv and period-figure-units.tsv. */
    public static PeriodReader load(Dictionaries dictionaries) {
        PeriodPhraseFinder phrases = new PeriodPhraseFinder(dictionaries);
        return new PeriodReader(phrases, new ReportPeriods(phrases, new PeriodFigureCounter(dictionaries),
                dictionaries.words("period-annual-titles.tsv")), dictionaries.words("period-leads.tsv"));
    }

    /**
     * The period that governs a report's figures: among the body's period phrases that are no
     * comparison, target, plan or other year, those covering the same months are pooled, and the pool
     * governing the most figures (counted up to the next phrase or the paragraph's end) wins; its
     * label is the phrase of the pool that governs most figures itself. A title phrase joins the
     * pool it agrees with and decides when the body has none. Anchored phrases end the month
     * before the date; without a date they take the title's months, else the months of the best
     * pool that has some.
     *
     * @param title the report's title, or {@code null}
     * @param body  the report's text below its heading
     * @param date  the date written under the title ("2021年11月"), or {@code null}
     */
    public Period readReport(String title, String body, String date) {
        return reports.read(title, body, date);
    }

    /**
     * The period phrases of a sentence that govern the figures after them, in reading order: those
     * that open their clause, alone or after a lead word (截至, 今年), and are no comparison (较去年同期).
     */
    public List<PeriodPhrase> phrasesIn(String sentence) {
        List<PeriodPhrase> out = new ArrayList<>();
        for (PeriodPhrase p : phrases.find(sentence)) {
            int start = p.span().start();
            int clause = start;
            while (clause > 0 && Clauses.WIDE_CLAUSE_ENDS_AND_OPEN_BRACKETS.indexOf(sentence.charAt(clause - 1)) < 0) {
                clause--;
            }
            String before = sentence.substring(clause, start).strip();
            if (!p.comparison() && (before.isEmpty() || leads.contains(before))) {
                out.add(p);
            }
        }
        return out;
    }

    /** Whether a sentence's phrases name a year other than the report's, which later sentences keep (2022年，…。全区计划…). */
    public Optional<Period> otherYear(List<PeriodPhrase> found, Period report) {
        for (PeriodPhrase p : found) {
            if (p.kind() == PeriodPhrase.Kind.YEAR && p.year() != null && !p.year().equals(report.year())) {
                return Optional.of(new Period(p.year(), 1, 12, p.label()));
            }
        }
        return Optional.empty();
    }

    /**
     * 引进市外到位资金5.26亿元，去年同期为4.71亿元: a level whose own clause marks it as last year's
     * covers {@code period}'s months a year earlier; empty when the clause says nothing of the kind.
     */
    public Optional<Period> prior(String sentence, int at, Period period) {
        String clause = sentence.substring(Clauses.clauseStart(sentence, at), at);
        if (!phrases.marksPrior(clause)) {
            return Optional.empty();
        }
        return Optional.of(period.prior());
    }

    /**
     * The period of a figure at {@code at} in a sentence whose phrases are {@code found}: the last
     * phrase before it that is no comparison (较去年同期) sets it; a year alone that is the report's
     * own year leaves the report's months. Empty when no phrase stands before the figure.
     */
    public Optional<Period> governing(List<PeriodPhrase> found, int at, Period report) {
        PeriodPhrase last = null;
        for (PeriodPhrase p : found) {
            if (p.span().end() > at) {
                break;
            }
            if (!p.comparison()) {
                last = p;
            }
        }
        if (last == null) {
            return Optional.empty();
        }
        Integer year = last.yearMasked() ? null : last.year();
        if (year == null && !last.yearMasked()) {
            int offset = last.yearOffset() == null ? 0 : last.yearOffset();
            year = report.year() == null ? null : report.year() + offset;
        }
        return Optional.of(switch (last.kind()) {
            case ANCHORED -> new Period(year, report.fromMonth(), report.toMonth(), last.label());
            case YEAR -> java.util.Objects.equals(year, report.year()) || last.yearMasked() ? report
                    : new Period(year, 1, 12, last.label());
            default -> new Period(year, last.fromMonth(), last.toMonth(), last.label());
        });
    }

    /**
     * The period a clause states for its own figure (6月当月, 一季度, 2022年, 全年目标), or empty when
     * it states none and the figure inherits the report's period. Missing year and anchored months
     * come from {@code reportPeriod}; 去年 and 明年 move its year.
     */
    public Optional<Period> readClause(String clause, Period reportPeriod) {
        Period report = reportPeriod == null ? Period.unknown() : reportPeriod;
        for (PeriodPhrase p : phrases.find(clause)) {
            if (p.comparison()) {
                continue;
            }
            Integer year = p.yearMasked() ? null : p.year();
            if (year == null && !p.yearMasked()) {
                int offset = p.yearOffset() == null ? 0 : p.yearOffset();
                year = report.year() == null ? null : report.year() + offset;
            }
            return Optional.of(switch (p.kind()) {
                case ANCHORED -> new Period(year, report.fromMonth(), report.toMonth(), p.label());
                case YEAR -> new Period(year, 1, 12, p.label());
                default -> new Period(year, p.fromMonth(), p.toMonth(), p.label());
            });
        }
        return Optional.empty();
    }
}
