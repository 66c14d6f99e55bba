package huibao.check;

import huibao.dataset.Column;
import huibao.dataset.Row;
import huibao.model.Fact;
import huibao.model.Finding;
import huibao.model.Measure;
import huibao.model.RegionLevel;
import huibao.model.Report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An indicator of the analyst's table ({@code dataset-columns.tsv}) that most peer reports state
 * and this one does not: peers are the rows of the same
 * administrative level and period, at least {@value #MIN_PEERS} of them, and an indicator counts as
 * expected when at least three quarters of them state its level. A masked figure is stated (and
 * found as masked); a figure of a narrower scope counts as stated too, so only silence is flagged.
 */
final class MissingIndicators implements Check {

    static final int MIN_PEERS = 4;

    @Override
    public void run(CheckContext c, List<Finding> out) {
        Map<String, List<Row>> peers = new LinkedHashMap<>();
        for (Row row : c.levels().rows()) {
            RegionLevel level = row.region() != null ? row.region().level() : row.reports().get(0).level();
            if (level == null || row.period().year() == null || row.period().toMonth() == null) {
                continue;
            }
            peers.computeIfAbsent(level + "|" + row.period().normalized(), k -> new ArrayList<>()).add(row);
        }
        Map<String, ReportFacts> byDoc = new LinkedHashMap<>();
        c.reports().forEach(r -> byDoc.put(r.report.doc(), r));
        for (List<Row> group : peers.values()) {
            if (group.size() < MIN_PEERS) {
                continue;
            }
            for (Column col : c.levels().columns()) {
                if (col.measure() != Measure.VALUE || !c.words().compared.contains(col.indicator())) {
                    continue;
                }
                List<Row> stating = new ArrayList<>();
                List<Row> silent = new ArrayList<>();
                for (Row row : group) {
                    (states(row, col.indicator(), byDoc) ? stating : silent).add(row);
                }
                if (silent.isEmpty() || stating.size() * 4 < group.size() * 3) {
                    continue;
                }
                for (Row row : silent) {
                    Report report = row.reports().get(0);
                    String peersNamed = String.join("、", stating.stream().map(Row::label).toList());
                    out.add(new Finding(Finding.Kind.MISSING_INDICATOR, Finding.Severity.WARNING, report.doc(),
                            col.indicator(), List.of(), "同级" + stating.size() + "/" + group.size() + "份报告填报",
                            "未报", row.label() + " " + row.period().normalized() + " 未报" + c.words().label(col.indicator())
                                    + "，同级同期" + group.size() + "份报告中" + stating.size() + "份填报（" + peersNamed + "）",
                            false));
                }
            }
        }
    }

    private static boolean states(Row row, String indicator, Map<String, ReportFacts> byDoc) {
        for (Report r : row.reports()) {
            for (Fact f : byDoc.get(r.doc()).facts) {
                if (f.indicator().equals(indicator) && (f.measure() == Measure.VALUE || f.measure() == Measure.YOY)) {
                    return true;
                }
            }
        }
        return false;
    }
}
