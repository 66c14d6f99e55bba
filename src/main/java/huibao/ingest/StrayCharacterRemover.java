package huibao.ingest;

/**
 * Cuts the lone characters a PDF's text layer scatters between blanks inside figures and words
 * (2 砩 0.93%, 51.5 鲠 %, 103 万 鼠 美元, 71 万美 邮 元, 增 ヱ 长), so that the figure reads whole and
 * the blank it leaves is not taken for a figure left out. What stands on both sides decides: a
 * number on the left and, on the right, either the rest of the number followed by its unit or a
 * money or percent unit (not itself letter-spaced); or, for a character of another script, Chinese
 * text on both sides. A character that ordinary text puts between figures (1 至 6 月, 3 大 类) or
 * a unit or numeral is never cut.
 */
final class StrayCharacterRemover implements CleaningStep {

    /** The most blanks a layout puts on either side of a stray character. */
    private static final int MAX_BLANKS = 3;

    private final CleaningRules rules;

    StrayCharacterRemover(CleaningRules rules) {
        this.rules = rules;
    }

    @Override
    public void apply(String text, TextEdit edit) {
        int n = text.length();
        for (int i = 1; i + 1 < n; i++) {
            char c = text.charAt(i);
            if (!isStrayCandidate(c)) {
                continue;
            }
            int start = i;
            while (start > 0 && i - start < MAX_BLANKS && FigureSpaceRemover.isFigureBlank(text.charAt(start - 1))) {
                start--;
            }
            int end = i + 1;
            while (end < n && end - i <= MAX_BLANKS && FigureSpaceRemover.isFigureBlank(text.charAt(end))) {
                end++;
            }
            if (start == i || end == i + 1 || start == 0 || end >= n) {
                continue;
            }
            if (isStray(text, c, start, end)) {
                edit.delete(start, end);
                i = end - 1;
            }
        }
    }

    private boolean isStrayCandidate(char c) {
        return c >= 0x80 && Character.isLetter(c) && !rules.isFigureUnit(c) && !rules.isNumeral(c)
                && !rules.isFigureWord(c);
    }

    /** Whether {@code c}, with blanks on {@code [start, end)}, is noise inside a figure or a word. */
    private boolean isStray(String text, char c, int start, int end) {
        char left = text.charAt(start - 1);
        char right = text.charAt(end);
        if (!isHan(c)) {
            if (isHan(left) && isHan(right)) {
                return true; // 增 ヱ 长
            }
        }
        boolean number = isDigit(left) || figureTailBefore(text, start);
        if (!number) {
            return false;
        }
        if (isDigit(right) && isDigit(left)) {
            int p = end;
            while (p < text.length() && (isDigit(text.charAt(p)) || text.charAt(p) == '.')) {
                p++;
            }
            int q = p;
            while (q < text.length() && q - p < MAX_BLANKS && FigureSpaceRemover.isFigureBlank(text.charAt(q))) {
                q++;
            }
            return q < text.length() && rules.isFigureUnit(text.charAt(q)); // 2 砩 0.93%
        }
        return rules.isStrayUnit(right)
                && (end + 1 >= text.length() || !FigureSpaceRemover.isFigureBlank(text.charAt(end + 1)));
    }

    /** Whether the text before {@code at} ends in a number and the first characters of its unit (103 万, 71 万美). */
    private boolean figureTailBefore(String text, int at) {
        int p = at;
        int units = 0;
        while (p > 0 && units < MAX_BLANKS && rules.isStrayUnit(text.charAt(p - 1))) {
            p--;
            units++;
        }
        if (units == 0) {
            return false;
        }
        int blanks = 0;
        while (p > 0 && blanks < MAX_BLANKS && FigureSpaceRemover.isFigureBlank(text.charAt(p - 1))) {
            p--;
            blanks++;
        }
        return p > 0 && isDigit(text.charAt(p - 1));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
