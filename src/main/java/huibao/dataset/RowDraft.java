package huibao.dataset;

import huibao.model.Period;
import huibao.model.Region;
import huibao.model.RegionLevel;
import huibao.model.Report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A row of the table in the making: a region and period with the reports that state them, and
 * how rows are grouped and ordered.
 */
final class RowDraft {
    final Region region;
    final String label;
    final Period period;
    final List<Report> reports = new ArrayList<>();

    RowDraft(Region region, String label, Period period) {
        this.region = region;
        this.label = label;
        this.period = period;
    }

    /** Rows by region and period, in administrative order: a city, then what lies under it, by code. */
    static List<RowDraft> rows(List<Report> reports, DatasetRequest request) {
        Map<String, RowDraft> byKey = new LinkedHashMap<>();
        List<Report> sorted = new ArrayList<>(reports);
        sorted.sort(Comparator.comparing(Report::doc));
        for (Report r : sorted) {
            if (!request.wantsRegion(r.regionCode()) || !request.wantsPeriod(r.period())) {
                continue;
            }
            String key;
            String label;
            if (r.region() != null) {
                PeriodSpan span = PeriodSpan.of(r.period());
                key = r.regionCode() + "|" + span.year() + "|" + span.from() + "|" + span.to();
                label = r.region().name();
            } else {
                key = "doc|" + r.doc();
                label = r.regionMasked() ? "masked" + (r.regionMention() == null ? "" : "（" + r.regionMention() + "）")
                        : "未注明（" + r.doc() + "）";
            }
            byKey.computeIfAbsent(key, k -> new RowDraft(r.region(), label, r.period())).reports.add(r);
        }
        List<RowDraft> out = new ArrayList<>(byKey.values());
        Map<RowDraft, String> orders = new java.util.IdentityHashMap<>();
        out.forEach(d -> orders.put(d, order(d.region)));
        out.sort(Comparator.comparing((RowDraft d) -> orders.get(d))
                .thenComparing(d -> d.period.year() == null ? 0 : d.period.year())
                .thenComparing(d -> d.period.fromMonth() == null ? 0 : d.period.fromMonth())
                .thenComparing(d -> d.period.toMonth() == null ? 0 : d.period.toMonth())
                .thenComparing(d -> d.reports.get(0).doc()));
        return out;
    }

    /** 321700 → "32|3217|1|321700": a province, its cities each followed by their counties. */
    private static String order(Region r) {
        if (r == null) {
            return "~";
        }
        String city = r.level() == RegionLevel.COUNTY && r.parentCode() != null ? r.parentCode().substring(0, 4)
                : r.code().substring(0, 4);
        int rank = r.level() == RegionLevel.PROVINCE ? 0 : r.level() == RegionLevel.CITY ? 1 : 2;
        if (r.level() == RegionLevel.PROVINCE) {
            city = "";
        }
        return r.code().substring(0, 2) + "|" + city + "|" + rank + "|" + r.code();
    }
}
