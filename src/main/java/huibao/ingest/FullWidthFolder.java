package huibao.ingest;

import huibao.text.Clauses;

/**
 * Folds the full-width forms that matter for figures to ASCII, one for one: digits and Latin
 * letters always; ％ and ﹪ to %; and, only inside numbers, ． to a decimal point, － to a hyphen
 * (1－6月) and ， to a thousands separator (1，234). Chinese punctuation （）：；，。 and ～ stay,
 * because the genre writes with them and sentence splitting relies on them.
 */
final class FullWidthFolder implements CleaningStep {

    @Override
    public void apply(String text, TextEdit edit) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c < '\uFE6A') {
                continue;
            }
            if (c >= '０' && c <= '９' || c >= 'Ａ' && c <= 'Ｚ' || c >= 'ａ' && c <= 'ｚ') {
                edit.replace(i, (char) (c - 0xFEE0));
            } else if (c == '％' || c == '﹪') {
                edit.replace(i, '%');
            } else if (c == '．' && digitAt(text, i - 1) && digitAt(text, i + 1)) {
                edit.replace(i, '.');
            } else if (c == '－' && digitAt(text, i - 1) && digitAt(text, i + 1)) {
                edit.replace(i, '-');
            } else if (c == '，' && isThousandsSeparator(text, i)) {
                edit.replace(i, ',');
            }
        }
    }

    /** A comma with a digit before it and exactly three digits after it: 1，234 but not 6，6，3个. */
    private static boolean isThousandsSeparator(String text, int at) {
        if (!digitAt(text, at - 1)) {
            return false;
        }
        for (int k = 1; k <= 3; k++) {
            if (!digitAt(text, at + k)) {
                return false;
            }
        }
        return !digitAt(text, at + 4) && !(at + 4 < text.length() && Clauses.COMMAS.indexOf(text.charAt(at + 4)) >= 0);
    }

    /** An ASCII or full-width digit at {@code i}. */
    static boolean digitAt(String text, int i) {
        if (i < 0 || i >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        return c >= '0' && c <= '9' || c >= '０' && c <= '９';
    }
}
