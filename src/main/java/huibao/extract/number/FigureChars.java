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
     * traditional, with 零 and the units 十 百 千 万 亿 拾 佰 仟 萬 億; 点 before a digit; 兆 and 几
     * inside a numeral; 余 and 多 before 万 or 亿; a fraction's 分之, 又 and /), and the blanks a
     * letter-spaced layout puts between its parts (一百 五 十 二, 7万 5千), so that a run the numeral
     * reader cannot read whole is reported as unreadable instead of read in part. A Chinese digit
     * never runs into an Arabic one (队伍12支, 二3), and a blank between two Arabic digits separates
     * two numbers (共10 5个), since no numeral is written so.
     */
    static int numeralEnd(String s, int i) {
        int j = i;
        while (j < s.length()) {
            int next = step(s, j, j > i ? s.charAt(j - 1) : 0);
            if (next <= j) {
                break;
            }
            j = next;
        }
        return j;
    }

    /** Where the run goes on to when the character at {@code j} continues it after {@code prev} (0 at its start), else -1. */
    private static int step(String s, int j, char prev) {
        int n = s.length();
        char c = s.charAt(j);
        boolean afterNumeral = prev != 0 && ChineseNumerals.isNumeralChar(prev);
        if (ChineseNumerals.isNumeralChar(c)) {
            return prev != 0 && mixesScripts(prev, c) ? -1 : j + 1;
        }
        if (prev == 0) {
            return -1;
        }
        if (isBlank(c) && c != '_' && c != '＿' && c != '□' && c != '\t') {
            int k = j;
            while (k < n && k - j < 3 && isBlank(s.charAt(k)) && s.charAt(k) != '\t') {
                k++;
            }
            if (k >= n || isDigit(prev) && isDigit(s.charAt(k))) {
                return -1;
            }
            int next = step(s, k, prev);
            return next > k ? next : -1;
        }
        int after = nextNonBlank(s, j + 1);
        char next = after < n ? s.charAt(after) : 0;
        switch (c) {
            case '.':
                return isDigit(prev) && j + 1 < n && isDigit(s.charAt(j + 1)) ? j + 1 : -1;
            case ',':
                return isDigit(prev) && j + 3 < n && isDigit(s.charAt(j + 1)) && isDigit(s.charAt(j + 2))
                        && isDigit(s.charAt(j + 3)) && (j + 4 >= n || !isDigit(s.charAt(j + 4))) ? j + 1 : -1;
            case '点', '點':
                return afterNumeral && !isDigit(prev) && isAnyChineseDigit(next) ? j + 1 : -1;
            case '兆', '几', '幾':
                return afterNumeral && next != 0 && ChineseNumerals.isNumeralChar(next) && !isDigit(next) ? j + 1 : -1;
            case '余', '餘', '多':
                return afterNumeral && isBigUnit(next) ? j + 1 : -1; // 十余万, 一千多万; 60余批次 is a hedge
            case '分': {
                int numerator = nextNonBlank(s, after + 1);
                return afterNumeral && next == '之' && numerator < n && ChineseNumerals.isNumeralChar(s.charAt(numerator))
                        ? numerator : -1; // 五分之一, 二分 之一
            }
            case '又':
                return afterNumeral && next != 0 && ChineseNumerals.isNumeralChar(next) ? j + 1 : -1; // 3又一千分之23
            case '/':
                return isDigit(prev) && j + 1 < n && isDigit(s.charAt(j + 1)) ? j + 1 : -1;
            default:
                return -1;
        }
    }

    private static int nextNonBlank(String s, int p) {
        int k = p;
        while (k < s.length() && k - p < 3 && (s.charAt(k) == ' ' || s.charAt(k) == '\u00a0' || s.charAt(k) == '\u3000')) {
            k++;
        }
        return k;
    }

    /** A Chinese digit (not a unit) written directly beside an Arabic digit: never one numeral. */
    private static boolean mixesScripts(char a, char b) {
        return isDigit(a) && isNonZeroChineseDigit(b) || isNonZeroChineseDigit(a) && isDigit(b);
    }

    private static boolean isNonZeroChineseDigit(char c) {
        return isAnyChineseDigit(c) && ChineseNumerals.digitValue(c) > 0;
    }

    /** A Chinese digit in any form (一, 壹, 貳, 两, 零 ...), not an Arabic digit and not a unit. */
    static boolean isAnyChineseDigit(char c) {
        return !isDigit(c) && ChineseNumerals.digitValue(c) >= 0 && c != '○';
    }

    /** A character that may open a numeral in running text: a digit in any form or a unit. */
    static boolean isNumeralChar(char c) {
        return ChineseNumerals.isNumeralChar(c);
    }

    /** Whether {@code s[from, to)} holds 几, an unknown digit (二十几万), or 余 多 (十余万): a hedged numeral. */
    static boolean hasApproxDigit(String s, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (c == '几' || c == '幾' || c == '余' || c == '餘' || c == '多') {
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
        return ChineseNumerals.MULTIPLIERS.indexOf(c) >= 0;
    }

    /** A character that masks a digit (XX, ×, *). */
    public static boolean isMask(char c) {
        return c == 'X' || c == 'x' || c == '×' || c == '*' || c == '＊' || c == '○'; // ○○万元; 二○二四年 is a date
    }

    /**
     * A symbol some templates put for a withheld figure (#x, #万亩, $亿元): a mask only where no digit
     * follows it, since $5亿 and #3 are a currency and a number sign.
     */
    static boolean isSymbolMask(char c) {
        return c == '#' || c == '＃' || c == '$' || c == '＄';
    }

    /** A blank that stands for a figure left out, or spacing inside one. */
    static boolean isBlank(char c) {
        return c == ' ' || c == '\u00a0' || c == '\u3000' || c == '_' || c == '＿' || c == '□' || c == '\t';
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

    /** Past at most four blanks at {@code p}: what a letter-spaced layout may put between a number and its unit. */
    static int skipSpaces(String s, int p) {
        int q = p;
        while (q < s.length() && q - p < 4 && (s.charAt(q) == ' ' || s.charAt(q) == '\u00a0' || s.charAt(q) == '\u3000')) {
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
