package huibao.extract.period;

import huibao.config.Dictionaries;
import huibao.model.Span;
import huibao.text.CharPairTable;
import huibao.text.ChineseNumerals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds period phrases: month ranges (1-6月, 1—5月份, 一至九月, 1月至5月, 3月份-6月份), single months (6月当月, 3月份),
 * month ends (十月底), 前N个月 and 前N月 (months 1 to N), the fixed phrases of {@code periods.tsv} (上半年, 前三季度, 截至目前),
 * each with an optional year before it (2023年, 20XX年, 今年, 去年).
 */
final class PeriodPhraseFinder {

    static final String PHRASES = "periods.tsv";
    static final String CUES = "period-cues.tsv";
    static final String YEARS = "period-years.tsv";

    private static final String WIDE_DIGIT = "[" + ChineseNumerals.FULL_WIDTH_DIGITS + "]";
    // compiled once: a report has dozens of period phrases
    private static final Pattern NOT_YEAR_DIGIT = Pattern.compile("[^0-9Xx*＊]");
    private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** The dashes and words between a range's months (1-6月, 一至九月). */
    private static final String RANGE_MARKS = "-—–~～至到－";
    private static final String NUMBER_CHARS = "0123456789" + ChineseNumerals.FULL_WIDTH_DIGITS + ChineseNumerals.DIGITS + "十Xx*＊";
    /** What {@code \s} matches in the pattern (no Unicode flag). */
    private static final String PATTERN_SPACE = " \t\n\u000B\f\r";
    /** What follows a number that opens a phrase: 年 of a year, 月 of a month, the dashes and words of a range. */
    private static final String AFTER_NUMBER = "年月" + RANGE_MARKS;
    private static final String NUM = "(?:\\d{1,2}|" + WIDE_DIGIT + "{1,2}|十[一二]?|[" + ChineseNumerals.DIGITS + "十])";
    /** A written year (2023年, 2023年度, 20XX年); a year named by where it stands to the report's (去年) is added per table. */
    private static final String WRITTEN_YEAR = "(?<year>(?:\\d{4}|" + WIDE_DIGIT + "{4}|(?:\\d{2})?[Xx*＊]{1,4})\\s*年(?:度)?)";

    private record Fixed(Integer from, Integer to, PeriodPhrase.Kind kind) {
    }

    private final Map<String, Fixed> fixed = new HashMap<>();
    private final List<String> comparisonCues = new ArrayList<>();
    private final List<String> targetCues = new ArrayList<>();
    private final List<String> priorCues = new ArrayList<>();
    private final List<String> startCues = new ArrayList<>();
    private final List<String> eventCues = new ArrayList<>();
    private final List<String> tallyCues = new ArrayList<>();
    /** Years named by where they stand to the report's (去年 → -1), from {@code period-years.tsv}. */
    private final Map<String, Integer> relativeYears = new HashMap<>();
    private final Pattern pattern;
    private final boolean[] starts = new boolean[Character.MAX_VALUE + 1];
    /** Characters of a written number or masked year, which open a phrase only before 年, 月 or a range's dash. */
    private final boolean[] numberChars = new boolean[Character.MAX_VALUE + 1];
    /** The fixed phrases and relative years by their first character. */
    private final CharPairTable<String[]> wordsByFirst;

    PeriodPhraseFinder(Dictionaries dictionaries) {
        List<String> phrases = new ArrayList<>();
        for (Dictionaries.Table.Row row : dictionaries.table(PHRASES, "phrase", "from_month", "to_month", "kind").rows()) {
            PeriodPhrase.Kind kind;
            try {
                kind = PeriodPhrase.Kind.valueOf(row.get("kind").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw row.error("unknown kind '" + row.get("kind") + "' (expected span, plan or anchored)");
            }
            fixed.put(row.get("phrase"), new Fixed(month(row, "from_month"), month(row, "to_month"), kind));
            phrases.add(row.get("phrase"));
        }
        for (Dictionaries.Table.Row row : dictionaries.table(CUES, "cue", "kind").rows()) {
            switch (row.get("kind")) {
                case "comparison" -> comparisonCues.add(row.get("cue"));
                case "target" -> targetCues.add(row.get("cue"));
                case "prior" -> priorCues.add(row.get("cue"));
                case "start" -> startCues.add(row.get("cue"));
                case "event" -> eventCues.add(row.get("cue"));
                case "tally" -> tallyCues.add(row.get("cue"));
                default -> throw row.error("unknown kind '" + row.get("kind")
                        + "' (expected comparison, target, prior, start, event or tally)");
            }
        }
        for (Dictionaries.Table.Row row : dictionaries.table(YEARS, "word", "offset").rows()) {
            try {
                relativeYears.put(row.get("word"), Integer.parseInt(row.get("offset")));
            } catch (NumberFormatException e) {
                throw row.error("offset must be a whole number of years, was '" + row.get("offset") + "'");
            }
        }
        for (char c : NUMBER_CHARS.toCharArray()) {
            starts[c] = true;
            numberChars[c] = true;
        }
        starts['前'] = true;
        List<String> words = new ArrayList<>(phrases);
        words.addAll(relativeYears.keySet());
        words.forEach(w -> starts[w.charAt(0)] = true);
        wordsByFirst = CharPairTable.grouped(words, w -> w.charAt(0), String[]::new);
        String year = "(?:" + WRITTEN_YEAR + "|(?<rel>" + alternation(relativeYears.keySet()) + "))";
        pattern = Pattern.compile("(?:" + year + "\\s*)?(?:"
                + "(?<from>" + NUM + ")\\s*(?:月份?\\s*)?[" + RANGE_MARKS + "]+\\s*(?<to>" + NUM + ")\\s*月(?:份)?(?:底|末)?"
                + "|前(?<first>" + NUM + "|两)个?月(?:份)?"
                + "|(?<fixed>" + alternation(phrases) + ")"
                + "|(?<month>" + NUM + ")\\s*月(?<tail>份当月|当月|份|底|末)?"
                + "(?![上中下]旬|\\d|" + WIDE_DIGIT + "|[" + ChineseNumerals.DIGITS + "十]*[日号])"
                + ")?");
    }

    /** {@code words} as a regex alternation, each quoted, the longer first so that no shorter word cuts one short. */
    private static String alternation(java.util.Collection<String> words) {
        if (words.isEmpty()) {
            return "(?!)";
        }
        return String.join("|", words.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).toList());
    }

    private static Integer month(Dictionaries.Table.Row row, String column) {
        String s = row.get(column);
        if (s.isEmpty()) {
            return null;
        }
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw row.error(column + " must be a month number, was '" + s + "'");
        }
    }

    /** Every period phrase in {@code text}, in reading order. */
    List<PeriodPhrase> find(String text) {
        List<PeriodPhrase> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        int from = 0;
        int n = text.length();
        while (from < n) {
            char c = text.charAt(from);
            // only a character that can open a phrase is worth a try of the whole pattern
            if (!starts[c] || !mayOpen(text, from) || !m.region(from, n).lookingAt() || m.end() == m.start()) {
                from++;
                continue;
            }
            PeriodPhrase p = phrase(text, m);
            if (p != null) {
                out.add(p);
            }
            from = m.end();
        }
        return out;
    }

    /**
     * Whether a phrase may start at {@code at}, decided without the pattern: a phrase that opens with
     * a number (2023年, 1-6月, 3月份, 20XX年) reaches 年, 月 or a range's dash right after its digits and
     * spaces, unless a fixed phrase or a relative year starts there. Digits stand in most sentences and
     * are seldom a period's, and the whole pattern costs a try of every alternative.
     */
    private boolean mayOpen(String text, int at) {
        char c = text.charAt(at);
        if (!numberChars[c]) {
            return true;
        }
        String[] words = wordsByFirst.get(c);
        if (words != null) {
            for (String w : words) {
                if (text.startsWith(w, at)) {
                    return true;
                }
            }
        }
        int i = at;
        while (i < text.length() && (numberChars[text.charAt(i)] || PATTERN_SPACE.indexOf(text.charAt(i)) >= 0)) {
            i++;
        }
        return i < text.length() && AFTER_NUMBER.indexOf(text.charAt(i)) >= 0;
    }

    private PeriodPhrase phrase(String text, Matcher m) {
        Integer year = null;
        boolean masked = false;
        Integer offset = null;
        if (m.group("year") != null) {
            String digits = NOT_YEAR_DIGIT.matcher(PeriodNumerals.ascii(m.group("year"))).replaceAll("");
            if (FOUR_DIGITS.matcher(digits).matches()) {
                year = Integer.parseInt(digits);
            } else {
                masked = true;
            }
        } else if (m.group("rel") != null) {
            offset = relativeYears.get(m.group("rel"));
        }
        Integer fromMonth = null;
        Integer toMonth = null;
        PeriodPhrase.Kind kind;
        if (m.group("from") != null) {
            fromMonth = PeriodNumerals.parse(m.group("from"));
            toMonth = PeriodNumerals.parse(m.group("to"));
            kind = PeriodPhrase.Kind.SPAN;
        } else if (m.group("first") != null) {
            fromMonth = 1;
            toMonth = PeriodNumerals.parse(m.group("first"));
            kind = PeriodPhrase.Kind.SPAN;
        } else if (m.group("fixed") != null) {
            Fixed f = fixed.get(m.group("fixed"));
            if (f.kind() == PeriodPhrase.Kind.ANCHORED && m.group("fixed").equals("以来")
                    && m.group("year") == null && m.group("rel") == null) {
                return null; // 以来 alone ("成立以来") says nothing about the report's months
            }
            fromMonth = f.from();
            toMonth = f.to();
            kind = f.kind();
        } else if (m.group("month") != null) {
            toMonth = PeriodNumerals.parse(m.group("month"));
            String tail = m.group("tail");
            boolean monthEnd = "底".equals(tail) || "末".equals(tail);
            if (!monthEnd && (cueBefore(startCues, text, m.start()) || eventAfter(text, m.end()))) {
                return null; // 自2006年3月, 3月开工: the month something began, not the months of figures
            }
            fromMonth = monthEnd ? Integer.valueOf(1) : toMonth;
            kind = PeriodPhrase.Kind.SPAN;
        } else if (year != null || masked) {
            kind = PeriodPhrase.Kind.YEAR;
        } else {
            return null; // 今年 alone
        }
        if (fromMonth != null && (fromMonth < 1 || fromMonth > 12 || toMonth == null || toMonth < fromMonth
                || toMonth > 12)) {
            return null; // 13-15月 or 6-3月 is no period
        }
        String label = SPACES.matcher(m.group()).replaceAll("");
        return new PeriodPhrase(new Span(m.start(), m.end()), label, year, masked, offset, fromMonth, toMonth, kind,
                cueBefore(comparisonCues, text, m.start()), cueBefore(targetCues, text, m.start()));
    }

    private static boolean cueBefore(List<String> cues, String text, int start) {
        for (String cue : cues) {
            if (start >= cue.length() && text.startsWith(cue, start - cue.length())) {
                return true;
            }
        }
        return false;
    }

    /** Whether an event word follows a month (3月开工), not as the heading of the month's tally (1月签约项目4个). */
    private boolean eventAfter(String text, int end) {
        for (String cue : eventCues) {
            if (text.startsWith(cue, end)) {
                return tallyCues.stream().noneMatch(t -> text.startsWith(t, end + cue.length()));
            }
        }
        return false;
    }

    /** Whether {@code clause} marks its figure as a level of the same months a year earlier (去年同期为). */
    boolean marksPrior(String clause) {
        for (String cue : priorCues) {
            if (clause.contains(cue)) {
                return true;
            }
        }
        return false;
    }
}
