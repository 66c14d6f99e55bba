package huibao.ingest;

/**
 * Deletes blanks that layout put inside figures: between a digit and its unit (5450 亿元, 11.7 %,
 * 13.5 个百分点, 1-6 月), between a digit and a decimal point, after a decimal point (28. 1%), and
 * a single blank between two lone digits of a letter-spaced number (1 9 9 3 年). Blanks between
 * longer digit groups stay: they separate table columns, or a date from a time (2026-02-03 09:00).
 * A blank is only ever deleted when a digit stands before it, so a blank that stands where a figure
 * was left out (总投资额   亿元) survives exactly: it is the figure.
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
        if (isDigit(before)) {
            return after == '.' || rules.isFigureUnit(after)
                    || isDigit(after) && end - start == 1 && !digitAt(text, start - 2) && !digitAt(text, end + 1);
        }
        return before == '.' && start >= 2 && isDigit(text.charAt(start - 2)) && isDigit(after);
    }

    private static boolean digitAt(String text, int i) {
        return i >= 0 && i < text.length() && isDigit(text.charAt(i));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Blanks a layout engine puts between glyphs; not tabs or line breaks, which separate cells and lines. */
    private static boolean isFigureBlank(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u3000' || c == '\u202F' || c >= '\u2000' && c <= '\u200A';
    }
}
