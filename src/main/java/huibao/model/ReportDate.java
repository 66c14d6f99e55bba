package huibao.model;

/**
 * The date written under a report's title, read once by extraction (2024年7月10日; 2021年11月
 * has no day).
 *
 * @param year  the year
 * @param month the month, 1 to 12
 * @param day   the day of the month, or {@code null} when only the month is written
 */
public record ReportDate(int year, int month, Integer day) {

    public ReportDate {
        if (month < 1 || month > 12 || day != null && (day < 1 || day > 31)) {
            throw new IllegalArgumentException("no date: " + year + "-" + month + "-" + day);
        }
    }

    /** The date as a number yyyymmdd that sorts by time; a date without its day has day 0. */
    public int key() {
        return year * 10_000 + month * 100 + (day == null ? 0 : day);
    }

    /** The date of a {@link #key()}. */
    public static ReportDate ofKey(int key) {
        int day = key % 100;
        return new ReportDate(key / 10_000, key / 100 % 100, day == 0 ? null : day);
    }
}
