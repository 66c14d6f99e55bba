package huibao.ingest;

/**
 * Deletes blanks that layout put inside figures: between a digit and its unit (5450 亿元, 11.7 %,
 * 13.5 个百分点, 1-6 月), between a digit and a decimal point, after a decimal point (28. 1%), and
 * a single blank between two lone digits of a letter-spaced number (1 9 9 3 年). Blanks between
 * longer digit groups stay: they separate table columns, or a date from a time (2026-02-03 09:00).
 * Blanks between a Chinese numeral or a unit's multiplier and the unit go too (五 个, 103万 美元,
 * 1121万 元), since a multiplier that ends a number is part of its unit; and blanks around a range
 * mark between two numbers (1 - 6 月, 1 至 6 月), which would otherwise leave only the range's end.
 * A blank is only ever deleted when a digit or numeral stands before it, so a blank that stands where
 * a figure was left out (总投资额   亿元) survives exactly: it is the figure.
 */
final class FigureSpaceRemover implements CleaningStep {

    private final CleaningRules rules;

    FigureSpaceRemover(CleaningRules rules) {
        this.rules = rules;
    }

    @Override
    public void apply(String text, TextEdit edit) {
        int n = text.length();
        for (int i = 1; i < n; i++) {
            if (!isFigureBlank(text.charAt(i))) {
                continue;
            }
            int end = i + 1;
            while (end < n && isFigureBlank(text.charAt(end))) {
                end++;
            }
            if (end < n && joins(text, i, end)) {
                edit.delete(i, end);
            }
            i = end;
        }
    }

    private boolean joins(String text, int start, int end) {
        char before = text.charAt(start - 1);
        char after = text.charAt(end);
        if (isDigit(before) && rules.isRangeMark(after) || rules.isRangeMark(before) && isDigit(after)) {
            return rangeBetweenNumbers(text, isDigit(before) ? end : start - 1);
        }
        if (isDigit(before)) {
            return after == '.' || rules.isFigureUnit(after)
                    || isDigit(after) && end - start == 1 && !digitAt(text, start - 2) && !digitAt(text, end + 1);
        }
        if (rules.isNumeral(before)) {
            return rules.isFigureUnit(after);
        }
        return before == '.' && start >= 2 && isDigit(text.charAt(start - 2)) && isDigit(after);
    }

    /** Whether the range mark at {@code mark} has a number on each side, past blanks. */
    private boolean rangeBetweenNumbers(String text, int mark) {
        int left = mark - 1;
        while (left >= 0 && isFigureBlank(text.charAt(left))) {
            left--;
        }
        int right = mark + 1;
        while (right < text.length() && isFigureBlank(text.charAt(right))) {
            right++;
        }
        return left >= 0 && isDigit(text.charAt(left)) && right < text.length() && isDigit(text.charAt(right));
    }

    private static boolean digitAt(String text, int i) {
        return i >= 0 && i < text.length() && isDigit(text.charAt(i));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Blanks a layout engine puts between glyphs; not tabs or line breaks, which separate cells and lines. */
    static boolean isFigureBlank(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u3000' || c == '\u202F' || c >= '\u2000' && c <= '\u200A';
    }
}
