package huibao.model;

import java.util.Objects;

/**
 * One report with what huibao read about it: title, issuing body, date, reporting region and
 * period. Its text is the report's slice of the file's cleaned text.
 *
 * @param doc           "002.docx", or "001.txt#3" for the third report of a compilation
 * @param file          the file as given
 * @param title         title line, or {@code null} when the report has none
 * @param issuer        issuing body written under the title ("区投资促进局"), or {@code null}
 * @param date          the report's date as written ("2021年11月"), or {@code null}
 * @param range         where the report lies in the file's cleaned text
 * @param text          the report's cleaned text (the file text within {@code range})
 * @param region        the reporting region resolved to a division, or {@code null}
 * @param regionMention the reporting region as written ("钢城区", "XX市"), or {@code null}
 * @param regionMasked  whether the text masks the reporting region's name
 * @param level         the reporter's level told by 我区/全市/全县 ..., or {@code null}
 * @param period        the period the report's figures cover
 * @param dated         the date read from {@code date} once by extraction, or {@code null} when
 *                      none is written or it is masked (20XX年4月)
 */
public record Report(
        String doc,
        String file,
        String title,
        String issuer,
        String date,
        Span range,
        String text,
        Region region,
        String regionMention,
        boolean regionMasked,
        RegionLevel level,
        Period period,
        ReportDate dated) {

    public Report {
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(period, "period");
        if (text.length() != range.length()) {
            throw new IllegalArgumentException("report text does not fit its range in " + doc);
        }
    }

    /**
     * A report whose written date is not read ({@link #dated()} is {@code null}): for reports made
     * by hand.
     */
    public Report(String doc, String file, String title, String issuer, String date, Span range, String text,
                  Region region, String regionMention, boolean regionMasked, RegionLevel level, Period period) {
        this(doc, file, title, issuer, date, range, text, region, regionMention, regionMasked, level, period, null);
    }

    /** Normalised region name, or {@code null} when unresolved or masked. */
    public String regionName() {
        return region == null ? null : region.name();
    }

    /** GB/T 2260 code, or {@code null} when unresolved or masked. */
    public String regionCode() {
        return region == null ? null : region.code();
    }

    /** The part of the report's text that {@code span} (file offsets) covers. */
    public String slice(Span span) {
        return text.substring(span.start() - range.start(), span.end() - range.start());
    }

    /**
     * Where the sentence that holds {@code fact} starts in the file's text, or -1 when this report
     * does not hold it. The sentence is placed by the fact's span, not by finding the figure in
     * it: a short figure (6) may stand earlier in its own sentence too (棠阜县\t846\t6).
     */
    public int sentenceStart(Fact fact) {
        String s = fact.sentence();
        if (s == null || s.isEmpty() || !doc.equals(fact.doc()) || !range.contains(fact.span())) {
            return -1;
        }
        int start = fact.span().start() - range.start();
        int end = fact.span().end() - range.start();
        for (int i = text.indexOf(s, Math.max(0, end - s.length())); i >= 0 && i <= start; i = text.indexOf(s, i + 1)) {
            if (i + s.length() >= end) {
                return range.start() + i;
            }
        }
        return -1;
    }
}
