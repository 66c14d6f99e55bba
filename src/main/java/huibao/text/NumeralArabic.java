package huibao.text;

import huibao.text.NumeralChars.Kind;
import java.math.BigDecimal;

/**
 * Arabic figures inside numerals: digits (ASCII or full-width), thousands groups and a
 * decimal part, as in {@code 5,450.3}, {@code １２．５} and the {@code 1.2} of {@code 1.2万}.
 */
final class NumeralArabic {

    private NumeralArabic() {
    }

    /**
     * End of the Arabic figure at {@code p}, or {@code p} when there is none. Thousands groups
     * must hold exactly three digits after a lead of one to three ({@code 1,23} ends at 1).
     * Unless {@code integerOnly}, a decimal part follows the point, after spaces if need be:
     * {@code 28. 1} is odd print of one figure, while a line break ends it.
     */
    static int end(CharSequence text, int p, int limit, boolean integerOnly) {
        int i = digitsEnd(text, p, limit);
        int lead = i - p;
        if (lead >= 1 && lead <= 3) {
            while (i + 3 < limit && text.charAt(i) == ',' && digitsEnd(text, i + 1, limit) == i + 4) {
                i += 4;
            }
        }
        if (!integerOnly && i < limit && NumeralChars.kind(text.charAt(i)) == Kind.ARABIC_POINT) {
            int j = NumeralChars.skipSpaces(text, i + 1, limit);
            int fractionEnd = digitsEnd(text, j, limit);
            if (fractionEnd > j) {
                return fractionEnd;
            }
        }
        return lead == 0 ? p : i;
    }

    /** The value of the figure {@code text[start, end)} that {@link #end} found. */
    static BigDecimal value(CharSequence text, int start, int end) {
        char[] chars = new char[end - start];
        int n = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            Kind k = NumeralChars.kind(c);
            if (k == Kind.ARABIC_DIGIT) {
                chars[n++] = (char) ('0' + NumeralChars.value(c));
            } else if (k == Kind.ARABIC_POINT) {
                chars[n++] = '.';
            }
        }
        return new BigDecimal(chars, 0, n);
    }

    private static int digitsEnd(CharSequence text, int p, int limit) {
        int i = p;
        while (i < limit && NumeralChars.kind(text.charAt(i)) == Kind.ARABIC_DIGIT) {
            i++;
        }
        return i;
    }
}
