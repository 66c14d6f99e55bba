package huibao.extract.period;

import huibao.config.Dictionaries;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts the figures in a stretch of text, to weigh which period phrase governs a report's main
 * figures. A figure is a number or a mask (XX, *, ×) followed, after 余/多 and 万/亿/千, by a unit
 * of {@code period-figure-units.tsv}; dates and names with digits ("5+5"产业) are no figures.
 */
final class PeriodFigureCounter {

    static final String UNITS = "period-figure-units.tsv";

    private final Pattern figure;

    PeriodFigureCounter(Dictionaries dictionaries) {
        List<String> units = new java.util.ArrayList<>(dictionaries.words(UNITS));
        units.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder alternatives = new StringBuilder();
        for (String u : units) {
            alternatives.append(alternatives.length() == 0 ? "" : "|").append(Pattern.quote(u));
        }
        figure = Pattern.compile("(?:\\d+(?:[.．]\\d+)?|[Xx]{1,4}|[*＊]+|×+)\\s*[余多]?\\s*[万亿千]*\\s*(?:"
                + alternatives + ")");
    }

    /** Number of figures between {@code from} and {@code to}, stopping at the paragraph's end. */
    int count(String text, int from, int to) {
        int newline = text.indexOf('\n', from);
        int end = newline < 0 ? to : Math.min(to, newline);
        Matcher m = figure.matcher(text).region(from, Math.max(from, end));
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
