package huibao.extract.metadata;

import huibao.model.ReportDate;
import huibao.text.ChineseNumerals;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date written under a report's title (2024年7月10日, ２０２４年４月５号, 二〇二四年七月十日,
 * 2021年11月 without its day), once, when the report's metadata is read.
 */
public final class ReportDateReader {

    private static final String DIGIT = "[0-9" + ChineseNumerals.FULL_WIDTH_DIGITS + "〇○零" + ChineseNumerals.DIGITS + "]";
    private static final String SMALL = "[0-9" + ChineseNumerals.FULL_WIDTH_DIGITS + "]{1,2}|[" + ChineseNumerals.DIGITS + "十]{1,3}";
    private static final Pattern DATE = Pattern.compile(
            "(" + DIGIT + "{4})\\s*年\\s*(" + SMALL + ")\\s*月(?:\\s*(" + SMALL + ")\\s*[日号])?");

    private ReportDateReader() {
    }

    /** The date as written, or {@code null} when it is no date or is masked (20XX年4月). */
    public static ReportDate read(String date) {
        if (date == null) {
            return null;
        }
        Matcher m = DATE.matcher(date);
        if (!m.find()) {
            return null;
        }
        int year = 0;
        for (char c : m.group(1).toCharArray()) {
            year = year * 10 + ChineseNumerals.digitValue(c);
        }
        int month = small(m.group(2));
        int day = m.group(3) == null ? 0 : small(m.group(3));
        if (month < 1 || month > 12 || day < 0 || day > 31) {
            return null;
        }
        return new ReportDate(year, month, day == 0 ? null : day);
    }

    /** A month or a day: 7, ０７, 七, 十, 十一, 二十, 三十一; -1 for what reads as none (十十). */
    private static int small(String s) {
        int ten = s.indexOf('十');
        if (ten < 0) {
            int n = 0;
            for (char c : s.toCharArray()) {
                n = n * 10 + ChineseNumerals.digitValue(c);
            }
            return n;
        }
        if (ten > 1 || s.length() - ten > 2) {
            return -1;
        }
        int tens = ten == 0 ? 1 : ChineseNumerals.digitValue(s.charAt(0));
        int units = ten == s.length() - 1 ? 0 : ChineseNumerals.digitValue(s.charAt(ten + 1));
        return units < 0 || tens < 1 ? -1 : tens * 10 + units;
    }
}
