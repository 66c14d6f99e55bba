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

    /** The label of the same months a year earlier (去年同期为4.71亿元), followed by theirs in brackets. */
    public static final String PRIOR_LABEL = "去年同期";

    /** The same months a year earlier, as a level marked last year's carries them. */
    public Period prior() {
        return new Period(year == null ? null : year - 1, fromMonth, toMonth,
                label == null ? PRIOR_LABEL : PRIOR_LABEL + "（" + label + "）");
    }

    /** Whether this is {@code other}'s months a year earlier: a level of the period compared with, not of {@code other}. */
    public boolean isPriorOf(Period other) {
        return other != null && equals(other.prior());
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
