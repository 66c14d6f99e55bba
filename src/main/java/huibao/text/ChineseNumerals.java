package huibao.text;

import huibao.text.NumeralChars.Kind;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Reads the numerals of Chinese reports exactly: Arabic ({@code 5,450.3}, full-width
 * {@code １２３}), Chinese ({@code 三千零五十}, financial {@code 壹佰伍拾}, traditional
 * {@code 兩千四百五}), and the two mixed ({@code 1.2万}, {@code 5百万}, {@code 2.5亿}).
 * Stateless and thread-safe.
 *
 * <p>How ambiguous forms are read:
 * <ul>
 *   <li>A single digit right after a unit, at the end, takes the next lower place:
 *       {@code 一万二} = 12000, {@code 三百五} = 350, {@code 两千三点一} = 2300.1;
 *       after 零 it does not: {@code 一千零五} = 1005.</li>
 *   <li>Stacked units multiply: {@code 万亿} = 10^12, {@code 四万万} = 4×10^8.</li>
 *   <li>十 百 千 may stand without a digit at the start ({@code 十五}, {@code 百亿},
 *       {@code 千三} = 1300); 万 and 亿 may not ({@code 万} is no numeral).</li>
 *   <li>Chinese digits in a row without units ({@code 三四}, {@code 二〇二一}) are no numeral:
 *       in reports they are ranges ("三四个") or years.</li>
 *   <li>{@link #parse} reads a whole string and so also takes spaces between parts
 *       ({@code 一百 五 十 二}), 兆 = 10^12, fractions ({@code 三分之一}, {@code 3又一千分之23},
 *       {@code -3/2}) and approximations at their lower bound ({@code 十多万} = 100000,
 *       {@code 二十几万} = 200000). {@link #numeralEnd} reads running text and takes none of
 *       these, so that "共10 5个", "100兆瓦", "60余批次" and "三分之一" stay for the fact
 *       extractor to judge; the one space it crosses is odd print after a decimal point
 *       ({@code 28. 1}).</li>
 * </ul>
 */
public final class ChineseNumerals {

    /** The Chinese digits 一 to 九, as plain text and as the body of a regex character class. */
    public static final String DIGITS = "一二三四五六七八九";
    /** The full-width digits ０ to ９, as plain text and as the body of a regex character class. */
    public static final String FULL_WIDTH_DIGITS = "０１２３４５６７８９";
    /** What a small count is written with in prose (三个, 十几家, 两百余项): the digits, 十 两 百 and 几. */
    public static final String COUNT_CHARS = DIGITS + "十两百几";
    /** The numerals a small count opens with (十一项, 两个, 三大): the digits, 两 and 十. */
    public static final String COUNT_OPENERS = DIGITS + "两十";
    /** The multipliers of everyday numerals, 十 to 亿. */
    public static final String MULTIPLIERS = "十百千万亿";
    /** The multipliers that may stand before a unit as its prefix (百万元, 千万元, 亿美元, 万家). */
    public static final String UNIT_MULTIPLIERS = "百千万亿";

    private ChineseNumerals() {
    }

    /**
     * Reads {@code s} as one numeral, ignoring spaces around it.
     *
     * @return the exact value; a quotient that does not terminate ({@code 三分之一}) is
     *     rounded to 34 significant digits
     * @throws NumberFormatException when {@code s} is null or not one numeral; the message
     *     quotes {@code s}
     */
    public static BigDecimal parse(String s) {
        if (s == null) {
            throw new NumberFormatException("not a numeral: null");
        }
        BigDecimal value = read(s);
        if (value == null) {
            throw new NumberFormatException("not a numeral: \"" + s + "\"");
        }
        return value;
    }

    /**
     * Whether {@code c} carries a numeral's value: an Arabic or full-width digit, a Chinese
     * digit (any form), 零 〇, or a unit 十 百 千 万 亿. Signs, points, separators and 兆 are
     * not numeral characters on their own.
     */
    public static boolean isNumeralChar(char c) {
        return switch (NumeralChars.kind(c)) {
            case ARABIC_DIGIT, DIGIT, ZERO, SMALL_UNIT, BIG_UNIT -> true;
            default -> false;
        };
    }

    /**
     * The value 0 to 9 of one digit: Arabic, full-width, or Chinese in any form, with 零 〇 and the
     * circle ○ that dates are often typed with (二○二四年); -1 for any other character, units included.
     */
    public static int digitValue(char c) {
        if (c == '○') {
            return 0;
        }
        return switch (NumeralChars.kind(c)) {
            case ARABIC_DIGIT, DIGIT, ZERO -> NumeralChars.value(c);
            default -> -1;
        };
    }

    /**
     * End (exclusive) of the longest numeral in running {@code text} that starts at
     * {@code start}, or {@code start} when none does. {@code text[start, end)} always
     * {@link #parse}s. A sign (负, -) is taken when a numeral follows it, except a dash
     * right after a numeral character, which is a range hyphen ({@code 1-6} is two numerals).
     * A financial form alone ({@code 伍} in 队伍, {@code 陆} in 陆续) and 零 alone
     * ({@code 零售}, {@code 零部件}, {@code 零碳}) are words here, not numerals.
     *
     * @throws IndexOutOfBoundsException when {@code start} is outside {@code [0, text.length()]}
     */
    public static int numeralEnd(CharSequence text, int start) {
        int length = text.length();
        if (start < 0 || start > length) {
            throw new IndexOutOfBoundsException("start " + start + " outside [0, " + length + "]");
        }
        if (start == length) {
            return start;
        }
        char c = text.charAt(start);
        Kind kind = NumeralChars.kind(c);
        if (kind == Kind.SIGN) {
            if (NumeralChars.isDashSign(c) && start > 0 && isNumeralChar(text.charAt(start - 1))) {
                return start;
            }
            boolean figure = start + 1 < length && isNumeralChar(text.charAt(start + 1));
            int end = figure ? numeralEnd(text, start + 1) : start + 1;
            return end > start + 1 ? end : start;
        }
        if (!isNumeralChar(c)) {
            return start;
        }
        int end = NumeralScanner.scanEnd(text, start, length);
        if (end == start + 1 && (NumeralChars.isFinancialForm(c) || kind == Kind.ZERO)) {
            return start;
        }
        return end;
    }

    /** The value of {@code s} as one numeral, or null when it is none. */
    static BigDecimal read(CharSequence s) {
        int start = skipSpaces(s, 0, s.length());
        int end = trimEnd(s, start, s.length());
        if (start == end) {
            return null;
        }
        boolean negative = false;
        if (NumeralChars.kind(s.charAt(start)) == Kind.SIGN) {
            negative = NumeralChars.isMinus(s.charAt(start));
            start = skipSpaces(s, start + 1, end);
        }
        BigDecimal value = readUnsigned(s, start, end);
        return value == null || !negative ? value : value.negate();
    }

    /** A whole number, a fraction ({@code 五分之一}, {@code 3/2}) or both ({@code 一又二分之一}). */
    private static BigDecimal readUnsigned(CharSequence s, int start, int end) {
        int slash = indexOf(s, start, end, '/', '／');
        if (slash >= 0) {
            return divide(plain(s, start, slash), plain(s, slash + 1, end));
        }
        int you = indexOf(s, start, end, '又', '又');
        if (you >= 0) {
            BigDecimal whole = plain(s, start, you);
            BigDecimal fraction = fraction(s, you + 1, end);
            return whole == null || fraction == null ? null : whole.add(fraction);
        }
        int fen = fenZhi(s, start, end);
        return fen >= 0 ? fraction(s, start, end) : plain(s, start, end);
    }

    /** {@code 五分之一}: the denominator, 分之 (spaces allowed between), the numerator. */
    private static BigDecimal fraction(CharSequence s, int start, int end) {
        int fen = fenZhi(s, start, end);
        if (fen < 0) {
            return null;
        }
        int zhi = skipSpaces(s, fen + 1, end);
        return divide(plain(s, zhi + 1, end), plain(s, start, fen));
    }

    /** Index of 分 in the first 分之 (or 分 之) of {@code s[start, end)}, or -1. */
    static int fenZhi(CharSequence s, int start, int end) {
        for (int i = start; i < end; i++) {
            if (s.charAt(i) == '分') {
                int j = skipSpaces(s, i + 1, end);
                if (j < end && s.charAt(j) == '之') {
                    return i;
                }
            }
        }
        return -1;
    }

    private static BigDecimal divide(BigDecimal numerator, BigDecimal denominator) {
        if (numerator == null || denominator == null || denominator.signum() == 0) {
            return null;
        }
        try {
            return numerator.divide(denominator);
        } catch (ArithmeticException nonTerminating) {
            return numerator.divide(denominator, MathContext.DECIMAL128);
        }
    }

    private static BigDecimal plain(CharSequence s, int start, int end) {
        int from = skipSpaces(s, start, end);
        return NumeralScanner.read(s, from, trimEnd(s, from, end));
    }

    private static int indexOf(CharSequence s, int start, int end, char a, char b) {
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c == a || c == b) {
                return i;
            }
        }
        return -1;
    }

    static int skipSpaces(CharSequence s, int start, int end) {
        int i = start;
        while (i < end && isSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    static int trimEnd(CharSequence s, int start, int end) {
        int i = end;
        while (i > start && isSpace(s.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** Spaces between parts, and the line breaks a whole string may carry at its ends. */
    private static boolean isSpace(char c) {
        return NumeralChars.kind(c) == Kind.SPACE || c == '\n' || c == '\r';
    }
}
