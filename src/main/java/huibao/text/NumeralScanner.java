package huibao.text;

import huibao.text.NumeralChars.Kind;
import java.math.BigDecimal;

/**
 * Reads one unsigned numeral left to right and remembers where the longest whole numeral
 * read so far ends. Fractions and signs are the caller's business.
 *
 * <p>The grammar is the one people write: groups of four (十 百 千) closed by 万 and 亿, with
 * 零 marking a gap ({@code 一百零五}), an Arabic number standing where a Chinese digit may
 * ({@code 1.2万}, {@code 3万4000}, {@code 1千零20}), stacked big units ({@code 万亿},
 * {@code 万万}), the colloquial trailing digit ({@code 一万二} = 12000, {@code 三百五} = 350)
 * and 点 decimals ({@code 零点零五}). Runs of Chinese digits without units ({@code 一二},
 * {@code 二〇二一}) are no numeral: in reports they are ranges (三四个) or years.
 *
 * <p>In running text (strict) it stops at spaces, approximation markers and 兆; reading a
 * whole string it also allows spaces between parts, 余 多 几 and 兆. Values are computed
 * only when asked for, so scanning running text allocates nothing.
 */
final class NumeralScanner {

    /** The last thing read. */
    private enum Prev { START, DIGIT, ARABIC, ZERO, SMALL, BIG, DECIMALS }

    private static final int NO_SMALL_UNIT_YET = 4;

    private final CharSequence text;
    private final int limit;
    private final boolean wholeString;
    private final boolean evaluate;

    private int pos;
    private int acceptedEnd = -1;

    private Prev prev = Prev.START;
    /** What the pending digit follows: START, ZERO, SMALL or BIG; decides its place. */
    private Prev beforePending = Prev.START;
    /** The pending number is one digit, open to the colloquial reading (一万二 = 12000). */
    private boolean pendingSingle;
    private boolean leadingZero;
    private boolean usedArabic;
    /** An approximation marker (余, 多) was read: only big units may follow. */
    private boolean approx;
    /** Power of ten of the last small unit in the current group; the next must be lower. */
    private int lastSmall = NO_SMALL_UNIT_YET;
    /** Powers of ten of the largest big unit so far and of the latest one. */
    private int topBig;
    private int lowBig;

    private BigDecimal total = BigDecimal.ZERO;
    private BigDecimal section = BigDecimal.ZERO;
    private BigDecimal pending = BigDecimal.ZERO;

    private NumeralScanner(CharSequence text, int start, int limit, boolean wholeString, boolean evaluate) {
        this.text = text;
        this.pos = start;
        this.limit = limit;
        this.wholeString = wholeString;
        this.evaluate = evaluate;
    }

    /** End of the longest numeral in running text at {@code start}, or {@code start}. */
    static int scanEnd(CharSequence text, int start, int limit) {
        NumeralScanner s = new NumeralScanner(text, start, limit, false, false);
        s.run();
        return s.acceptedEnd < 0 ? start : s.acceptedEnd;
    }

    /** The value of {@code text[start, end)} read as one whole numeral, or null if it is none. */
    static BigDecimal read(CharSequence text, int start, int end) {
        NumeralScanner s = new NumeralScanner(text, start, end, true, true);
        s.run();
        return s.acceptedEnd != end || start == end ? null : s.finish();
    }

    private void run() {
        while (true) {
            if (wholeString) {
                pos = NumeralChars.skipSpaces(text, pos, limit);
            }
            if (pos >= limit) {
                return;
            }
            char c = text.charAt(pos);
            Kind kind = NumeralChars.kind(c);
            if (approx && kind != Kind.BIG_UNIT && kind != Kind.ZHAO) {
                return;
            }
            boolean read = switch (kind) {
                case ARABIC_DIGIT -> arabic();
                case ARABIC_POINT -> wholeString && prev == Prev.START && arabic();
                case DIGIT -> digit(NumeralChars.value(c));
                case APPROX_DIGIT -> wholeString && prev != Prev.START && digit(0);
                case ZERO -> zero();
                case SMALL_UNIT -> smallUnit(NumeralChars.value(c));
                case BIG_UNIT -> bigUnit(NumeralChars.value(c));
                case ZHAO -> wholeString && bigUnit(12);
                case CHINESE_POINT -> decimals();
                case APPROX_MARK -> wholeString && approxMark();
                default -> false;
            };
            if (!read) {
                return;
            }
            if (accepting()) {
                acceptedEnd = pos;
            }
        }
    }

    private boolean accepting() {
        return switch (prev) {
            case START -> false;
            case ZERO -> leadingZero;
            // 1千20 is no numeral: only a single digit may trail a unit
            case ARABIC -> beforePending != Prev.SMALL || pendingSingle;
            default -> true;
        };
    }

    private boolean digit(int d) {
        if (!digitMayFollow()) {
            return false;
        }
        beforePending = prev;
        pendingSingle = true;
        if (evaluate) {
            pending = BigDecimal.valueOf(d);
        }
        prev = Prev.DIGIT;
        pos++;
        return true;
    }

    private boolean arabic() {
        if (!digitMayFollow()) {
            return false;
        }
        // a decimal Arabic number leads (1.2万); after a unit or 零 only whole numbers stand
        int end = NumeralArabic.end(text, pos, limit, prev != Prev.START);
        if (end == pos) {
            return false;
        }
        beforePending = prev;
        pendingSingle = end - pos == 1;
        if (evaluate) {
            pending = NumeralArabic.value(text, pos, end);
        }
        usedArabic = true;
        prev = Prev.ARABIC;
        pos = end;
        return true;
    }

    /** Digits follow units and 零, not digits; a leading 零 takes only 点 or 十 (零点五, 零十). */
    private boolean digitMayFollow() {
        return switch (prev) {
            case START, SMALL, BIG -> true;
            case ZERO -> !leadingZero;
            default -> false;
        };
    }

    private boolean zero() {
        if (prev == Prev.START) {
            leadingZero = true;
        } else if (!(prev == Prev.BIG || prev == Prev.SMALL && lastSmall > 1)) {
            return false;
        }
        prev = Prev.ZERO;
        pos++;
        return true;
    }

    private boolean smallUnit(int unit) {
        if (unit >= lastSmall) {
            return false;
        }
        BigDecimal coefficient;
        if (prev == Prev.DIGIT || prev == Prev.ARABIC && (pendingSingle || beforePending == Prev.START)) {
            coefficient = pending; // 25万6千, but not 5千46百
        } else if (prev == Prev.START || prev == Prev.ZERO && unit == 1) {
            coefficient = BigDecimal.ONE; // 十五, 百亿, 一百零十万
        } else {
            return false;
        }
        if (evaluate) {
            section = section.add(coefficient.scaleByPowerOfTen(unit));
        }
        leadingZero = false;
        lastSmall = unit;
        prev = Prev.SMALL;
        pos++;
        return true;
    }

    private boolean bigUnit(int unit) {
        if (prev == Prev.START || prev == Prev.ZERO) {
            return false;
        }
        if (prev == Prev.BIG) {
            // 万万 and 万亿 multiply all that came before, when it is one block
            if (topBig != lowBig || unit < lowBig) {
                return false;
            }
            if (evaluate) {
                total = total.scaleByPowerOfTen(unit);
            }
            topBig += unit;
            lowBig = topBig;
            pos++;
            return true;
        }
        boolean afterDecimals = prev == Prev.DECIMALS;
        boolean digitAfterBigUnit = (prev == Prev.DIGIT || prev == Prev.ARABIC) && beforePending == Prev.BIG;
        if (digitAfterBigUnit && unit > topBig) {
            return false; // 一万二亿: neither 一万二千亿 nor a number at all
        }
        if (!closeSection(false)) {
            return false;
        }
        if (topBig == 0 || unit > topBig) {
            if (evaluate) {
                total = total.add(section).scaleByPowerOfTen(unit);
            }
            topBig = unit;
            lowBig = unit;
        } else if (unit < lowBig && !afterDecimals) {
            if (evaluate) {
                total = total.add(section.scaleByPowerOfTen(unit));
            }
            lowBig = unit;
        } else {
            return false;
        }
        section = BigDecimal.ZERO;
        lastSmall = NO_SMALL_UNIT_YET;
        prev = Prev.BIG;
        pos++;
        return true;
    }

    private boolean decimals() {
        if (usedArabic || prev == Prev.START || prev == Prev.DECIMALS || prev == Prev.ZERO && !leadingZero) {
            return false;
        }
        int i = NumeralFraction.end(text, pos + 1, limit, wholeString);
        if (NumeralFraction.digits(text, pos + 1, i) == 0 || !closeSection(true)) {
            return false;
        }
        if (evaluate) {
            section = section.add(NumeralFraction.value(text, pos + 1, i));
        }
        prev = Prev.DECIMALS;
        pos = i;
        return true;
    }

    private boolean approxMark() {
        if (prev == Prev.START || prev == Prev.ZERO) {
            return false;
        }
        approx = true;
        pos++;
        return true;
    }

    /**
     * Adds the pending number to the group. At the end of the numeral (or before 点) a single
     * digit right after a unit takes the next lower place: 一千陆 = 1600, 一万三 = 13000.
     */
    private boolean closeSection(boolean atEnd) {
        if (prev != Prev.DIGIT && prev != Prev.ARABIC) {
            return true;
        }
        int place = 0;
        if (beforePending == Prev.SMALL) {
            if (!pendingSingle) {
                return false;
            }
            place = lastSmall - 1;
        } else if (beforePending == Prev.BIG && atEnd && pendingSingle) {
            place = lowBig - 1;
        }
        if (evaluate) {
            section = section.add(pending.scaleByPowerOfTen(place));
        }
        return true;
    }

    private BigDecimal finish() {
        closeSection(true);
        BigDecimal v = total.add(section);
        return v.scale() < 0 ? v.setScale(0) : v;
    }
}
