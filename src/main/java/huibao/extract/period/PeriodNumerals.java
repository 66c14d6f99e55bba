package huibao.extract.period;

/** Reads the small numbers of period phrases: months and quarters in digits or Chinese numerals. */
final class PeriodNumerals {

    private static final String DIGITS = "零一二三四五六七八九";

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

    /** 6, ６, 六, 十, 十一, 十二 → 6, 6, 6, 10, 11, 12. */
    static int parse(String s) {
        String a = ascii(s.trim());
        if (a.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(a);
        }
        if (a.startsWith("十")) {
            return 10 + (a.length() > 1 ? DIGITS.indexOf(a.charAt(1)) : 0);
        }
        return DIGITS.indexOf(a.charAt(0));
    }
}
