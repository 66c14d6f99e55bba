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

    /**
     * End of the numeral run starting at {@code i}: every character a numeral could be written with
     * (Arabic digits with their separators; Chinese digits in any form, everyday, financial or
     * traditional, with 零 and the units 十 百 千 万 亿 拾 佰 仟 萬 億; 点 between digits; 兆 and 几
     * inside a numeral), so that a run the numeral reader cannot read whole is reported as unreadable
     * instead of read in part. A Chinese digit never runs into an Arabic one (队伍12支, 二3), since no
     * numeral writes them side by side.
     */
    static int numeralEnd(String s, int i) {
        int j = i;
        int n = s.length();
        while (j < n) {
            char c = s.charAt(j);
            if (ChineseNumerals.isNumeralChar(c)) {
                if (j > i && mixesScripts(s.charAt(j - 1), c)) {
                    break;
                }
                j++;
            } else if (c == '.' && j > i && isDigit(s.charAt(j - 1)) && j + 1 < n && isDigit(s.charAt(j + 1))) {
                j++;
            } else if (c == ',' && j > i && isDigit(s.charAt(j - 1)) && j + 3 < n && isDigit(s.charAt(j + 1))
                    && isDigit(s.charAt(j + 2)) && isDigit(s.charAt(j + 3)) && (j + 4 >= n || !isDigit(s.charAt(j + 4)))) {
                j++;
            } else if ((c == '点' || c == '點') && j > i && !isDigit(s.charAt(j - 1)) && j + 1 < n
                    && isAnyChineseDigit(s.charAt(j + 1))) {
                j++;
            } else if ((c == '兆' || c == '几' || c == '幾') && j > i && !isDigit(s.charAt(j - 1)) && j + 1 < n
                    && ChineseNumerals.isNumeralChar(s.charAt(j + 1)) && !isDigit(s.charAt(j + 1))) {
                j++; // 五兆六十二亿, 二十几万: inside a numeral; 100兆瓦 and 十几个 stay out
            } else {
                break;
            }
        }
        return j;
    }

    /** A Chinese digit (not a unit) written directly beside an Arabic digit: never one numeral. */
    private static boolean mixesScripts(char a, char b) {
        return isDigit(a) && isAnyChineseDigit(b) || isAnyChineseDigit(a) && isDigit(b);
    }

    /** A Chinese digit in any form (一, 壹, 貳, 两, 零 ...), not an Arabic digit and not a unit. */
    static boolean isAnyChineseDigit(char c) {
        return !isDigit(c) && ChineseNumerals.digitValue(c) >= 0 && c != '○';
    }

    /** A character that may open a numeral in running text: a digit in any form or a unit. */
    static boolean isNumeralChar(char c) {
        return ChineseNumerals.isNumeralChar(c);
    }

    /** Whether {@code s[from, to)} holds 几, an unknown digit read at its lower bound (二十几万). */
    static boolean hasApproxDigit(String s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (s.charAt(k) == '几' || s.charAt(k) == '幾') {
                return true;
            }
        }
        return false;
    }

    /** 万 亿 and their traditional forms: a unit that closes a group of four. */
    static boolean isBigUnit(char c) {
        return c == '万' || c == '亿' || c == '萬' || c == '億';
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
