package huibao.extract.number;

import huibao.text.ChineseNumerals;

import java.math.BigDecimal;

/**
 * The characters figures are written with as the figure scanner sees them: Arabic and Chinese
 * digits, multipliers, masks (XX, ×, *) and blanks, where a numeral run ends and what it is worth.
 */
public final class FigureChars {

    private static final String EVERYDAY_DIGITS = "零〇两" + ChineseNumerals.DIGITS;

    private FigureChars() {
    }

    /** End of the numeral starting at {@code i}: digits with separators, or Chinese numerals. */
    static int numeralEnd(String s, int i) {
        int j = i;
        int n = s.length();
        while (j < n) {
            char c = s.charAt(j);
            if (isDigit(c) || isChineseDigit(c) || isMultiplier(c)) {
                j++;
            } else if (c == '.' && j > i && isDigit(s.charAt(j - 1)) && j + 1 < n && isDigit(s.charAt(j + 1))) {
                j++;
            } else if (c == ',' && j > i && isDigit(s.charAt(j - 1)) && j + 3 < n && isDigit(s.charAt(j + 1))
                    && isDigit(s.charAt(j + 2)) && isDigit(s.charAt(j + 3)) && (j + 4 >= n || !isDigit(s.charAt(j + 4)))) {
                j++;
            } else if (c == '点' && j > i && !isDigit(s.charAt(j - 1)) && j + 1 < n && isChineseDigit(s.charAt(j + 1))) {
                j++;
            } else {
                break;
            }
        }
        return j;
    }

    /** An ASCII digit (ingest has folded the full-width ones). */
    public static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A Chinese digit of everyday writing, 零 to 九 with 〇 and 两. */
    static boolean isChineseDigit(char c) {
        return EVERYDAY_DIGITS.indexOf(c) >= 0;
    }

    /** 十 百 千 万 亿. */
    static boolean isMultiplier(char c) {
        return "十百千万亿".indexOf(c) >= 0;
    }

    /** A character that masks a digit (XX, ×, *). */
    public static boolean isMask(char c) {
        return c == 'X' || c == 'x' || c == '×' || c == '*' || c == '＊';
    }

    /** A blank that stands for a figure left out, or spacing inside one. */
    static boolean isBlank(char c) {
        return c == ' ' || c == '\u00a0' || c == '\u3000' || c == '_' || c == '□' || c == '\t';
    }

    /** The value of a numeral run, negated when a minus sign stands before it; {@code null} when it reads as no number. */
    static BigDecimal numeralValue(String numeral, boolean negative) {
        try {
            BigDecimal v = ChineseNumerals.parse(numeral);
            return negative ? v.negate() : v;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Past at most two spaces at {@code p}: what may stand between a number and its unit. */
    static int skipSpaces(String s, int p) {
        int q = p;
        while (q < s.length() && q - p < 2 && (s.charAt(q) == ' ' || s.charAt(q) == '\u00a0')) {
            q++;
        }
        return q;
    }

    /** Whether {@code s} holds an Arabic digit. */
    static boolean containsDigit(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (FigureChars.isDigit(s.charAt(k))) {
                return true;
            }
        }
        return false;
    }
}
