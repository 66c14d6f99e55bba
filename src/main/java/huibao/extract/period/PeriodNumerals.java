package huibao.extract.period;

import huibao.text.ChineseNumerals;

/**
 * Reads the small numbers of period phrases: months and quarters in digits or Chinese numerals.
 * Period phrases also come from what the analyst types (--period, a manifest), which ingest never
 * folds, so full-width digits are read here too.
 */
final class PeriodNumerals {

    private PeriodNumerals() {
    }

    /** Full-width digits as ASCII digits; everything else unchanged. */
    static String ascii(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            sb.append(c >= '０' && c <= '９' ? (char) ('0' + c - '０') : c);
        }
        return sb.toString();
    }

    /** 6, ６, 六, 十, 十一, 十二 → 6, 6, 6, 10, 11, 12: a month or a quarter as period phrases write it. */
    static int parse(String s) {
        return ChineseNumerals.parse(s.trim()).intValue();
    }
}
