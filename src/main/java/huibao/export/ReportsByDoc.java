package huibao.export;

import huibao.model.Report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The reports by doc, to name a finding's region, period and title. */
final class ReportsByDoc {

    private final Map<String, Report> byDoc = new LinkedHashMap<>();

    ReportsByDoc(List<Report> reports) {
        reports.forEach(r -> byDoc.putIfAbsent(r.doc(), r));
    }

    /** The report {@code doc}, or {@code null} when the list does not hold it. */
    Report get(String doc) {
        return byDoc.get(doc);
    }

    /** The reports in the order given. */
    List<Report> all() {
        return List.copyOf(byDoc.values());
    }

    /** The region as the analyst reads it: its name, the masked mention, or "" when unknown. */
    String region(String doc) {
        Report r = byDoc.get(doc);
        if (r == null) {
            return "";
        }
        if (r.regionName() != null) {
            return r.regionName();
        }
        return r.regionMention() == null ? "" : r.regionMention();
    }

    /** The report's period ("2024年1-6月"), or "" when the report is unknown. */
    String period(String doc) {
        Report r = byDoc.get(doc);
        return r == null ? "" : r.period().normalized();
    }
}
