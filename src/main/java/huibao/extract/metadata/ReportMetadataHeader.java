package huibao.extract.metadata;

import huibao.text.Clauses;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The heading of a report: its title line, the issuing body's line and the date line below it
 * (关于全区招商引资工作情况的汇报 / 区投资促进局 / （2021年11月）), and where the body begins.
 *
 * @param title     the title as given, or {@code null}
 * @param issuer    the issuing body, or {@code null}
 * @param date      the date as written, without brackets ("2021年11月"), or {@code null}
 * @param bodyStart offset in the report's text where the body begins
 */
record ReportMetadataHeader(String title, String issuer, String date, int bodyStart) {

    static final String ISSUERS = "report-issuers.tsv";

    private static final Pattern DATE_LINE = Pattern.compile(
            "^[（(]?\\s*((?:\\d{4}|20[Xx]{2})\\s*年\\s*\\d{1,2}\\s*月(?:\\s*\\d{1,2}\\s*日)?)\\s*[)）]?$");
    private static final int HEADING_LINES = 3;
    private static final int ISSUER_MAX_LENGTH = 30;

    /**
     * Reads the heading of {@code text}: the title line (when {@code title} is given and is the first
     * line with text), then up to three short lines holding the issuer and the date.
     */
    static ReportMetadataHeader read(String text, String title, List<String> issuerEndings) {
        if (title == null || title.isBlank()) {
            return new ReportMetadataHeader(null, null, null, 0);
        }
        int pos = skipBlank(text, 0);
        int lineEnd = lineEnd(text, pos);
        if (!text.substring(pos, lineEnd).strip().equals(title.strip())) {
            return new ReportMetadataHeader(title.strip(), null, null, 0);
        }
        int bodyStart = lineEnd;
        String issuer = null;
        String date = null;
        for (int i = 0; i < HEADING_LINES && bodyStart < text.length(); i++) {
            int start = skipBlank(text, bodyStart);
            int end = lineEnd(text, start);
            String line = text.substring(start, end).strip();
            Matcher d = DATE_LINE.matcher(line);
            if (date == null && d.matches()) {
                date = d.group(1).replaceAll("\\s+", "");
            } else if (issuer == null && date == null && isIssuer(line, issuerEndings)) {
                issuer = line;
            } else {
                break;
            }
            bodyStart = end;
        }
        return new ReportMetadataHeader(title.strip(), issuer, date, bodyStart);
    }

    private static boolean isIssuer(String line, List<String> endings) {
        if (line.isEmpty() || line.length() > ISSUER_MAX_LENGTH || line.matches(".*[" + Clauses.CLAUSE_MARKS + "].*")) {
            return false;
        }
        return endings.stream().anyMatch(line::endsWith);
    }

    private static int skipBlank(String text, int from) {
        int i = from;
        while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\u3000')) {
            i++;
        }
        return i;
    }

    private static int lineEnd(String text, int from) {
        int nl = text.indexOf('\n', from);
        return nl < 0 ? text.length() : nl;
    }
}
