package huibao.text;

import huibao.text.NumeralChars.Kind;
import java.math.BigDecimal;

/**
 * The Chinese digits after 点 in a numeral ({@code 零点零五}, {@code 三点一四}): digits and 零 one
 * by one, without units and without 两, which counts things but is never written after a point.
 */
final class NumeralFraction {

    private NumeralFraction() {
    }

    /**
     * End of the digits that start at {@code from}; with {@code spaced}, spaces may stand between
     * them and before the end.
     */
    static int end(CharSequence text, int from, int limit, boolean spaced) {
        int i = from;
        while (true) {
            if (spaced) {
                i = NumeralChars.skipSpaces(text, i, limit);
            }
            if (i >= limit || !isFractionDigit(text.charAt(i))) {
                return i;
            }
            i++;
        }
    }

    /** How many digits stand in {@code text[from, end)}, a stretch that {@link #end} found. */
    static int digits(CharSequence text, int from, int end) {
        int digits = 0;
        for (int i = from; i < end; i++) {
            if (isFractionDigit(text.charAt(i))) {
                digits++;
            }
        }
        return digits;
    }

    /** The value of the digits in {@code text[from, end)} as a fraction: 零五 = 0.05. */
    static BigDecimal value(CharSequence text, int from, int end) {
        int digits = 0;
        long fraction = 0;
        BigDecimal longFraction = null;
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            if (!isFractionDigit(c)) {
                continue;
            }
            if (digits < 18) {
                fraction = fraction * 10 + NumeralChars.value(c);
            } else {
                longFraction = (longFraction == null ? BigDecimal.valueOf(fraction) : longFraction)
                        .movePointRight(1).add(BigDecimal.valueOf(NumeralChars.value(c)));
            }
            digits++;
        }
        BigDecimal f = longFraction == null ? BigDecimal.valueOf(fraction) : longFraction;
        return f.movePointLeft(digits);
    }

    private static boolean isFractionDigit(char c) {
        Kind k = NumeralChars.kind(c);
        return k == Kind.DIGIT && !NumeralChars.isLiang(c) || k == Kind.ZERO;
    }
}
