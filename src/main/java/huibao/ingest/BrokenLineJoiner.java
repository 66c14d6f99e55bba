package huibao.ingest;

import java.util.Arrays;

/**
 * Joins the lines a PDF broke in mid-sentence, keeping paragraph breaks. A line is joined to the
 * next when it runs (nearly) to the right margin, does not end a sentence, and the next line does
 * not open a heading, list item or indented paragraph. Joining deletes the line feed (and blanks
 * around it); between two Latin words it becomes a space instead.
 *
 * <p>The right margin is read from the text: the width most full lines reach, counting a Chinese
 * character as two. Paged text (PDF) is always joined so. Other text keeps its lines unless it is
 * itself hard-wrapped, as plain text copied out of a PDF is: several full lines, most of them ending
 * in mid-sentence (固定\n资产投资, 同比\n增长, 3.5\n亿美元). A text written one paragraph a line
 * has full lines that end sentences, and keeps its lines.
 *
 * <p>Whatever its width, a line that stops in mid-sentence right before a figure is joined to it:
 * a label and its figure or mask never make two sentences (签约额\n12.5亿元, 同比增长\n X%, 总投资
 * 8.6\n亿元). The next line must open with a figure and its unit (or a mask, or a unit after a
 * line that ended in a figure), not a date (2024年, 3月5日), and the line itself must be no heading:
 * a short numbered item or a line ending in a title word keeps its break.
 */
final class BrokenLineJoiner implements CleaningStep {

    /** Share of the full width from which a line counts as running to the margin. */
    private static final double FULL_LINE = 0.85;
    private static final String CLOSERS = "”’」』）)】》\"'";

    /** Width below which a numbered line is a heading (about sixteen characters). */
    private static final int HEADING_WIDTH = 32;

    /** Full lines ending in mid-sentence that make a text hard-wrapped. */
    private static final int WRAPPED_LINES = 3;

    private final CleaningRules rules;
    private final boolean wrappedOnly;

    BrokenLineJoiner(CleaningRules rules) {
        this(rules, false);
    }

    /** A joiner that, with {@code wrappedOnly}, leaves a text alone unless it is hard-wrapped. */
    BrokenLineJoiner(CleaningRules rules, boolean wrappedOnly) {
        this.rules = rules;
        this.wrappedOnly = wrappedOnly;
    }

    @Override
    public void apply(String text, TextEdit edit) {
        TextLines lines = TextLines.of(text);
        int n = lines.count();
        int[] width = new int[n];
        for (int i = 0; i < n; i++) {
            width[i] = width(text, lines.contentStart(i), lines.contentEnd(i));
        }
        double full = FULL_LINE * fullWidth(width);
        boolean wrapped = !wrappedOnly || hardWrapped(text, lines, width, full);
        for (int i = 0; i + 1 < n; i++) {
            if (width[i] == 0 || width[i + 1] == 0 || endsSentence(text, lines, i)
                    || opensParagraph(text, lines, i + 1)
                    || TocEntry.parse(text, lines.start(i), lines.end(i)) != null) {
                continue;
            }
            if (!(wrapped && width[i] >= full) && !(continuesWithFigure(text, lines, i) && !isHeading(text, lines, i, width[i]))) {
                continue;
            }
            int end = lines.contentEnd(i);
            int next = lines.contentStart(i + 1);
            if (separatesWords(text.charAt(end - 1), text.charAt(next))) {
                edit.delete(end, lines.end(i));
                edit.replace(lines.end(i), ' ');
                edit.delete(lines.next(i), next);
            } else {
                edit.delete(end, next);
            }
        }
    }

    /** Whether most full lines end in mid-sentence, and at least {@link #WRAPPED_LINES} do. */
    private boolean hardWrapped(String text, TextLines lines, int[] width, double full) {
        int fullLines = 0;
        int open = 0;
        for (int i = 0; i + 1 < width.length; i++) {
            if (width[i] > 0 && width[i] >= full) {
                fullLines++;
                if (!endsSentence(text, lines, i)) {
                    open++;
                }
            }
        }
        return open >= WRAPPED_LINES && 2 * open > fullLines;
    }

    /**
     * The text's full line: the widest line once the widest twentieth are set aside, so that a
     * stray overlong line (a table row, a URL) does not make every real line look short.
     */
    private static int fullWidth(int[] width) {
        int[] sorted = Arrays.stream(width).filter(w -> w > 0).sorted().toArray();
        return sorted.length == 0 ? 0 : sorted[sorted.length - 1 - sorted.length / 20];
    }

    private boolean endsSentence(String text, TextLines lines, int line) {
        int start = lines.contentStart(line);
        int i = lines.contentEnd(line) - 1;
        while (i > start && CLOSERS.indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return rules.isSentenceEnd(text.charAt(i));
    }

    /**
     * Whether the next line carries on the line's sentence with a figure: a number or mask and its
     * unit (or a comma after it), or a unit when the line itself ended in a number or mask.
     */
    private boolean continuesWithFigure(String text, TextLines lines, int line) {
        int end = lines.end(line + 1);
        int i = lines.contentStart(line + 1);
        int figure = i;
        while (i < end && (isDigit(text.charAt(i)) || rules.isMask(text.charAt(i))
                || i > figure && (text.charAt(i) == '.' || rules.isRangeMark(text.charAt(i))))) {
            i++;
        }
        if (i == figure) {
            char last = text.charAt(lines.contentEnd(line) - 1);
            return (isDigit(last) || rules.isMask(last)) && rules.isFigureUnit(text.charAt(i));
        }
        while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        if (i == end) {
            return false;
        }
        char c = text.charAt(i);
        if (rules.isDateUnit(c) || isLatin(c)) {
            return false;
        }
        return rules.isFigureUnit(c) || c == '，' || c == ',' || c == '、' || c == '。';
    }

    /** A short numbered heading, or a line ending in a title word (…工作情况汇报). */
    private boolean isHeading(String text, TextLines lines, int line, int width) {
        int start = lines.contentStart(line);
        int end = lines.contentEnd(line);
        if (width < HEADING_WIDTH && rules.startsListItem(text, start, end)) {
            return true;
        }
        String content = text.substring(start, end);
        return rules.titleEnds().stream().anyMatch(content::endsWith);
    }

    /** Indented (two blanks or an ideographic space), a heading or list item, or a contents entry. */
    private boolean opensParagraph(String text, TextLines lines, int line) {
        int start = lines.start(line);
        int content = lines.contentStart(line);
        if (content - start >= 2 || content > start && text.charAt(start) == '\u3000') {
            return true;
        }
        return rules.startsListItem(text, content, lines.end(line))
                || TocEntry.parse(text, start, lines.end(line)) != null;
    }

    /** Display width: two for Chinese characters and full-width forms, one for the rest. */
    static int width(String text, int from, int to) {
        int w = 0;
        for (int i = from; i < to; i++) {
            w += text.charAt(i) >= '\u1100' ? 2 : 1;
        }
        return w;
    }

    /** Latin words need a space where the line broke; digits of one number and Chinese text do not. */
    private static boolean separatesWords(char before, char after) {
        return isLatin(before) && isLatin(after) && !(isDigit(before) && isDigit(after));
    }

    private static boolean isLatin(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
