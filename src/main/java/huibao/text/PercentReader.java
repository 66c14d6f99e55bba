package huibao.text;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Reads percents as reports write them, giving the value in percent: {@code 35%},
 * {@code 35.5％}, {@code 百分之三十五点五}, {@code 千分之五} (0.5), {@code 5‰} (0.5), and the
 * tenths of 成 ({@code 三成} = 30, {@code 三成半} = 35, {@code 七成六} = 76).
 *
 * <p>Percentage points ({@code 13.5个百分点}) are not percents: a change of a rate is not a
 * rate, and facts keep them apart (measure pp_change, base unit pp). {@link #parse} rejects
 * them and {@link #parsePoints} reads them. Discounts ({@code 八折}) are prices, not shares, and
 * are not read. Stateless and thread-safe.
 */
public final class PercentReader {

    private static final BigDecimal HALF = BigDecimal.valueOf(5, 1);

    private PercentReader() {
    }

    /**
     * The percent that the whole of {@code s} writes (spaces around and between parts
     * allowed), or empty when {@code s} is not a percent, percentage points included.
     */
    public static Optional<BigDecimal> parse(String s) {
        if (s == null) {
            return Optional.empty();
        }
        int start = ChineseNumerals.skipSpaces(s, 0, s.length());
        int end = ChineseNumerals.trimEnd(s, start, s.length());
        if (start == end) {
            return Optional.empty();
        }
        char last = s.charAt(end - 1);
        if (last == '%' || last == '％' || last == '﹪') {
            return Optional.ofNullable(figure(s, start, end - 1));
        }
        if (last == '‰') {
            return Optional.ofNullable(figure(s, start, end - 1)).map(v -> v.movePointLeft(1));
        }
        BigDecimal ratio = ratio(s, start, end);
        if (ratio != null) {
            return Optional.of(ratio);
        }
        return Optional.ofNullable(tenths(s, start, end));
    }

    /**
     * The percentage points that the whole of {@code s} writes ({@code 13.5个百分点},
     * {@code 六個百分點}, {@code 2.1百分点}), or empty when it writes none.
     */
    public static Optional<BigDecimal> parsePoints(String s) {
        if (s == null) {
            return Optional.empty();
        }
        int end = ChineseNumerals.trimEnd(s, 0, s.length());
        // read 百分点 backwards, spaces allowed between its characters
        int i = before(s, end, '点', '點');
        i = before(s, i, '分', '分');
        i = before(s, i, '百', '佰');
        if (i < 0) {
            return Optional.empty();
        }
        int ge = before(s, i, '个', '個');
        return Optional.ofNullable(ChineseNumerals.read(s.subSequence(0, ge < 0 ? i : ge)));
    }

    /**
     * End of the percent in running {@code text} that starts at {@code start}, or {@code start}:
     * a numeral with %, ％, ﹪ or ‰ (spaces may stand between, as odd print has it: 11.7 %),
     * 百分之 / 千分之 / 万分之 and a numeral, or a numeral with 成. Whether 成 is a share
     * ("七成以上") or a word ("一成不变") is for the caller to judge.
     */
    public static int percentEnd(CharSequence text, int start) {
        int length = text.length();
        int i = start;
        while (i < length && ratioUnit(text.charAt(i)) > 0) {
            i++;
        }
        if (i > start && i + 1 < length && text.charAt(i) == '分' && text.charAt(i + 1) == '之') {
            boolean figure = i + 2 < length && ChineseNumerals.isNumeralChar(text.charAt(i + 2));
            int end = figure ? ChineseNumerals.numeralEnd(text, i + 2) : i + 2;
            return end > i + 2 ? end : start;
        }
        int end = ChineseNumerals.numeralEnd(text, start);
        if (end == start) {
            return start;
        }
        int j = end;
        while (j < length && (text.charAt(j) == ' ' || text.charAt(j) == '\u3000')) {
            j++;
        }
        if (j < length) {
            char c = text.charAt(j);
            if (c == '%' || c == '％' || c == '﹪' || c == '‰') {
                return j + 1;
            }
        }
        if (end < length && text.charAt(end) == '成') {
            return end + 1 < length && text.charAt(end + 1) == '半' ? end + 2 : end + 1;
        }
        return start;
    }

    /** The figure before a percent sign: a numeral, not a fraction (百分之五% is no percent). */
    private static BigDecimal figure(String s, int start, int end) {
        if (ChineseNumerals.fenZhi(s, start, end) >= 0 || s.indexOf('/', start) >= 0 || s.indexOf('又', start) >= 0) {
            return null;
        }
        return ChineseNumerals.read(s.subSequence(start, end));
    }

    /** 百分之五, 千分之一百一十一, 万万分之七: the denominator is units alone. */
    private static BigDecimal ratio(String s, int start, int end) {
        int fen = ChineseNumerals.fenZhi(s, start, end);
        if (fen < 0) {
            return null;
        }
        int power = 0;
        for (int i = start; i < fen; i++) {
            char c = s.charAt(i);
            int p = ratioUnit(c);
            if (p > 0) {
                power += p;
            } else if (i == start && NumeralChars.isMinus(c)) {
                continue;
            } else if (!Character.isWhitespace(c) && c != '\u3000') {
                return null;
            }
        }
        if (power == 0) {
            return null;
        }
        int zhi = ChineseNumerals.skipSpaces(s, fen + 1, end);
        BigDecimal numerator = ChineseNumerals.read(s.subSequence(zhi + 1, end));
        if (numerator == null || numerator.signum() < 0) {
            return null;
        }
        BigDecimal percent = numerator.movePointLeft(power - 2);
        percent = percent.scale() < 0 ? percent.setScale(0) : percent;
        return NumeralChars.isMinus(s.charAt(start)) ? percent.negate() : percent;
    }

    /** 三成 = 30, 9.5成 = 95, 三成半 = 35, 七成六 = 76, 半成 = 5. */
    private static BigDecimal tenths(String s, int start, int end) {
        int cheng = s.indexOf('成', start);
        if (cheng < 0 || cheng >= end) {
            return null;
        }
        BigDecimal tenths;
        int numeralEnd = ChineseNumerals.trimEnd(s, start, cheng);
        if (numeralEnd - start == 1 && s.charAt(start) == '半') {
            tenths = HALF;
        } else {
            tenths = ChineseNumerals.read(s.subSequence(start, cheng));
        }
        if (tenths == null) {
            return null;
        }
        BigDecimal percent = tenths.movePointRight(1);
        percent = percent.scale() < 0 ? percent.setScale(0) : percent;
        int rest = ChineseNumerals.skipSpaces(s, cheng + 1, end);
        if (rest == end) {
            return percent;
        }
        if (rest + 1 != end || tenths.scale() > 0 && tenths.stripTrailingZeros().scale() > 0) {
            return null;
        }
        char c = s.charAt(rest);
        int digit = c == '半' ? 5 : NumeralChars.value(c);
        boolean isDigit = c == '半' || NumeralChars.kind(c) == NumeralChars.Kind.DIGIT
                || NumeralChars.kind(c) == NumeralChars.Kind.ARABIC_DIGIT;
        if (!isDigit || digit <= 0) {
            return null;
        }
        BigDecimal extra = BigDecimal.valueOf(digit);
        return percent.signum() < 0 ? percent.subtract(extra) : percent.add(extra);
    }

    /** Power of ten of a unit that can head a ratio (百分之, 千分之, 万分之), else 0. */
    private static int ratioUnit(char c) {
        return switch (NumeralChars.kind(c)) {
            case SMALL_UNIT, BIG_UNIT -> NumeralChars.value(c) > 1 ? NumeralChars.value(c) : 0;
            default -> 0;
        };
    }

    /** Index of {@code a} or {@code b} ending just before {@code end}, spaces skipped; -1 if absent. */
    private static int before(CharSequence s, int end, char a, char b) {
        if (end < 0) {
            return -1;
        }
        int i = ChineseNumerals.trimEnd(s, 0, end);
        if (i == 0) {
            return -1;
        }
        char c = s.charAt(i - 1);
        return c == a || c == b ? i - 1 : -1;
    }
}
