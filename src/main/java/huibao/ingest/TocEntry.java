package huibao.ingest;

/**
 * One line of a table of contents: a title, a leader (tab, dots or a run of blanks) and a page
 * number, as in {@code 2023年上半年我区招商引资工作情况\t10} or {@code 关于招商工作的汇报……3}.
 *
 * @param title the title as written, trimmed
 * @param page  the page number
 */
record TocEntry(String title, int page) {

    private static final String LEADERS = "\t .．·…‥—-_\u3000";

    /** Reads the line {@code [from, to)} of {@code text} as an entry, or returns {@code null}. */
    static TocEntry parse(String text, int from, int to) {
        int end = to;
        while (end > from && TextLines.isBlank(text.charAt(end - 1))) {
            end--;
        }
        int digits = end;
        while (digits > from && end - digits < 4 && isDigit(text.charAt(digits - 1))) {
            digits--;
        }
        if (digits == end || digits > from && isDigit(text.charAt(digits - 1))) {
            return null;
        }
        int leader = digits;
        boolean tab = false;
        while (leader > from && LEADERS.indexOf(text.charAt(leader - 1)) >= 0) {
            tab |= text.charAt(leader - 1) == '\t';
            leader--;
        }
        if (!tab && digits - leader < 2) {
            return null;
        }
        int start = from;
        while (start < leader && TextLines.isBlank(text.charAt(start))) {
            start++;
        }
        if (leader - start < 2 || leader - start > 80 || !hasIdeograph(text, start, leader)) {
            return null;
        }
        return new TocEntry(text.substring(start, leader), Integer.parseInt(text.substring(digits, end)));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean hasIdeograph(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isIdeographic(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
