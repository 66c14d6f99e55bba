package huibao.model;

/**
 * The stretch of time a figure or a report covers, normalised to a year and a month range.
 *
 * @param year      calendar year, or {@code null} when the text does not write it (masked 20XX included)
 * @param fromMonth first month covered, 1-12, or {@code null} when unknown
 * @param toMonth   last month covered, 1-12, or {@code null} when unknown
 * @param label     the period phrase as written ("1-6月", "上半年", "截至目前")
 */
public record Period(Integer year, Integer fromMonth, Integer toMonth, String label) {

    public Period {
        if (fromMonth != null && (fromMonth < 1 || fromMonth > 12)) {
            throw new IllegalArgumentException("month out of range: " + fromMonth);
        }
        if (toMonth != null && (toMonth < 1 || toMonth > 12)) {
            throw new IllegalArgumentException("month out of range: " + toMonth);
        }
        if (fromMonth != null && toMonth != null && toMonth < fromMonth) {
            throw new IllegalArgumentException("period runs backwards: " + fromMonth + "-" + toMonth);
        }
    }

    /** How the label of a level of the same months a year before begins (去年同期（1-6月）). */
    public static final String YEAR_BEFORE = "去年同期";

    /**
     * Whether this period comes before {@code other}: an earlier year, or, with a year unwritten,
     * the same months a year before (the base a growth is measured from).
     */
    public boolean before(Period other) {
        if (other == null) {
            return false;
        }
        if (year != null && other.year != null) {
            return year < other.year;
        }
        return label != null && label.startsWith(YEAR_BEFORE) && (other.label == null || !other.label.startsWith(YEAR_BEFORE));
    }

    /** The same months a year earlier, as a level marked last year's (去年同期为4.71亿元) carries them. */
    public Period prior() {
        return new Period(year == null ? null : year - 1, fromMonth, toMonth,
                label == null ? YEAR_BEFORE : YEAR_BEFORE + "（" + label + "）");
    }

    /** A period nothing is known about. */
    public static Period unknown() {
        return new Period(null, null, null, null);
    }

    /** Whether both the month range and the year agree (labels may differ). */
    public boolean sameSpanAs(Period other) {
        return other != null
                && java.util.Objects.equals(year, other.year)
                && java.util.Objects.equals(fromMonth, other.fromMonth)
                && java.util.Objects.equals(toMonth, other.toMonth);
    }

    /** Short normalised form for tables: "2023年1-6月", "1-5月", "?". */
    public String normalized() {
        StringBuilder sb = new StringBuilder();
        if (year != null) {
            sb.append(year).append('年');
        }
        if (fromMonth != null && toMonth != null) {
            sb.append(fromMonth.equals(toMonth) ? String.valueOf(toMonth) : fromMonth + "-" + toMonth).append('月');
        }
        return sb.length() == 0 ? "?" : sb.toString();
    }
}
