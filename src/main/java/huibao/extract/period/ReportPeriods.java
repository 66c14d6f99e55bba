package huibao.extract.period;

import huibao.model.Period;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period that governs a report's figures, from its title, its date and the period phrases of
 * its body (see {@link PeriodReader#readReport}).
 */
final class ReportPeriods {

    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月");
    private static final Pattern WRITTEN_YEAR = Pattern.compile("((?:\\d{2})?[0-9Xx*＊]{1,4})\\s*年");

    private final PeriodPhraseFinder phrases;
    private final PeriodFigureCounter figures;
    private final List<String> annualWords;

    ReportPeriods(PeriodPhraseFinder phrases, PeriodFigureCounter figures, List<String> annualWords) {
        this.phrases = phrases;
        this.figures = figures;
        this.annualWords = annualWords;
    }

    /** See {@link PeriodReader#readReport}. */
    Period read(String title, String body, String date) {
        int[] written = date == null ? null : yearMonth(date);
        Integer dateYear = written == null ? null : written[0];
        Integer anchoredTo = written == null || written[1] <= 1 ? null : written[1] - 1;
        PeriodPhrase titlePhrase = title == null ? null : phrases.find(title).stream()
                .filter(p -> p.kind() != PeriodPhrase.Kind.YEAR).findFirst().orElse(null);
        YearInTitle titleYear = yearOf(title);
        Integer titleFrom = titlePhrase == null ? null : titlePhrase.fromMonth();
        Integer titleTo = titlePhrase == null ? null : titlePhrase.toMonth();

        List<PeriodPhrase> found = phrases.find(body);
        List<Candidate> candidates = candidates(body, found, anchoredTo, titleFrom, titleTo);

        if (titlePhrase == null && titleYear.year() != null && annualTitle(title)) {
            return new Period(titleYear.year(), 1, 12, "全年");
        }
        Candidate label = best(candidates, titlePhrase);
        Integer from;
        Integer to;
        String text;
        PeriodPhrase chosen;
        if (label == null) {
            if (titlePhrase == null) {
                return new Period(titleYear.masked() ? null : firstNonNull(titleYear.year(), dateYear), null, null, null);
            }
            chosen = titlePhrase;
            from = titleFrom;
            to = titleTo;
            text = titlePhrase.label();
        } else {
            chosen = label.phrase();
            from = label.from();
            to = label.to();
            text = chosen.label();
            if (from == null) {
                Candidate other = best(candidates.stream().filter(c -> c.from() != null).toList(), null);
                from = other == null ? null : other.from();
                to = other == null ? null : other.to();
            }
        }
        return new Period(year(chosen, titleYear, dateYear, found), from, to, text);
    }

    private boolean annualTitle(String title) {
        return annualWords.stream().anyMatch(title::contains);
    }

    /**
     * The body's phrases that may govern its figures (no comparison, target, plan or other year),
     * each with the months it covers and the number of figures it governs.
     */
    private List<Candidate> candidates(String body, List<PeriodPhrase> found, Integer anchoredTo, Integer titleFrom,
                                       Integer titleTo) {
        List<Candidate> candidates = new ArrayList<>();
        List<PeriodPhrase> governing = found.stream()
                .filter(p -> !p.comparison() && !p.target() && p.kind() != PeriodPhrase.Kind.PLAN && p.kind() != PeriodPhrase.Kind.YEAR
                        && (p.yearOffset() == null || p.yearOffset() == 0))
                .toList();
        for (int i = 0; i < governing.size(); i++) {
            PeriodPhrase p = governing.get(i);
            int end = i + 1 < governing.size() ? governing.get(i + 1).span().start() : body.length();
            int governed = figures.count(body, p.span().end(), end);
            Integer from = p.fromMonth();
            Integer to = p.toMonth();
            if (p.kind() == PeriodPhrase.Kind.ANCHORED) {
                from = anchoredTo != null ? Integer.valueOf(1) : titleFrom;
                to = anchoredTo != null ? anchoredTo : titleTo;
            }
            candidates.add(new Candidate(p, from, to, governed));
        }
        return candidates;
    }

    private record Candidate(PeriodPhrase phrase, Integer from, Integer to, int governed) {
        String key() {
            return from + "-" + to;
        }
    }

    private record YearInTitle(Integer year, boolean masked) {
    }

    /** The pool of candidates with the same months that governs most figures, as its best phrase. */
    private static Candidate best(List<Candidate> candidates, PeriodPhrase titlePhrase) {
        if (candidates.isEmpty()) {
            return null;
        }
        boolean anyFigures = candidates.stream().anyMatch(c -> c.governed() > 0);
        Map<String, List<Candidate>> pools = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            if (c.governed() > 0 || !anyFigures) {
                pools.computeIfAbsent(c.key(), k -> new ArrayList<>()).add(c);
            }
        }
        String titleKey = titlePhrase == null ? null : titlePhrase.fromMonth() + "-" + titlePhrase.toMonth();
        List<Candidate> bestPool = null;
        int bestScore = -1;
        for (Map.Entry<String, List<Candidate>> pool : pools.entrySet()) {
            int score = pool.getValue().stream().mapToInt(c -> Math.max(c.governed(), 1)).sum()
                    + (pool.getKey().equals(titleKey) ? 1 : 0);
            if (score > bestScore) {
                bestScore = score;
                bestPool = pool.getValue();
            }
        }
        return bestPool.stream().max(Comparator.comparingInt(Candidate::governed)
                .thenComparing(c -> -c.phrase().span().start())).orElseThrow();
    }

    /** The year of the chosen phrase, else of the title, else of the date, else of the first dated phrase. */
    private static Integer year(PeriodPhrase chosen, YearInTitle title, Integer dateYear, List<PeriodPhrase> found) {
        if (chosen.yearMasked()) {
            return null;
        }
        if (chosen.year() != null) {
            return chosen.year();
        }
        if (title.masked()) {
            return null;
        }
        if (title.year() != null) {
            return title.year();
        }
        if (dateYear != null) {
            return dateYear;
        }
        for (PeriodPhrase p : found) {
            if (p.kind() != PeriodPhrase.Kind.YEAR && (p.year() != null || p.yearMasked())) {
                return p.year();
            }
        }
        return null;
    }

    private static YearInTitle yearOf(String title) {
        if (title == null) {
            return new YearInTitle(null, false);
        }
        Matcher m = WRITTEN_YEAR.matcher(title);
        while (m.find()) {
            String y = m.group(1);
            if (y.matches("\\d{4}")) {
                return new YearInTitle(Integer.parseInt(y), false);
            }
            if (y.length() >= 2 && !y.matches("\\d+")) {
                return new YearInTitle(null, true);
            }
        }
        return new YearInTitle(null, false);
    }

    private static int[] yearMonth(String date) {
        Matcher m = DATE.matcher(date);
        if (!m.find()) {
            return null;
        }
        int month = Integer.parseInt(m.group(2));
        return month < 1 || month > 12 ? null : new int[] {Integer.parseInt(m.group(1)), month};
    }

    private static Integer firstNonNull(Integer a, Integer b) {
        return a != null ? a : b;
    }
}
