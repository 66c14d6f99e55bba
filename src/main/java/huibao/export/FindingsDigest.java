package huibao.export;

import huibao.model.Finding;
import huibao.model.Problem;
import huibao.model.Report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings arranged for a report an analyst sends on: counts by check and severity, then
 * the findings of each report, errors first, then gaps, then rounding notes; and the reports
 * about which the checks found nothing. The Markdown and HTML renderings read this.
 */
final class FindingsDigest {

    /**
     * The findings of one report.
     *
     * @param doc      the report's doc
     * @param report   the report, or {@code null} when the list of reports does not hold it
     * @param findings its findings in {@link FindingOrder}
     */
    record Group(String doc, Report report, List<Finding> findings) {

        Group {
            findings = List.copyOf(findings);
        }

        /** "澜州市 · 2024年1-6月", or the doc when the report is unknown. */
        String heading(ReportsByDoc reports) {
            String region = reports.region(doc);
            if (report == null) {
                return Problem.printable(doc);
            }
            return (region.isEmpty() ? "地区未注明" : region) + " · " + report.period().normalized();
        }

        /** "澜州市2024年上半年招商引资工作汇报 · 2024h1-lanzhou.txt": the title, when there is one, and the doc. */
        String byline() {
            // a file name may hold a line break or an escape sequence: shown, never acted on
            String file = Problem.printable(doc);
            return report == null || report.title() == null ? file : report.title() + " · " + file;
        }

        /** The findings of {@code severity}, in order. */
        List<Finding> of(Finding.Severity severity) {
            return findings.stream().filter(f -> f.severity() == severity).toList();
        }
    }

    private final List<Group> groups = new ArrayList<>();
    private final List<Group> clean = new ArrayList<>();
    private final Map<Finding.Kind, Map<Finding.Severity, Integer>> counts = new EnumMap<>(Finding.Kind.class);
    private final int total;
    private final int docs;

    FindingsDigest(List<Finding> findings, ReportsByDoc reports) {
        Map<String, List<Finding>> byDoc = new LinkedHashMap<>();
        reports.all().forEach(r -> byDoc.put(r.doc(), new ArrayList<>()));
        List<Finding> ordered = FindingOrder.sorted(findings);
        ordered.stream().map(Finding::doc).sorted().forEach(d -> byDoc.putIfAbsent(d, new ArrayList<>()));
        for (Finding f : ordered) {
            byDoc.get(f.doc()).add(f);
            counts.computeIfAbsent(f.kind(), k -> new EnumMap<>(Finding.Severity.class))
                    .merge(f.severity(), 1, Integer::sum);
        }
        byDoc.forEach((doc, list) -> (list.isEmpty() ? clean : groups).add(new Group(doc, reports.get(doc), list)));
        this.total = findings.size();
        this.docs = byDoc.size();
    }

    /** The reports with findings, in the order of the reports given, then other docs by name. */
    List<Group> groups() {
        return groups;
    }

    /** The reports about which the checks found nothing, each as a group without findings. */
    List<Group> clean() {
        return clean;
    }

    /** The checks that found something, in their order. */
    List<Finding.Kind> kinds() {
        return List.copyOf(counts.keySet());
    }

    /** The severities the count table shows: errors, gaps and notes, and relations that hold when any do. */
    List<Finding.Severity> severities() {
        List<Finding.Severity> shown = new ArrayList<>(List.of(Finding.Severity.ERROR, Finding.Severity.WARNING,
                Finding.Severity.INFO));
        if (count(null, Finding.Severity.OK) > 0) {
            shown.add(Finding.Severity.OK);
        }
        return shown;
    }

    /** How many findings of {@code kind} (all when {@code null}) have {@code severity} (any when {@code null}). */
    int count(Finding.Kind kind, Finding.Severity severity) {
        if (kind == null && severity == null) {
            return total;
        }
        int n = 0;
        for (Map.Entry<Finding.Kind, Map<Finding.Severity, Integer>> e : counts.entrySet()) {
            if (kind == null || e.getKey() == kind) {
                for (Map.Entry<Finding.Severity, Integer> s : e.getValue().entrySet()) {
                    n += severity == null || s.getKey() == severity ? s.getValue() : 0;
                }
            }
        }
        return n;
    }

    /** "3 份报告，5 条发现：错误 2 条，缺失 2 条，提示 1 条". */
    String summary() {
        List<String> parts = new ArrayList<>();
        for (Finding.Severity s : severities()) {
            parts.add(s.label() + " " + count(null, s) + " 条");
        }
        return docs + " 份报告，" + total + " 条发现：" + String.join("，", parts) + "。";
    }
}
