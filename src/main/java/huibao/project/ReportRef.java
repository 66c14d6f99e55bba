package huibao.project;

import huibao.model.Period;
import huibao.model.Report;
import huibao.model.ReportDate;

import java.util.Comparator;
import java.util.Objects;

/**
 * The report a project is mentioned in, as far as ordering and citing it needs: which report,
 * whose, and when. Reports order by the period they cover (year, then last month), then by the
 * date they carry, so a 1-6月 report follows a 1-3月 one of the same year and the city's
 * 1-6月 通报 dated 7月16日 follows a district's 1-6月 汇报 dated 7月8日.
 *
 * @param doc        the report's doc id ("2024q1-luting.txt", "counties.docx#2")
 * @param title      its title line, or {@code null}
 * @param regionCode the reporting region's code, or {@code null} when unresolved or masked
 * @param regionName the reporting region's name, or {@code null}
 * @param period     the period its figures cover
 * @param date       the date it carries as written ("2024年7月8日"), or {@code null}
 * @param dated      that date as extraction read it, or {@code null}
 */
public record ReportRef(String doc, String title, String regionCode, String regionName, Period period, String date,
                        ReportDate dated)
        implements Comparable<ReportRef> {

    private static final Comparator<ReportRef> ORDER = Comparator
            .comparing((ReportRef r) -> r.sortKey()[0])
            .thenComparing(r -> r.sortKey()[1])
            .thenComparing(r -> r.sortKey()[2])
            .thenComparing(r -> r.sortKey()[3])
            .thenComparing(r -> r.sortKey()[4])
            .thenComparing(ReportRef::doc);

    public ReportRef {
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(period, "period");
    }

    /** The reference to {@code report}. */
    public static ReportRef of(Report report) {
        return new ReportRef(report.doc(), report.title(), report.regionCode(), report.regionName(), report.period(),
                report.date(), report.dated());
    }

    /** A report known by its doc id alone (its entity outlived it in the archive). */
    static ReportRef unknown(String doc) {
        return new ReportRef(doc, null, null, null, Period.unknown(), null, null);
    }

    /** "2024年1-6月" and the date, as the tracker prints when a step was reported. */
    public String when() {
        String p = period.normalized();
        return date == null ? p : p + "（" + date + "）";
    }

    @Override
    public int compareTo(ReportRef other) {
        return ORDER.compare(this, other);
    }

    /**
     * Year and last month of the period (the date's where the period does not say), then the
     * date's year, month and day; what is unknown sorts last.
     */
    private int[] sortKey() {
        int[] date = dateParts();
        int year = period.year() != null ? period.year() : date[0];
        int month = period.toMonth() != null ? period.toMonth() : date[1];
        return new int[] {year, month, date[0], date[1], date[2]};
    }

    private int[] dateParts() {
        int unknown = Integer.MAX_VALUE;
        if (dated == null) {
            return new int[] {unknown, unknown, unknown};
        }
        return new int[] {dated.year(), dated.month(), dated.day() == null ? unknown : dated.day()};
    }
}
