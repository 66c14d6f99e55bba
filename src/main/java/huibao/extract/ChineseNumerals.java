package huibao.extract;

import java.math.BigDecimal;

/** Provisional numeral reader; replaced by the full implementation. */
public final class ChineseNumerals {
    private ChineseNumerals() {
    }

    private static final String DIGITS = "零〇一二两三四五六七八九";

    public static boolean isNumeralChar(char c) {
        return (c >= '0' && c <= '9') || DIGITS.indexOf(c) >= 0 || "十百千万亿点".indexOf(c) >= 0;
    }

    public static BigDecimal parse(String s) {
        if (s == null || s.isEmpty()) {
            throw new NumberFormatException("not a numeral: '" + s + "'");
        }
        String t = s.replace(",", "");
        BigDecimal mult = BigDecimal.ONE;
        while (!t.isEmpty() && (t.endsWith("万") || t.endsWith("亿")) && t.chars().anyMatch(Character::isDigit)) {
            mult = mult.multiply(t.endsWith("万") ? BigDecimal.valueOf(10000) : BigDecimal.valueOf(100000000));
            t = t.substring(0, t.length() - 1);
        }
        if (t.chars().allMatch(c -> (c >= '0' && c <= '9') || c == '.')) {
            return new BigDecimal(t).multiply(mult);
        }
        long total = 0, section = 0, num = 0;
        for (char c : t.toCharArray()) {
            int d = DIGITS.indexOf(c);
            if (d >= 0) {
                num = "零一二三四五六七八九".indexOf(c == '〇' ? '零' : c == '两' ? '二' : c);
            } else if (c >= '0' && c <= '9') {
                num = num * 10 + (c - '0');
            } else if (c == '十') {
                section += (num == 0 ? 1 : num) * 10; num = 0;
            } else if (c == '百') {
                section += (num == 0 ? 1 : num) * 100; num = 0;
            } else if (c == '千') {
                section += (num == 0 ? 1 : num) * 1000; num = 0;
            } else if (c == '万') {
                total += (section + num) * 10000; section = 0; num = 0;
            } else if (c == '亿') {
                total = (total + section + num) * 100000000; section = 0; num = 0;
            } else {
                throw new NumberFormatException("not a numeral: '" + s + "'");
            }
        }
        return BigDecimal.valueOf(total + section + num).multiply(mult);
    }
}
